import type {
  ArtemisAddressNode,
  ConsumerGroupNode,
  Design,
  DesignNode,
  KafkaTopicNode,
  NatsStreamNode,
  ProducerNode,
  PubsubSubscriptionNode,
  PulsarSubscriptionNode,
  PulsarTopicNode,
  RabbitmqQueueNode,
  ServicebusQueueNode,
  ServicebusSubscriptionNode,
  ServicebusTopicNode,
  SqsQueueNode,
} from '../design';
import type { ServicebusReceiverDefaults, ServicebusSenderEntityDefaults } from './servicebus/defaults';
import type { ArtemisAddressSettingsDefaults } from './artemis/address-settings-defaults';
import type { ConsumerDefaults, ProducerDefaults } from './kafka/client-defaults';
import type { NatsConsumerDefaults, NatsStreamDefaults } from './nats/server-defaults';
import type { RabbitmqPublisherDefaults, RabbitmqQueueType } from './rabbitmq/client-defaults';
import type { PubsubSubscriptionDefaults } from './pubsub/defaults';
import type { PulsarSubscriptionDefaults, PulsarTopicPolicyDefaults } from './pulsar/defaults';
import type { SettingSource } from './source';
import type { SqsQueueDefaults } from './sqs-sns/aws-defaults';

/**
 * A design with every setting the software defaults filled in with what the
 * service, broker or cloud will really use — the design as the review judges
 * it. The design document keeps only what the user wrote; `resolveDesign`
 * derives this, and `sources` says where each effective value comes from.
 */

export type ResolvedProducer = Omit<ProducerNode, 'kafka' | 'rabbitmq'> & {
  kafka: ProducerNode['kafka'] & ProducerDefaults;
  rabbitmq: ProducerNode['rabbitmq'] & RabbitmqPublisherDefaults;
};

export type ResolvedConsumerGroup = Omit<ConsumerGroupNode, 'kafka' | 'nats' | 'prefetch'> & {
  kafka: ConsumerGroupNode['kafka'] & ConsumerDefaults;
  nats: ConsumerGroupNode['nats'] & NatsConsumerDefaults;
  prefetch: number;
};

export interface ResolvedTopicConfig {
  'min.insync.replicas': number;
  'cleanup.policy': NonNullable<KafkaTopicNode['config']['cleanup.policy']>;
  'retention.ms': number;
  'retention.bytes': number;
  'max.message.bytes': number;
  'delete.retention.ms': number;
  'unclean.leader.election.enable': boolean;
  'segment.ms': number;
  'min.compaction.lag.ms': number;
  'remote.storage.enable': boolean;
}

export type ResolvedKafkaTopic = Omit<KafkaTopicNode, 'partitions' | 'replicationFactor' | 'config'> & {
  partitions: number;
  replicationFactor: number;
  config: KafkaTopicNode['config'] & ResolvedTopicConfig;
};

export type ResolvedRabbitmqQueue = Omit<RabbitmqQueueNode, 'type'> & { type: RabbitmqQueueType };
export type ResolvedNatsStream = Omit<NatsStreamNode, keyof NatsStreamDefaults> & NatsStreamDefaults;
export type ResolvedSqsQueue = Omit<SqsQueueNode, keyof SqsQueueDefaults> & SqsQueueDefaults;
export type ResolvedPubsubSubscription = Omit<PubsubSubscriptionNode, keyof PubsubSubscriptionDefaults> & PubsubSubscriptionDefaults;
export type ResolvedPulsarTopic = Omit<PulsarTopicNode, keyof PulsarTopicPolicyDefaults> & PulsarTopicPolicyDefaults;
export type ResolvedPulsarSubscription = Omit<PulsarSubscriptionNode, keyof PulsarSubscriptionDefaults> & PulsarSubscriptionDefaults;

export type ResolvedServicebusQueue = Omit<ServicebusQueueNode, keyof ServicebusReceiverDefaults | keyof ServicebusSenderEntityDefaults> & ServicebusReceiverDefaults & ServicebusSenderEntityDefaults;
export type ResolvedServicebusTopic = Omit<ServicebusTopicNode, keyof ServicebusSenderEntityDefaults> & ServicebusSenderEntityDefaults;
export type ResolvedServicebusSubscription = Omit<ServicebusSubscriptionNode, keyof ServicebusReceiverDefaults | 'deadLetteringOnFilterEvaluationExceptions'> &
  ServicebusReceiverDefaults & { deadLetteringOnFilterEvaluationExceptions: boolean };

export type ResolvedArtemisAddress = Omit<ArtemisAddressNode, 'settings'> & { settings: ArtemisAddressNode['settings'] & ArtemisAddressSettingsDefaults };

type ResolvedKinds =
  | ResolvedProducer
  | ResolvedConsumerGroup
  | ResolvedKafkaTopic
  | ResolvedRabbitmqQueue
  | ResolvedNatsStream
  | ResolvedSqsQueue
  | ResolvedPubsubSubscription
  | ResolvedArtemisAddress
  | ResolvedPulsarTopic
  | ResolvedPulsarSubscription
  | ResolvedServicebusQueue
  | ResolvedServicebusTopic
  | ResolvedServicebusSubscription;

/** A node of any kind with its effective settings. */
export type ResolvedNode = ResolvedKinds | Exclude<DesignNode, { kind: ResolvedKinds['kind'] }>;
export type ResolvedNodeOfKind<K extends DesignNode['kind']> = Extract<ResolvedNode, { kind: K }>;

/** Where each effective setting of a node comes from, by path (`kafka.acks`, `partitions`, `config.retention.ms`). */
export type NodeSettingSources = ReadonlyMap<string, SettingSource>;

export type ResolvedDesign = Omit<Design, 'nodes'> & {
  nodes: ResolvedNode[];
};
