import { nodesOfKind } from '../../design';
import { consumersOf } from '../flow';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { thousands } from '../thousands';
import { isDeadLetterQueue } from './_dead-letter-queue';
import { peakRate } from './_flow';
import { IN_FLIGHT_LIMIT } from './_limits';
import { AWS_DOCS } from './_sources';

export const inFlightQuota = defineRule({
  meta: {
    id: 'sqs/in-flight-quota',
    category: 'scalability',
    severity: 'warning',
    docs: {
      summary: 'The messages a queue holds in flight (received, not yet deleted) must stay under the SQS quota of about 120,000.',
      rationale:
        "A message is in flight from the moment a consumer receives it until it deletes it. By Little's law, a queue holds on average rate × processing time messages in flight. SQS caps that at about 120,000 per queue (standard and FIFO alike, in the current quotas; older guides give 20,000 for FIFO). At the cap, a standard queue answers short-polling receives with an OverLimit error and long-polling ones with nothing; a FIFO queue returns nothing. The rate is the peak throughput of the flows that reach the queue; the processing time is the slowest consumer's median.",
      howToFix: 'Delete messages as soon as they are processed (or processed in batches), speed up processing, or spread the flow over several queues.',
      sources: [AWS_DOCS.standardQuotas, AWS_DOCS.fifoQuotas, AWS_DOCS.visibilityTimeout],
    },
    messages: {
      overQuota:
        'Queue "{queue}" would hold about {inFlight} messages in flight ({rate} msg/s × {p50} ms), above the {limit} in-flight quota, so receives fail or come back empty.',
    },
    examples: {
      failing: {
        queuewright: 2,
        requirements: { throughput: 5000, ordering: 'none' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'sqs-queue', id: 'renders', name: 'renders' },
          { kind: 'consumer-group', id: 'renderer', name: 'renderer', processingMsP50: 60_000, processingMsP99: 90_000 },
        ],
        connections: [{ id: 'writer--renders', kind: 'publish', from: 'writer', to: 'renders' }, { id: 'c', kind: 'consume', from: 'renders', to: 'renderer' }],
      },
      passing: {
        queuewright: 2,
        requirements: { throughput: 5000, ordering: 'none' },
        nodes: [{ kind: 'producer', id: 'writer', name: 'writer' },
          { kind: 'sqs-queue', id: 'renders', name: 'renders' },
          { kind: 'consumer-group', id: 'renderer', name: 'renderer', processingMsP50: 2000, processingMsP99: 9000 },
        ],
        connections: [{ id: 'writer--renders', kind: 'publish', from: 'writer', to: 'renders' }, { id: 'c', kind: 'consume', from: 'renders', to: 'renderer' }],
      },
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
