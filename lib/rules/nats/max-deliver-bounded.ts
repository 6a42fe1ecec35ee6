import { patchNode } from '../../design';
import { defineRule } from '../rule';
import { natsConsumerGroups, redelivers, unboundedDeliveries } from './_consumers';
import { NATS_SOURCES } from './_sources';

/** A delivery budget that rides out transient failures without looping on poison messages. */
const SUGGESTED_MAX_DELIVER = 5;

export const maxDeliverBounded = defineRule({
  meta: {
    id: 'nats/max-deliver-bounded',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'A JetStream consumer should bound redeliveries with max_deliver.',
      rationale:
        'The server default is max_deliver=-1: a message that always fails (a poison message) is redelivered forever, using consumer capacity and, with a small max_ack_pending, blocking the messages behind it.',
      howToFix: 'Set max_deliver to a small number (5 to 10), with a backoff, and handle the MAX_DELIVERIES advisory to dead-letter what exhausts it.',
      sources: [NATS_SOURCES.consumers],
    },
    messages: {
      unbounded:
        'Consumer "{group}" has max_deliver={maxDeliver}: a message that always fails is redelivered forever.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: -1, maxDeliveriesAdvisory: true } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'nats-stream', id: 'orders', name: 'ORDERS' },
          { kind: 'consumer-group', id: 'billing', name: 'billing', nats: { max_deliver: 5, maxDeliveriesAdvisory: true } },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'orders', to: 'billing' }],
      },
    },
  },
  check({ design, report }) {
    for (const { group } of natsConsumerGroups(design)) {
      if (!redelivers(group) || !unboundedDeliveries(group)) continue;
      // The backoff list must fit in max_deliver, and every entry should get used.
      const maxDeliver = Math.max(SUGGESTED_MAX_DELIVER, group.nats.backoff.length + 1);
      report({
        target: { type: 'node', id: group.id },
        messageId: 'unbounded',
        data: { group: group.name, maxDeliver: group.nats.max_deliver },
        fix: {
          label: `Set max_deliver=${maxDeliver}`,
          apply: (d) => patchNode(d, group.id, { nats: { max_deliver: maxDeliver } }),
        },
      });
    }
  },
});
