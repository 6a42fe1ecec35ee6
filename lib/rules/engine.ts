import { resolveDesign, settingSources } from '../brokers/resolve';
import type { ResolvedNode } from '../brokers/resolved-design';
import { indexGraph, type Design, type GraphIndex } from '../design';
import { reportsOf } from './incremental';
import { effectiveSeverity } from './presets';
import { subsumers, targetNodes, touches } from './subsumption';
import type { Finding, Report, Rule, Severity } from './rule';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The id of the finding the engine reports when a rule itself fails. */
export const INTERNAL_ERROR_RULE = 'internal-error';

/** Fills `{name}` placeholders; unknown placeholders stay visible rather than vanishing. */
export function formatMessage(template: string, data: Report['data'] = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(data, key) && data[key] !== undefined ? String(data[key]) : whole));
}

/**
 * Runs `rules` over `design`. The engine, not the rules, stamps id, severity
 * and category, applies the design's review settings and accepted risks, and
 * sorts findings so the same design always gives the same list. A rule that
 * throws becomes an `internal-error` finding; the others still report. After
 * an edit, a rule whose inputs the edit left alone is not run again: its last
 * reports are reused (incremental.ts).
 */
export function runRules(design: Design, rules: readonly Rule[]): Finding[] {
  const resolved = resolveDesign(design);
  const graph = indexGraph(resolved);
  const source = (nodeId: string, path: string) => settingSources(design, nodeId).get(path);
  const findings: Finding[] = [];
  // Most designs accept no risk; then no finding needs the lookup.
  const anyAccepted = design.nodes.some((n) => n.acceptedRisks.length > 0);
  for (const rule of rules) {
    const severity = effectiveSeverity(rule.meta, design.review);
    if (severity === 'off') continue;
    let reports: readonly Report[];
    try {
      reports = reportsOf(rule, resolved, graph, (design) => {
        const found: Report[] = [];
        rule.check({ design, graph: design === resolved ? graph : indexGraph(design), source, report: (r) => found.push(r) });
        return found;
      });
    } catch (error) {
      findings.push({
        ruleId: INTERNAL_ERROR_RULE,
        severity: 'warning',
        category: 'operability',
        target: { type: 'design' },
        message: `Rule ${rule.meta.id} could not run: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    for (const finding of findingsOf(rule, reports, severity, anyAccepted ? graph : undefined)) findings.push(finding);
  }
  return withoutSubsumed(findings, rules, graph).sort(compareFindings);
}

/**
 * The findings of a rule's reports, stamped. Where no node accepts a risk,
 * reports reused from the last review (incremental.ts) give the findings they
 * gave then: an edit costs the findings of the rules it re-ran, not all of them.
 * Nothing changes a finding once made.
 */
function findingsOf(rule: Rule, reports: readonly Report[], severity: Severity, acceptedIn: GraphIndex<ResolvedNode> | undefined): readonly Finding[] {
  const known = acceptedIn ? undefined : stamped.get(reports);
  if (known?.severity === severity) return known.findings;
  const findings = reports.map((report) => {
    const finding: Finding = { ruleId: rule.meta.id, severity, category: rule.meta.category, message: messageOf(rule, report), target: report.target };
    if (report.fix) finding.fix = report.fix;
    const accepted = acceptedIn ? acceptedRisk(acceptedIn, report, rule.meta.id) : undefined;
    if (accepted) finding.accepted = { reason: accepted };
    return finding;
  });
  if (!acceptedIn) stamped.set(reports, { severity, findings });
  return findings;
}
const stamped = new WeakMap<readonly Report[], { severity: Severity; findings: readonly Finding[] }>();

/** A report's message, once per report: a rule's reports are reused while its inputs are unchanged. */
function messageOf(rule: Rule, report: Report): string {
  let message = messages.get(report);
  if (message === undefined) messages.set(report, (message = formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data)));
  return message;
}
const messages = new WeakMap<Report, string>();

/** Drops a finding when a rule that subsumes its rule reports on the same site (subsumption.ts). */
function withoutSubsumed(findings: Finding[], rules: readonly Rule[], graph: GraphIndex<ResolvedNode>): Finding[] {
  const over = subsumers(rules);
  if (over.size === 0) return findings;
  // The nodes each rule's findings are about: "does a subsuming rule report on this site?" is then a lookup.
  const nodesByRule = new Map<string, Set<string>>();
  for (const f of findings) {
    let nodes = nodesByRule.get(f.ruleId);
    if (!nodes) nodesByRule.set(f.ruleId, (nodes = new Set()));
    for (const n of targetNodes(graph, f.target)) nodes.add(n);
  }
  return findings.filter((f) => {
    const by = over.get(f.ruleId);
    return (
      !by ||
      !by.some((ruleId) => {
        const nodes = nodesByRule.get(ruleId);
        return nodes !== undefined && touches(graph, f.target, nodes);
      })
    );
  });
}
function acceptedRisk(graph: ReturnType<typeof indexGraph>, report: Report, ruleId: string): string | undefined {
  let nodeId: string | undefined;
  if (report.target.type === 'node') nodeId = report.target.id;
  else if (report.target.type === 'connection') nodeId = graph.connectionById.get(report.target.id)?.from;
  const node = nodeId === undefined ? undefined : graph.nodeById.get(nodeId);
  return node?.acceptedRisks.find((risk) => risk.rule === ruleId)?.reason;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compare(a.ruleId, b.ruleId) ||
    compare(a.target.type, b.target.type) ||
    compare('id' in a.target ? a.target.id : '', 'id' in b.target ? b.target.id : '') ||
    compare(a.message, b.message)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
