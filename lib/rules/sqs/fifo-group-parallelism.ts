import { nodesOfKind, patchNode, type Design } from '../../design';
import type { ResolvedProducer } from '../../brokers/services/resolve';
import { consumersOf, upstreamProducers } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { producersThat } from './_flow';

/** Switches each producer to the entity id as its message group. */
function useEntityGroups(design: Design, producers: readonly ResolvedProducer[]): Design {
  return producers.reduce((d, p) => patchNode(d, p.id, { sqs: { messageGroupId: 'entity-id' } }), design);
}

export const fifoGroupParallelism = defineRule({
  meta: {
    id: 'sqs/fifo-group-parallelism',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'A FIFO queue fed only with one constant MessageGroupId cannot spread work over several consumer instances.',
    messages: {
      oneGroup: 'FIFO queue "{queue}" has {instances} consumer instances but {producers} every message with one constant message group, so only one instance works at a time.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (!queue.fifo) continue;
      const producers = upstreamProducers(design, queue.id).filter((p) => p.sqs.messageGroupId !== 'none');
      if (producers.length === 0 || producers.some((p) => p.sqs.messageGroupId !== 'constant')) continue;
      const instances = consumersOf(design, queue.id).reduce((sum, g) => sum + g.instances, 0);
      if (instances <= 1 || requirementsAt(design, queue.id)?.ordering === 'strict') continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'oneGroup',
        data: { queue: queue.name, instances, producers: producersThat(producers, 'send') },
        fix: { label: 'Group messages by entity id', apply: (d) => useEntityGroups(d, producers) },
      });
    }
  },
});
