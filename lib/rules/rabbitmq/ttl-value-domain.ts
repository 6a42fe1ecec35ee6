import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

/** Policy keys whose values RabbitMQ validates as integers, with the smallest allowed value. */
const INTEGER_KEYS: ReadonlyArray<{ key: string; min: number; meaning: string }> = [
  { key: 'message-ttl', min: 0, meaning: 'a non-negative integer (milliseconds)' },
  { key: 'expires', min: 1, meaning: 'a positive integer (milliseconds)' },
];

export const ttlValueDomain = defineRule({
  meta: {
    id: 'rabbitmq/ttl-value-domain',
    category: 'operability',
    severity: 'error',
    reads: ['rabbitmq-queue'],
    summary: 'Message TTL must be a non-negative integer and queue TTL (expires) a positive integer, in milliseconds.',
    messages: {
      invalid: 'Queue "{queue}" has policy {key}={value}, but {key} must be {meaning}: the policy is rejected.',
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (!queue.policy) continue;
      for (const { key, min, meaning } of INTEGER_KEYS) {
        if (!Object.hasOwn(queue.policy, key)) continue;
        const value = queue.policy[key];
        if (typeof value === 'number' && Number.isInteger(value) && value >= min) continue;
        report({ target: { type: 'node', id: queue.id }, messageId: 'invalid', data: { queue: queue.name, key, value: JSON.stringify(value), meaning } });
      }
    }
  },
});
