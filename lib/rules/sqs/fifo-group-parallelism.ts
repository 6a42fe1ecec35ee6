import { nodesOfKind, patchNode,  type Design } from '../../design';
import type { ResolvedProducer } from '../../brokers/resolved-design';
import { consumersOf, upstreamProducers } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { producersThat } from './_flow';
import { AWS_DOCS } from './_sources';

/** Switches each producer to the entity id as its message group. */
function useEntityGroups(design: Design, producers: readonly ResolvedProducer[]): Design {
  return producers.reduce((d, p) => patchNode(d, p.id, { sqs: { messageGroupId: 'entity-id' } }), design);
}

export const fifoGroupParallelism = defineRule({
  meta: {
    id: 'sqs/fifo-group-parallelism',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'A FIFO queue fed only with one constant MessageGroupId cannot spread work over several consumer instances.',
      rationale:
        "SQS delivers the messages of one message group one batch at a time, in order: while a group's messages are in flight, no other consumer can receive the group's next ones. When every producer uses a single constant group id, the whole queue is one group, so extra consumer instances sit idle and throughput is that of one consumer. Flows that declare strict (total) ordering need a single group, so they are not flagged.",
      howToFix: 'Use a high-cardinality MessageGroupId, the entity key that ordering is needed for (the fix switches the producers to the entity id).',
      sources: [AWS_DOCS.messageGroupId, AWS_DOCS.visibilityTimeout],
    },
    messages: {
      oneGroup:
        'FIFO queue "{queue}" has {instances} consumer instances but {producers} every message with one constant message group, so only one instance works at a time.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'constant', deduplicationId: true } },
          { kind: 'sqs-queue', id: 'jobs', name: 'jobs.fifo', fifo: true },
          { kind: 'consumer-group', id: 'workers', name: 'workers', instances: 4 },
        ],
        connections: [
          { id: 'p', kind: 'publish', from: 'api', to: 'jobs' },
          { id: 'c', kind: 'consume', from: 'jobs', to: 'workers' },
        ],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
          { kind: 'sqs-queue', id: 'jobs', name: 'jobs.fifo', fifo: true },
          { kind: 'consumer-group', id: 'workers', name: 'workers', instances: 4 },
        ],
        connections: [
          { id: 'p', kind: 'publish', from: 'api', to: 'jobs' },
          { id: 'c', kind: 'consume', from: 'jobs', to: 'workers' },
        ],
      },
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
