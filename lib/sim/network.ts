import { resolveDesign } from '../brokers/resolve';
import type { ResolvedConsumerGroup, ResolvedDesign, ResolvedKafkaTopic, ResolvedNatsStream, ResolvedProducer, ResolvedRabbitmqQueue, ResolvedSqsQueue } from '../brokers/resolved-design';
import { filterPolicyMatches } from '../brokers/sqs-sns/filter-policy';
import { durationToMs, indexGraph, routingKeysOf, subjectsOf, type Connection, type Design, type DesignNode } from '../design';
import { subjectsCollide } from '../brokers/nats/subjects';
import { deadLetterTargets, routeMessage, type Headers } from '../rabbitmq/routing';
import { publishRoutingKeys } from '../rabbitmq/message-flows';
import { fitLognormal, type Lognormal } from './lognormal';

/**
 * The design compiled into what the engine runs: emitters (a producer's
 * publish connection, or a consumer's onward publish), stations (a queue of
 * messages and the consumer threads that drain it) and the links between
 * them. Every setting comes from the resolved design (lib/brokers/resolve),
 * and RabbitMQ routing from lib/rabbitmq, computed once here so that the
 * engine's inner loop only follows integer indexes.
 *
 * What a station is, per family:
 * - Kafka topic × consumer group: one lane per consumer thread, a partition
 *   always in the same lane (order per partition), threads = min(partitions,
 *   active instances × concurrency);
 * - RabbitMQ queue, SQS standard queue, SNS direct subscriber: one shared
 *   FIFO, every thread of every consumer group competes for it;
 * - SQS FIFO queue: one lane per thread, a message group always in one lane;
 * - JetStream stream × consumer: one shared FIFO per consumer, threads capped
 *   at max_ack_pending.
 */

export type Family = 'kafka' | 'rabbitmq' | 'nats' | 'sqs' | 'sns';

export interface ConsumerSpec {
  id: string;
  name: string;
  activeInstances: number;
  concurrency: number;
  processing: Lognormal;
  maxRetries: number;
  backoffUs: number[];
  /** Kafka: a crash loses in-flight records (offsets committed before processing). */
  commitsBeforeProcessing: boolean;
  autoAck: boolean;
  requeueOnError: boolean;
  sessionTimeoutUs: number;
  /** Emitters for the consumer's onward publishes (a stream processor). */
  relays: number[];
  /** The consumer's own dead-letter publish, or -1. */
  deadLetter: number;
}

export interface StationSpec {
  id: string;
  /** The channel node and the consumer(s) this station stands for. */
  channelId: string;
  channelName: string;
  family: Family;
  /** The channel's declared role: retry and dead-letter channels are where failures go, not onward paths. */
  role: 'normal' | 'retry' | 'dead-letter';
  consumers: number[];
  label: string;
  /** Lanes are per thread (Kafka, SQS FIFO) rather than one shared FIFO. */
  laned: boolean;
  /** Threads: per server, the consumer index and its instance number. */
  serverConsumer: number[];
  serverInstance: number[];
  /** Expiry of a waiting message in µs (TTL, retention, max_age); Infinity for none. */
  expiryUs: number;
  /** Whether expiry is measured from the moment the message entered this queue (RabbitMQ TTL) or its publish. */
  expiryFromEnqueue: boolean;
  maxLength: number;
  maxLengthBytes: number;
  overflow: 'drop-head' | 'reject-publish' | 'reject-publish-dlx';
  /** RabbitMQ quorum delivery limit; Infinity when unlimited. */
  deliveryLimit: number;
  /** NATS ack wait / SQS visibility timeout in µs: a delivery not acked by then is delivered again. Infinity when none. */
  redeliverAfterUs: number;
  /** NATS max_deliver, SQS maxReceiveCount of the redrive; Infinity when unlimited. */
  maxDeliveries: number;
  /** NATS consumer backoff, µs. */
  redeliveryBackoffUs: number[];
  /** SQS redrive target stations. */
  redrive: number[];
  /** Delay before a message becomes visible (SQS DelaySeconds), µs. */
  delayUs: number;
  /** For the broker-loss scenario. */
  replicas: number;
  queueType?: string;
  clusterNodes: number;
}

