import { partitionsForLoad } from '../brokers/kafka/partition-capacity';
import { threadsFor } from '../capacity/consumer-throughput';
import { peakOverMean } from '../capacity/traffic-curve';
import type { ResolvedKafkaTopic } from '../brokers/kafka/resolve';
import type { ResolvedNatsStream } from '../brokers/nats/resolve';
import { durationToMs } from '../design';
import { lognormalMean } from './lognormal';
import type { Network } from './network';
import { propagateRates } from './rate-propagation';
import { round } from './round';

/**
 * What each node needs at its declared rates, with the formula and every
 * input beside the number (prices and rules of thumb change; the user must
 * be able to check and redo each figure):
 *
 * - consumer threads for a queue, partition or stream: λ × E[S] / ρ, the
 *   offered load in busy threads over the target utilisation ρ (0.7: queues
 *   stay short below it — M/M/c waits grow fast past 0.8;
 *   lib/capacity/consumer-throughput.ts, which the review's capacity rules share);
 * - Kafka partitions: enough for the threads of every in-order group, and
 *   for the log itself (lib/brokers/kafka/partition-capacity.ts);
 * - disk: retention × bytes per second × replicas, for Kafka topics and
 *   JetStream streams (capped by their byte and message limits).
 *
 * Rates are the messages that reach each channel, through RabbitMQ routing
 * and SNS filters, and onward publishes of stream processors (each message
 * processed once publishes once on each of its publish connections; a loop,
 * such as a saga's command and reply, is crossed once: rate-propagation.ts).
 */

export interface CapacityFigure {
  nodeId: string;
  /** What is sized: `consumer threads`, `partitions`, `disk`. */
  quantity: string;
  value: number;
  unit: string;
  /** The declared setting it compares with, when there is one. */
  declared?: number;
  formula: string;
  inputs: Record<string, number | string>;
}

export const TARGET_UTILISATION = 0.7;

/**
 * Messages per second into each station, carried through onward publishes,
 * each loop cut where it closes (rate-propagation.ts says how and why):
 * producers at their daily mean, or at their daily peak (what capacity is sized for; lib/capacity/traffic-curve.ts).
 */
export function stationRates(network: Network, at: 'mean' | 'peak' = 'mean'): number[] {
  return propagateRates(network, at).rates;
}

/** Messages per second into each channel and their mean size in bytes (1 KB when nothing declared reaches it). */
export interface ChannelLoad {
  rate: number;
  bytesPerMessage: number;
}

/**
 * The load on each channel node: the rate of its busiest station (a Kafka
 * topic has one per consumer group, each at the topic's rate) or, for a
 * channel nobody consumes, what its publishers send; sizes from the
 * publishers' declared message sizes.
 */
export function channelLoads(network: Network, at: 'mean' | 'peak' = 'mean'): Map<string, ChannelLoad> {
  const rates = stationRates(network, at);
  const bytesInto = new Map<string, { rate: number; bytes: number }>();
  for (const e of network.emitters) {
    const into = bytesInto.get(e.channelId) ?? { rate: 0, bytes: 0 };
    const rate = e.ratePerSecond * (at === 'peak' ? peakOverMean(e.dailyAmplitude) : 1);
    into.rate += rate;
    into.bytes += rate * e.sizeBytes;
    bytesInto.set(e.channelId, into);
  }
  const channelRate = new Map<string, number>();
  network.stations.forEach((s, i) => channelRate.set(s.channelId, Math.max(channelRate.get(s.channelId) ?? 0, rates[i])));
  const loads = new Map<string, ChannelLoad>();
  for (const id of new Set([...channelRate.keys(), ...bytesInto.keys()])) {
    const into = bytesInto.get(id);
    loads.set(id, { rate: channelRate.get(id) ?? into?.rate ?? 0, bytesPerMessage: into && into.rate > 0 ? into.bytes / into.rate : 1024 });
  }
  return loads;
}

