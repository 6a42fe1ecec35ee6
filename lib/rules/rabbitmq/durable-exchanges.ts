import { nodesOfKind, updateNode } from '../../design';
import { defineRule } from '../rule';

export const durableExchanges = defineRule({
  meta: {
    id: 'rabbitmq/durable-exchanges',
    category: 'durability',
    severity: 'warning',
    reads: ['rabbitmq-exchange'],
    scope: 'node',
    summary: 'Exchanges should be durable.',
    messages: {
      transient: 'Exchange "{exchange}" is transient: a node restart removes it and its bindings, and messages published to it are lost until it is redeclared.',
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
