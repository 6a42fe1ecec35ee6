import { upstreamProducers } from '../flow';
import { defineRule } from '../rule';
import { largestMessageBytes } from '../sqs/_flow';
import { subscriptions } from './_subscriptions';

export const fanoutChain = defineRule({
  meta: {
    id: 'sns/fanout-chain',
    category: 'delivery',
    severity: 'error',
    reads: ['producer', 'rabbitmq-exchange', 'rabbitmq-queue', 'sqs-queue', 'sns-topic', 'consumer-group', 'projection'],
    summary: 'Each link of a fan-out (producers → SNS topic → subscription → SQS queue) must accept what the link before it sends.',
    messages: {
      standardToFifo: 'Standard topic "{topic}" cannot deliver to FIFO queue "{queue}": SNS refuses the subscription because standard messages carry no message group.',
      dlqIsEndpoint: 'The subscription of queue "{queue}" to topic "{topic}" uses the same queue as its dead-letter queue, so a message the queue refuses has nowhere to go.',
      tooLarge: 'Producer "{producer}" publishes messages of up to {size} bytes to topic "{topic}", but subscribed queue "{queue}" accepts at most {max} bytes, so those deliveries fail.',
    },
  },
  check({ design, report }) {
    for (const { topic, connection, endpoint } of subscriptions(design)) {
      if (endpoint?.kind !== 'sqs-queue') continue;
      const target = { type: 'connection', id: connection.id } as const;
      const data = { topic: topic.name, queue: endpoint.name };
      if (!topic.fifo && endpoint.fifo) report({ target, messageId: 'standardToFifo', data });
      if (connection.deadLetterQueue === endpoint.id) report({ target, messageId: 'dlqIsEndpoint', data });
      let largest: { producer: string; size: number } | undefined;
      for (const producer of upstreamProducers(design, topic.id)) {
        const size = largestMessageBytes(design, producer);
        if (size > endpoint.maximumMessageSize && (!largest || size > largest.size)) largest = { producer: producer.name, size };
      }
      if (largest) report({ target, messageId: 'tooLarge', data: { ...data, ...largest, max: endpoint.maximumMessageSize } });
    }
  },
});
