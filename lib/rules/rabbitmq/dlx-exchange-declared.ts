import { indexGraph } from '../../design';
import { deadLetterConfig } from '../../rabbitmq/routing';
import { defineRule } from '../rule';
import { rabbitQueues } from './_queues';

export const dlxExchangeDeclared = defineRule({
  meta: {
    id: 'rabbitmq/dlx-exchange-declared',
    category: 'error-handling',
    severity: 'error',
    reads: ['rabbitmq-exchange', 'rabbitmq-queue'],
    summary: "A queue's dead-letter exchange must be declared, in the queue's vhost.",
    messages: {
      missing: 'Queue "{queue}" dead-letters to exchange "{exchange}", which the design does not declare in vhost "{vhost}": dead letters are silently dropped.',
      otherVhost: 'Queue "{queue}" (vhost "{vhost}") dead-letters to exchange "{exchange}" in vhost "{exchangeVhost}": dead lettering stays within a vhost, so dead letters are dropped.',
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
