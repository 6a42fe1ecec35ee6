import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/dlx-graph`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'A DLX whose binding matches is not enough: when that binding leads to another exchange, the dead letter is routed again there, and is lost if nothing matches further down (an exchange that matched a binding never falls back to its alternate exchange). A dead letter that reaches only exclusive or auto-delete queues disappears with them when their connection or last consumer goes away. The rule follows each dead letter through the whole route as the broker does. (An undeclared DLX is rabbitmq/dlx-exchange-declared, a DLX with no matching binding rabbitmq/dlx-routable, and dead-letter cycles rabbitmq/dlx-no-silent-cycle.)',
  howToFix: 'Bind a durable dead-letter queue where the route ends (or bind it directly to the DLX), and keep dead-letter queues non-exclusive and not auto-delete.',
  sources: [RMQ_SOURCES.deadLetter, RMQ_SOURCES.exchanges, RMQ_SOURCES.alternateExchange],
  examples: {
    failing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-routing-key': 'orders.failed' } },
        { kind: 'rabbitmq-exchange', id: 'dlx', type: 'topic' },
        { kind: 'rabbitmq-exchange', id: 'dead-letters', type: 'direct' },
        { kind: 'rabbitmq-queue', id: 'payments-dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'orders', to: 'dlx', kind: 'dead-letter' },
        { from: 'dlx', to: 'dead-letters', kind: 'bind', routingKey: '#' },
        { from: 'dead-letters', to: 'payments-dlq', kind: 'bind', routingKey: 'payments.failed' },
      ],
    }),
    passing: exampleDesign({
      nodes: [
        { kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-routing-key': 'orders.failed' } },
        { kind: 'rabbitmq-exchange', id: 'dlx', type: 'topic' },
        { kind: 'rabbitmq-exchange', id: 'dead-letters', type: 'direct' },
        { kind: 'rabbitmq-queue', id: 'orders-dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'orders', to: 'dlx', kind: 'dead-letter' },
        { from: 'dlx', to: 'dead-letters', kind: 'bind', routingKey: '#' },
        { from: 'dead-letters', to: 'orders-dlq', kind: 'bind', routingKey: 'orders.failed' },
      ],
    }),
  },
};
