import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '@/lib/design';
import type { KindLook } from './nodes/base-node';
import { ProducerNode, producerLook } from './nodes/producer-node';
import { KafkaTopicNode, kafkaTopicLook } from './nodes/kafka-topic-node';
import { RabbitmqExchangeNode, rabbitmqExchangeLook } from './nodes/rabbitmq-exchange-node';
import { RabbitmqQueueNode, rabbitmqQueueLook } from './nodes/rabbitmq-queue-node';
import { NatsStreamNode, natsStreamLook } from './nodes/nats-stream-node';
import { SqsQueueNode, sqsQueueLook } from './nodes/sqs-queue-node';
import { SnsTopicNode, snsTopicLook } from './nodes/sns-topic-node';
import { ConsumerGroupNode, consumerGroupLook } from './nodes/consumer-group-node';
import { EventStoreNode, eventStoreLook } from './nodes/event-store-node';
import { ProjectionNode, projectionLook } from './nodes/projection-node';
import { SnapshotPolicyNode, snapshotPolicyLook } from './nodes/snapshot-policy-node';

/** React Flow node components by kind; at module scope so React Flow never sees a new object. */
export const NODE_TYPES = {
  'producer': ProducerNode,
  'kafka-topic': KafkaTopicNode,
  'rabbitmq-exchange': RabbitmqExchangeNode,
  'rabbitmq-queue': RabbitmqQueueNode,
  'nats-stream': NatsStreamNode,
  'sqs-queue': SqsQueueNode,
  'sns-topic': SnsTopicNode,
  'consumer-group': ConsumerGroupNode,
  'event-store': EventStoreNode,
  'projection': ProjectionNode,
  'snapshot-policy': SnapshotPolicyNode,
} satisfies Record<NodeKind, unknown> as NodeTypes;

export const KIND_LOOKS: Record<NodeKind, KindLook> = {
  'producer': producerLook,
  'kafka-topic': kafkaTopicLook,
  'rabbitmq-exchange': rabbitmqExchangeLook,
  'rabbitmq-queue': rabbitmqQueueLook,
  'nats-stream': natsStreamLook,
  'sqs-queue': sqsQueueLook,
  'sns-topic': snsTopicLook,
  'consumer-group': consumerGroupLook,
  'event-store': eventStoreLook,
  'projection': projectionLook,
  'snapshot-policy': snapshotPolicyLook,
};
