import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedKafkaTopic } from '../../brokers/kafka/resolve';
import { indexGraph } from '../../design';

/** The Kafka topics that deliver to a sink connector (its `topics`), with their effective settings. */
export function topicsReadBy(design: ResolvedDesign, sinkId: string): ResolvedKafkaTopic[] {
  const graph = indexGraph(design);
  return (graph.incoming.get(sinkId) ?? [])
    .filter((c) => c.kind === 'consume')
    .map((c) => graph.nodeById.get(c.from))
    .filter((n): n is ResolvedKafkaTopic => n?.kind === 'kafka-topic');
}

/** The Kafka topics a source connector writes. */
export function topicsWrittenBy(design: ResolvedDesign, sourceId: string): ResolvedKafkaTopic[] {
  const graph = indexGraph(design);
  return (graph.outgoing.get(sourceId) ?? [])
    .filter((c) => c.kind === 'publish')
    .map((c) => graph.nodeById.get(c.to))
    .filter((n): n is ResolvedKafkaTopic => n?.kind === 'kafka-topic');
}
