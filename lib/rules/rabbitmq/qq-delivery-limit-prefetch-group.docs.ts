import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/qq-delivery-limit-prefetch-group`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When a consumer crashes or its channel closes, every message it had prefetched is returned and has its delivery count raised, not just the one that caused the crash. With a delivery limit of 3 or less, a poison message that crashes the consumer a few times takes all the other outstanding deliveries past the limit with it: they are dead-lettered (or dropped) although nothing was wrong with them.',
  howToFix: 'Keep the delivery limit well above the number of crashes you expect (the default, 20), with a dead-letter exchange; or lower the prefetch.',
  sources: [RMQ_SOURCES.quorumPoison, RMQ_SOURCES.confirmsPrefetch],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': 2 } },
        { kind: 'consumer-group', id: 'billing', prefetch: 100 },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-delivery-limit': 20 } },
        { kind: 'consumer-group', id: 'billing', prefetch: 100 },
      ],
      connections: [{ from: 'orders', to: 'billing', kind: 'consume' }],
    }),
  },
};
