import { nodesOfKind, patchNode } from '../../design';
import { producerRequirements } from '../needs';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';
import { quotedNames } from './_flow';
import { AWS_DOCS } from './_sources';

export const fifoGroupIdRequired = defineRule({
  meta: {
    id: 'sqs/fifo-group-id-required',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A producer that sends to an SQS FIFO queue must set a MessageGroupId.',
      rationale:
        'The message group id is mandatory on every send to a FIFO queue: SendMessage without one fails. It is also the unit of ordering: messages of one group are delivered in order and one at a time, messages of different groups in parallel. The ordering key of the flow (the entity id) is the natural choice.',
      howToFix:
        'Set MessageGroupId to the ordering key: the entity id for per-key ordering (the fix), one constant value only when the whole flow must be strictly ordered.',
      sources: [AWS_DOCS.fifoKeyTerms, AWS_DOCS.messageGroupId, AWS_DOCS.snsFifoGrouping],
    },
    messages: {
      noGroupId: 'Producer "{producer}" sends to FIFO queue {queues} without a MessageGroupId, so SQS rejects the sends.',
    },
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
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (producer.sqs.messageGroupId !== 'none') continue;
      const queues = targetsOf(design, producer.id, 'publish').filter((t) => t.kind === 'sqs-queue' && t.fifo);
      if (queues.length === 0) continue;
      const groupId = producerRequirements(design, producer).ordering === 'strict' ? 'constant' : 'entity-id';
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'noGroupId',
        data: { producer: producer.name, queues: quotedNames(queues) },
        fix: {
          label: groupId === 'constant' ? 'Use one constant message group (strict order)' : 'Use the entity id as message group',
          apply: (d) => patchNode(d, producer.id, { sqs: { messageGroupId: groupId } }),
        },
      });
    }
  },
});
