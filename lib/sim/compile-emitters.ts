import type { ResolvedArtemisAddress, ResolvedKafkaTopic, ResolvedProducer } from '../brokers/resolved-design';
import { dailyAmplitude } from '../capacity/traffic-curve';
import { filterPolicyMatches } from '../brokers/sqs-sns/filter-policy';
import { subjectsCollide } from '../brokers/nats/subjects';
import { routingKeysOf, subjectsOf, type Connection, type Design, type DesignNode } from '../design';
import { publishRoutingKeys } from '../rabbitmq/message-flows';
import { routeMessage } from '../rabbitmq/routing';
import { artemisMessageClasses, artemisTargets } from './compile-artemis';
import { clusterNodes, consumerNode, US, type CompileContext } from './compile-context';
import { pubsubTargets } from './compile-pubsub';
import { pulsarTargets } from './compile-pulsar';
import { servicebusTargets } from './compile-servicebus';
import type { Family } from './network-types';

/**
 * Emitters: where messages enter stations. A producer's publish connection
 * is one (or one per routing key or subject: a message class each), and so
 * are a consumer's onward and dead-letter publishes. Their targets are the
 * stations a message reaches, routed once here (RabbitMQ bindings, NATS
 * filter subjects, SNS filter policies) so the engine only follows indexes.
 */

/** Producers' emitters first (the sources), then consumers' onward publishes and dead-letter publishes. */
export function addEmitters(ctx: CompileContext): void {
  const { design, graph, emitters, stations } = ctx;
  for (const node of design.nodes) {
    if (node.kind !== 'producer') continue;
    const producer = node as ResolvedProducer;
    const publishes = (graph.outgoing.get(node.id) ?? []).filter((c) => c.kind === 'publish' && graph.nodeById.get(c.to)?.kind !== 'event-store');
    // publishRate is per instance; a producer's messages are split evenly over its publish connections.
    for (const c of publishes) emittersFor(ctx, node, c, (producer.publishRate * producer.instances) / publishes.length, producer);
  }
  for (const consumer of ctx.consumers) {
    const node = graph.nodeById.get(consumer.id)!;
    const failurePublishes: number[] = [];
    for (const c of graph.outgoing.get(consumer.id) ?? []) {
      if (c.kind === 'dead-letter') consumer.deadLetter = emittersFor(ctx, node, c, 0)[0] ?? -1;
      else if (c.kind === 'publish') {
        for (const e of emittersFor(ctx, node, c, 0)) {
          // A publish into retry or dead-letter channels only (a retry exchange and its delay queues) is the handler's failure path.
          const targets = emitters[e].targets;
          if (targets.length > 0 && targets.every((t) => stations[t].role !== 'normal')) failurePublishes.push(e);
          else consumer.relays.push(e);
        }
      }
    }
    if (consumer.deadLetter < 0 && failurePublishes.length > 0) consumer.deadLetter = failurePublishes[0];
  }
}

const FAMILY_OF_CHANNEL: Partial<Record<DesignNode['kind'], Family>> = {
  'kafka-topic': 'kafka',
  'rabbitmq-exchange': 'rabbitmq',
  'rabbitmq-queue': 'rabbitmq',
  'nats-stream': 'nats',
  'sqs-queue': 'sqs',
  'sns-topic': 'sns',
  'artemis-address': 'artemis',
  'pubsub-topic': 'pubsub',
  'pulsar-topic': 'pulsar',
  'servicebus-queue': 'servicebus',
  'servicebus-topic': 'servicebus',
};

/** Families whose channels keep nothing without a queue or subscription to route to (RabbitMQ and SNS count it as unroutable in the engine). */
const DROPS_UNROUTED_QUIETLY: ReadonlySet<Family> = new Set(['artemis', 'pubsub', 'pulsar', 'servicebus']);

function familyOf(node: DesignNode): Family | undefined {
  return FAMILY_OF_CHANNEL[node.kind];
}

/** A message class: what one emitter of a connection stands for (its routing keys, NATS subject or Artemis anycast queue). */
interface MessageClass {
  routingKeys: string[];
  subject?: string;
  artemisQueue?: string;
}

function messageClasses(ctx: CompileContext, channel: DesignNode, family: Family, connection: Connection, ratePerSecond: number): MessageClass[] {
  // A producer's messages alternate between an anycast address's queues: a class each. A relay's follow the first (compile-artemis.ts).
  if (family === 'artemis' && ratePerSecond > 0) return artemisMessageClasses(ctx, channel as ResolvedArtemisAddress);
  if (family === 'rabbitmq') return publishRoutingKeys(ctx.design as Design, connection).map((k) => ({ routingKeys: [k] }));
  if (family === 'nats') {
    const subjects = subjectsOf(connection).length > 0 ? subjectsOf(connection) : [(channel.kind === 'nats-stream' ? channel.subjects[0] : undefined) ?? channel.name];
    return subjects.map((s) => ({ routingKeys: [], subject: s }));
  }
  return [{ routingKeys: routingKeysOf(connection) }];
}

