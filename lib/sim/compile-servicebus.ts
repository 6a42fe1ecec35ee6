import type { ResolvedServicebusQueue, ResolvedServicebusSubscription, ResolvedServicebusTopic } from '../brokers/servicebus/resolve';
import type { Connection, DesignNode } from '../design';
import { addStation, baseStation, consumerOf, consumersOf, threadsOf, type CompileContext } from './compile-context';
import { servicebusRulesMatch } from './servicebus-rules';
import { defineSimBroker } from './sim-broker';

/**
 * Azure Service Bus: a queue, or a topic's subscription (a copy of every
 * message its rules accept), is a station its consumer groups compete for; a
 * session-aware one keeps a lane per thread (a session on one receiver, in
 * order). A message not completed within lockDurationSeconds is delivered
 * again; a failed one is abandoned and available again at once; after
 * maxDeliveryCount it is dead-lettered: into the entity its dead letters are
 * forwarded to (the `dead-letter` connection), else into its own
 * $DeadLetterQueue, counted but not followed. defaultMessageTimeToLiveSeconds
 * expires messages. Settings are resolved with Service Bus's defaults
 * (lib/brokers/servicebus/defaults.ts).
 */

const S = 1_000_000;

type Receiver = ResolvedServicebusQueue | ResolvedServicebusSubscription;

function topicOf(ctx: CompileContext, subscriptionId: string): ResolvedServicebusTopic | undefined {
  const c = (ctx.graph.incoming.get(subscriptionId) ?? []).find((i) => ctx.graph.nodeById.get(i.from)?.kind === 'servicebus-topic');
  return c && (ctx.graph.nodeById.get(c.from) as ResolvedServicebusTopic);
}

function addServicebusStation(ctx: CompileContext, entity: Receiver): void {
  const readers = consumersOf(ctx, entity.id);
  const groups = readers.map((group) => consumerOf(ctx, group));
  const station = baseStation(ctx, entity, 'servicebus', groups);
  Object.assign(station, threadsOf(ctx, groups));
  const topic = entity.kind === 'servicebus-subscription' ? topicOf(ctx, entity.id) : undefined;
  if (topic?.role !== undefined) station.role = topic.role;
  station.laned = entity.requiresSession;
  station.redeliverAfterUs = entity.lockDurationSeconds * S;
  if (readers.some((r) => r.processingMsP99 >= entity.lockDurationSeconds * 1000))
    ctx.notes.add(
      `Service Bus ${entity.name}: a message processed longer than lockDurationSeconds (${entity.lockDurationSeconds} s) is delivered again in the simulation; a processor that renews the lock (maxAutoLockRenewDuration) keeps it`,
    );
  station.redeliveryBackoffUs = [0];
  station.maxDeliveries = entity.maxDeliveryCount;
  station.deadLetterElsewhere = `${entity.name}/$DeadLetterQueue`;
  const ttl = entity.defaultMessageTimeToLiveSeconds ?? topic?.defaultMessageTimeToLiveSeconds;
  if (ttl !== undefined) station.expiryUs = ttl * S;
  if (ttl !== undefined && entity.deadLetteringOnMessageExpiration)
    ctx.notes.add('Service Bus deadLetteringOnMessageExpiration is not simulated: expired messages are counted as expired, not dead-lettered');
  if (entity.forwardTo !== undefined) ctx.notes.add(`Service Bus auto-forwarding (forwardTo) of ${entity.name} is not simulated: its messages stay for its receivers`);
  addStation(ctx, station);
}

/** The stations a message sent to a queue or topic reaches: the queue's, or those of the topic's subscriptions whose rules accept it. */
function servicebusTargets(ctx: CompileContext, channel: DesignNode, connection?: Connection): number[] {
  if (channel.kind === 'servicebus-queue') return ctx.stationsOfChannel.get(channel.id) ?? [];
  const out: number[] = [];
  for (const c of ctx.graph.outgoing.get(channel.id) ?? []) {
    const sub = ctx.graph.nodeById.get(c.to);
    if (sub?.kind !== 'servicebus-subscription') continue;
    const match = servicebusRulesMatch((sub as ResolvedServicebusSubscription).rules, connection?.arguments ?? {});
    if (match === undefined) ctx.notes.add(`Service Bus rules of ${sub.name} could not be evaluated; they are simulated as accepting every message`);
    if (match === false) continue;
    out.push(...(ctx.stationsOfChannel.get(sub.id) ?? []));
  }
  return out;
}

/** forwardDeadLetteredMessagesTo: the `dead-letter` connection's queue or topic, once every station exists. */
function linkServicebusDeadLetters(ctx: CompileContext): void {
  for (const station of ctx.stations) {
    if (station.family !== 'servicebus') continue;
    const dead = (ctx.graph.outgoing.get(station.channelId) ?? []).find((c) => c.kind === 'dead-letter');
    const target = dead && ctx.graph.nodeById.get(dead.to);
    if (!target) continue;
    station.redrive = servicebusTargets(ctx, target);
    if (station.redrive.length > 0) station.deadLetterElsewhere = undefined;
  }
}

/** Azure Service Bus: a message not completed within its lock comes back; after maxDeliveryCount it is dead-lettered. */
export const servicebusSim = defineSimBroker({
  stations: { 'servicebus-queue': addServicebusStation, 'servicebus-subscription': addServicebusStation },
  publishTargets: { 'servicebus-queue': servicebusTargets, 'servicebus-topic': servicebusTargets },
  linkDeadLetters: linkServicebusDeadLetters,
  redelivery: { by: 'broker', gaveUpReason: 'maxDeliveryCount reached', afterCrash: 'on-timer' },
  dropsUnroutedQuietly: true,
});
