/**
 * Scoring the review against the labelled corpus (the rules are in
 * eval/README.md). Only error and warning findings count: info is advice.
 * A finding matches a label when the rule id and the target are equal, or
 * when its rule subsumes the labelled rule (one defect, one finding: the
 * engine shows the subsuming rule's finding) and the two targets share a node.
 *
 * - recall = labelled items some finding matches / all labelled items
 *   (a `missing/` item names a rule that does not exist yet: always a miss)
 * - precision = findings that match a label / all error and warning findings
 *
 * Labels are the truth: a finding no label expects is a false positive, and
 * one a `mustNotFire` item names is also reported as a sprung trap.
 */
import { indexGraph, type Design } from '../lib/design';
import { RULES, runRules, type Finding, type Rule } from '../lib/rules';
import type { Target } from '../lib/rules/rule';
import { sameSite, subsumers } from '../lib/rules/subsumption';
import { FAMILIES, loadCorpus, MISSING_PREFIX, type CorpusEntry, type Expectation, type Family } from '../lib/testing/labelled-corpus';

/** What a finding is about, as labels write it: a node or connection id, or nothing for the design. */
export function findingTarget(finding: Finding): string | undefined {
  return finding.target.type === 'design' ? undefined : finding.target.id;
}

const SUBSUMERS = subsumers(RULES);

/** The label's target as a finding would name it: a connection, a node, or the design. */
function labelTarget(design: Design, id: string | undefined): Target {
  if (id === undefined) return { type: 'design' };
  return indexGraph(design).connectionById.has(id) ? { type: 'connection', id } : { type: 'node', id };
}

export function matches(item: Expectation, finding: Finding, design?: Design): boolean {
  if (item.rule === finding.ruleId) return item.target === findingTarget(finding);
  if (!design || !SUBSUMERS.get(item.rule)?.includes(finding.ruleId)) return false;
  return sameSite(indexGraph(design), labelTarget(design, item.target), finding.target);
}

/** Error and warning findings the team has not accepted as a risk: what the benchmark scores. */
export function scoredFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !f.accepted);
}

export interface DesignScore {
  entry: CorpusEntry;
  findings: Finding[];
  /** Labelled items no finding matches (every `missing/` item among them). */
  misses: Expectation[];
  /** Scored findings no `mustFire` item expects. */
  falsePositives: Finding[];
  /** False positives a `mustNotFire` item predicted, with that item. */
  trapsSprung: Array<{ trap: Expectation; finding: Finding }>;
}

export function scoreDesign(entry: CorpusEntry, rules: readonly Rule[] = RULES): DesignScore {
  const findings = scoredFindings(runRules(entry.design, rules));
  const misses = entry.mustFire.filter((item) => item.rule.startsWith(MISSING_PREFIX) || !findings.some((f) => matches(item, f, entry.design)));
  const falsePositives = findings.filter((f) => !entry.mustFire.some((item) => matches(item, f, entry.design)));
  const trapsSprung = falsePositives.flatMap((finding) => entry.mustNotFire.filter((trap) => matches(trap, finding)).map((trap) => ({ trap, finding })));
  return { entry, findings, misses, falsePositives, trapsSprung };
}

export interface Tally {
  designs: number;
  items: number;
  matchedItems: number;
  findings: number;
  matchedFindings: number;
  trapsSprung: number;
  /** 1 when there is nothing to find (no labelled items). */
  recall: number;
  /** 1 when the review raised nothing. */
  precision: number;
}

/** Micro-averaged: counts are summed over the designs before dividing. */
export function tally(designs: readonly DesignScore[]): Tally {
  const items = sum(designs, (d) => d.entry.mustFire.length);
  const matchedItems = items - sum(designs, (d) => d.misses.length);
  const findings = sum(designs, (d) => d.findings.length);
  const matchedFindings = findings - sum(designs, (d) => d.falsePositives.length);
  return {
    designs: designs.length,
    items,
    matchedItems,
    findings,
    matchedFindings,
    trapsSprung: sum(designs, (d) => d.trapsSprung.length),
    recall: items === 0 ? 1 : matchedItems / items,
    precision: findings === 0 ? 1 : matchedFindings / findings,
  };
}

function sum<T>(list: readonly T[], count: (item: T) => number): number {
  return list.reduce((total, item) => total + count(item), 0);
}

export interface CorpusScore {
  designs: DesignScore[];
  families: Record<Family, Tally>;
  overall: Tally;
  /** Corpus files that could not be read (format problems, not review results). */
  unreadable: Array<{ file: string; message: string }>;
}

/** Runs the review over every corpus design and scores it per family and overall. */
export function scoreCorpus(corpus = loadCorpus(), rules: readonly Rule[] = RULES): CorpusScore {
  const designs = corpus.entries.map((entry) => scoreDesign(entry, rules));
  const families = Object.fromEntries(FAMILIES.map((family) => [family, tally(designs.filter((d) => d.entry.family === family))])) as Record<Family, Tally>;
  return { designs, families, overall: tally(designs), unreadable: corpus.problems };
}
