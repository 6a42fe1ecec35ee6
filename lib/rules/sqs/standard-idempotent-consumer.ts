import { nodesOfKind } from '../../design';
import { consumedChannels } from '../flow';
import { defineRule } from '../rule';
import { quotedNames } from './_flow';
import { AWS_DOCS } from './_sources';

export const standardIdempotentConsumer = defineRule({
  meta: {
    id: 'sqs/standard-idempotent-consumer',
    category: 'delivery',
    severity: 'warning',
    docs: {
      summary: 'A consumer of an SQS standard queue must be idempotent.',
      rationale:
        'Standard queues deliver at least once: occasionally, because of how SQS stores copies on several servers, a message is delivered more than once, even when everything works. AWS says applications using standard queues must be idempotent, that is, processing the same message twice must have the same effect as once.',
      howToFix:
        'Make the handler idempotent (a deduplication store keyed by a message or business id, conditional writes, upserts) and mark the consumer idempotent; or use a FIFO queue, which deduplicates.',
      sources: [AWS_DOCS.standardQueues],
    },
    subsumes: ['core/idempotent-consumer-for-at-least-once'],
    messages: {
      notIdempotent: 'Consumer "{consumer}" reads standard queue {queues}, which can deliver a message twice, but is not idempotent, so some messages take effect twice.',
    },
    examples: {
      failing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'emails', name: 'emails' },
          { kind: 'consumer-group', id: 'mailer', name: 'mailer', idempotent: false },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'emails', to: 'mailer' }],
      },
      passing: {
        queuewright: 2,
        nodes: [
          { kind: 'sqs-queue', id: 'emails', name: 'emails' },
          { kind: 'consumer-group', id: 'mailer', name: 'mailer', idempotent: true },
        ],
        connections: [{ id: 'c', kind: 'consume', from: 'emails', to: 'mailer' }],
      },
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
