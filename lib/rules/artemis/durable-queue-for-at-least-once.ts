import { nodesOfKind, patchNode } from '../../design';
import { consumersOf } from '../flow';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { addressOf } from './_addresses';

export const durableQueueForAtLeastOnce = defineRule({
  meta: {
    id: 'artemis/durable-queue-for-at-least-once',
    category: 'durability',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'artemis-address', 'artemis-queue', 'consumer-group', 'projection'],
    summary: 'An Artemis queue on an at-least-once flow must be durable: a non-durable queue and its messages do not survive a broker restart.',
    messages: {
      nonDurable: 'Queue "{queue}" is not durable but carries an {delivery} flow: a broker restart or failover loses every message waiting in it{subscription}.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'artemis-queue')) {
      if (queue.durable || consumersOf(design, queue.id).length === 0) continue;
      const needs = requirementsAt(design, queue.id);
      if (!atLeastOnce(needs)) continue;
      const multicast = addressOf(design, queue.id)?.routingType === 'multicast';
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'nonDurable',
        data: { queue: queue.name, delivery: needs.delivery, subscription: multicast ? ' (for a topic subscription: use a durable subscription)' : '' },
        fix: { label: 'Make the queue durable', apply: (d) => patchNode(d, queue.id, { durable: true }) },
      });
    }
  },
});
