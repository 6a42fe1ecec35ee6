import { patchNode } from '../../design';
import { isEphemeral } from '../flow';
import { defineRule } from '../rule';
import { natsConsumerGroups } from './_consumers';
import { NATS_SOURCES } from './_sources';

export const durableConsumerForServices = defineRule({
  meta: {
    id: 'nats/durable-consumer-for-services',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A service that processes a stream should use a durable JetStream consumer.',
      rationale:
        'An ephemeral consumer keeps its state (what was delivered and acknowledged) only while it is in use: the server removes it after its inactive threshold, and a restarted service starts again from its deliver policy, skipping or repeating messages. A durable consumer persists its position across restarts and deployments.',
      howToFix: 'Give the consumer a durable name (durable=true).',
      sources: [NATS_SOURCES.consumers],
    },
    messages: {
      ephemeral:
        'Consumer "{group}" reads stream "{stream}" with an ephemeral consumer: its position is lost when the service restarts, so messages are skipped or reprocessed.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { durable: false } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { durable: true } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
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
