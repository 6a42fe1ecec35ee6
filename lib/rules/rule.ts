import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import type { SettingSource } from '../brokers/source';
import type { GraphIndex, NodeKind } from '../design';
import type { Fix } from './fix';

export type { Fix, FixInput, FixValues } from './fix';

export const CATEGORIES = ['ordering', 'delivery', 'durability', 'error-handling', 'scalability', 'operability', 'schema'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a finding points at: a node, a connection, or the design as a whole. */
export type Target = { type: 'node'; id: string } | { type: 'connection'; id: string } | { type: 'design' };

/** Whether two findings point at the same node, connection, or the design. */
export function sameTarget(a: Target, b: Target): boolean {
  if (a.type !== b.type) return false;
  return a.type === 'design' || a.id === (b as { id: string }).id;
}

/**
 * What the engine and the studio read of a rule. The rationale, how to fix,
 * sources and examples live in `<rule>.docs.ts` (see `rule-docs.ts`), read by
 * the rule pages and tests through `docs-registry.ts`, so the studio's engine
 * chunk does not carry them.
 */
export interface RuleMeta<Id extends string = string> {
  /** Stable forever, e.g. `kafka/acks-all-for-at-least-once`; the rule's file path under lib/rules. */
  id: Id;
  category: Category;
  severity: Severity;
  /** One sentence: what the rule checks (the studio lists it; the rule page leads with it). */
  summary: string;
  /** Message templates by id; `{name}` placeholders are filled from the report's data. */
  messages: Readonly<Record<string, string>>;
  /**
   * Rules that report the same defect this rule reports, from another angle
   * (a single-node rule beside this chain rule, a generic rule beside this
   * broker-specific one). Where both find it on the same element, the user
   * sees this rule's finding only: one defect, one finding.
   */
  subsumes?: readonly string[];
  /**
   * The node kinds whose nodes the rule reads beyond their id, kind and name
   * (its settings, cluster, requirements, through any helper or query). The
   * engine re-runs the rule after an edit only when a node of these kinds,
   * the connections, the clusters, the requirements or the set of nodes
   * changed, and reuses its last reports otherwise (incremental.ts). Left
   * out: the rule reads every node and always re-runs. RuleTester checks the
   * declaration on every case by running the rule with the other kinds'
   * nodes guarded (reads-guard.ts).
   */
  reads?: readonly NodeKind[];
  /**
   * `'node'`: the rule judges each node on its own. What it reports on a
   * design is what it reports on each node alone (with the clusters and the
   * requirements, without other nodes or connections), each report about that
   * node. After an edit the engine checks again only the nodes the edit
   * replaced (node-scope.ts); RuleTester holds the rule to it on every case.
   */
  scope?: 'node';
}

export interface Report {
  target: Target;
  /** A key of `meta.messages`. */
  messageId: string;
  data?: Record<string, string | number | boolean | undefined>;
  fix?: Fix;
}

export interface RuleContext {
  /** The design as it will run: every setting it leaves unset filled from its client, broker or cloud. */
  design: ResolvedDesign;
  graph: GraphIndex<ResolvedNode>;
  /** Where a node's effective setting comes from; `origin: 'design'` when the user wrote it. */
  source(nodeId: string, path: string): SettingSource | undefined;
  report(report: Report): void;
}

/** A rule: metadata plus a pure check over the design. */
export interface Rule<Id extends string = string> {
  meta: RuleMeta<Id>;
  check(context: RuleContext): void;
}

/** Keeps the rule's id as a literal type, so the registry knows every id and the docs registry must cover each. */
export function defineRule<Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** What the engine produces: a report stamped with the rule's id, severity and category. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  category: Category;
  message: string;
  target: Target;
  fix?: Fix;
  /** Set when the target node accepted this risk; accepted findings deduct nothing. */
  accepted?: { reason: string };
}
