import { nodesOfKind } from '../../design';
import { consumersOf, upstreamProducers } from '../flow';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { FIFO_GROUP_SCAN } from './_limits';
import { AWS_DOCS } from './_sources';

export const fifoGroupVsConsumers = defineRule({
  meta: {
    id: 'sqs/fifo-group-vs-consumers',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: "A producer that puts all its messages in one FIFO message group must not send faster than one consumer can process them one at a time.",
      rationale:
        "This joins the producer's group-id strategy and rate to the queue's consumers. The messages of one group are handed out one batch at a time and processed in order, so a single group moves at the speed of one consumer working serially, whatever the number of instances: about 1000 / p50 processing time messages per second. A producer with a constant group id sending faster than that builds a backlog that never drains. Once the backlog of that group is larger than the 120,000 messages a FIFO queue scans for available groups, messages of every other group sent later are blocked behind it.",
      howToFix:
        'Use a high-cardinality MessageGroupId (the entity key) so the work spreads over groups, make the consumer faster, or split the flow over several queues.',
      sources: [AWS_DOCS.groupBacklog, AWS_DOCS.messageGroupId, AWS_DOCS.fifoQuotas],
    },
    subsumes: ['sqs/fifo-group-parallelism'],
    messages: {
      hotGroup:
        'Producer "{producer}" sends {rate} msg/s to FIFO queue "{queue}" in one constant message group, which is processed one message at a time (about {capacity} msg/s at {p50} ms each), so its backlog grows without bound and blocks the other groups once it passes {scan} messages.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'ingest', name: 'ingest', publishRate: 500, sqs: { messageGroupId: 'constant', deduplicationId: true } },
          { kind: 'sqs-queue', id: 'events', name: 'events.fifo', fifo: true },
          { kind: 'consumer-group', id: 'indexer', name: 'indexer', processingMsP50: 20, instances: 3 },
        ],
        connections: [
          { id: 'p', kind: 'publish', from: 'ingest', to: 'events' },
          { id: 'c', kind: 'consume', from: 'events', to: 'indexer' },
        ],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'producer', id: 'ingest', name: 'ingest', publishRate: 500, sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
          { kind: 'sqs-queue', id: 'events', name: 'events.fifo', fifo: true },
          { kind: 'consumer-group', id: 'indexer', name: 'indexer', processingMsP50: 20, instances: 3 },
        ],
        connections: [
          { id: 'p', kind: 'publish', from: 'ingest', to: 'events' },
          { id: 'c', kind: 'consume', from: 'events', to: 'indexer' },
        ],
      },
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      if (!queue.fifo) continue;
      const consumers = consumersOf(design, queue.id);
      if (consumers.length === 0) continue;
      // The fastest consumer sets the best case for a single group.
      const p50 = Math.min(...consumers.map((g) => g.processingMsP50));
      if (p50 <= 0) continue;
      const capacity = 1000 / p50;
      for (const producer of upstreamProducers(design, queue.id)) {
        if (producer.sqs.messageGroupId !== 'constant' || producer.publishRate <= capacity) continue;
        report({
          target: { type: 'node', id: producer.id },
          messageId: 'hotGroup',
          data: {
            producer: producer.name,
            queue: queue.name,
            rate: producer.publishRate,
            capacity: Number(capacity.toPrecision(3)),
            p50,
            scan: thousands(FIFO_GROUP_SCAN),
          },
        });
      }
    }
  },
});
