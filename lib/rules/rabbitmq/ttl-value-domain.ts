import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

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
    docs: {
      summary: 'Message TTL must be a non-negative integer and queue TTL (expires) a positive integer, in milliseconds.',
      rationale:
        'RabbitMQ validates TTLs: message-ttl must be an integer of 0 or more milliseconds, expires (queue TTL) an integer of at least 1. A policy with any other value (a negative number, a fraction, a string such as "60s") is rejected, so the TTL the design counts on never applies. Queue arguments are already checked by the design schema; this rule checks the policy keys.',
      howToFix: 'Write the TTL as a whole number of milliseconds (60 s = 60000).',
      sources: [RMQ_SOURCES.ttl],
    },
    messages: {
      invalid: 'Queue "{queue}" has policy {key}={value}, but {key} must be {meaning}: the policy is rejected.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', policy: { 'message-ttl': '60s' } }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', policy: { 'message-ttl': 60000 } }] }),
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
