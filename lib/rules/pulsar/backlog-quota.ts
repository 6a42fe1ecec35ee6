import { updateNode } from '../../design';
import { defineRule } from '../rule';

/** 10 GiB: a bound an operator sizes from, not a recommendation for every topic. */
const SUGGESTED_LIMIT_BYTES = 10 * 1024 ** 3;

export const backlogQuota = defineRule({
  meta: {
    id: 'pulsar/backlog-quota',
    category: 'operability',
    severity: 'warning',
    reads: ['pulsar-topic'],
    scope: 'node',
    summary: "A persistent Pulsar topic with neither a backlog quota nor a message TTL lets a stalled subscription's backlog grow until the bookies run out of disk.",
    messages: {
      unbounded:
        'Topic "{topic}" has no backlog quota and no message TTL, so while one of its subscriptions is stalled or abandoned, its unacknowledged backlog grows without limit on the bookies, shared with every other topic of the cluster.',
    },
  },
  check({ design, report }) {
    for (const topic of design.nodes) {
      if (topic.kind !== 'pulsar-topic' || topic.persistence !== 'persistent') continue;
      const quota = topic.backlogQuotaLimitBytes >= 0 || (topic.backlogQuotaLimitSeconds ?? -1) >= 0;
      if (quota || topic.messageTtlSeconds > 0) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'unbounded',
        data: { topic: topic.name },
        fix: {
          label: 'Set a 10 GiB backlog quota that holds producers when reached',
          apply: (d) => updateNode(d, topic.id, { backlogQuotaLimitBytes: SUGGESTED_LIMIT_BYTES, backlogQuotaPolicy: 'producer_request_hold' }),
        },
      });
    }
  },
});
