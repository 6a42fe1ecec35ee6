import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/dlx-exchange-declared`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'RabbitMQ does not check the dead-letter exchange when the queue is declared. The dead-letter guide: "If it is missing then, the messages are silently dropped." A DLX named by a policy, or one in another vhost (dead lettering stays within a vhost), is as good as missing.',
  howToFix: "Declare the exchange in the queue's vhost (and bind a dead-letter queue to it), or point the queue at an existing one.",
  sources: [RMQ_SOURCES.deadLetter],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-exchange': 'orders.dlx' } }] }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-exchange': 'orders.dlx' } },
        { kind: 'rabbitmq-exchange', id: 'orders-dlx', name: 'orders.dlx' },
      ],
    }),
  },
};
