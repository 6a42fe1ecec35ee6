import { patchNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { queueSetting, rabbitQueues } from './_queues';

export const streamRetentionSet = defineRule({
  meta: {
    id: 'rabbitmq/stream-retention-set',
    category: 'durability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A RabbitMQ stream should have a retention limit: max-age and/or max-length-bytes.',
    messages: {
      unbounded: 'Stream "{queue}" has no retention (neither max-age nor max-length-bytes): it grows until the disk is full.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'stream') continue;
      if (queueSetting(queue, 'x-max-age', 'max-age') !== undefined || queueSetting(queue, 'x-max-length-bytes', 'max-length-bytes') !== undefined) continue;
      const hours = requirementsAt(design, queue.id)?.retentionHours;
      const maxAge = hours ? (hours % 24 === 0 ? `${hours / 24}D` : `${Math.ceil(hours)}h`) : '7D';
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'unbounded',
        data: { queue: queue.name },
        fix: { label: `Keep ${maxAge} (x-max-age)`, apply: (d) => patchNode(d, queue.id, { arguments: { 'x-max-age': maxAge } }) },
      });
    }
  },
});
