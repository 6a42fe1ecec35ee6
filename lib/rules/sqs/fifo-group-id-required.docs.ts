import type { RuleDocs } from '../rule-docs';
import { AWS_DOCS } from './_sources';

/** The docs and examples of `sqs/fifo-group-id-required`, read by its rule page and its tests, never by the studio. */
export const docs: RuleDocs = {
  rationale:
    'The message group id is mandatory on every send to a FIFO queue: SendMessage without one fails. It is also the unit of ordering: messages of one group are delivered in order and one at a time, messages of different groups in parallel. The ordering key of the flow (the entity id) is the natural choice.',
  howToFix: 'Set MessageGroupId to the ordering key: the entity id for per-key ordering (the fix), one constant value only when the whole flow must be strictly ordered.',
  sources: [AWS_DOCS.fifoKeyTerms, AWS_DOCS.messageGroupId, AWS_DOCS.snsFifoGrouping],
  examples: {
    failing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'none', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'payments' }],
    },
    passing: {
      queuewright: 2,
      nodes: [
        { kind: 'producer', id: 'api', name: 'api', sqs: { messageGroupId: 'entity-id', deduplicationId: true } },
        { kind: 'sqs-queue', id: 'payments', name: 'payments.fifo', fifo: true },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'payments' }],
    },
  },
};
