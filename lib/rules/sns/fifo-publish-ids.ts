import { nodesOfKind, patchNode, updateNode } from '../../design';
import { producerRequirements } from '../needs';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';
import { directProducers, producersThat, quotedNames } from '../sqs/_flow';

export const fifoPublishIds = defineRule({
  meta: {
    id: 'sns/fifo-publish-ids',
    category: 'ordering',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sns-topic', 'consumer-group', 'projection'],
    summary: 'A publish to an SNS FIFO topic needs a message group id, and a deduplication id unless the topic has content-based deduplication.',
    messages: {
      noGroupId: 'Producer "{producer}" publishes to FIFO topic {topics} without a MessageGroupId, so SNS rejects the publish.',
      noDedupId: 'FIFO topic "{topic}" has no content-based deduplication and {producers} no MessageDeduplicationId, so SNS rejects their publishes.',
    },
  },
  check({ design, report }) {
    for (const producer of nodesOfKind(design, 'producer')) {
      if (producer.sqs.messageGroupId !== 'none') continue;
      const topics = targetsOf(design, producer.id, 'publish').filter((t) => t.kind === 'sns-topic' && t.fifo);
      if (topics.length === 0) continue;
      const groupId = producerRequirements(design, producer).ordering === 'strict' ? 'constant' : 'entity-id';
      report({
        target: { type: 'node', id: producer.id },
        messageId: 'noGroupId',
        data: { producer: producer.name, topics: quotedNames(topics) },
        fix: { label: 'Set the message group id', apply: (d) => patchNode(d, producer.id, { sqs: { messageGroupId: groupId } }) },
      });
    }
    for (const topic of nodesOfKind(design, 'sns-topic')) {
      if (!topic.fifo || topic.contentBasedDeduplication) continue;
      const without = directProducers(design, topic.id).filter((p) => !p.sqs.deduplicationId);
      if (without.length === 0) continue;
      report({
        target: { type: 'node', id: topic.id },
        messageId: 'noDedupId',
        data: { topic: topic.name, producers: producersThat(without, 'send') },
        fix: { label: 'Enable content-based deduplication', apply: (d) => updateNode(d, topic.id, { contentBasedDeduplication: true }) },
      });
    }
  },
});