/** Emitters for one connection: a message class per routing key (RabbitMQ) or subject (NATS). */
function emittersFor(ctx: CompileContext, from: DesignNode, connection: Connection, ratePerSecond: number, producer?: ResolvedProducer): number[] {
  const { emitters } = ctx;
  const channel = ctx.graph.nodeById.get(connection.to);
  const family = channel && familyOf(channel);
  if (!channel || !family) return [];
  const classes = messageClasses(ctx, channel, family, connection, ratePerSecond);
  const topic = channel.kind === 'kafka-topic' ? (channel as ResolvedKafkaTopic) : undefined;
  const out: number[] = [];
  for (const cls of classes) {
    emitters.push({
      fromId: from.id,
      connectionId: connection.id,
      channelId: channel.id,
      family,
      label: `${from.name} → ${channel.name}${cls.subject !== undefined ? ` (${cls.subject})` : cls.routingKeys.length > 0 && family === 'rabbitmq' ? ` (${cls.routingKeys.join(',')})` : cls.artemisQueue !== undefined ? ` (${cls.artemisQueue})` : ''}`,
      ratePerSecond: ratePerSecond / classes.length,
      dailyAmplitude: dailyAmplitude(producer?.traffic),
      peakHour: producer?.traffic?.peakHour ?? 0,
      sizeBytes: producer?.messageSizeBytes ?? 1024,
      keyStrategy: producer?.keyStrategy ?? 'entity-id',
      constantGroup: producer?.sqs.messageGroupId === 'constant',
      targets: emitterTargets(ctx, channel, connection, cls),
      // Outside Kafka the key itself picks the lane (an SQS FIFO message group).
      partitions: topic?.partitions ?? 0x7fffffff,
      acks: topic ? (producer?.kafka.acks ?? 'all') : 'n/a',
      minInsyncReplicas: topic?.config['min.insync.replicas'] ?? 1,
      replicationFactor: topic?.replicationFactor ?? 1,
      clusterNodes: clusterNodes(ctx, channel),
      deliveryTimeoutUs: (producer?.kafka['delivery.timeout.ms'] ?? 120_000) * US,
      routingKeys: cls.routingKeys,
      headers: connection.arguments,
    });
    out.push(emitters.length - 1);
    if (ratePerSecond > 0 && emitters[emitters.length - 1].targets.length === 0 && DROPS_UNROUTED_QUIETLY.has(family))
      ctx.notes.add(
        `No queue or subscription takes what ${from.name} publishes to ${channel.name} (none is there, or no filter accepts it): the broker keeps none of it, and the report does not count it as unroutable`,
      );
  }
  return out;
}

/** The stations a message of one class published on `connection` into `channel` reaches. */
function emitterTargets(ctx: CompileContext, channel: DesignNode, connection: Connection, { routingKeys, subject, artemisQueue }: MessageClass): number[] {
  const { stationsOfChannel, stations } = ctx;
  switch (channel.kind) {
    case 'kafka-topic':
    case 'sqs-queue':
      return stationsOfChannel.get(channel.id) ?? [];
    case 'nats-stream':
      return (stationsOfChannel.get(channel.id) ?? []).filter((s) => {
        const filters = consumerNode(ctx, stations[s].consumers[0]).nats.filter_subjects;
        return subject === undefined || filters.length === 0 || filters.some((f) => subjectsCollide(subject, f));
      });
    case 'rabbitmq-exchange':
    case 'rabbitmq-queue': {
      const queues = routeMessage(ctx.design as Design, channel.id, routingKeys, connection.arguments);
      return [...queues].flatMap((q) => stationsOfChannel.get(q) ?? []);
    }
    case 'sns-topic':
      return snsTargets(ctx, channel, connection);
    case 'artemis-address':
      return artemisTargets(ctx, channel as ResolvedArtemisAddress, artemisQueue);
    case 'pubsub-topic':
      return pubsubTargets(ctx, channel, connection);
    case 'pulsar-topic':
      return pulsarTargets(ctx, channel.id);
    case 'servicebus-queue':
    case 'servicebus-topic':
      return servicebusTargets(ctx, channel, connection);
    default:
      return [];
  }
}

/** SNS: the subscriptions whose filter policy matches the publish's attributes (a policy it cannot evaluate matches, and says so). */
function snsTargets(ctx: CompileContext, channel: DesignNode, connection: Connection): number[] {
  const { stationsOfChannel, stations, consumers } = ctx;
  const out: number[] = [];
  for (const sub of ctx.graph.outgoing.get(channel.id) ?? []) {
    if (sub.kind !== 'subscription' && !(sub.kind === 'consume' && sub.advisory === undefined)) continue;
    if (sub.filterPolicy !== undefined) {
      const match = filterPolicyMatches(sub.filterPolicy, connection.arguments ?? {});
      if (match === undefined) ctx.notes.add(`SNS filter policy on ${sub.id} could not be evaluated; it is simulated as matching every message`);
      if (match === false) continue;
    }
    const targets = sub.kind === 'subscription' ? (stationsOfChannel.get(sub.to) ?? []) : (stationsOfChannel.get(channel.id) ?? []).filter((s) => consumers[stations[s].consumers[0]].id === sub.to);
    out.push(...targets);
  }
  return out;
}
