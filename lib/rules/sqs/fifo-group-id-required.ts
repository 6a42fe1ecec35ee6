import { nodesOfKind, patchNode } from '../../design';
import { producerRequirements } from '../needs';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';
import { quotedNames } from './_flow';

export const fifoGroupIdRequired = defineRule({
  meta: {
    id: 'sqs/fifo-group-id-required',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: 'A producer that sends to an SQS FIFO queue must set a MessageGroupId.',
    messages: {
      noGroupId: 'Producer "{producer}" sends to FIFO queue {queues} without a MessageGroupId, so SQS rejects the sends.',
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
