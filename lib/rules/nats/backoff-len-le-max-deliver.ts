import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { natsConsumerGroups } from './_consumers';

export const backoffLenLeMaxDeliver = defineRule({
  meta: {
    id: 'nats/backoff-len-le-max-deliver',
    category: 'error-handling',
    severity: 'error',
    reads: ['consumer-group'],
    summary: "A JetStream consumer's backoff list must not be longer than max_deliver.",
    messages: {
      tooLong: 'Consumer "{group}" has {entries} backoff entries but max_deliver={maxDeliver}: the server refuses to create the consumer.',
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
