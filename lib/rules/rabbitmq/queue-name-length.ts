import { nodesOfKind } from '../../design';
import { defineRule } from '../rule';
import { utf8Length } from './_queues';

const MAX_NAME_BYTES = 255;

export const queueNameLength = defineRule({
  meta: {
    id: 'rabbitmq/queue-name-length',
    category: 'operability',
    severity: 'error',
    reads: [],
    summary: 'RabbitMQ queue and exchange names are at most 255 bytes (UTF-8).',
    messages: {
      tooLong: 'The {what} name "{short}…" is {bytes} bytes long; RabbitMQ allows at most 255.',
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
