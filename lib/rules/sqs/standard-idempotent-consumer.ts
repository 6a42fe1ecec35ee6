import { nodesOfKind } from '../../design';
import { consumedChannels } from '../flow';
import { defineRule } from '../rule';
import { quotedNames } from './_flow';

export const standardIdempotentConsumer = defineRule({
  meta: {
    id: 'sqs/standard-idempotent-consumer',
    category: 'delivery',
    severity: 'warning',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'A consumer of an SQS standard queue must be idempotent.',
    subsumes: ['core/idempotent-consumer-for-at-least-once'],
    messages: {
      notIdempotent: 'Consumer "{consumer}" reads standard queue {queues}, which can deliver a message twice, but is not idempotent, so some messages take effect twice.',
    },
  },
  check({ design, report }) {
    for (const group of nodesOfKind(design, 'consumer-group')) {
      if (group.idempotent) continue;
      const queues = consumedChannels(design, group.id).filter((c) => c.kind === 'sqs-queue' && !c.fifo);
      if (queues.length === 0) continue;
      report({ target: { type: 'node', id: group.id }, messageId: 'notIdempotent', data: { consumer: group.name, queues: quotedNames(queues) } });
    }
  },
});
