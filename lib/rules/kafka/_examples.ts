import type { DesignInput } from '../../design';

/**
 * Builds the documented examples of a rule with little to write: node names
 * default to ids and connections are `[from, to, kind]`. The result is a
 * complete design file, as the rule's documentation page shows it.
 */
export interface ExampleInput {
  requirements?: Record<string, unknown>;
  clusters?: Array<Record<string, unknown> & { id: string; broker: string }>;
  nodes: Array<Record<string, unknown> & { kind: string; id: string }>;
  connections?: Array<[from: string, to: string, kind: 'publish' | 'consume' | 'dead-letter']>;
}

export function exampleDesign(input: ExampleInput): DesignInput {
  return {
    queuewright: 2,
    ...(input.requirements ? { requirements: input.requirements } : {}),
    ...(input.clusters ? { clusters: input.clusters.map((c) => ({ name: c.id, ...c })) } : {}),
    nodes: input.nodes.map((n) => ({ name: n.id, ...n })),
    connections: (input.connections ?? []).map(([from, to, kind]) => ({ id: `${from}--${to}`, kind, from, to })),
  } as DesignInput;
}
