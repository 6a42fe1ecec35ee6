import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/fifo-throughput-limit`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'Without high-throughput mode a FIFO queue handles 300 API calls per second per action (send, receive, delete); batching 10 messages per call gives at most 3,000 messages per second. Beyond that, requests are throttled. High-throughput FIFO (deduplication scope per message group, throughput limit per message group id) scales with the number of message groups. The rate is the peak throughput of the flows that reach the queue.',
  howToFix: 'Enable high-throughput mode (the fix: DeduplicationScope=messageGroup, FifoThroughputLimit=perMessageGroupId) and use many message group ids.',
  sources: [AWS_DOCS.highThroughputFifo, AWS_DOCS.fifoQuotas],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { throughput: 8000 },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'clicks', name: 'clicks.fifo', fifo: true },
      ],
      connections: [{ id: 'writer--clicks', kind: 'publish', from: 'writer', to: 'clicks' }],
    },
    passing: {
      queuewright: 2,
      requirements: { throughput: 8000 },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'clicks', name: 'clicks.fifo', fifo: true, highThroughputFifo: true },
      ],
      connections: [{ id: 'writer--clicks', kind: 'publish', from: 'writer', to: 'clicks' }],
    },
  },
};
