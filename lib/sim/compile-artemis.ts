import { effectiveMaxRedeliveryDelay } from '../brokers/artemis/address-settings-defaults';
import type { ResolvedArtemisAddress } from '../brokers/artemis/resolve';
import type { ResolvedProducer } from '../brokers/services/resolve';
import { routingKeysOf, type ArtemisQueueNode } from '../design';
import { addStation, baseStation, consumerOf, consumersOf, threadsOf, US, type CompileContext } from './compile-context';
import { defineSimBroker, type MessageClass } from './sim-broker';

/**
 * ActiveMQ Artemis: an address routes each message to its queues (anycast:
 * one of them, multicast: every one); a queue is a station every consumer
 * group reading it competes for. A message rolled back is redelivered after
 * redelivery-delay × redelivery-delay-multiplier^(n−1), capped at
 * max-redelivery-delay; after max-delivery-attempts it goes to the
 * dead-letter address (the address's `dead-letter` connection) or is removed.
 * The address-full-policy bounds a queue: FAIL and DROP refuse what does not
 * fit, PAGE keeps everything (on disk). Settings are the address's, resolved
 * with Artemis's defaults (lib/brokers/artemis/address-settings-defaults.ts).
 */

/** The address a queue is bound to (its incoming `bind` connection). */
function artemisAddressOf(ctx: CompileContext, queueId: string): ResolvedArtemisAddress | undefined {
  const bind = (ctx.graph.incoming.get(queueId) ?? []).find((c) => ctx.graph.nodeById.get(c.from)?.kind === 'artemis-address');
  return bind && (ctx.graph.nodeById.get(bind.from) as ResolvedArtemisAddress);
}

/** The queues bound to an address, in connection order. */
function artemisQueuesOf(ctx: CompileContext, addressId: string): string[] {
  return (ctx.graph.outgoing.get(addressId) ?? []).filter((c) => ctx.graph.nodeById.get(c.to)?.kind === 'artemis-queue').map((c) => c.to);
}

/**
 * The redelivery delays (µs) before each redelivery, from Artemis's
 * calculateRedeliveryDelay: delay × multiplier^(deliveryCount − 1), at most
 * max-redelivery-delay. Listed until the cap or the last attempt (the last repeats).
 */
export function artemisRedeliveryDelaysUs(settings: ResolvedArtemisAddress['settings']): number[] {
  const first = settings['redelivery-delay'];
  const cap = effectiveMaxRedeliveryDelay(settings);
  const multiplier = settings['redelivery-delay-multiplier'];
  const attempts = settings['max-delivery-attempts'];
  const out: number[] = [];
  for (let n = 0; n < (attempts > 0 ? attempts : 64); n++) {
    const delay = Math.min(first * multiplier ** n, cap);
    out.push(Math.round(delay * US));
    if (delay >= cap || multiplier === 1) break;
  }
  return out;
}

/** One station per queue: the groups reading it compete; exclusive queues and max-consumers cap the threads; message groups keep a lane per thread. */
function addArtemisStation(ctx: CompileContext, queue: ArtemisQueueNode): void {
  const address = artemisAddressOf(ctx, queue.id);
  const groups = consumersOf(ctx, queue.id).map((group) => consumerOf(ctx, group));
  const station = baseStation(ctx, queue, 'artemis', groups);
  Object.assign(station, threadsOf(ctx, groups));
  const exclusive = queue.exclusive ?? address?.settings['default-exclusive-queue'] ?? false;
  const maxConsumers = exclusive ? 1 : (queue['max-consumers'] ?? -1);
  if (maxConsumers >= 0 && station.serverConsumer.length > maxConsumers) {
    station.serverConsumer = station.serverConsumer.slice(0, maxConsumers);
    station.serverInstance = station.serverInstance.slice(0, maxConsumers);
  }
  station.laned = address !== undefined && publishedWithGroups(ctx, address.id);
  if (queue.filter !== undefined) ctx.notes.add(`Artemis queue filters are not evaluated: ${queue.name} gets every message its address routes to it`);
  if (queue['last-value-key'] !== undefined || address?.settings['default-last-value-queue'])
    ctx.notes.add(`Artemis last-value queues keep every message in the simulation: ${queue.name} is simulated as a plain queue`);
  if (!address) {
    addStation(ctx, station);
    return;
  }
  const s = address.settings;
  station.maxDeliveries = s['max-delivery-attempts'] > 0 ? s['max-delivery-attempts'] : Infinity;
  station.redeliveryBackoffUs = artemisRedeliveryDelaysUs(s);
  applyAddressFullPolicy(ctx, station, address);
  addStation(ctx, station);
}

