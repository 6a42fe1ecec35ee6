import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { natsConsumerGroups } from './_consumers';
import { NATS_SOURCES } from './_sources';

export const backoffLenLeMaxDeliver = defineRule({
  meta: {
    id: 'nats/backoff-len-le-max-deliver',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: "A JetStream consumer's backoff list must not be longer than max_deliver.",
      rationale:
        'The server refuses a consumer whose backoff has more entries than max_deliver (error 10116, "max deliver is required to be > length of backoff values", although equal lengths are accepted). Each entry is the wait before one redelivery, so entries beyond max_deliver could never be used. Backoff applies to ack timeouts only, not to naks.',
      howToFix: 'Raise max_deliver to at least the number of backoff entries (one more uses them all), or shorten the backoff list.',
      sources: [NATS_SOURCES.consumers],
    },
    messages: {
      tooLong:
        'Consumer "{group}" has {entries} backoff entries but max_deliver={maxDeliver}: the server refuses to create the consumer.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 2, backoff: ['1s', '10s', '60s'] } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 4, backoff: ['1s', '10s', '60s'] } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
    },
  },
  check({ design, report }) {
    for (const { group } of natsConsumerGroups(design)) {
      const { max_deliver: maxDeliver, backoff } = group.nats;
      if (maxDeliver <= 0 || backoff.length <= maxDeliver) continue;
      // One delivery plus one redelivery per backoff entry.
      const raised = backoff.length + 1;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'tooLong',
        data: { group: group.name, entries: backoff.length, maxDeliver },
        fix: { label: `Set max_deliver=${raised}`, apply: (d) => patchNode(d, group.id, { nats: { max_deliver: raised } }) },
      });
    }
  },
});
