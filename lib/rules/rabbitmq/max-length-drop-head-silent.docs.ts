import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/max-length-drop-head-silent`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'When a queue reaches max-length or max-length-bytes, the default overflow behaviour (drop-head) discards the oldest messages to make room, or dead-letters them if the queue has a DLX. Without a DLX nobody learns that messages were lost. overflow=reject-publish instead refuses new messages, which publishers see through publisher confirms.',
  howToFix: 'Add a dead-letter exchange, or set overflow=reject-publish (and publish with confirms).',
  sources: [RMQ_SOURCES.maxLength, RMQ_SOURCES.deadLetter],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000 } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000, 'x-overflow': 'reject-publish' } }] }),
  },
};
