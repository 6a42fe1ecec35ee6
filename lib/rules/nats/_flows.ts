import { indexGraph,  type Requirements } from '../../design';
import type { ResolvedConsumerGroup, ResolvedDesign, ResolvedNatsStream } from '../../brokers/resolved-design';
import { requirementsAt } from '../flow';
import { consumerFilters } from './_consumers';
import { anySubjectOverlap } from './_helpers';

/**
 * Which flows reach a JetStream consumer. A stream may carry several flows
 * (one per publishing service, each on its own subject); a consumer filtered
 * to some subjects only receives the flows whose publish subject its filters
 * match. A publish connection without a subject may carry anything, so it
 * reaches every consumer of the stream.
 */

const DELIVERY = ['at-most-once', 'at-least-once', 'exactly-once'] as const;
const ORDERING = ['none', 'per-key', 'strict'] as const;
const CRITICALITY = ['low', 'normal', 'critical'] as const;

function stronger<T extends string>(order: readonly T[], a: T, b: T): T {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** The publishers (producers or stream processors) whose messages this consumer receives. */
export function publishersReaching(design: ResolvedDesign, stream: ResolvedNatsStream, group: ResolvedConsumerGroup): string[] {
  const graph = indexGraph(design);
  const filters = consumerFilters(group);
  return (graph.incoming.get(stream.id) ?? [])
    .filter((c) => c.kind === 'publish' && graph.nodeById.has(c.from))
    .filter((c) => c.subject === undefined || anySubjectOverlap([c.subject], filters))
    .map((c) => c.from);
}

/**
 * The strictest delivery, ordering and criticality of the flows a consumer
 * receives; the design's requirements when no known publisher reaches it.
 */
export function consumerRequirements(design: ResolvedDesign, stream: ResolvedNatsStream, group: ResolvedConsumerGroup): Requirements {
  const publishers = publishersReaching(design, stream, group);
  if (publishers.length === 0) return design.requirements;
  return publishers
    .map((id) => requirementsAt(design, id))
    .reduce((a, b) => ({
      ...a,
      delivery: stronger(DELIVERY, a.delivery, b.delivery),
      ordering: stronger(ORDERING, a.ordering, b.ordering),
      criticality: stronger(CRITICALITY, a.criticality, b.criticality),
    }));
}
