import { incoming, indexGraph, nodesOfKind } from '../../design';
import { consumersOf } from '../flow';
import { atLeastOnce, requirementsAt } from '../needs';
import { defineRule } from '../rule';

export const interestRetentionConsumersFirst = defineRule({
  meta: {
    id: 'nats/interest-retention-consumers-first',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'consumer-group', 'projection'],
    summary: 'An interest-retention stream on an at-least-once flow needs durable consumers that exist before anything is published.',
    messages: {
      noConsumers: 'Stream "{stream}" has retention=interest and no consumers: every message published to it is deleted immediately.',
      onlyEphemeral: 'Stream "{stream}" has retention=interest and only ephemeral consumers: messages published while they are disconnected are deleted.',
      late: 'Stream "{stream}" has retention=interest, but {consumers} is created after publishers start: what arrives before it exists is kept for no one and deleted.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      if (stream.retention !== 'interest') continue;
      if (!incoming(design, stream.id, 'publish').some((c) => graph.nodeById.has(c.from))) continue;
      if (!atLeastOnce(requirementsAt(design, stream.id))) continue;
      const consumers = consumersOf(design, stream.id);
      const durable = consumers.filter((g) => g.nats.durable);
      // Interest retention keeps a message only for the consumers that exist when it arrives.
      const late = durable.filter((g) => g.startsBeforePublishers === false);
      if (late.length > 0) {
        report({ target: { type: 'node', id: stream.id }, messageId: 'late', data: { stream: stream.name, consumers: late.map((g) => `"${g.name}"`).join(', ') } });
        continue;
      }
      if (durable.length > 0) continue;
      report({
        target: { type: 'node', id: stream.id },
        messageId: consumers.length === 0 ? 'noConsumers' : 'onlyEphemeral',
        data: { stream: stream.name },
      });
    }
  },
});
