import { indexGraph, patchNode,  type Design } from '../../design';
import { producerRequirements, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { publishersInto } from '../../rabbitmq/message-flows';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const orderingSinglePublishingChannel = defineRule({
  meta: {
    id: 'rabbitmq/ordering-single-publishing-channel',
    category: 'ordering',
    severity: 'warning',
    docs: {
      summary: 'A strictly ordered flow must be published over a single channel.',
      rationale:
        'RabbitMQ guarantees FIFO order only for messages published on one channel, through the same exchange, into one queue. Messages from several publishers, instances, connections or channels interleave in whatever order they arrive, so a strict (global) order across them does not exist. (Per-key order across publishers needs keys that each come from one channel, which the design does not describe.)',
      howToFix: 'Publish the strictly ordered stream from one instance over one channel, or relax the requirement to per-key ordering and partition by key.',
      sources: [RMQ_SOURCES.queueOrdering, RMQ_SOURCES.publishers],
    },
    messages: {
      channels: 'Queue "{queue}" needs strict order but is written by {channels} publishing channels ({publishers}): their messages interleave.',
    },
    examples: {
      failing: exampleDesign({
        requirements: { ordering: 'strict' },
        nodes: [{ kind: 'producer', id: 'ledger-api', instances: 3 }, { kind: 'rabbitmq-queue', id: 'ledger' }],
        connections: [{ from: 'ledger-api', to: 'ledger', kind: 'publish' }],
      }),
      passing: exampleDesign({
        requirements: { ordering: 'strict' },
        nodes: [{ kind: 'producer', id: 'ledger-api', instances: 1 }, { kind: 'rabbitmq-queue', id: 'ledger' }],
        connections: [{ from: 'ledger-api', to: 'ledger', kind: 'publish' }],
      }),
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
        fix:
          only?.kind === 'producer'
            ? { label: 'Publish over one channel', apply: (d: Design) => patchNode(d, only.id, { rabbitmq: { channels: 1 } }) }
            : undefined,
      });
    }
  },
});
