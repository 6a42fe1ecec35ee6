import { durationToMs, indexGraph, type Requirements } from '../../design';
import { producerRequirements } from '../needs';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import type { ResolvedConsumerGroup, ResolvedProducer } from '../../brokers/services/resolve';
import { consumersOf } from '../flow';

/** Producers that send to `channelId` themselves (not through an SNS topic): the ones whose SQS send options apply to it. */
export function directProducers(design: ResolvedDesign, channelId: string): ResolvedProducer[] {
  const graph = indexGraph(design);
  const producers: ResolvedProducer[] = [];
  for (const c of graph.incoming.get(channelId) ?? []) {
    if (c.kind !== 'publish') continue;
    const node = graph.nodeById.get(c.from);
    if (node?.kind === 'producer') producers.push(node);
  }
  return producers;
}

/**
 * The services that end up handling what is sent to `channelId`: a queue's
 * consumers; for an SNS topic, its endpoint subscribers and the consumers of
 * every queue subscribed to it.
 */
export function downstreamConsumers(design: ResolvedDesign, channelId: string): ResolvedConsumerGroup[] {
  const graph = indexGraph(design);
  const groups = [...consumersOf(design, channelId)];
  for (const c of graph.outgoing.get(channelId) ?? []) {
    if (c.kind === 'subscription') groups.push(...consumersOf(design, c.to));
  }
  return groups;
}

/** The message rate a flow must carry at its peak. */
export function peakRate(requirements: Requirements): number {
  return Math.max(requirements.throughput, requirements.peakThroughput ?? 0);
}

/** The largest message a producer declares it sends: its typical size or its flow's maximum. */
export function largestMessageBytes(design: ResolvedDesign, producer: ResolvedProducer): number {
  return Math.max(producer.messageSizeBytes, producerRequirements(design, producer).maxMessageBytes ?? 0);
}

/** How long a producer keeps retrying a failed send, in ms; `undefined` when it does not say. */
export function retryHorizonMs(producer: ResolvedProducer): number | undefined {
  return durationToMs(producer.retryHorizon);
}

/** Seconds as the shortest exact duration (`345600` → `4d`). */
export function formatSeconds(seconds: number): string {
  if (seconds === 0) return '0s';
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** A node's name, quoted, for lists in messages: `"a", "b"`. */
export function quotedNames(nodes: readonly ResolvedNode[]): string {
  return nodes.map((n) => `"${n.name}"`).join(', ');
}

/** `producer "a" sends` or `producers "a", "b" send`: the subject of a message sentence, agreeing in number. */
export function producersThat(producers: readonly ResolvedNode[], verb: string): string {
  return producers.length === 1 ? `producer ${quotedNames(producers)} ${verb}s` : `producers ${quotedNames(producers)} ${verb}`;
}
