import type { RuleDocs } from '../rule-docs';
import { exampleDesign } from './_examples';
import { RMQ_SOURCES } from './_sources';

/** The docs and examples of `rabbitmq/qq-no-reject-publish-dlx`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Quorum queues support two overflow behaviours, drop-head and reject-publish; reject-publish-dlx (reject the publish and dead-letter the message) is classic-queue only. Declaring it as a quorum queue argument is refused; set by a policy it does not do what the design expects.',
  howToFix: 'Use overflow=reject-publish (publishers see the rejection through publisher confirms).',
  sources: [RMQ_SOURCES.quorumFeatures, RMQ_SOURCES.maxLength],
  examples: {
    failing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000, 'x-overflow': 'reject-publish-dlx' } }] }),
    passing: exampleDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'orders', arguments: { 'x-max-length': 10000, 'x-overflow': 'reject-publish' } }] }),
  },
};
