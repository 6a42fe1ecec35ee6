import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/fifo-name-suffix`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'SQS tells a FIFO queue by its name: CreateQueue refuses a FIFO queue whose name lacks the ".fifo" suffix, and a standard queue whose name has it. The suffix counts towards the 80-character limit on queue names. In Queuewright a queue node\'s name is its SQS queue name.',
  howToFix: 'Rename the queue: add ".fifo" to a FIFO queue\'s name, drop it from a standard queue\'s name (the fix does either), and keep names within 80 characters.',
  sources: [AWS_DOCS.fifoQuotas, AWS_DOCS.fifoKeyTerms],
  examples: {
    failing: { queuewright: 2, nodes: [{ kind: 'sqs-queue', id: 'payments', name: 'payments', fifo: true }] },
    passing: { queuewright: 2, nodes: [{ kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true }] },
  },
};
