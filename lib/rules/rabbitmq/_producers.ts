import { indexGraph, nodesOfKind } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedProducer } from '../../brokers/services/resolve';

/** Producers that publish to RabbitMQ: to an exchange, or to a queue through the default exchange. */
export function rabbitProducers(design: ResolvedDesign): ResolvedProducer[] {
  const graph = indexGraph(design);
  return nodesOfKind(design, 'producer').filter((producer) =>
    (graph.outgoing.get(producer.id) ?? []).some((c) => {
      if (c.kind !== 'publish') return false;
      const kind = graph.nodeById.get(c.to)?.kind;
      return kind === 'rabbitmq-exchange' || kind === 'rabbitmq-queue';
    }),
  );
}
