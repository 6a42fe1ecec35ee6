import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { exampleDesign } from './_examples';
import { utf8Length } from './_queues';
import { RMQ_SOURCES } from './_sources';

const MAX_NAME_BYTES = 255;

export const queueNameLength = defineRule({
  meta: {
    id: 'rabbitmq/queue-name-length',
    category: 'operability',
    severity: 'error',
    docs: {
      summary: 'RabbitMQ queue and exchange names are at most 255 bytes (UTF-8).',
      rationale:
        'Queue and exchange names are AMQP 0-9-1 short strings: at most 255 bytes of UTF-8. A longer name cannot be declared; the client or the broker refuses it. The limit counts bytes, so non-ASCII characters count two to four each.',
      howToFix: 'Shorten the name.',
      sources: [RMQ_SOURCES.queueNames, { label: 'AsyncAPI AMQP bindings 0.4.0', url: 'https://github.com/asyncapi/bindings/blob/master/amqp/README.md' }],
    },
    messages: {
      tooLong: 'The {what} name "{short}…" is {bytes} bytes long; RabbitMQ allows at most 255.',
    },
    examples: {
      failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', name: `orders.${'x'.repeat(260)}` }] }),
      passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', name: 'orders.created' }] }),
    },
  },
  check({ design, report }) {
    for (const node of [...nodesOfKind(design, 'rabbitmq-queue'), ...nodesOfKind(design, 'rabbitmq-exchange')]) {
      const bytes = utf8Length(node.name);
      if (bytes <= MAX_NAME_BYTES) continue;
      report({
        target: { type: 'node', id: node.id },
        messageId: 'tooLong',
        data: { what: node.kind === 'rabbitmq-queue' ? 'queue' : 'exchange', short: [...node.name].slice(0, 40).join(''), bytes },
      });
    }
  },
});
