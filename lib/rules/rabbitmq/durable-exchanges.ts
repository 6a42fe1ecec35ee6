import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

export const durableExchanges = defineRule({
  meta: {
    id: 'rabbitmq/durable-exchanges',
    category: 'durability',
    severity: 'warning',
    docs: {
      summary: 'Exchanges should be durable.',
      rationale:
        'A transient exchange, and every binding from it, disappears when the node restarts: publishers then get a channel error (NOT_FOUND) or their messages are unroutable until someone redeclares the topology. Transient entities are being removed as Khepri becomes RabbitMQ\'s only metadata store, and semi-durable and transient bindings will be dropped.',
      howToFix: 'Declare the exchange durable.',
      sources: [RMQ_SOURCES.exchangeDurability, RMQ_SOURCES.deprecatedFeatures],
    },
    messages: {
      transient: 'Exchange "{exchange}" is transient: a node restart removes it and its bindings, and messages published to it are lost until it is redeclared.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-exchange', id: 'orders', durable: false }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-exchange', id: 'orders', durable: true }] }),
    },
  },
  check({ design, report }) {
    for (const exchange of nodesOfKind(design, 'rabbitmq-exchange')) {
      if (exchange.durable) continue;
      report({
        target: { type: 'node', id: exchange.id },
        messageId: 'transient',
        data: { exchange: exchange.name },
        fix: { label: 'Make the exchange durable', apply: (d) => updateNode(d, exchange.id, { durable: true }) },
      });
    }
  },
});
