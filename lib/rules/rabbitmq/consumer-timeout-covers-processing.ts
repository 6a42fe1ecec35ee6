import { clusterOf } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers } from './_consumers';
import { exampleDesign } from './_examples';
import { queueSetting } from './_queues';
import { RMQ_SOURCES } from './_sources';

/** RabbitMQ's node-wide `consumer_timeout` default: 30 minutes. */
const DEFAULT_CONSUMER_TIMEOUT_MS = 1_800_000;

export const consumerTimeoutCoversProcessing = defineRule({
  meta: {
    id: 'rabbitmq/consumer-timeout-covers-processing',
    category: 'scalability',
    severity: 'error',
    docs: {
      summary: 'A RabbitMQ consumer must acknowledge each delivery within the consumer timeout.',
      rationale:
        'RabbitMQ enforces a delivery acknowledgement timeout (consumer_timeout, 30 minutes by default; per queue with the consumer-timeout policy key or x-consumer-timeout). A consumer that holds a delivery longer has its channel closed with PRECONDITION_FAILED (on 4.3+ quorum queues the consumer is cancelled), and all its unacknowledged deliveries are requeued, to be processed again, and again. The timeout is checked about once a minute; values under one minute are not supported.',
      howToFix: 'Raise the consumer timeout for this queue (consumer-timeout policy, x-consumer-timeout, or consumer_timeout in rabbitmq.conf), or make processing faster (split the work, hand long jobs to a job store).',
      sources: [RMQ_SOURCES.consumerTimeout, RMQ_SOURCES.quorumQueues],
    },
    messages: {
      tooSlow: 'Consumer group "{group}" takes up to {processingMs} ms per message on "{queue}", at or above its {timeoutMs} ms consumer timeout: the channel is closed and the deliveries are redelivered.',
    },
    examples: {
      failing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'reports', arguments: { 'x-consumer-timeout': 600000 } }, { kind: 'consumer-group', id: 'renderer', processingMsP99: 900000 }],
        connections: [{ from: 'reports', to: 'renderer', kind: 'consume' }],
      }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'reports', arguments: { 'x-consumer-timeout': 3600000 } }, { kind: 'consumer-group', id: 'renderer', processingMsP99: 900000 }],
        connections: [{ from: 'reports', to: 'renderer', kind: 'consume' }],
      }),
    },
  },
  check({ design, report }) {
    for (const { group, queues } of rabbitConsumers(design)) {
      if (group.ackMode !== 'manual') continue;
      for (const queue of queues) {
        if (queue.type === 'stream') continue;
        const queueTimeout = queueSetting(queue, 'x-consumer-timeout', 'consumer-timeout');
        const nodeTimeout = clusterOf(design, queue)?.config['consumer_timeout'];
        const timeout = typeof queueTimeout === 'number' ? queueTimeout : typeof nodeTimeout === 'number' ? nodeTimeout : nodeTimeout === undefined ? DEFAULT_CONSUMER_TIMEOUT_MS : undefined;
        // 0 or `false` disables the timeout.
        if (timeout === undefined || timeout <= 0 || group.processingMsP99 < timeout) continue;
        report({
          target: { type: 'node', id: group.id },
          messageId: 'tooSlow',
          data: { group: group.name, processingMs: group.processingMsP99, queue: queue.name, timeoutMs: timeout },
        });
        break;
      }
    }
  },
});
