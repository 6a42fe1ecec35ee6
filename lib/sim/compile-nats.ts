import type { ResolvedNatsStream } from '../brokers/nats/resolve';
import { subjectsCollide } from '../brokers/nats/subjects';
import { durationToMs, subjectsOf } from '../design';
import { addStation, baseStation, consumerNode, consumerOf, consumersOf, threadsOf, US, type CompileContext } from './compile-context';
import { defineSimBroker, type MessageClass } from './sim-broker';

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

/** The consumers' stations whose filter subjects take a message on `subject` (every consumer's without filters). */
function natsTargets(ctx: CompileContext, stream: ResolvedNatsStream, { selector: subject }: MessageClass): number[] {
  return (ctx.stationsOfChannel.get(stream.id) ?? []).filter((s) => {
    const filters = consumerNode(ctx, ctx.stations[s].consumers[0]).nats.filter_subjects;
    return subject === undefined || filters.length === 0 || filters.some((f) => subjectsCollide(subject, f));
  });
}

/** NATS JetStream: a class per subject a publish names (else the stream's first subject, else its name); the server redelivers. */
export const natsSim = defineSimBroker({
  stations: { 'nats-stream': addNatsStations },
  publishTargets: { 'nats-stream': (ctx, stream, _connection, cls) => natsTargets(ctx, stream, cls) },
  messageClasses: (_ctx, channel, connection) => {
    const subjects = subjectsOf(connection).length > 0 ? subjectsOf(connection) : [(channel.kind === 'nats-stream' ? channel.subjects[0] : undefined) ?? channel.name];
    return subjects.map((s) => ({ routingKeys: [], selector: s }));
  },
  redelivery: { by: 'broker', gaveUpReason: 'max_deliver reached', afterCrash: 'on-timer' },
  dropsUnroutedQuietly: false,
});