export interface EmitterSpec {
  /** The publishing node and connection. */
  fromId: string;
  connectionId: string;
  channelId: string;
  family: Family;
  label: string;
  /** Messages per second (producers); 0 for relays. */
  ratePerSecond: number;
  sizeBytes: number;
  keyStrategy: 'none' | 'entity-id' | 'random';
  /** SQS FIFO: every message in one group. */
  constantGroup: boolean;
  targets: number[];
  /** Kafka partitions of the target topic (elsewhere 2^31 − 1: the key is kept whole). */
  partitions: number;
  acks: 'all' | '-1' | '0' | '1' | 'n/a';
  minInsyncReplicas: number;
  replicationFactor: number;
  clusterNodes: number;
  deliveryTimeoutUs: number;
  /** RabbitMQ routing keys and headers, for dead lettering. */
  routingKeys: string[];
  headers?: Headers;
}

export interface Network {
  design: ResolvedDesign;
  emitters: EmitterSpec[];
  stations: StationSpec[];
  consumers: ConsumerSpec[];
  /** Lazily computed RabbitMQ dead-letter targets of a queue station for a message's routing keys (by emitter). */
  rabbitDeadLetterTargets(station: number, emitter: number): number[];
  /** What this compile could not model, in words (each once). */
  notes: string[];
}

const US = 1000;

