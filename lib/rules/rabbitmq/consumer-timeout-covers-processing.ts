import { clusterOf } from '../../design';
import { defineRule } from '../rule';
import { rabbitConsumers } from './_consumers';
import { queueSetting } from './_queues';

/** RabbitMQ's node-wide `consumer_timeout` default: 30 minutes. */
const DEFAULT_CONSUMER_TIMEOUT_MS = 1_800_000;

export const consumerTimeoutCoversProcessing = defineRule({
  meta: {
    id: 'rabbitmq/consumer-timeout-covers-processing',
    category: 'scalability',
    severity: 'error',
    reads: ['rabbitmq-queue', 'consumer-group'],
    summary: 'A RabbitMQ consumer must acknowledge each delivery within the consumer timeout.',
    messages: {
      tooSlow:
        'Consumer group "{group}" takes up to {processingMs} ms per message on "{queue}", at or above its {timeoutMs} ms consumer timeout: the channel is closed and the deliveries are redelivered.',
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
