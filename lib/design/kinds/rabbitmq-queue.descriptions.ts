import type { DescribedFields } from '../field-descriptions';
import { rabbitmqQueue, rabbitmqQueueArgumentsSchema } from './rabbitmq-queue';

/**
 * What the fields of rabbitmq-queue.ts mean, by path (`a/b` is field b of object field a): the node
 * inspector and the JSON Schema show them; the studio page does not download them.
 */
export const rabbitmqQueueFieldDescriptions: DescribedFields = [
  [
    rabbitmqQueueArgumentsSchema,
    {
      'x-message-ttl': 'Message TTL in ms',
      'x-expires': 'Queue TTL in ms (the whole queue is deleted when unused)',
      'x-overflow': 'RabbitMQ default: drop-head',
      'x-delivery-limit': 'Quorum queues; RabbitMQ 4 default: 20',
    },
  ],
  [
    rabbitmqQueue.schema,
    {
      type: "x-queue-type; unset: the vhost's default queue type (classic unless configured)",
      policy: 'Keys applied by a matching policy (e.g. ha-mode, queue-mode)',
      depthAlert: 'An alert fires on queue depth (for dead-letter queues)',
      depthAlertMessages: 'The depth alert fires when more than this many messages wait',
    },
  ],
];
