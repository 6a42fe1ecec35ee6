import type {
  ResolvedKafkaTopic,
  ResolvedNatsStream,
  ResolvedPubsubSubscription,
  ResolvedPulsarSubscription,
  ResolvedRabbitmqQueue,
  ResolvedServicebusQueue,
  ResolvedServicebusSubscription,
  ResolvedSqsQueue,
} from '../brokers/resolved-design';
import { durationToMs, type ArtemisQueueNode, type DesignNode } from '../design';
import { addArtemisStation } from './compile-artemis';
import { addStation, baseStation, consumerNode, consumerOf, consumersOf, threadsOf, US, type CompileContext } from './compile-context';
import { addPubsubStation } from './compile-pubsub';
import { addPulsarStation } from './compile-pulsar';
import { addServicebusStation } from './compile-servicebus';

/**
 * The stations of one channel node, per broker family (what a station is,
 * per family: network-types.ts). Every setting comes from the resolved
 * design; nodes that hold no messages for consumers add none.
 */
export function addStationsOf(ctx: CompileContext, node: DesignNode): void {
  switch (node.kind) {
    case 'kafka-topic':
      return addKafkaStations(ctx, node as ResolvedKafkaTopic);
    case 'rabbitmq-queue':
      return addRabbitmqStation(ctx, node as ResolvedRabbitmqQueue);
    case 'nats-stream':
      return addNatsStations(ctx, node as ResolvedNatsStream);
    case 'sqs-queue':
      return addSqsStation(ctx, node as ResolvedSqsQueue);
    case 'sns-topic':
      // Direct subscribers (Lambda, HTTP): one station per subscriber; SQS subscriptions feed the queue's own station.
      for (const group of consumersOf(ctx, node.id)) addStation(ctx, { ...baseStation(ctx, node, 'sns', [consumerOf(ctx, group)]), ...threadsOf(ctx, [consumerOf(ctx, group)]) });
      return;
    case 'artemis-queue':
      return addArtemisStation(ctx, node as ArtemisQueueNode);
    case 'pubsub-subscription':
      return addPubsubStation(ctx, node as ResolvedPubsubSubscription);
    case 'pulsar-subscription':
      return addPulsarStation(ctx, node as ResolvedPulsarSubscription);
    case 'servicebus-queue':
    case 'servicebus-subscription':
      return addServicebusStation(ctx, node as ResolvedServicebusQueue | ResolvedServicebusSubscription);
    default:
      return;
  }
}

/** Kafka: a station per consumer group, one lane per thread. */
function addKafkaStations(ctx: CompileContext, topic: ResolvedKafkaTopic): void {
  for (const group of consumersOf(ctx, topic.id)) {
    const g = consumerOf(ctx, group);
    const station = baseStation(ctx, topic, 'kafka', [g]);
    const threads = threadsOf(ctx, [g]);
    // One thread per partition, in order; a consumer that hands records to a pool works on more at once, out of order.
    const n = group.asyncProcessing ? threads.serverConsumer.length : Math.min(topic.partitions, threads.serverConsumer.length);
    station.serverConsumer = threads.serverConsumer.slice(0, n);
    station.serverInstance = threads.serverInstance.slice(0, n);
    station.laned = !group.asyncProcessing;
    const retention = topic.config['retention.ms'];
    station.expiryUs = retention >= 0 && topic.config['cleanup.policy'] === 'delete' ? retention * US : Infinity;
    station.replicas = topic.replicationFactor;
    addStation(ctx, station);
  }
}

