import { nodesOfKind, patchNode, type Design } from '../../design';
import { consumersOf, upstreamProducers } from '../flow';
import { orderedFlow, requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { addressOf } from './_addresses';

/** Whether every producer upstream of the queue sets JMSXGroupID from the entity id. */
function grouped(design: Parameters<typeof upstreamProducers>[0], queueId: string): boolean {
  const producers = upstreamProducers(design, queueId);
  return producers.length > 0 && producers.every((p) => p.artemis.messageGroupId === 'entity-id');
}

function groupProducers(design: Design, producerIds: readonly string[]): Design {
  return producerIds.reduce((d, id) => patchNode(d, id, { artemis: { messageGroupId: 'entity-id' } }), design);
}

export const orderingNeedsGroupsOrExclusive = defineRule({
  meta: {
    id: 'artemis/ordering-needs-groups-or-exclusive',
    category: 'ordering',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'artemis-address', 'artemis-queue', 'consumer-group', 'projection'],
    summary: 'An Artemis queue on an ordered flow with several consumers needs message groups (per-key order) or an exclusive queue (strict order).',
    messages: {
      perKey:
        'Queue "{queue}" is read by {workers} consumers on a per-key-ordered flow, but its producers set no message group (JMSXGroupID): Artemis spreads one entity\'s messages over the consumers, which process them out of order.',
      strict: 'Queue "{queue}" is read by {workers} consumers on a strictly ordered flow and is not exclusive: Artemis hands messages to the consumers in turn, which complete them out of order.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'artemis-queue')) {
      const groups = consumersOf(design, queue.id);
      const workers = groups.reduce((sum, g) => sum + g.instances * g.concurrency, 0);
      if (workers < 2) continue;
      const exclusive = queue.exclusive ?? addressOf(design, queue.id)?.settings['default-exclusive-queue'] ?? false;
      if (exclusive) continue;
      const needs = requirementsAt(design, queue.id);
      if (!orderedFlow(needs)) continue;
      const strict = needs.ordering === 'strict';
      if (!strict && grouped(design, queue.id)) continue;
      const producers = upstreamProducers(design, queue.id).map((p) => p.id);
      report({
        target: { type: 'node', id: queue.id },
        messageId: strict ? 'strict' : 'perKey',
        data: { queue: queue.name, workers },
        fix:
          strict || producers.length === 0
            ? { label: 'Make the queue exclusive (one consumer at a time)', apply: (d) => patchNode(d, queue.id, { exclusive: true }) }
            : { label: 'Group messages by entity id (JMSXGroupID)', apply: (d) => groupProducers(d, producers) },
      });
    }
  },
});
