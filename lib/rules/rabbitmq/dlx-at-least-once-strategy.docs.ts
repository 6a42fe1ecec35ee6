import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/dlx-at-least-once-strategy`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'By default a quorum queue dead-letters at-most-once: the message is removed from the source queue and republished to the DLX without confirms, so a dead letter that cannot be delivered (a DLX node down, a full target queue) is lost. With dead-letter-strategy=at-least-once the source queue keeps each dead letter until the target queues confirm it. That strategy requires overflow=reject-publish: with drop-head it falls back to at-most-once. (A max-length keeps the retained dead letters bounded.)',
  howToFix: 'Set x-dead-letter-strategy=at-least-once and x-overflow=reject-publish (and a max-length) on the queue or its policy.',
  sources: [RMQ_SOURCES.quorumDeadLettering, RMQ_SOURCES.deadLetter],
  examples: {
    failing: exampleDesign({
      requirements: { criticality: 'critical' },
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'payments' },
        { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
        { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'writer', to: 'payments', kind: 'publish' },
        { from: 'payments', to: 'dlx', kind: 'dead-letter' },
        { from: 'dlx', to: 'dlq', kind: 'bind' },
      ],
    }),
    passing: exampleDesign({
      requirements: { criticality: 'critical' },
      nodes: [
        { kind: 'producer', id: 'writer' },
        { kind: 'rabbitmq-queue', id: 'payments', arguments: { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' } },
        { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
        { kind: 'rabbitmq-queue', id: 'dlq', role: 'dead-letter' },
      ],
      connections: [
        { from: 'writer', to: 'payments', kind: 'publish' },
        { from: 'payments', to: 'dlx', kind: 'dead-letter' },
        { from: 'dlx', to: 'dlq', kind: 'bind' },
      ],
    }),
  },
};
