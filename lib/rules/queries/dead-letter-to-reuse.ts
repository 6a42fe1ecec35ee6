import { indexGraph, type GraphDesign, type NodeKind } from '../../design';

type NodeOf<D extends GraphDesign> = D['nodes'][number];
type OfKind<D extends GraphDesign, K extends NodeKind> = Extract<NodeOf<D>, { kind: K }>;

export interface DeadLetterQuery<D extends GraphDesign, K extends NodeKind> {
  /** The kind of dead-letter channel wanted: the one the broker can dead-letter to. */
  kind: K;
  /** A node of the pipeline that needs a dead-letter target: the consumer or queue whose failures go there. */
  near: string;
  /** Only a target on this cluster is reused (undefined: a target on no cluster). */
  cluster: string | undefined;
  /** A broker's further condition (an SQS DLQ must be of its sources' type). */
  fits?(node: OfKind<D, K>): boolean;
}

/** Every node connected to `start` by any connection, in either direction: the pipeline it belongs to. */
export function pipelineOf(design: GraphDesign, start: string): Set<string> {
  const graph = indexGraph(design);
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const next = [...(graph.outgoing.get(id) ?? []).map((c) => c.to), ...(graph.incoming.get(id) ?? []).map((c) => c.from)];
    for (const other of next) {
      if (seen.has(other)) continue;
      seen.add(other);
      queue.push(other);
    }
  }
  return seen;
}

/**
 * The dead-letter channel a fix should send failures to instead of adding
 * one: the pipeline keeps one dead-letter target per cluster by default (the
 * convention of the reference designs, and the one an operator watches),
 * unless the user draws one per consumer. It is a channel of `kind` on the
 * same cluster, in the same pipeline as `near`, declared a dead letter or
 * already receiving dead letters (directly, or bound to a dead-letter exchange); the one receiving the most wins, then the
 * first by id, so the answer never depends on node order.
 */
export function deadLetterToReuse<D extends GraphDesign, K extends NodeKind>(design: D, query: DeadLetterQuery<D, K>): OfKind<D, K> | undefined {
  const graph = indexGraph(design);
  const pipeline = pipelineOf(design, query.near);
  const deadLetters = (id: string) => (graph.incoming.get(id) ?? []).filter((c) => c.kind === 'dead-letter').length;
  // A queue bound to a dead-letter exchange receives dead letters whatever its declared role.
  const boundToDeadLetterExchange = (id: string) => (graph.incoming.get(id) ?? []).some((c) => c.kind === 'bind' && deadLetters(c.from) > 0);
  const candidates = [...pipeline]
    .map((id) => graph.nodeById.get(id))
    .filter((n): n is OfKind<D, K> => n?.kind === query.kind)
    .filter((n) => ('cluster' in n ? n.cluster : undefined) === query.cluster)
    // A retry stage receives failures too, but sends them back to work: never a place to park them.
    .filter((n) => !('role' in n && n.role === 'retry'))
    .filter((n) => ('role' in n && n.role === 'dead-letter') || deadLetters(n.id) > 0 || boundToDeadLetterExchange(n.id))
    .filter((n) => query.fits?.(n) ?? true);
  candidates.sort((a, b) => deadLetters(b.id) - deadLetters(a.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return candidates[0];
}
