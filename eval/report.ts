/**
 * The text `npm run eval` prints: a table per family and overall, then the
 * work list for the rules - every miss and every false positive, grouped by
 * rule, so that whoever fixes a rule sees all its cases at once.
 */
import { FAMILIES } from '../lib/testing/labelled-corpus';
import { findingTarget, type CorpusScore, type Tally } from './score';

const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

function row(label: string, t: Tally): string {
  return `| ${label} | ${t.designs} | ${t.matchedItems}/${t.items} | ${percent(t.recall)} | ${t.matchedFindings}/${t.findings} | ${percent(t.precision)} | ${t.trapsSprung} |`;
}

export function summaryTable(score: CorpusScore): string {
  return [
    '| family | designs | items found | recall | findings expected | precision | traps sprung |',
    '|---|---|---|---|---|---|---|',
    ...FAMILIES.map((family) => row(family, score.families[family])),
    row('**overall**', score.overall),
  ].join('\n');
}

/** `rule` → lines, rules in alphabetical order. */
function grouped(entries: Array<{ rule: string; line: string }>): string[] {
  const byRule = new Map<string, string[]>();
  for (const { rule, line } of entries) byRule.set(rule, [...(byRule.get(rule) ?? []), line]);
  return [...byRule.keys()].sort().flatMap((rule) => [`${rule} (${byRule.get(rule)!.length})`, ...byRule.get(rule)!.map((l) => `  - ${l}`)]);
}

export function workList(score: CorpusScore): string {
  const misses = score.designs.flatMap((d) => d.misses.map((item) => ({ rule: item.rule, line: `${d.entry.name} → ${item.target ?? '(design)'}${item.why ? `: ${item.why}` : ''}` })));
  const sprung = new Set(score.designs.flatMap((d) => d.trapsSprung.map((t) => t.finding)));
  const falsePositives = score.designs.flatMap((d) =>
    d.falsePositives.map((f) => ({
      rule: f.ruleId,
      line: `${d.entry.name} → ${findingTarget(f) ?? '(design)'} [${f.severity}${sprung.has(f) ? ', trap' : ''}]: ${f.message}`,
    })),
  );
  return [
    `Misses (${misses.length}), by rule:`,
    ...(misses.length > 0 ? grouped(misses) : ['  none']),
    '',
    `False positives (${falsePositives.length}; "trap" = a mustNotFire item predicted it), by rule:`,
    ...(falsePositives.length > 0 ? grouped(falsePositives) : ['  none']),
  ].join('\n');
}

export function formatReport(score: CorpusScore): string {
  const unreadable = score.unreadable.map((p) => `unreadable corpus file ${p.file}: ${p.message}`);
  return [...unreadable, summaryTable(score), '', workList(score)].join('\n');
}
