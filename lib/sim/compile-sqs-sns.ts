import type { ResolvedSqsQueue } from '../brokers/sqs-sns/resolve';
import { filterPolicyMatches } from '../brokers/sqs-sns/filter-policy';
import type { Connection, DesignNode } from '../design';
import { addStation, baseStation, consumerOf, consumersOf, threadsOf, type CompileContext } from './compile-context';
import { defineSimBroker } from './sim-broker';

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
function linkSqsRedrive(ctx: CompileContext): void {
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

/** SNS direct subscribers (Lambda, HTTP): one station per subscriber; SQS subscriptions feed the queue's own station. */
function addSnsStations(ctx: CompileContext, topic: DesignNode): void {
  for (const group of consumersOf(ctx, topic.id)) addStation(ctx, { ...baseStation(ctx, topic, 'sns', [consumerOf(ctx, group)]), ...threadsOf(ctx, [consumerOf(ctx, group)]) });
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

/** SQS: the queue redelivers after its visibility timeout, and redrives after maxReceiveCount. */
export const sqsSim = defineSimBroker({
  stations: { 'sqs-queue': addSqsStation },
  publishTargets: { 'sqs-queue': (ctx, queue) => ctx.stationsOfChannel.get(queue.id) ?? [] },
  linkDeadLetters: linkSqsRedrive,
  redelivery: { by: 'broker', gaveUpReason: 'failed every receive', afterCrash: 'on-timer' },
  dropsUnroutedQuietly: false,
});

/** SNS: a topic copies each message to its subscriptions; a direct subscriber's failures are its own retries. */
export const snsSim = defineSimBroker({
  stations: { 'sns-topic': addSnsStations },
  publishTargets: { 'sns-topic': (ctx, topic, connection) => snsTargets(ctx, topic, connection) },
  redelivery: { by: 'consumer' },
  dropsUnroutedQuietly: false,
});
