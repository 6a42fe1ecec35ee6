import { indexGraph } from '../../design';
import { deadLetterConfig } from '../../rabbitmq/routing';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const dlxExchangeDeclared = defineRule({
  meta: {
    id: 'rabbitmq/dlx-exchange-declared',
    category: 'error-handling',
    severity: 'error',
    docs: {
      summary: 'A queue\'s dead-letter exchange must be declared, in the queue\'s vhost.',
      rationale:
        'RabbitMQ does not check the dead-letter exchange when the queue is declared. The dead-letter guide: "If it is missing then, the messages are silently dropped." A DLX named by a policy, or one in another vhost (dead lettering stays within a vhost), is as good as missing.',
      howToFix: 'Declare the exchange in the queue\'s vhost (and bind a dead-letter queue to it), or point the queue at an existing one.',
      sources: [RMQ_SOURCES.deadLetter],
    },
    messages: {
      missing: 'Queue "{queue}" dead-letters to exchange "{exchange}", which the design does not declare in vhost "{vhost}": dead letters are silently dropped.',
      otherVhost: 'Queue "{queue}" (vhost "{vhost}") dead-letters to exchange "{exchange}" in vhost "{exchangeVhost}": dead lettering stays within a vhost, so dead letters are dropped.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-exchange': 'orders.dlx' } }] }),
      passing: exampleDesign({
        nodes: [{ kind: 'rabbitmq-queue', id: 'orders', policy: { 'dead-letter-exchange': 'orders.dlx' } }, { kind: 'rabbitmq-exchange', id: 'orders-dlx', name: 'orders.dlx' }],
      }),
    },
  },
  check({ design, report }) {
    const graph = indexGraph(design);
    for (const queue of rabbitQueues(design)) {
      if (queue.type === 'stream') continue;
      const config = deadLetterConfig(design, queue.id);
      if (!config) continue;
      // "" in a policy is the default exchange, which always exists.
      if (config.source === 'policy' && config.exchangeName === '') continue;
      if (config.exchangeId === undefined) {
        report({ target: { type: 'node', id: queue.id }, messageId: 'missing', data: { queue: queue.name, exchange: config.exchangeName, vhost: queue.vhost } });
        continue;
      }
      const exchange = graph.nodeById.get(config.exchangeId);
      if (exchange?.kind === 'rabbitmq-exchange' && exchange.vhost !== queue.vhost) {
        report({
          target: { type: 'node', id: queue.id },
          messageId: 'otherVhost',
          data: { queue: queue.name, vhost: queue.vhost, exchange: exchange.name, exchangeVhost: exchange.vhost },
        });
      }
    }
  },
});
