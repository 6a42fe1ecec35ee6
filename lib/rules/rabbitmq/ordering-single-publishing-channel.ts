import { indexGraph, patchNode, type Design } from '../../design';
import { producerRequirements, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { publishersInto } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';

export const orderingSinglePublishingChannel = defineRule({
  meta: {
    id: 'rabbitmq/ordering-single-publishing-channel',
    category: 'ordering',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A strictly ordered flow must be published over a single channel.',
    messages: {
      channels: 'Queue "{queue}" needs strict order but is written by {channels} publishing channels ({publishers}): their messages interleave.',
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of rabbitQueues(design)) {
      if (requirementsAt(design, queue.id)?.ordering !== 'strict') continue;
      // Only the channels of the strictly ordered flow count: another publisher's unordered messages interleave harmlessly.
      const publishers = publishersInto(design, queue.id, { directOnly: true })
        .map((id) => graph.nodeById.get(id)!)
        .filter((n) => (n.kind === 'producer' ? producerRequirements(design, n) : requirementsAt(design, n.id))?.ordering === 'strict');
      const channelsOf = (n: (typeof publishers)[number]) => (n.kind === 'producer' ? n.instances * n.rabbitmq.channels : 'instances' in n ? n.instances : 1);
      const channels = publishers.reduce((sum, n) => sum + channelsOf(n), 0);
      if (channels <= 1) continue;
      const only = publishers.length === 1 && publishers[0].kind === 'producer' && publishers[0].instances === 1 ? publishers[0] : undefined;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'channels',
        data: { queue: queue.name, channels, publishers: publishers.map((n) => `"${n.name}" × ${channelsOf(n)}`).join(', ') },
        fix: only?.kind === 'producer' ? { label: 'Publish over one channel', apply: (d: Design) => patchNode(d, only.id, { rabbitmq: { channels: 1 } }) } : undefined,
      });
    }
  },
});
