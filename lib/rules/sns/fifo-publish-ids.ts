import { nodesOfKind, patchNode, updateNode } from '../../design';
import { producerRequirements } from '../needs';
import { targetsOf } from '../flow';
import { defineRule } from '../rule';
import { directProducers, producersThat, quotedNames } from '../sqs/_flow';
import { AWS_DOCS } from '../sqs/_sources';

export const fifoPublishIds = defineRule({
  meta: {
    id: 'sns/fifo-publish-ids',
    category: 'ordering',
    severity: 'error',
    docs: {
      summary: 'A publish to an SNS FIFO topic needs a message group id, and a deduplication id unless the topic has content-based deduplication.',
      rationale:
        "Publish to a FIFO topic fails without a MessageGroupId: the group is the unit of ordering, passed on to the subscribed FIFO queues. It fails too without a MessageDeduplicationId when the topic does not have ContentBasedDeduplication, because the topic deduplicates every message over 5 minutes.",
      howToFix:
        'Publish with the ordering key (the entity id) as MessageGroupId (the fix on the producer), and send a MessageDeduplicationId or enable ContentBasedDeduplication on the topic (the fix on the topic; it hashes the body only, so distinct messages must have distinct bodies).',
      sources: [AWS_DOCS.snsFifoGrouping, AWS_DOCS.snsFifoDedup],
    },
    messages: {
      noGroupId: 'Producer "{producer}" publishes to FIFO topic {topics} without a MessageGroupId, so SNS rejects the publish.',
      noDedupId: 'FIFO topic "{topic}" has no content-based deduplication and {producers} no MessageDeduplicationId, so SNS rejects their publishes.',
    },
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
