import { Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { RULE_BY_ID, reviewDesign, type Finding } from '../rules';
import { docsOf } from '../rules/docs-registry';
import { SCORE_CATEGORIES } from '../rules/score';
import { designSvg } from './diagram-svg';
import type { Exporter } from './exporter';
import { fileBaseName } from './file-name';

/**
 * The design-review report in Markdown: score by category, findings with
 * their rationale, accepted risks with their reasons, the review checklist,
 * and the diagram (an SVG file beside the report). User text is escaped so
 * a name can never become a link, an HTML tag or a table column.
 */

/** Text safe inside Markdown prose and table cells: one line, Markdown and HTML specials escaped. */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~<>]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/&(?![lg]t;)/g, '&amp;');
}

const CATEGORY_LABEL: Record<string, string> = {
  ordering: 'Ordering',
  delivery: 'Delivery',
  durability: 'Durability',
  'error-handling': 'Error handling',
  scalability: 'Scalability',
  operability: 'Operability',
};

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** The review checklist (PRODUCT.md §4), each item with the rules that check it. */
export const CHECKLIST: ReadonlyArray<{ item: string; rules: readonly string[] }> = [
  { item: 'Producer acks configured for the declared delivery', rules: ['kafka/acks-all-for-at-least-once', 'rabbitmq/publisher-confirms-for-at-least-once', 'nats/jetstream-publish-ack'] },
  {
    item: 'Consumer offsets committed (messages acknowledged) after processing',
    rules: ['kafka/commit-after-processing', 'rabbitmq/manual-ack-for-at-least-once', 'nats/ack-explicit-for-at-least-once'],
  },
  { item: 'Replication factor ≥ 3 in production', rules: ['kafka/replication-factor-ge-3', 'rabbitmq/replicated-queue-for-ha', 'nats/stream-replicas-ha'] },
  { item: 'Consumer lag monitored', rules: ['core/consumer-lag-monitored'] },
  { item: 'Dead-letter queues alerted on', rules: ['core/dlq-monitored'] },
  { item: 'Idempotent consumers on at-least-once flows', rules: ['core/idempotent-consumer-for-at-least-once', 'eventsourcing/idempotent-projection'] },
  { item: 'Message schemas versioned', rules: ['core/message-schema-versioned'] },
];

function targetName(design: ResolvedDesign, finding: Finding, names: Map<string, string>): string {
  if (finding.target.type === 'node') return names.get(finding.target.id) ?? finding.target.id;
  if (finding.target.type === 'connection') {
    const id = finding.target.id;
    const c = design.connections.find((x) => x.id === id);
    return c ? `${names.get(c.from) ?? c.from} → ${names.get(c.to) ?? c.to}` : id;
  }
  return 'the design';
}

/** The report for `design`, with `diagramPath` as the image it shows. */
export function markdownReport(document: Design, diagramPath: string): string {
  const design = resolveDesign(document);
  const review = reviewDesign(design);
  const names = new Map(design.nodes.map((n: ResolvedNode) => [n.id, n.name]));
  const open = review.findings.filter((f) => !f.accepted);
  const accepted = review.findings.filter((f) => f.accepted);
  const lines: string[] = [];
  lines.push(`# Design review: ${markdownText(design.name)}`, '');
  lines.push(
    `**Score: ${review.score.overall} / 100** — ${open.filter((f) => f.severity === 'error').length} errors, ${open.filter((f) => f.severity === 'warning').length} warnings, ${open.filter((f) => f.severity === 'info').length} info; ${accepted.length} accepted risks.`,
    '',
    review.score.explanation,
    '',
  );
  if (design.notes) lines.push(`> ${markdownText(design.notes)}`, '');

  lines.push('## Score by category', '', '| Category | Score |', '|---|---:|');
  for (const category of SCORE_CATEGORIES) lines.push(`| ${CATEGORY_LABEL[category]} | ${review.score.categories[category]} |`);
  lines.push('');

  lines.push('## Requirements', '');
  const r = design.requirements;
  lines.push(
    `Throughput ${r.throughput.toLocaleString('en')} msg/s${r.peakThroughput !== undefined ? ` (peak ${r.peakThroughput.toLocaleString('en')})` : ''}, messages of ${r.messageSizeBytes.toLocaleString('en')} bytes, ${r.ordering} ordering, ${r.delivery} delivery${r.retentionHours !== undefined ? `, ${r.retentionHours} h retention` : ''}${r.latencyMs !== undefined ? `, latency target ${r.latencyMs} ms` : ''}, ${r.criticality} criticality.`,
    '',
  );

  lines.push('## Diagram', '', `![Diagram of ${markdownText(design.name)}](${encodeURI(diagramPath)})`, '');

  lines.push('## Findings', '');
  if (open.length === 0) lines.push('No findings: the design passes every rule.', '');
  for (const finding of open) {
    const docs = docsOf(finding.ruleId);
    lines.push(`### ${SEVERITY_LABEL[finding.severity]}: ${markdownText(finding.message)}`, '');
    lines.push(`- Rule: \`${finding.ruleId}\` (${finding.category}) on ${markdownText(targetName(design, finding, names))}`);
    if (docs) {
      lines.push(`- Why it matters: ${markdownText(docs.rationale)}`);
      lines.push(`- How to fix: ${markdownText(docs.howToFix)}`);
      if (docs.sources.length > 0) lines.push(`- Sources: ${docs.sources.map((s) => `[${markdownText(s.label)}](${s.url})`).join('; ')}`);
    }
    lines.push('');
  }

  lines.push('## Accepted risks', '');
  if (accepted.length === 0) lines.push('None.', '');
  else {
    lines.push('| Rule | On | Finding | Reason |', '|---|---|---|---|');
    for (const f of accepted) lines.push(`| \`${f.ruleId}\` | ${markdownText(targetName(design, f, names))} | ${markdownText(f.message)} | ${markdownText(f.accepted!.reason)} |`);
    lines.push('');
  }

  lines.push('## Checklist', '');
  for (const { item, rules } of CHECKLIST) {
    const known = rules.filter((id) => RULE_BY_ID.has(id));
    const hits = review.findings.filter((f) => known.includes(f.ruleId));
    const state = hits.some((f) => !f.accepted) ? '[ ]' : '[x]';
    const note = hits.some((f) => !f.accepted) ? ` — ${hits.filter((f) => !f.accepted).length} finding(s)` : hits.length > 0 ? ' — accepted risk' : '';
    lines.push(`- ${state} ${item}${note}`);
  }
  lines.push('', `_Generated by Queuewright from ${design.nodes.length} nodes and ${design.connections.length} connections._`, '');
  return lines.join('\n');
}

export const markdownReportExporter: Exporter = {
  id: 'markdown-report',
  label: 'Design review report (Markdown)',
  description: 'Score by category, findings with rationale, accepted risks, the checklist and the diagram.',
  language: 'markdown',
  export: (design) => {
    const base = fileBaseName(design);
    const diagram = `${base}.diagram.svg`;
    return {
      ok: true,
      files: [
        { path: `${base}.review.md`, content: markdownReport(design, diagram) },
        { path: diagram, content: designSvg(design) },
      ],
    };
  },
};