/** RabbitMQ: one shared queue every group's threads compete for, with the queue's arguments as limits. */
function addRabbitmqStation(ctx: CompileContext, queue: ResolvedRabbitmqQueue): void {
  const groups = consumersOf(ctx, queue.id).map((group) => consumerOf(ctx, group));
  const station = baseStation(ctx, queue, 'rabbitmq', groups);
  // Prefetch bounds the messages a consumer holds unacked; 0 is unlimited.
  const caps = groups.map((g) => consumerNode(ctx, g));
  const cap = Math.min(...caps.map((c) => (c.prefetch > 0 ? c.prefetch : Infinity)), Infinity);
  Object.assign(station, threadsOf(ctx, groups, cap));
  const args = queue.arguments;
  if (args['x-message-ttl'] !== undefined) {
    station.expiryUs = args['x-message-ttl'] * US;
    station.expiryFromEnqueue = true;
  }
  if (args['x-max-length'] !== undefined) station.maxLength = args['x-max-length'];
  if (args['x-max-length-bytes'] !== undefined) station.maxLengthBytes = args['x-max-length-bytes'];
  station.overflow = args['x-overflow'] ?? 'drop-head';
  if (queue.type === 'quorum' && args['x-delivery-limit'] !== undefined && args['x-delivery-limit'] >= 0) station.deliveryLimit = args['x-delivery-limit'];
  if (queue.type === 'quorum' && args['x-delivery-limit'] === undefined)
    ctx.notes.add('RabbitMQ quorum queues without x-delivery-limit are simulated without a limit (RabbitMQ 4 applies 20 by default)');
  station.queueType = queue.type;
  station.replicas = queue.type === 'classic' ? 1 : Math.min(args['x-quorum-initial-group-size'] ?? 3, station.clusterNodes);
  if (queue.policy && Object.keys(queue.policy).some((k) => ['message-ttl', 'max-length', 'overflow', 'delivery-limit'].includes(k))) {
    ctx.notes.add('Queue limits set by a RabbitMQ policy (message-ttl, max-length, overflow, delivery-limit) are not simulated; queue arguments are');
  }
  addStation(ctx, station);
}

/** JetStream: a station per consumer, threads capped at max_ack_pending, redelivery after ack wait. */
function addNatsStations(ctx: CompileContext, stream: ResolvedNatsStream): void {
  for (const group of consumersOf(ctx, stream.id)) {
    const g = consumerOf(ctx, group);
    const station = baseStation(ctx, stream, 'nats', [g]);
    const pending = group.nats.max_ack_pending;
    Object.assign(station, threadsOf(ctx, [g]));
    if (pending > 0 && station.serverConsumer.length > pending) {
      station.serverConsumer = station.serverConsumer.slice(0, pending);
      station.serverInstance = station.serverInstance.slice(0, pending);
    }
    const maxAge = durationToMs(stream.max_age);
    if (maxAge !== undefined && maxAge > 0) station.expiryUs = maxAge * US;
    if (stream.max_msgs > 0) station.maxLength = stream.max_msgs;
    if (stream.max_bytes > 0) station.maxLengthBytes = stream.max_bytes;
    station.overflow = stream.discard === 'new' ? 'reject-publish' : 'drop-head';
    station.redeliverAfterUs = group.nats.inProgressAcks ? Infinity : (durationToMs(group.nats.ack_wait) ?? 30_000) * US;
    station.maxDeliveries = group.nats.max_deliver > 0 ? group.nats.max_deliver : Infinity;
    station.redeliveryBackoffUs = group.nats.backoff.map((b) => (durationToMs(b) ?? 0) * US);
    station.replicas = stream.num_replicas;
    if (group.nats.ack_policy === 'none') ctx.consumers[g].autoAck = true;
    addStation(ctx, station);
  }
}

/** SQS: one queue every group competes for (FIFO: a lane per thread), redelivered after the visibility timeout. */
function addSqsStation(ctx: CompileContext, queue: ResolvedSqsQueue): void {
  const groups = consumersOf(ctx, queue.id).map((group) => consumerOf(ctx, group));
  const station = baseStation(ctx, queue, 'sqs', groups);
  Object.assign(station, threadsOf(ctx, groups));
  station.laned = queue.fifo;
  station.expiryUs = queue.messageRetentionPeriod * 1_000_000;
  station.redeliverAfterUs = queue.visibilityTimeout * 1_000_000;
  station.delayUs = queue.delaySeconds * 1_000_000;
  addStation(ctx, station);
}

/** SQS redrive: the queue's dead-letter connection and its maxReceiveCount (once every station exists). */
export function linkSqsRedrive(ctx: CompileContext): void {
  for (const [i, station] of ctx.stations.entries()) {
    if (station.family !== 'sqs') continue;
    const redrive = (ctx.graph.outgoing.get(station.channelId) ?? []).find((c) => c.kind === 'dead-letter');
    if (redrive) {
      station.redrive = ctx.stationsOfChannel.get(redrive.to) ?? [];
      station.maxDeliveries = redrive.maxReceiveCount ?? 10;
      if (station.redrive.length === 0) ctx.notes.add(`${ctx.stations[i].channelName}: the redrive target has no station`);
    }
  }
}
