import type { DesignInput } from '../../design';

/**
 * Builds the documented examples of a rule with little to write: node and
 * cluster names default to ids, connection ids to `from--to`. The result is a
 * complete design file, as the rule's documentation page shows it.
 */
export interface ExampleInput {
  requirements?: Record<string, unknown>;
  clusters?: Array<Record<string, unknown> & { id: string; broker: string }>;
  nodes: Array<Record<string, unknown> & { kind: string; id: string }>;
  connections?: Array<Record<string, unknown> & { from: string; to: string; kind: 'publish' | 'consume' | 'bind' | 'alternate' | 'dead-letter' }>;
}

export function exampleDesign(input: ExampleInput): DesignInput {
  const seen = new Map<string, number>();
  return {
    queuewright: 2,
    ...(input.requirements ? { requirements: input.requirements } : {}),
    ...(input.clusters ? { clusters: input.clusters.map((c) => ({ name: c.id, ...c })) } : {}),
    nodes: input.nodes.map((n) => ({ name: n.id, ...n })),
    connections: (input.connections ?? []).map((c) => {
      const base = `${c.from}--${c.to}`;
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      return { id: count === 1 ? base : `${base}-${count}`, ...c };
    }),
  } as DesignInput;
}
