import { PUBSUB_DEFAULT_MAX_DELIVERY_ATTEMPTS } from '../brokers/pubsub/defaults';
import type { ResolvedPubsubSubscription } from '../brokers/pubsub/resolve';
import type { Connection, DesignNode } from '../design';
import { addStation, baseStation, consumerOf, consumersOf, threadsOf, type CompileContext } from './compile-context';
import { pubsubFilterMatches } from './pubsub-filter';
import { defineSimBroker } from './sim-broker';

/**
 * Google Pub/Sub: a topic hands each message to every subscription (whose
 * filter accepts it); a subscription is a station its consumer groups
 * compete for, a lane per thread when it keeps ordering keys in order. A
 * message not acked within ackDeadlineSeconds is delivered again; a failed
 * one is nacked and redelivered after the retry policy's backoff (at once
 * without one); with a dead-letter topic, after maxDeliveryAttempts it is
 * forwarded there. Unacked messages expire after messageRetentionDuration.
 * Settings are resolved with Pub/Sub's defaults (lib/brokers/pubsub/defaults.ts).
 */

const S = 1_000_000;

/** The topic a subscription reads (its incoming `subscription` connection). */
function topicOf(ctx: CompileContext, subscriptionId: string): DesignNode | undefined {
  const c = (ctx.graph.incoming.get(subscriptionId) ?? []).find((i) => ctx.graph.nodeById.get(i.from)?.kind === 'pubsub-topic');
  return c && ctx.graph.nodeById.get(c.from);
}

/**
 * The retry policy's delays (µs): minimumBackoffSeconds, growing to
 * maximumBackoffSeconds (Pub/Sub says "exponential" without the factor:
 * doubling is assumed); without a policy, a nacked message is redelivered at once.
 */
export function pubsubBackoffUs(sub: ResolvedPubsubSubscription): number[] {
  if (sub.minimumBackoffSeconds === undefined && sub.maximumBackoffSeconds === undefined) return [0];
  const min = sub.minimumBackoffSeconds ?? 10;
  const max = sub.maximumBackoffSeconds ?? 600;
  const out: number[] = [];
  for (let d = min; out.length < 64; d *= 2) {
    out.push(Math.min(d, max) * S);
    if (d >= max || d === 0) break;
  }
  return out;
}

function addPubsubStation(ctx: CompileContext, sub: ResolvedPubsubSubscription): void {
  const readers = consumersOf(ctx, sub.id);
  const groups = readers.map((group) => consumerOf(ctx, group));
  const station = baseStation(ctx, sub, 'pubsub', groups);
  Object.assign(station, threadsOf(ctx, groups));
  const topic = topicOf(ctx, sub.id);
  if (topic && 'role' in topic && topic.role !== undefined) station.role = topic.role;
  station.laned = sub.enableMessageOrdering;
  station.redeliverAfterUs = sub.ackDeadlineSeconds * S;
  if (readers.some((r) => r.processingMsP99 >= sub.ackDeadlineSeconds * 1000))
    ctx.notes.add(
      `Pub/Sub ${sub.name}: a message processed longer than ackDeadlineSeconds (${sub.ackDeadlineSeconds} s) is delivered again in the simulation; the client libraries extend the deadline while they hold a message (lease management), push and the bare pull API do not`,
    );
  station.redeliveryBackoffUs = pubsubBackoffUs(sub);
  station.expiryUs = sub.messageRetentionDuration * S;
  if (sub.deliveryType === 'bigquery' || sub.deliveryType === 'cloudStorage')
    ctx.notes.add(`Pub/Sub export subscriptions (BigQuery, Cloud Storage) are simulated without a reader: ${sub.name} only fills`);
  addStation(ctx, station);
}

/** The subscriptions' stations a publish on `topic` reaches: those whose filter accepts the publish's attributes. */
function pubsubTargets(ctx: CompileContext, topic: DesignNode, connection?: Connection): number[] {
  const out: number[] = [];
  for (const c of ctx.graph.outgoing.get(topic.id) ?? []) {
    const sub = ctx.graph.nodeById.get(c.to);
    if (sub?.kind !== 'pubsub-subscription') continue;
    const filter = (sub as ResolvedPubsubSubscription).filter;
    if (filter !== undefined) {
      const match = pubsubFilterMatches(filter, connection?.arguments ?? {});
      if (match === undefined) ctx.notes.add(`Pub/Sub filter of ${sub.name} could not be evaluated; it is simulated as accepting every message`);
      if (match === false) continue;
    }
    out.push(...(ctx.stationsOfChannel.get(sub.id) ?? []));
  }
  return out;
}

/** Each subscription's dead-letter policy: maxDeliveryAttempts (default 5), then the dead-letter topic's subscriptions. */
function linkPubsubDeadLetters(ctx: CompileContext): void {
  for (const station of ctx.stations) {
    if (station.family !== 'pubsub') continue;
    const sub = ctx.graph.nodeById.get(station.channelId) as ResolvedPubsubSubscription;
    const dead = (ctx.graph.outgoing.get(sub.id) ?? []).find((c) => c.kind === 'dead-letter');
    const topic = dead && ctx.graph.nodeById.get(dead.to);
    if (!topic) continue;
    station.maxDeliveries = sub.maxDeliveryAttempts ?? PUBSUB_DEFAULT_MAX_DELIVERY_ATTEMPTS;
    station.redrive = pubsubTargets(ctx, topic);
    if (station.redrive.length === 0) ctx.notes.add(`Pub/Sub dead-letter topic ${topic.name} has no subscription: what ${sub.name} dead-letters is lost`);
  }
}

/** Google Pub/Sub: the service redelivers after the ack deadline or the retry policy's backoff. */
export const pubsubSim = defineSimBroker({
  stations: { 'pubsub-subscription': addPubsubStation },
  publishTargets: { 'pubsub-topic': (ctx, topic, connection) => pubsubTargets(ctx, topic, connection) },
  linkDeadLetters: linkPubsubDeadLetters,
  redelivery: { by: 'broker', gaveUpReason: 'maxDeliveryAttempts reached', afterCrash: 'on-timer' },
  dropsUnroutedQuietly: true,
});
