import { patchNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { queueSetting, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const streamRetentionSet = defineRule({
  meta: {
    id: 'rabbitmq/stream-retention-set',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'A RabbitMQ stream should have a retention limit: max-age and/or max-length-bytes.',
      rationale:
        'A stream is an append-only log: consuming does not remove messages. Without x-max-age or x-max-length-bytes (or the max-age / max-length-bytes policy keys) nothing is ever truncated, and the stream grows until the node runs out of disk, at which point RabbitMQ blocks every publisher on the node.',
      howToFix: 'Set x-max-age (e.g. 7D) from the replay window the flow needs, and/or x-max-length-bytes, as arguments or by policy.',
      sources: [RMQ_SOURCES.streamRetention],
    },
    messages: {
      unbounded: 'Stream "{queue}" has no retention (neither max-age nor max-length-bytes): it grows until the disk is full.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream' }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'events', type: 'stream', arguments: { 'x-max-age': '7D' } }] }),
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
