import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/consumer-timeout-covers-processing`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'RabbitMQ enforces a delivery acknowledgement timeout (consumer_timeout, 30 minutes by default; per queue with the consumer-timeout policy key or x-consumer-timeout). A consumer that holds a delivery longer has its channel closed with PRECONDITION_FAILED (on 4.3+ quorum queues the consumer is cancelled), and all its unacknowledged deliveries are requeued, to be processed again, and again. The timeout is checked about once a minute; values under one minute are not supported.',
  howToFix:
    'Raise the consumer timeout for this queue (consumer-timeout policy, x-consumer-timeout, or consumer_timeout in rabbitmq.conf), or make processing faster (split the work, hand long jobs to a job store).',
  sources: [RMQ_SOURCES.consumerTimeout, RMQ_SOURCES.quorumQueues],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'reports', arguments: { 'x-consumer-timeout': 600000 } },
        { kind: 'consumer-group', id: 'renderer', processingMsP99: 900000 },
      ],
      connections: [{ from: 'reports', to: 'renderer', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'reports', arguments: { 'x-consumer-timeout': 3600000 } },
        { kind: 'consumer-group', id: 'renderer', processingMsP99: 900000 },
      ],
      connections: [{ from: 'reports', to: 'renderer', kind: 'consume' }],
    }),
  },
};
