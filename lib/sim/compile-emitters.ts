import type { ResolvedNode } from '../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import type { ResolvedProducer } from '../brokers/services/resolve';
import { dailyAmplitude } from '../capacity/traffic-curve';
import { routingKeysOf, type Connection } from '../design';
import { clusterNodes, US, type CompileContext } from './compile-context';
import type { Family } from './network-types';
import type { MessageClass } from './sim-broker';
import { familyOfPublishTarget, publishTargetsOf, SIM_BROKERS } from './sim-brokers';

/**
 * Emitters: where messages enter stations. A producer's publish connection
 * is one (or one per routing key or subject: a message class each), and so
 * are a consumer's onward and dead-letter publishes. Their targets are the
 * stations a message reaches, routed once here by the channel's broker
 * (sim-brokers.ts: RabbitMQ bindings, NATS filter subjects, SNS filter
 * policies) so the engine only follows indexes.
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

/** The connection's message classes: its broker's, else one with the connection's routing keys. */
function messageClasses(ctx: CompileContext, channel: ResolvedNode, family: Family, connection: Connection, ratePerSecond: number): MessageClass[] {
  return SIM_BROKERS[family].messageClasses?.(ctx, channel, connection, ratePerSecond) ?? [{ routingKeys: routingKeysOf(connection) }];
}

/** Emitters for one connection: a message class per routing key (RabbitMQ) or subject (NATS). */
function emittersFor(ctx: CompileContext, from: ResolvedNode, connection: Connection, ratePerSecond: number, producer?: ResolvedProducer): number[] {
  const { emitters } = ctx;
  const channel = ctx.graph.nodeById.get(connection.to);
  const family = channel && familyOfPublishTarget(channel);
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
      label: `${from.name} → ${channel.name}${cls.selector !== undefined ? ` (${cls.selector})` : ''}`,
      ratePerSecond: ratePerSecond / classes.length,
      dailyAmplitude: dailyAmplitude(producer?.traffic),
      peakHour: producer?.traffic?.peakHour ?? 0,
      sizeBytes: producer?.messageSizeBytes ?? 1024,
      keyStrategy: producer?.keyStrategy ?? 'entity-id',
      constantGroup: producer?.sqs.messageGroupId === 'constant',
      targets: publishTargetsOf(ctx, channel, connection, cls),
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
    if (ratePerSecond > 0 && emitters[emitters.length - 1].targets.length === 0 && SIM_BROKERS[family].dropsUnroutedQuietly)
      ctx.notes.add(
        `No queue or subscription takes what ${from.name} publishes to ${channel.name} (none is there, or no filter accepts it): the broker keeps none of it, and the report does not count it as unroutable`,
      );
  }
  return out;
}
