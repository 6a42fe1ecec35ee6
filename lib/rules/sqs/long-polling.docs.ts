import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/long-polling`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'With short polling (a wait time of 0, the SQS default) a receive returns at once, often empty, and queries only a subset of the SQS servers, so it can miss messages that are there. Consumers pay for the empty receives and spin. Long polling waits until a message arrives or the wait time ends; AWS suggests 20 seconds in most cases. Lambda event source mappings long-poll on their own, so queues read only by Lambda are not flagged.',
  howToFix: 'Set ReceiveMessageWaitTimeSeconds to 20 (the fix).',
  sources: [AWS_DOCS.polling],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'jobs', name: 'jobs', receiveMessageWaitTimeSeconds: 0 },
        { kind: 'consumer-group', id: 'worker', name: 'worker' },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'jobs', to: 'worker' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'sqs-queue', id: 'jobs', name: 'jobs', receiveMessageWaitTimeSeconds: 20 },
        { kind: 'consumer-group', id: 'worker', name: 'worker' },
      ],
      connections: [{ id: 'c', kind: 'consume', from: 'jobs', to: 'worker' }],
    },
  },
};
