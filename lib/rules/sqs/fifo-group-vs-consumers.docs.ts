import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/fifo-group-vs-consumers`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "This joins the producer's group-id strategy and rate to the queue's consumers. The messages of one group are handed out one batch at a time and processed in order, so a single group moves at the speed of one consumer working serially, whatever the number of instances: about 1000 / p50 processing time messages per second. A producer with a constant group id sending faster than that builds a backlog that never drains. Once the backlog of that group is larger than the 120,000 messages a FIFO queue scans for available groups, messages of every other group sent later are blocked behind it.",
  howToFix: 'Use a high-cardinality MessageGroupId (the entity key) so the work spreads over groups, make the consumer faster, or split the flow over several queues.',
  sources: [AWS_DOCS.groupBacklog, AWS_DOCS.messageGroupId, AWS_DOCS.fifoQuotas],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'ingest', name: 'ingest', publishRate: 500, sqs: { messageGroupId: 'constant', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'events', name: 'events.fifo', fifo: true },
        { kind: 'consumer-group', id: 'indexer', name: 'indexer', processingMsP50: 20, instances: 3 },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'ingest', to: 'events' },
        { id: 'c', kind: 'consume', from: 'events', to: 'indexer' },
      ],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'ingest', name: 'ingest', publishRate: 500, sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'events', name: 'events.fifo', fifo: true },
        { kind: 'consumer-group', id: 'indexer', name: 'indexer', processingMsP50: 20, instances: 3 },
      ],
      connections: [
        { id: 'p', kind: 'publish', from: 'ingest', to: 'events' },
        { id: 'c', kind: 'consume', from: 'events', to: 'indexer' },
      ],
    },
  },
};