/** Compiles a design; never throws for a valid design (what it cannot model becomes a note). */
export function compileNetwork(input: Design): Network {
  const design = resolveDesign(input);
  const graph = indexGraph(design);
  const notes = new Set<string>();
  const consumers: ConsumerSpec[] = [];
  const consumerIndex = new Map<string, number>();
  const stations: StationSpec[] = [];
  const emitters: EmitterSpec[] = [];
  /** Stations fed by a channel, by channel id; filled before emitters are built. */
  const stationsOfChannel = new Map<string, number[]>();
  const clusterNodes = (node: DesignNode) => (node.cluster !== undefined ? graph.clusterById.get(node.cluster)?.nodes : undefined) ?? 3;

  const consumerOf = (node: ResolvedConsumerGroup): number => {
    const known = consumerIndex.get(node.id);
    if (known !== undefined) return known;
    const backoff = node.retry.backoff.map((b) => (durationToMs(b) ?? 0) * US);
    const autoCommit = node.kafka['enable.auto.commit'] === true;
    consumers.push({
      id: node.id,
      name: node.name,
      activeInstances: Math.max(1, node.instances - node.standbyInstances),
      concurrency: node.concurrency,
      processing: fitLognormal(node.processingMsP50, node.processingMsP99),
      maxRetries: node.retry.maxRetries,
      backoffUs: backoff.length > 0 ? backoff : [0],
      commitsBeforeProcessing: !node.commitAfterProcessing || (autoCommit && node.asyncProcessing),
      autoAck: node.ackMode === 'auto',
      requeueOnError: node.rabbitmq.requeueOnError,
      sessionTimeoutUs: (node.kafka['session.timeout.ms'] ?? 45_000) * US,
      relays: [],
      deadLetter: -1,
    });
    consumerIndex.set(node.id, consumers.length - 1);
    return consumers.length - 1;
  };

  const consumersOf = (channelId: string): ResolvedConsumerGroup[] =>
    (graph.outgoing.get(channelId) ?? [])
      .filter((c) => c.kind === 'consume' && c.advisory === undefined)
      .map((c) => graph.nodeById.get(c.to))
      .filter((n): n is ResolvedConsumerGroup => n?.kind === 'consumer-group');

  const threadsOf = (groups: number[], perInstanceCap = Infinity) => {
    const serverConsumer: number[] = [];
    const serverInstance: number[] = [];
    for (const g of groups) {
      const c = consumers[g];
      const perInstance = Math.min(c.concurrency, perInstanceCap);
      for (let i = 0; i < c.activeInstances; i++) for (let t = 0; t < perInstance; t++) {
        serverConsumer.push(g);
        serverInstance.push(i);
      }
    }
    return { serverConsumer, serverInstance };
  };

  const base = (node: DesignNode, family: Family, groups: number[]): StationSpec => ({
    id: groups.length === 1 ? `${node.id}→${consumers[groups[0]].id}` : node.id,
    channelId: node.id,
    channelName: node.name,
    family,
    role: 'role' in node && node.role !== undefined ? node.role : 'normal',
    consumers: groups,
    label: groups.length > 0 ? `${node.name} → ${groups.map((g) => consumers[g].name).join(', ')}` : `${node.name} (no consumer)`,
    laned: false,
    serverConsumer: [],
    serverInstance: [],
    expiryUs: Infinity,
    expiryFromEnqueue: false,
    maxLength: Infinity,
    maxLengthBytes: Infinity,
    overflow: 'drop-head',
    deliveryLimit: Infinity,
    redeliverAfterUs: Infinity,
    maxDeliveries: Infinity,
    redeliveryBackoffUs: [],
    redrive: [],
    delayUs: 0,
    replicas: 1,
    clusterNodes: clusterNodes(node),
  });

  const addStation = (station: StationSpec) => {
    stations.push(station);
    const list = stationsOfChannel.get(station.channelId) ?? [];
    list.push(stations.length - 1);
    stationsOfChannel.set(station.channelId, list);
    return stations.length - 1;
  };

  // Stations, channel by channel, in design order.
  for (const node of design.nodes) {
    switch (node.kind) {
      case 'kafka-topic': {
        const topic = node as ResolvedKafkaTopic;
        for (const group of consumersOf(node.id)) {
          const g = consumerOf(group);
          const station = base(node, 'kafka', [g]);
          const threads = threadsOf([g]);
          // One thread per partition, in order; a consumer that hands records to a pool works on more at once, out of order.
          const n = group.asyncProcessing ? threads.serverConsumer.length : Math.min(topic.partitions, threads.serverConsumer.length);
          station.serverConsumer = threads.serverConsumer.slice(0, n);
          station.serverInstance = threads.serverInstance.slice(0, n);
          station.laned = !group.asyncProcessing;
          const retention = topic.config['retention.ms'];
          station.expiryUs = retention >= 0 && topic.config['cleanup.policy'] === 'delete' ? retention * US : Infinity;
          station.replicas = topic.replicationFactor;
          addStation(station);
        }
        break;
      }
      case 'rabbitmq-queue': {
        const queue = node as ResolvedRabbitmqQueue;
        const groups = consumersOf(node.id).map(consumerOf);
        const station = base(node, 'rabbitmq', groups);
        // Prefetch bounds the messages a consumer holds unacked; 0 is unlimited.
        const caps = groups.map((g) => design.nodes.find((n) => n.id === consumers[g].id) as ResolvedConsumerGroup);
        const cap = Math.min(...caps.map((c) => (c.prefetch > 0 ? c.prefetch : Infinity)), Infinity);
        Object.assign(station, threadsOf(groups, cap));
        const args = queue.arguments;
        if (args['x-message-ttl'] !== undefined) {
          station.expiryUs = args['x-message-ttl'] * US;
          station.expiryFromEnqueue = true;
        }
        if (args['x-max-length'] !== undefined) station.maxLength = args['x-max-length'];
        if (args['x-max-length-bytes'] !== undefined) station.maxLengthBytes = args['x-max-length-bytes'];
        station.overflow = args['x-overflow'] ?? 'drop-head';
        if (queue.type === 'quorum' && args['x-delivery-limit'] !== undefined && args['x-delivery-limit'] >= 0) station.deliveryLimit = args['x-delivery-limit'];
        if (queue.type === 'quorum' && args['x-delivery-limit'] === undefined) notes.add('RabbitMQ quorum queues without x-delivery-limit are simulated without a limit (RabbitMQ 4 applies 20 by default)');
        station.queueType = queue.type;
        station.replicas = queue.type === 'classic' ? 1 : Math.min(args['x-quorum-initial-group-size'] ?? 3, station.clusterNodes);
        if (queue.policy && Object.keys(queue.policy).some((k) => ['message-ttl', 'max-length', 'overflow', 'delivery-limit'].includes(k))) {
          notes.add('Queue limits set by a RabbitMQ policy (message-ttl, max-length, overflow, delivery-limit) are not simulated; queue arguments are');
        }
        addStation(station);
        break;
      }
      case 'nats-stream': {
        const stream = node as ResolvedNatsStream;
        for (const group of consumersOf(node.id)) {
          const g = consumerOf(group);
          const station = base(node, 'nats', [g]);
          const pending = group.nats.max_ack_pending;
          Object.assign(station, threadsOf([g]));
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
          if (group.nats.ack_policy === 'none') consumers[g].autoAck = true;
          addStation(station);
        }
        break;
      }
      case 'sqs-queue': {
        const queue = node as ResolvedSqsQueue;
        const groups = consumersOf(node.id).map(consumerOf);
        const station = base(node, 'sqs', groups);
        Object.assign(station, threadsOf(groups));
        station.laned = queue.fifo;
        station.expiryUs = queue.messageRetentionPeriod * 1_000_000;
        station.redeliverAfterUs = queue.visibilityTimeout * 1_000_000;
        station.delayUs = queue.delaySeconds * 1_000_000;
        addStation(station);
        break;
      }
      case 'sns-topic': {
        // Direct subscribers (Lambda, HTTP): one station per subscriber; SQS subscriptions feed the queue's own station.
        for (const group of consumersOf(node.id)) addStation({ ...base(node, 'sns', [consumerOf(group)]), ...threadsOf([consumerOf(group)]) });
        break;
      }
      default:
        break;
    }
  }

  // SQS redrive: the queue's dead-letter connection and its maxReceiveCount.
  for (const [i, station] of stations.entries()) {
    if (station.family !== 'sqs') continue;
    const redrive = (graph.outgoing.get(station.channelId) ?? []).find((c) => c.kind === 'dead-letter');
    if (redrive) {
      station.redrive = stationsOfChannel.get(redrive.to) ?? [];
      station.maxDeliveries = redrive.maxReceiveCount ?? 10;
      if (station.redrive.length === 0) notes.add(`${stations[i].channelName}: the redrive target has no station`);
    }
  }

  const emitterTargets = (channel: DesignNode, connection: Connection, routingKeys: string[], subject: string | undefined): number[] => {
    switch (channel.kind) {
      case 'kafka-topic':
      case 'sqs-queue':
        return stationsOfChannel.get(channel.id) ?? [];
      case 'nats-stream':
        return (stationsOfChannel.get(channel.id) ?? []).filter((s) => {
          const consumer = design.nodes.find((n) => n.id === consumers[stations[s].consumers[0]].id) as ResolvedConsumerGroup;
          const filters = consumer.nats.filter_subjects;
          return subject === undefined || filters.length === 0 || filters.some((f) => subjectsCollide(subject, f));
        });
      case 'rabbitmq-exchange':
      case 'rabbitmq-queue': {
        const queues = routeMessage(design as Design, channel.id, routingKeys, connection.arguments);
        return [...queues].flatMap((q) => stationsOfChannel.get(q) ?? []);
      }
      case 'sns-topic': {
        const out: number[] = [];
        for (const sub of graph.outgoing.get(channel.id) ?? []) {
          if (sub.kind !== 'subscription' && !(sub.kind === 'consume' && sub.advisory === undefined)) continue;
          if (sub.filterPolicy !== undefined) {
            const match = filterPolicyMatches(sub.filterPolicy, connection.arguments ?? {});
            if (match === undefined) notes.add(`SNS filter policy on ${sub.id} could not be evaluated; it is simulated as matching every message`);
            if (match === false) continue;
          }
          const targets = sub.kind === 'subscription' ? (stationsOfChannel.get(sub.to) ?? []) : (stationsOfChannel.get(channel.id) ?? []).filter((s) => consumers[stations[s].consumers[0]].id === sub.to);
          out.push(...targets);
        }
        return out;
      }
      default:
        return [];
    }
  };

  const familyOf = (node: DesignNode): Family | undefined =>
    node.kind === 'kafka-topic' ? 'kafka' : node.kind === 'rabbitmq-exchange' || node.kind === 'rabbitmq-queue' ? 'rabbitmq' : node.kind === 'nats-stream' ? 'nats' : node.kind === 'sqs-queue' ? 'sqs' : node.kind === 'sns-topic' ? 'sns' : undefined;

  /** Emitters for one connection: a message class per routing key (RabbitMQ) or subject (NATS). */
  const emittersFor = (from: DesignNode, connection: Connection, ratePerSecond: number, producer?: ResolvedProducer): number[] => {
    const channel = graph.nodeById.get(connection.to);
    const family = channel && familyOf(channel);
    if (!channel || !family) return [];
    const classes: Array<{ routingKeys: string[]; subject?: string }> =
      family === 'rabbitmq'
        ? publishRoutingKeys(design as Design, connection).map((k) => ({ routingKeys: [k] }))
        : family === 'nats'
          ? (subjectsOf(connection).length > 0 ? subjectsOf(connection) : [(channel.kind === 'nats-stream' ? channel.subjects[0] : undefined) ?? channel.name]).map((s) => ({ routingKeys: [], subject: s }))
          : [{ routingKeys: routingKeysOf(connection) }];
    const topic = channel.kind === 'kafka-topic' ? (channel as ResolvedKafkaTopic) : undefined;
    const out: number[] = [];
    for (const cls of classes) {
      emitters.push({
        fromId: from.id,
        connectionId: connection.id,
        channelId: channel.id,
        family,
        label: `${from.name} → ${channel.name}${cls.subject !== undefined ? ` (${cls.subject})` : cls.routingKeys.length > 0 && family === 'rabbitmq' ? ` (${cls.routingKeys.join(',')})` : ''}`,
        ratePerSecond: ratePerSecond / classes.length,
        sizeBytes: producer?.messageSizeBytes ?? 1024,
        keyStrategy: producer?.keyStrategy ?? 'entity-id',
        constantGroup: producer?.sqs.messageGroupId === 'constant',
        targets: emitterTargets(channel, connection, cls.routingKeys, cls.subject),
        // Outside Kafka the key itself picks the lane (an SQS FIFO message group).
        partitions: topic?.partitions ?? 0x7fffffff,
        acks: topic ? (producer?.kafka.acks ?? 'all') : 'n/a',
        minInsyncReplicas: topic?.config['min.insync.replicas'] ?? 1,
        replicationFactor: topic?.replicationFactor ?? 1,
        clusterNodes: clusterNodes(channel),
        deliveryTimeoutUs: (producer?.kafka['delivery.timeout.ms'] ?? 120_000) * US,
        routingKeys: cls.routingKeys,
        headers: connection.arguments,
      });
      out.push(emitters.length - 1);
    }
    return out;
  };

  // Producers first (their emitters are the sources), then consumers' onward publishes and dead-letter publishes.
  for (const node of design.nodes) {
    if (node.kind !== 'producer') continue;
    const producer = node as ResolvedProducer;
    const publishes = (graph.outgoing.get(node.id) ?? []).filter((c) => c.kind === 'publish' && graph.nodeById.get(c.to)?.kind !== 'event-store');
    // publishRate is per instance; a producer's messages are split evenly over its publish connections.
    for (const c of publishes) emittersFor(node, c, (producer.publishRate * producer.instances) / publishes.length, producer);
  }
  for (const consumer of consumers) {
    const node = graph.nodeById.get(consumer.id)!;
    const failurePublishes: number[] = [];
    for (const c of graph.outgoing.get(consumer.id) ?? []) {
      if (c.kind === 'dead-letter') consumer.deadLetter = emittersFor(node, c, 0)[0] ?? -1;
      else if (c.kind === 'publish') {
        for (const e of emittersFor(node, c, 0)) {
          // A publish into retry or dead-letter channels only (a retry exchange and its delay queues) is the handler's failure path.
          const targets = emitters[e].targets;
          if (targets.length > 0 && targets.every((t) => stations[t].role !== 'normal')) failurePublishes.push(e);
          else consumer.relays.push(e);
        }
      }
    }
    if (consumer.deadLetter < 0 && failurePublishes.length > 0) consumer.deadLetter = failurePublishes[0];
  }
  if (design.nodes.some((n) => n.kind === 'event-store' || n.kind === 'projection')) notes.add('Event stores and projections are not simulated (appends are not messages on a broker)');
  if (design.nodes.some((n) => n.kind === 'artemis-address' || n.kind === 'artemis-queue')) notes.add('ActiveMQ Artemis addresses and queues are not simulated yet: messages published to them are not counted');

  const deadLetterCache = new Map<string, number[]>();
  const rabbitDeadLetterTargets = (station: number, emitter: number): number[] => {
    const key = `${station}:${emitter}`;
    let targets = deadLetterCache.get(key);
    if (!targets) {
      const e = emitters[emitter];
      const queues = deadLetterTargets(design as Design, stations[station].channelId, e.routingKeys, e.headers);
      targets = [...queues].flatMap((q) => stationsOfChannel.get(q) ?? []);
      deadLetterCache.set(key, targets);
    }
    return targets;
  };

  return { design, emitters, stations, consumers, rabbitDeadLetterTargets, notes: [...notes] };
}
