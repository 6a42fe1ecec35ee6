import type { ResolvedNode, ResolvedNodeOfKind } from '../../brokers/resolved-design';
import type { GraphIndex, NodeKind } from '../../design';

/**
 * A question the cross-broker rules ask each kind of a set (every kind that stores messages, or every channel
 * kind: lib/rules/core/_channels.ts), as a table with one answer per kind, typed by that kind's resolved node.
 * A kind added to the set (a new broker's kind with that `channel`) fails to compile until the table answers
 * for it, naming the kind, where a `switch` with a `default` would answer for it silently.
 */
export type AnswerByKind<Kinds extends NodeKind, Args extends unknown[], T> = {
  readonly [K in Kinds]: (node: ResolvedNodeOfKind<K>, ...args: Args) => T;
};

/**
 * A question whose answers may read the node's neighbours through the graph (a Pulsar subscription's topic, an
 * Artemis queue's address): each answer says which other kinds it reads (`[]` for none), so the rules that ask
 * it declare them in `meta.reads` (`neighboursRead`) and re-run when such a node changes (incremental.ts).
 */
export type NeighbourAnswerByKind<Kinds extends NodeKind, Args extends unknown[], T> = {
  readonly [K in Kinds]: {
    neighbours: readonly NodeKind[];
    answer: (node: ResolvedNodeOfKind<K>, graph: GraphIndex<ResolvedNode>, ...args: Args) => T;
  };
};

/** Whether `table` has an answer for `node`'s kind: the node is of one of the kinds it is asked of. */
export function isAskedOf<Kinds extends NodeKind>(table: { readonly [K in Kinds]: unknown }, node: ResolvedNode | undefined): node is ResolvedNodeOfKind<Kinds> {
  return node !== undefined && Object.hasOwn(table, node.kind);
}

/** The answer of `node`'s kind in `table`. */
export function answerOf<Kinds extends NodeKind, Args extends unknown[], T>(table: AnswerByKind<Kinds, Args, T>, node: ResolvedNodeOfKind<Kinds>, ...args: Args): T {
  // The compiler cannot tie `node.kind` to the parameter type of `table[node.kind]` across a union of kinds;
  // the table's mapped type ties each entry to its kind, so the entry for the node's own kind takes it.
  const answer = table[node.kind as Kinds] as (node: ResolvedNodeOfKind<Kinds>, ...args: Args) => T;
  return answer(node, ...args);
}

/** The answer of `node`'s kind in a table whose answers may read its neighbours. */
export function neighbourAnswerOf<Kinds extends NodeKind, Args extends unknown[], T>(
  table: NeighbourAnswerByKind<Kinds, Args, T>,
  node: ResolvedNodeOfKind<Kinds>,
  graph: GraphIndex<ResolvedNode>,
  ...args: Args
): T {
  // As in answerOf: each entry takes the node of its own kind.
  const entry = table[node.kind as Kinds] as { answer: (node: ResolvedNodeOfKind<Kinds>, graph: GraphIndex<ResolvedNode>, ...args: Args) => T };
  return entry.answer(node, graph, ...args);
}

/** Every kind the answers of `table` read besides the node asked about, once each, in table order. */
export function neighboursRead(table: { readonly [kind: string]: { neighbours: readonly NodeKind[] } }): NodeKind[] {
  return [...new Set(Object.values(table).flatMap((e) => e.neighbours))];
}
