import { nodesOfKind, updateNode } from '../../design';
import type { ResolvedProducer } from '../../brokers/services/resolve';
import { defineRule } from '../rule';
import { directProducers, largestMessageBytes } from './_flow';
import { MAX_MESSAGE_BYTES, SQS_ATTRIBUTE_RANGES, type RangedAttribute } from './_limits';

const ATTRIBUTES = Object.keys(SQS_ATTRIBUTE_RANGES) as RangedAttribute[];

/** `visibilityTimeout` → `VisibilityTimeout`, the name users meet in CloudFormation and the console. */
function awsName(attribute: string): string {
  return attribute[0].toUpperCase() + attribute.slice(1);
}

export const attributeRanges = defineRule({
  meta: {
    id: 'sqs/attribute-ranges',
    category: 'operability',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'consumer-group', 'projection'],
    summary: "An SQS queue's attributes must be within their documented ranges, and its producers' messages within its maximum message size.",
    messages: {
      outOfRange: 'Queue "{queue}" sets {attribute} to {value}{unit}, outside the allowed {min}–{max}{unit}, so SQS refuses the queue.',
      tooLarge: 'Producer "{producer}" sends messages of up to {size} bytes to queue "{queue}", larger than its MaximumMessageSize of {max} bytes, so SQS rejects them.',
    },
  },
  check({ design, report }) {
    for (const queue of nodesOfKind(design, 'sqs-queue')) {
      for (const attribute of ATTRIBUTES) {
        const { min, max, unit } = SQS_ATTRIBUTE_RANGES[attribute];
        const value = queue[attribute];
        if (value >= min && value <= max) continue;
        const clamped = Math.min(max, Math.max(min, value));
        report({
          target: { type: 'node', id: queue.id },
          messageId: 'outOfRange',
          data: { queue: queue.name, attribute: awsName(attribute), value, min, max, unit },
          fix: { label: `Set ${awsName(attribute)} to ${clamped}`, apply: (d) => updateNode(d, queue.id, { [attribute]: clamped }) },
        });
      }
      const limit = Math.min(queue.maximumMessageSize, MAX_MESSAGE_BYTES);
      let largest: { producer: ResolvedProducer; size: number } | undefined;
      for (const producer of directProducers(design, queue.id)) {
        const size = largestMessageBytes(design, producer);
        if (size > limit && (!largest || size > largest.size)) largest = { producer, size };
      }
      if (!largest) continue;
      const needed = Math.ceil(largest.size / 1024) * 1024;
      report({
        target: { type: 'node', id: queue.id },
        messageId: 'tooLarge',
        data: { producer: largest.producer.name, queue: queue.name, size: largest.size, max: queue.maximumMessageSize },
        fix: needed <= MAX_MESSAGE_BYTES ? { label: `Set MaximumMessageSize to ${needed}`, apply: (d) => updateNode(d, queue.id, { maximumMessageSize: needed }) } : undefined,
      });
    }
  },
});
