import { allowedConnectionKinds, brokersOfConnections, designFromData, DESIGN_VERSION, formatDesignErrors, withRecommended, type ConnectionKind, type Design } from './index';

/** A connection in a test design: id and kind may be left out. */
export interface TestConnection {
  from: string;
  to: string;
  kind?: ConnectionKind;
  id?: string;
  [field: string]: unknown;
}

export interface TestDesignInput {
  queuewright?: number;
  name?: string;
  requirements?: Record<string, unknown>;
  review?: Record<string, unknown>;
  clusters?: Array<Record<string, unknown>>;
  nodes?: Array<{ kind: string; id: string; [field: string]: unknown }>;
  connections?: TestConnection[];
  [field: string]: unknown;
}

/**
 * Builds a design from a compact description (rule tests, and the rule pages'
 * examples) with little to write: nodes start from their kind's recommended
 * settings, as the studio draws them (`recommended: false` leaves unset what
 * the input does not set, as in a hand-written file), `name` defaults to the id,
 * a connection's kind is the one the pair allows (dead-letter when the target's
 * role says so), ids are `from--to`. Graph problems are kept so that rules
 * about them can be tested. Throws when the input is not a valid design.
 */
export function makeDesign(input: TestDesignInput, options: { recommended?: boolean } = {}): Design {
  const brokers = brokersOfConnections(input.nodes ?? [], input.connections ?? []);
  const nodes: Array<{ kind: string; id: string; [field: string]: unknown }> = (input.nodes ?? []).map((n) => ({
    name: n.id,
    ...(options.recommended === false ? n : withRecommended(n.kind, n, brokers.get(n.id))),
    kind: n.kind,
    id: n.id,
  }));
  const kindOf = new Map(nodes.map((n) => [n.id, n]));
  const connections = (input.connections ?? []).map((c, i) => {
    const from = kindOf.get(c.from);
    const to = kindOf.get(c.to);
    let kind = c.kind;
    if (!kind && from && to) {
      const allowed = allowedConnectionKinds(from.kind, to.kind);
      kind = allowed.includes('dead-letter') && to.role === 'dead-letter' ? 'dead-letter' : allowed[0];
    }
    return { ...c, id: c.id ?? `${c.from}--${c.to}${i > 0 && input.connections!.slice(0, i).some((p) => p.from === c.from && p.to === c.to) ? `-${i}` : ''}`, kind: kind ?? 'publish' };
  });
  const result = designFromData({ queuewright: DESIGN_VERSION, ...input, nodes, connections }, { allowGraphProblems: true });
  if (!result.ok) throw new Error(`Invalid test design:\n${formatDesignErrors(result.errors)}`);
  // A misspelt key would be dropped and the test would judge a design nobody meant.
  if (result.notices.length > 0) throw new Error(`Test design has keys the design does not know:\n${formatDesignErrors(result.notices)}`);
  return result.design;
}

/**
 * `input` with a producer (`writer`) publishing to each of `channels`: a
 * channel no flow reaches has unknown needs, which rules about guarantees do
 * not judge, so a test about a flow draws its producer.
 */
export function withWriter(input: TestDesignInput, ...channels: string[]): TestDesignInput {
  return {
    ...input,
    nodes: [{ kind: 'producer', id: 'writer' }, ...(input.nodes ?? [])],
    connections: [...channels.map((to) => ({ from: 'writer', to })), ...(input.connections ?? [])],
  };
}