/**
 * FAIL and DROP refuse a message beyond max-size-messages or max-size-bytes; BLOCK is simulated as
 * refusing too (said so); PAGE keeps all. Artemis measures the address as a whole; the simulation
 * bounds each of its queues by the limit (the same for an address with one queue).
 */
function applyAddressFullPolicy(ctx: CompileContext, station: ReturnType<typeof baseStation>, address: ResolvedArtemisAddress): void {
  const s = address.settings;
  const policy = s['address-full-policy'];
  if (policy === 'PAGE') return;
  if (s['max-size-messages'] > 0) station.maxLength = s['max-size-messages'];
  if (s['max-size-bytes'] > 0) station.maxLengthBytes = s['max-size-bytes'];
  station.overflow = 'reject-publish';
  if (policy === 'BLOCK' && (s['max-size-messages'] > 0 || s['max-size-bytes'] > 0))
    ctx.notes.add(`Artemis address-full-policy BLOCK on ${address.name}: a full queue refuses the publish in the simulation, where the broker would hold the producer`);
}

/** Whether a producer publishing to the address sets JMSXGroupID per entity (a message group keeps a key on one consumer, in order). */
function publishedWithGroups(ctx: CompileContext, addressId: string): boolean {
  return (ctx.graph.incoming.get(addressId) ?? []).some((c) => {
    const from = ctx.graph.nodeById.get(c.from);
    return from?.kind === 'producer' && (from as ResolvedProducer).artemis?.messageGroupId === 'entity-id';
  });
}

/**
 * The stations a message sent to an address reaches: every queue's
 * (multicast), or the one queue of its class (anycast; `queueId`). An anycast
 * address with several queues alternates between them: a producer's
 * messages are split into one class per queue (artemisMessageClasses), a
 * relay or a dead letter goes to the first queue (said so).
 */
function artemisTargets(ctx: CompileContext, address: ResolvedArtemisAddress, queueId?: string): number[] {
  const queues = artemisQueuesOf(ctx, address.id);
  const chosen = address.routingType === 'multicast' ? queues : queueId !== undefined ? [queueId] : queues.slice(0, 1);
  if (address.routingType === 'anycast' && queueId === undefined && queues.length > 1)
    ctx.notes.add(`Anycast address ${address.name}: messages relayed or dead-lettered to it go to its first queue in the simulation (Artemis alternates between its ${queues.length} queues)`);
  return chosen.flatMap((q) => ctx.stationsOfChannel.get(q) ?? []);
}

/** A producer's message classes on an address: one per queue of an anycast address, so its rate is shared between them as Artemis round-robins. */
function artemisMessageClasses(ctx: CompileContext, address: ResolvedArtemisAddress): MessageClass[] {
  const queues = artemisQueuesOf(ctx, address.id);
  if (address.routingType !== 'anycast' || queues.length < 2) return [{ routingKeys: [] }];
  return queues.map((q) => ({ routingKeys: [], selector: q }));
}

/** Each queue's dead-letter address: the stations of the queues bound to the address's `dead-letter` target. */
function linkArtemisDeadLetters(ctx: CompileContext): void {
  for (const station of ctx.stations) {
    if (station.family !== 'artemis') continue;
    const address = artemisAddressOf(ctx, station.channelId);
    const dla = address && (ctx.graph.outgoing.get(address.id) ?? []).find((c) => c.kind === 'dead-letter');
    const target = dla && ctx.graph.nodeById.get(dla.to);
    if (target?.kind === 'artemis-address') station.redrive = artemisTargets(ctx, target as ResolvedArtemisAddress);
  }
}

/** ActiveMQ Artemis: the broker redelivers with its delays; a closed connection's unacked messages come back at once. */
export const artemisSim = defineSimBroker({
  stations: { 'artemis-queue': addArtemisStation },
  publishTargets: { 'artemis-address': (ctx, address, _connection, cls) => artemisTargets(ctx, address, cls.selector) },
  // A producer's messages alternate between an anycast address's queues: a class each. A relay's follow the first.
  messageClasses: (ctx, address, connection, ratePerSecond) => (ratePerSecond > 0 ? artemisMessageClasses(ctx, address as ResolvedArtemisAddress) : [{ routingKeys: routingKeysOf(connection) }]),
  linkDeadLetters: linkArtemisDeadLetters,
  redelivery: { by: 'broker', gaveUpReason: 'max-delivery-attempts reached', afterCrash: 'at-once' },
  dropsUnroutedQuietly: true,
});
