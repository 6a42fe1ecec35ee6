import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/in-flight-quota`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    "A message is in flight from the moment a consumer receives it until it deletes it. By Little's law, a queue holds on average rate × processing time messages in flight. SQS caps that at about 120,000 per queue (standard and FIFO alike, in the current quotas; older guides give 20,000 for FIFO). At the cap, a standard queue answers short-polling receives with an OverLimit error and long-polling ones with nothing; a FIFO queue returns nothing. The rate is the peak throughput of the flows that reach the queue; the processing time is the slowest consumer's median.",
  howToFix: 'Delete messages as soon as they are processed (or processed in batches), speed up processing, or spread the flow over several queues.',
  sources: [AWS_DOCS.standardQuotas, AWS_DOCS.fifoQuotas, AWS_DOCS.visibilityTimeout],
  examples: {
    failing: {
      queuewright: 2,
      requirements: { throughput: 5000, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'renders', name: 'renders' },
        { kind: 'consumer-group', id: 'renderer', name: 'renderer', processingMsP50: 60_000, processingMsP99: 90_000 },
      ],
      connections: [
        { id: 'writer--renders', kind: 'publish', from: 'writer', to: 'renders' },
        { id: 'c', kind: 'consume', from: 'renders', to: 'renderer' },
      ],
    },
    passing: {
      queuewright: 2,
      requirements: { throughput: 5000, ordering: 'none' },
      nodes: [
        { kind: 'producer', id: 'writer', name: 'writer' },
        { kind: 'sqs-queue', id: 'renders', name: 'renders' },
        { kind: 'consumer-group', id: 'renderer', name: 'renderer', processingMsP50: 2000, processingMsP99: 9000 },
      ],
      connections: [
        { id: 'writer--renders', kind: 'publish', from: 'writer', to: 'renders' },
        { id: 'c', kind: 'consume', from: 'renders', to: 'renderer' },
      ],
    },
  },
};
