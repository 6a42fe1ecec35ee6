import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/ttl-value-domain`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'RabbitMQ validates TTLs: message-ttl must be an integer of 0 or more milliseconds, expires (queue TTL) an integer of at least 1. A policy with any other value (a negative number, a fraction, a string such as "60s") is rejected, so the TTL the design counts on never applies. Queue arguments are already checked by the design schema; this rule checks the policy keys.',
  howToFix: 'Write the TTL as a whole number of milliseconds (60 s = 60000).',
  sources: [RMQ_SOURCES.ttl],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', policy: { 'message-ttl': '60s' } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', policy: { 'message-ttl': 60000 } }] }),
  },
};
