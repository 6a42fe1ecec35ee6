import { patchNode } from '../../design';
import { isEphemeral } from '../flow';
import { defineRule } from '../rule';
import { natsConsumerGroups } from './_consumers';

export const durableConsumerForServices = defineRule({
  meta: {
    id: 'nats/durable-consumer-for-services',
    category: 'durability',
    severity: 'warning',
    reads: ['consumer-group'],
    summary: 'A service that processes a stream should use a durable JetStream consumer.',
    messages: {
      ephemeral: 'Consumer "{group}" reads stream "{stream}" with an ephemeral consumer: its position is lost when the service restarts, so messages are skipped or reprocessed.',
    },
  },
  check({ design, report }) {
    for (const { group, streams } of natsConsumerGroups(design)) {
      // An ephemeral reader (a UI, a tail) rightly uses an ephemeral consumer: it has no position to keep.
      if (group.nats.durable || isEphemeral(group)) continue;
      report({
        target: { type: 'node', id: group.id },
        messageId: 'ephemeral',
        data: { group: group.name, stream: streams[0].name },
        fix: { label: 'Make the consumer durable', apply: (d) => patchNode(d, group.id, { nats: { durable: true } }) },
      });
    }
  },
});
