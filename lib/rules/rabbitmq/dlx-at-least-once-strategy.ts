import { patchNode } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';
import { hasDeadLetterExchange } from './_dead-letter-routing';
import { exampleDesign } from './_examples';
import { overflowOf, queueSetting, rabbitQueues } from './_queues';
import { RMQ_SOURCES } from './_sources';

export const dlxAtLeastOnceStrategy = defineRule({
  meta: {
    id: 'rabbitmq/dlx-at-least-once-strategy',
    category: 'error-handling',
    severity: 'warning',
    docs: {
      summary: 'A quorum queue on a critical flow should dead-letter at-least-once: dead-letter-strategy=at-least-once with overflow=reject-publish.',
      rationale:
        'By default a quorum queue dead-letters at-most-once: the message is removed from the source queue and republished to the DLX without confirms, so a dead letter that cannot be delivered (a DLX node down, a full target queue) is lost. With dead-letter-strategy=at-least-once the source queue keeps each dead letter until the target queues confirm it. That strategy requires overflow=reject-publish: with drop-head it falls back to at-most-once. (A max-length keeps the retained dead letters bounded.)',
      howToFix: 'Set x-dead-letter-strategy=at-least-once and x-overflow=reject-publish (and a max-length) on the queue or its policy.',
      sources: [RMQ_SOURCES.quorumDeadLettering, RMQ_SOURCES.deadLetter],
    },
    messages: {
      atMostOnce: 'Quorum queue "{queue}" carries a critical flow but dead-letters at-most-once ({settings}): a dead letter lost on the way to the DLX is gone.',
    },
    examples: {
      failing: exampleDesign({
        requirements: { criticality: 'critical' },
        nodes: [{ kind: 'producer', id: 'writer' }, { kind: 'rabbitmq-queue', id: 'payments' }, { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' }, { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' }],
        connections: [{ from: 'writer', to: 'payments', kind: 'publish' }, { from: 'payments', to: 'dlx', kind: 'dead-letter' }, { from: 'dlx', to: 'dlq', kind: 'bind' }],
      }),
      passing: exampleDesign({
        requirements: { criticality: 'critical' },
        nodes: [{ kind: 'producer', id: 'writer' },
          { kind: 'rabbitmq-queue', id: 'payments', arguments: { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' },
        ],
        connections: [{ from: 'writer', to: 'payments', kind: 'publish' }, { from: 'payments', to: 'dlx', kind: 'dead-letter' }, { from: 'dlx', to: 'dlq', kind: 'bind' }],
      }),
    },
  },
  check({ design, report }) {
    for (const queue of rabbitQueues(design)) {
      if (queue.type !== 'quorum' || !hasDeadLetterExchange(design, queue.id)) continue;
      if (requirementsAt(design, queue.id)?.criticality !== 'critical') continue;
      const strategy = queueSetting(queue, 'x-dead-letter-strategy', 'dead-letter-strategy') ?? 'at-most-once';
      const overflow = overflowOf(queue);
      if (strategy === 'at-least-once' && overflow === 'reject-publish') continue;
      const settings = [strategy !== 'at-least-once' && `dead-letter-strategy=${strategy}`, overflow !== 'reject-publish' && `overflow=${overflow}`].filter(Boolean);
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'atMostOnce',
        data: { queue: queue.name, settings: settings.join(', ') },
        fix: {
          label: 'Dead-letter at-least-once (reject-publish overflow)',
          apply: (d) => patchNode(d, queue.id, { arguments: { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } }),
        },
      });
    }
  },
});
