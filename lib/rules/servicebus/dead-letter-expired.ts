import { msToDuration, updateNode } from '../../design';
import { consumersOf } from '../flow';
import { defineRule } from '../rule';
import { effectiveTtlSeconds, holdsDeadLetters, receivers } from './_entities';

export const deadLetterExpired = defineRule({
  meta: {
    id: 'servicebus/dead-letter-expired',
    category: 'durability',
    severity: 'warning',
    reads: ['servicebus-queue', 'servicebus-topic', 'servicebus-subscription'],
    summary: 'A Service Bus queue or subscription whose messages expire should dead-letter them: otherwise an expired message is deleted without a trace.',
    messages: {
      dropped:
        '"{name}" gives messages a {ttl} time to live but does not dead-letter them on expiration: a message its receivers have not completed within {ttl} is deleted, and nothing records that it was lost.',
    },
  },
  check({ design, graph, report }) {
    for (const receiver of receivers(design)) {
      if (receiver.deadLetteringOnMessageExpiration || holdsDeadLetters(graph, receiver) || consumersOf(design, receiver.id).length === 0) continue;
      const ttl = effectiveTtlSeconds(graph, receiver);
      if (ttl === undefined) continue;
      report({
        target: { type: 'node', id: receiver.id },
        messageId: 'dropped',
        data: { name: receiver.name, ttl: msToDuration(ttl * 1000) },
        fix: { label: 'Dead-letter expired messages', apply: (d) => updateNode(d, receiver.id, { deadLetteringOnMessageExpiration: true }) },
      });
    }
  },
});