export function capacityFigures(network: Network): CapacityFigure[] {
  const figures: CapacityFigure[] = [];
  const { stations, consumers, design } = network;
  // Threads and partitions for the busiest hour of a daily curve; disk for the day's mean (retention spans the day).
  const rates = stationRates(network, 'peak');
  const loads = channelLoads(network, 'peak');
  const meanLoads = channelLoads(network);

  const inOrderThreads = new Map<string, number[]>();
  stations.forEach((s, i) => {
    if (s.consumers.length === 0) return;
    const meanMs = s.consumers.reduce((sum, g) => sum + lognormalMean(consumers[g].processing), 0) / s.consumers.length;
    const needed = threadsFor(rates[i], meanMs, TARGET_UTILISATION);
    // Only a group that keeps partition order needs a partition per thread.
    if (s.family === 'kafka' && s.laned) inOrderThreads.set(s.channelId, [...(inOrderThreads.get(s.channelId) ?? []), needed]);
    figures.push({
      nodeId: s.consumers.map((g) => consumers[g].id).join(','),
      quantity: `consumer threads for ${s.channelName}`,
      value: needed,
      unit: 'threads',
      declared: s.serverConsumer.length,
      formula: 'ceil(λ × E[S] / ρ)',
      inputs: { 'λ (msg/s)': round(rates[i], 2), 'E[S] (ms), lognormal mean from p50/p99': round(meanMs, 3), ρ: TARGET_UTILISATION },
    });
  });

  for (const node of design.nodes) {
    const load = loads.get(node.id);
    const rate = load?.rate ?? 0;
    const bytes = load?.bytesPerMessage ?? 1024;
    const meanRate = meanLoads.get(node.id)?.rate ?? 0;
    if (node.kind === 'kafka-topic') {
      const topic = node as ResolvedKafkaTopic;
      const threads = inOrderThreads.get(node.id) ?? [];
      const log = partitionsForLoad(rate, rate * bytes);
      figures.push({
        nodeId: node.id,
        quantity: 'partitions',
        value: Math.max(log, ...threads, 1),
        unit: 'partitions',
        declared: topic.partitions,
        formula: 'max(threads each in-order group needs, partitionsForLoad(λ, λ × bytes))',
        inputs: { 'λ (msg/s)': round(rate, 2), 'bytes per message': round(bytes, 1), 'threads needed by in-order groups': threads.join(', ') || 'none', 'partitions for the log': log },
      });
      const retentionMs = topic.config['retention.ms'];
      figures.push(
        diskFigure(
          node.id,
          retentionMs < 0 ? Infinity : retentionMs,
          meanRate,
          bytes,
          topic.replicationFactor,
          topic.config['retention.bytes'] > 0 ? topic.config['retention.bytes'] * topic.partitions : Infinity,
        ),
      );
    } else if (node.kind === 'nats-stream') {
      const stream = node as ResolvedNatsStream;
      const maxAge = durationToMs(stream.max_age);
      const byteCap = Math.min(stream.max_bytes > 0 ? stream.max_bytes : Infinity, stream.max_msgs > 0 ? stream.max_msgs * bytes : Infinity);
      figures.push(diskFigure(node.id, maxAge !== undefined && maxAge > 0 ? maxAge : Infinity, meanRate, bytes, stream.num_replicas, byteCap));
    }
  }
  return figures;
}

function diskFigure(nodeId: string, retentionMs: number, rate: number, bytes: number, replicas: number, capBytes: number): CapacityFigure {
  const retained = Math.min((retentionMs / 1000) * rate * bytes, capBytes);
  return {
    nodeId,
    quantity: 'disk',
    value: Number.isFinite(retained) ? Math.round((retained * replicas) / 1e6) / 1000 : -1,
    unit: Number.isFinite(retained) ? 'GB' : 'GB (unbounded: no retention limit)',
    formula: 'min(retention × λ × bytes, byte limit) × replicas',
    inputs: {
      'retention (s)': Number.isFinite(retentionMs) ? retentionMs / 1000 : 'unlimited',
      'λ (msg/s)': round(rate, 2),
      'bytes per message': round(bytes, 1),
      replicas,
      'byte limit': Number.isFinite(capBytes) ? Math.round(capBytes) : 'none',
    },
  };
}
