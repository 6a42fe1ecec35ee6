import { indexGraph, nodesOfKind, type Design } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedNatsStream } from '../../brokers/nats/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { natsDurableName } from '../../brokers/service-identifiers';
import { ALL_SUBJECTS } from './_helpers';

/**
 * JetStream consumers. In a design a JetStream consumer is a `consume`
 * connection from a stream to a consumer group; the group's `nats` settings
 * are the consumer's config. A group that consumes several streams has one
 * consumer per stream, all with the same settings.
 */

export interface JetStreamConsumer {
  stream: ResolvedNatsStream;
  group: ResolvedConsumerGroup;
}

export interface NatsConsumerGroup {
  group: ResolvedConsumerGroup;
  /** The streams it consumes, in design order. */
  streams: ResolvedNatsStream[];
}

const pairsCache = new WeakMap<Design, JetStreamConsumer[]>();
const groupsCache = new WeakMap<Design, NatsConsumerGroup[]>();

/** Every (stream, group) consumer of the design; memoised per design. */
export function jetstreamConsumers(design: ResolvedDesign): JetStreamConsumer[] {
  let pairs = pairsCache.get(design);
  if (!pairs) {
    const graph = indexGraph(design);
    pairs = [];
    for (const stream of nodesOfKind(design, 'nats-stream')) {
      for (const c of graph.outgoing.get(stream.id) ?? []) {
        // A listener on the stream's advisories is a core NATS subscriber, not a JetStream consumer of it.
        const group = c.kind === 'consume' && c.advisory === undefined ? graph.nodeById.get(c.to) : undefined;
        if (group?.kind === 'consumer-group') pairs.push({ stream, group });
      }
    }
    pairsCache.set(design, pairs);
  }
  return pairs;
}

/** Consumer groups that consume at least one stream, each once; rules about the group's settings report per group. */
export function natsConsumerGroups(design: ResolvedDesign): NatsConsumerGroup[] {
  let groups = groupsCache.get(design);
  if (!groups) {
    const byId = new Map<string, NatsConsumerGroup>();
    for (const { stream, group } of jetstreamConsumers(design)) {
      const entry = byId.get(group.id);
      if (entry) entry.streams.push(stream);
      else byId.set(group.id, { group, streams: [stream] });
    }
    groups = [...byId.values()];
    groupsCache.set(design, groups);
  }
  return groups;
}

/** The subjects a consumer receives: its filters, or everything its stream holds. */
export function consumerFilters(group: ResolvedConsumerGroup): string[] {
  return group.nats.filter_subjects.length > 0 ? group.nats.filter_subjects : [ALL_SUBJECTS];
}

/** The consumer's durable name on the server: two group nodes with the same name are one consumer. */
export function durableName(group: ResolvedConsumerGroup): string {
  return natsDurableName(group);
}

/** Whether the server redelivers to this consumer at all (AckNone never does). */
export function redelivers(group: ResolvedConsumerGroup): boolean {
  return group.nats.ack_policy !== 'none';
}

/** `max_deliver` of -1 or 0: the server redelivers without limit (0 is stored as -1). */
export function unboundedDeliveries(group: ResolvedConsumerGroup): boolean {
  return group.nats.max_deliver <= 0;
}
