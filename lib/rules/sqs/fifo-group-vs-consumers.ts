import { nodesOfKind } from '../../design';
import { consumersOf, upstreamProducers } from '../flow';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { FIFO_GROUP_SCAN } from './_limits';

export const fifoGroupVsConsumers = defineRule({
  meta: {
    id: 'sqs/fifo-group-vs-consumers',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'sqs-queue', 'consumer-group'],
    summary: 'A producer that puts all its messages in one FIFO message group must not send faster than one consumer can process them one at a time.',
    subsumes: ['sqs/fifo-group-parallelism'],
    messages: {
      hotGroup:
        'Producer "{producer}" sends {rate} msg/s to FIFO queue "{queue}" in one constant message group, which is processed one message at a time (about {capacity} msg/s at {p50} ms each), so its backlog grows without bound and blocks the other groups once it passes {scan} messages.',
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
