import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from '../sqs/_sources';

/** The docs and examples of `sns/fifo-publish-ids`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Publish to a FIFO topic fails without a MessageGroupId: the group is the unit of ordering, passed on to the subscribed FIFO queues. It fails too without a MessageDeduplicationId when the topic does not have ContentBasedDeduplication, because the topic deduplicates every message over 5 minutes.',
  howToFix:
    'Publish with the ordering key (the entity id) as MessageGroupId (the fix on the producer), and send a MessageDeduplicationId or enable ContentBasedDeduplication on the topic (the fix on the topic; it hashes the body only, so distinct messages must have distinct bodies).',
  sources: [AWS_DOCS.snsFifoGrouping, AWS_DOCS.snsFifoDedup],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'pricing', name: 'pricing', sqs: { messageGroupId: 'none', deduplicationId: true } },
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'pricing', to: 'prices' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'pricing', name: 'pricing', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
        { kind: 'sns-topic', id: 'prices', name: 'prices.fifo', fifo: true },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'pricing', to: 'prices' }],
    },
  },
};
