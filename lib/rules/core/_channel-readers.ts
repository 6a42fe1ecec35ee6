import type { ResolvedNode } from '../../brokers/resolved-design';
import type { GraphIndex } from '../../design';

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
 * An SQS FIFO queue's message groups, Service Bus sessions, Pub/Sub ordering keys and a Pulsar Key_Shared
 * subscription hand a key's messages to one handler at a time, so the keys
 * may cap the parallelism further; the handlers' capacity stays an upper
 * bound, and a group below it is behind however its keys spread.
 */
export function readersOf(channel: ResolvedNode): 'each' | 'share' | undefined {
  switch (channel.kind) {
    case 'kafka-topic':
    case 'nats-stream':
      return 'each';
    case 'rabbitmq-queue':
    case 'sqs-queue':
    case 'pubsub-subscription':
    case 'pulsar-subscription':
      return 'share';
    case 'servicebus-queue':
    case 'servicebus-subscription':
      return channel.forwardTo !== undefined ? undefined : 'share';
    case 'artemis-queue':
      return channel['last-value-key'] !== undefined ? undefined : 'share';
    default:
      return undefined;
  }
}

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
  if (channel.kind === 'rabbitmq-queue' && channel.arguments['x-single-active-consumer'] === true) return { active: 1, why: 'x-single-active-consumer' };
  if (channel.kind === 'artemis-queue' && isExclusive(graph, channel)) return { active: 1, why: 'an exclusive queue' };
  if (channel.kind !== 'pulsar-subscription') return undefined;
  if (channel.subscriptionType === 'Exclusive') return instances > 1 ? 'refused' : { active: 1, why: 'an Exclusive subscription' };
  if (channel.subscriptionType !== 'Failover') return undefined;
  const topic = (graph.incoming.get(channel.id) ?? []).map((c) => graph.nodeById.get(c.from)).find((n) => n?.kind === 'pulsar-topic');
  const partitions = topic?.kind === 'pulsar-topic' ? topic.partitions : 0;
  return partitions > 0
    ? { active: partitions, why: `a Failover subscription: one active consumer for each of the topic's ${partitions} partitions` }
    : { active: 1, why: 'a Failover subscription of a non-partitioned topic' };
}

/** An Artemis queue is exclusive by its own setting, or else by its address's `default-exclusive-queue`. */
function isExclusive(graph: GraphIndex<ResolvedNode>, queue: Extract<ResolvedNode, { kind: 'artemis-queue' }>): boolean {
  if (queue.exclusive !== undefined) return queue.exclusive;
  const address = (graph.incoming.get(queue.id) ?? []).map((c) => graph.nodeById.get(c.from)).find((n) => n?.kind === 'artemis-address');
  return address?.kind === 'artemis-address' && address.settings['default-exclusive-queue'];
}
