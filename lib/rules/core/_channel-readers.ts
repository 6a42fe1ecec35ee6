import type { ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';
import type { GraphIndex, NodeKind } from '../../design';
import { answerOf, isAskedOf, neighbourAnswerOf, neighboursRead, type AnswerByKind, type NeighbourAnswerByKind } from './_by-kind';
import { boundAddress } from '../artemis/_addresses';
import { topicOf } from '../pulsar/_topology';
import { STORING_KINDS, type StoringKind } from './_channels';

/**
 * How the consumer groups reading a channel get its messages, as the
 * capacity rules judge it:
 * - `each`: every group gets every message (a Kafka topic, a JetStream
 *   stream: each group keeps its own position);
 * - `share`: the groups reading it compete for its messages, so a group
 *   alone gets them all (a queue; a Pub/Sub, Pulsar or Service Bus
 *   subscription, itself one copy of its topic's messages);
 * - undefined: what reaches the group is not declared: a last-value queue
 *   keeps one message per key, and an entity that auto-forwards everything is
 *   read by nobody.
 *
 * An SQS FIFO queue's message groups, Service Bus sessions, Pub/Sub ordering
 * keys and a Pulsar Key_Shared subscription hand a key's messages to one
 * handler at a time, so the keys may cap the parallelism further; the
 * handlers' capacity stays an upper bound, and a group below it is behind
 * however its keys spread.
 */
export function readersOf(channel: ResolvedNode): Readers | undefined {
  return isAskedOf(READERS, channel) ? answerOf(READERS, channel) : undefined;
}

type Readers = 'each' | 'share';

/** readersOf, for each kind that keeps messages for consumers. */
const READERS: AnswerByKind<StoringKind, [], Readers | undefined> = {
  'kafka-topic': () => 'each',
  'nats-stream': () => 'each',
  'rabbitmq-queue': () => 'share',
  'sqs-queue': () => 'share',
  'pubsub-subscription': () => 'share',
  'pulsar-subscription': () => 'share',
  'servicebus-queue': (queue) => (queue.forwardTo !== undefined ? undefined : 'share'),
  'servicebus-subscription': (subscription) => (subscription.forwardTo !== undefined ? undefined : 'share'),
  'artemis-queue': (queue) => (queue['last-value-key'] !== undefined ? undefined : 'share'),
};

/** A channel that delivers to some of its consumers at a time: how many, and the broker's words for why. */
export interface ActiveConsumers {
  /** Consumers (instances) receiving at once; the others stand by. */
  active: number;
  why: string;
}

/**
 * The consumers a channel delivers to at once, when it admits fewer than
 * subscribe: RabbitMQ's single active consumer and an Artemis exclusive queue
 * deliver to one consumer and keep the rest on standby, as does a Pulsar
 * Failover subscription per partition. A Pulsar Exclusive subscription
 * refuses every consumer after the first: with more than one instance
 * subscribing, pulsar/exclusive-subscription-one-consumer reports it, so
 * `refused` says the capacity is not judged here (one defect, one finding).
 */
export function activeConsumers(graph: GraphIndex<ResolvedNode>, channel: ResolvedNode, instances: number): ActiveConsumers | 'refused' | undefined {
  return isAskedOf(ACTIVE_CONSUMERS, channel) ? neighbourAnswerOf(ACTIVE_CONSUMERS, channel, graph, instances) : undefined;
}

const EVERY_CONSUMER_RECEIVES = { neighbours: [], answer: () => undefined } as const;

/** activeConsumers, for each kind that keeps messages for consumers: undefined when every consumer receives. */
const ACTIVE_CONSUMERS: NeighbourAnswerByKind<StoringKind, [instances: number], ActiveConsumers | 'refused' | undefined> = {
  'kafka-topic': EVERY_CONSUMER_RECEIVES,
  'nats-stream': EVERY_CONSUMER_RECEIVES,
  'sqs-queue': EVERY_CONSUMER_RECEIVES,
  'pubsub-subscription': EVERY_CONSUMER_RECEIVES,
  'servicebus-queue': EVERY_CONSUMER_RECEIVES,
  'servicebus-subscription': EVERY_CONSUMER_RECEIVES,
  'rabbitmq-queue': {
    neighbours: [],
    answer: (queue) => (queue.arguments['x-single-active-consumer'] === true ? { active: 1, why: 'x-single-active-consumer' } : undefined),
  },
  'artemis-queue': {
    neighbours: ['artemis-address'],
    answer: (queue, graph) => (isExclusive(graph, queue) ? { active: 1, why: 'an exclusive queue' } : undefined),
  },
  'pulsar-subscription': { neighbours: ['pulsar-topic'], answer: pulsarActiveConsumers },
};

/** A Pulsar Exclusive subscription refuses all but one consumer; a Failover one has one active consumer per partition. */
function pulsarActiveConsumers(subscription: ResolvedNodeOfKind<'pulsar-subscription'>, graph: GraphIndex<ResolvedNode>, instances: number): ActiveConsumers | 'refused' | undefined {
  if (subscription.subscriptionType === 'Exclusive') return instances > 1 ? 'refused' : { active: 1, why: 'an Exclusive subscription' };
  if (subscription.subscriptionType !== 'Failover') return undefined;
  const partitions = topicOf(graph, subscription.id)?.partitions ?? 0;
  return partitions > 0
    ? { active: partitions, why: `a Failover subscription: one active consumer for each of the topic's ${partitions} partitions` }
    : { active: 1, why: 'a Failover subscription of a non-partitioned topic' };
}

/**
 * The kinds readersOf and activeConsumers read: the kinds they ask, with the neighbours the answers read. A rule
 * that asks them declares these in `meta.reads`.
 */
export const CHANNEL_READERS_READS: readonly NodeKind[] = [...STORING_KINDS, ...neighboursRead(ACTIVE_CONSUMERS)];

/** An Artemis queue is exclusive by its own setting, or else by its address's `default-exclusive-queue`. */
function isExclusive(graph: GraphIndex<ResolvedNode>, queue: ResolvedNodeOfKind<'artemis-queue'>): boolean {
  if (queue.exclusive !== undefined) return queue.exclusive;
  return boundAddress(graph, queue.id)?.settings['default-exclusive-queue'] ?? false;
}
