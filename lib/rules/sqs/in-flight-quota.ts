import { nodesOfKind } from '../../design';
import { consumersOf } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { isDeadLetterQueue } from './_dead-letter-queue';
import { peakRate } from './_flow';
import { IN_FLIGHT_LIMIT } from './_limits';

export const inFlightQuota = defineRule({
  meta: {
    id: 'sqs/in-flight-quota',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'The messages a queue holds in flight (received, not yet deleted) must stay under the SQS quota of about 120,000.',
    messages: {
      overQuota: 'Queue "{queue}" would hold about {inFlight} messages in flight ({rate} msg/s × {p50} ms), above the {limit} in-flight quota, so receives fail or come back empty.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      const consumers = consumersOf(design, queue.id);
      if (consumers.length === 0 || isDeadLetterQueue(design, queue)) continue;
      const p50 = Math.max(...consumers.map((g) => g.processingMsP50));
      const needs = requirementsAt(design, queue.id);
      if (!needs) continue;
      const rate = peakRate(needs);
      const inFlight = Math.round((rate * p50) / 1000);
      const limit = queue.fifo ? IN_FLIGHT_LIMIT.fifo : IN_FLIGHT_LIMIT.standard;
      if (inFlight <= limit) continue;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'overQuota',
        data: { queue: queue.name, inFlight: thousands(inFlight), rate, p50, limit: thousands(limit) },
      });
    }
  },
});
