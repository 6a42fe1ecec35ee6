import { updateNode } from '../../design';
import { defineRule } from '../rule';
import { consumersOf } from './_topology';

/** Twice the slowest consumer's p99, in whole seconds: room for a slow message without waiting long on a lost one. */
function suggestedTimeoutMillis(p99: number): number {
  return Math.max(1000, Math.ceil((p99 * 2) / 1000) * 1000);
}

export const ackTimeoutBelowProcessing = defineRule({
  meta: {
    id: 'pulsar/ack-timeout-below-processing',
    category: 'delivery',
    severity: 'warning',
    reads: ['pulsar-subscription', 'consumer-group'],
    summary: "A Pulsar subscription's acknowledgment timeout must be longer than its consumers take to process a message, or slow messages are redelivered while still in progress.",
    messages: {
      short:
        'Subscription "{subscription}" redelivers a message not acknowledged within {timeout} ms, but consumer "{consumer}" takes up to {p99} ms (p99) to process one: slow messages are delivered again while the first delivery is still being processed, so they are processed twice.',
    },
  },
  check({ design, graph, report }) {
    for (const subscription of design.nodes) {
      if (subscription.kind !== 'pulsar-subscription' || subscription.ackTimeoutMillis === 0) continue;
      const slowest = consumersOf(graph, subscription.id).reduce<{ name: string; p99: number } | undefined>(
        (worst, c) => (worst && worst.p99 >= c.processingMsP99 ? worst : { name: c.name, p99: c.processingMsP99 }),
        undefined,
      );
      if (!slowest || slowest.p99 < subscription.ackTimeoutMillis) continue;
      const timeout = suggestedTimeoutMillis(slowest.p99);
      report({
        target: { type: 'node', id: subscription.id },
        messageId: 'short',
        data: { subscription: subscription.name, timeout: subscription.ackTimeoutMillis, consumer: slowest.name, p99: slowest.p99 },
        fix: { label: `Raise the ack timeout to ${timeout} ms`, apply: (d) => updateNode(d, subscription.id, { ackTimeoutMillis: timeout }) },
      });
    }
  },
});
