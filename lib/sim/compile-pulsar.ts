import type { ResolvedPulsarSubscription, ResolvedPulsarTopic } from '../brokers/pulsar/resolve';
import { pulsarTopicName } from '../design/kinds/pulsar-topic';
import { addStation, baseStation, consumerOf, consumersOf, threadsOf, US, type CompileContext } from './compile-context';
import { defineSimBroker } from './sim-broker';

/**
 * Apache Pulsar: a topic hands each message to every subscription; a
 * subscription is a station whose type decides its threads. Exclusive: one
 * consumer (the first group's first instance); Failover: one active consumer
 * per partition (a non-partitioned topic: one); both in order, a lane per
 * thread. Shared: every thread competes, no order. Key_Shared: every thread,
 * a key always on one (a lane per thread). A failed message is negatively
 * acknowledged and redelivered after negativeAckRedeliveryDelayMicros; one not
 * acknowledged within ackTimeoutMillis is delivered again; with
 * maxRedeliverCount, after that many redeliveries it goes to the dead letter
 * topic (the `dead-letter` connection, else {topic}-{subscription}-DLQ, which
 * the simulation counts but does not follow). messageTtlSeconds expires
 * unacknowledged messages. Settings are resolved with the client's and
 * broker's defaults (lib/brokers/pulsar/defaults.ts).
 */

function topicOf(ctx: CompileContext, subscriptionId: string): ResolvedPulsarTopic | undefined {
  const c = (ctx.graph.incoming.get(subscriptionId) ?? []).find((i) => ctx.graph.nodeById.get(i.from)?.kind === 'pulsar-topic');
  return c && (ctx.graph.nodeById.get(c.from) as ResolvedPulsarTopic);
}

function addPulsarStation(ctx: CompileContext, sub: ResolvedPulsarSubscription): void {
  const topic = topicOf(ctx, sub.id);
  const groups = consumersOf(ctx, sub.id).map((group) => consumerOf(ctx, group));
  const station = baseStation(ctx, sub, 'pulsar', groups);
  const all = threadsOf(ctx, groups);
  const partitions = Math.max(1, topic?.partitions ?? 0);
  const type = sub.subscriptionType;
  // Exclusive admits one consumer; Failover makes one consumer per partition active; both deliver a partition in order, one thread each.
  const active = all.serverConsumer.map((_, s) => s).filter((s) => type !== 'Exclusive' || (all.serverConsumer[s] === groups[0] && all.serverInstance[s] === 0));
  // Failover hands partitions to consumers in turn: each instance's first thread before any instance's second.
  const rank = (s: number) => active.filter((x) => x < s && all.serverInstance[x] === all.serverInstance[s] && all.serverConsumer[x] === all.serverConsumer[s]).length;
  const threads = type === 'Exclusive' || type === 'Failover' ? [...active].sort((a, b) => rank(a) - rank(b) || a - b).slice(0, partitions) : active;
  station.serverConsumer = threads.map((s) => all.serverConsumer[s]);
  station.serverInstance = threads.map((s) => all.serverInstance[s]);
  station.laned = type !== 'Shared';
  if (topic?.role !== undefined) station.role = topic.role;
  if (topic && topic.messageTtlSeconds > 0) station.expiryUs = topic.messageTtlSeconds * 1_000_000;
  station.redeliverAfterUs = sub.ackTimeoutMillis > 0 ? sub.ackTimeoutMillis * US : Infinity;
  station.redeliveryBackoffUs = [sub.negativeAckRedeliveryDelayMicros];
  if (sub.maxRedeliverCount !== undefined) {
    station.maxDeliveries = sub.maxRedeliverCount + 1;
    station.deadLetterElsewhere = topic ? `${pulsarTopicName(topic)}-${sub.name}-DLQ` : `${sub.name}-DLQ`;
  }
  if (topic?.persistence === 'non-persistent') ctx.notes.add(`Pulsar non-persistent topic ${topic.name} is simulated as persistent: it keeps what its subscriptions cannot take at once`);
  addStation(ctx, station);
}

/** The stations of every subscription of a topic (a copy each). */
function pulsarTargets(ctx: CompileContext, topicId: string): number[] {
  return (ctx.graph.outgoing.get(topicId) ?? []).filter((c) => ctx.graph.nodeById.get(c.to)?.kind === 'pulsar-subscription').flatMap((c) => ctx.stationsOfChannel.get(c.to) ?? []);
}

/** A subscription's drawn dead letter topic (its `dead-letter` connection), once every station exists. */
function linkPulsarDeadLetters(ctx: CompileContext): void {
  for (const station of ctx.stations) {
    if (station.family !== 'pulsar' || !Number.isFinite(station.maxDeliveries)) continue;
    const dead = (ctx.graph.outgoing.get(station.channelId) ?? []).find((c) => c.kind === 'dead-letter');
    if (!dead) continue;
    station.redrive = pulsarTargets(ctx, dead.to);
    station.deadLetterElsewhere = station.redrive.length > 0 ? undefined : (ctx.graph.nodeById.get(dead.to)?.name ?? dead.to);
  }
}

/** Apache Pulsar: the broker redelivers negatively acknowledged messages; a closed consumer's unacked ones come back at once. */
export const pulsarSim = defineSimBroker({
  stations: { 'pulsar-subscription': addPulsarStation },
  publishTargets: { 'pulsar-topic': (ctx, topic) => pulsarTargets(ctx, topic.id) },
  linkDeadLetters: linkPulsarDeadLetters,
  redelivery: { by: 'broker', gaveUpReason: 'maxRedeliverCount reached', afterCrash: 'at-once' },
  dropsUnroutedQuietly: true,
});
