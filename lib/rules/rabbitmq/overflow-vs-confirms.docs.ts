import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/overflow-vs-confirms`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "overflow=reject-publish (and reject-publish-dlx) makes a full queue refuse new messages, so that publishers slow down or retry. The broker tells the publisher only with a basic.nack, which exists only with publisher confirms: without them the refused message is discarded and the publisher never knows. The rule follows routing from each producer to the queues it really reaches, whatever the flow's guarantee: on an at-most-once flow the loss may be acceptable but the producer should know, and on an at-least-once flow it is the same missing confirms rabbitmq/publisher-confirms-for-at-least-once reports, said with where the messages go.",
  howToFix: 'Enable publisher confirms and handle nacks (retry with backoff, or slow down).',
  sources: [RMQ_SOURCES.maxLength, RMQ_SOURCES.confirmsPublisher],
  examples: {
    failing: exampleDesign({
      requirements: { delivery: 'at-most-once' },
      nodes: [
        { kind: 'producer', id: 'metrics', rabbitmq: { confirms: false } },
        { kind: 'rabbitmq-queue', id: 'samples', arguments: { 'x-max-length': 100000, 'x-overflow': 'reject-publish' } },
      ],
      connections: [{ from: 'metrics', to: 'samples', kind: 'publish' }],
    }),
    passing: exampleDesign({
      requirements: { delivery: 'at-most-once' },
      nodes: [
        { kind: 'producer', id: 'metrics', rabbitmq: { confirms: true } },
        { kind: 'rabbitmq-queue', id: 'samples', arguments: { 'x-max-length': 100000, 'x-overflow': 'reject-publish' } },
      ],
      connections: [{ from: 'metrics', to: 'samples', kind: 'publish' }],
    }),
  },
};
