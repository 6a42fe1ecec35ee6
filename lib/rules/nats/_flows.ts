import { indexGraph, subjectsOf, type Requirements } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedNatsStream } from '../../brokers/nats/resolve';
import type { ResolvedConsumerGroup } from '../../brokers/services/resolve';
import { readerRequirements } from '../needs';
import { consumerFilters } from './_consumers';
import { anySubjectOverlap } from './_helpers';

/**
 * Which flows reach a JetStream consumer. A stream may carry several flows
 * (one per publishing service, each on its own subjects); a consumer filtered
 * to some subjects only receives the flows whose publish subjects its filters
 * match. A publish connection without a subject may carry anything, so it
 * reaches every consumer of the stream.
 */

/** The publishers (producers or stream processors) whose messages this consumer receives. */
export function publishersReaching(design: ResolvedDesign, stream: ResolvedNatsStream, group: ResolvedConsumerGroup): string[] {
  const graph = indexGraph(design);
  const filters = consumerFilters(group);
  return (graph.incoming.get(stream.id) ?? [])
    .filter((c) => c.kind === 'publish' && graph.nodeById.has(c.from))
    .filter((c) => {
      const subjects = subjectsOf(c);
      return subjects.length === 0 || anySubjectOverlap(subjects, filters);
    })
    .map((c) => c.from);
}

/** What a consumer of the stream must guarantee: its own declaration over the flows its filters let through; `undefined` when unknown. */
export function consumerRequirements(design: ResolvedDesign, stream: ResolvedNatsStream, group: ResolvedConsumerGroup): Requirements | undefined {
  return readerRequirements(design, group, publishersReaching(design, stream, group));
}
