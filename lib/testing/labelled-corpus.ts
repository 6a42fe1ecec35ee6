/**
 * The labelled corpus of `npm run eval`, which the benchmarks also build their
 * realistic designs from: one YAML file per design under eval/corpus/<family>/,
 * holding its sources, what an expert says about it, the design itself and
 * the findings an expert expects (the format is in eval/README.md). This
 * module reads and checks the files; it never runs the review, so a format
 * problem is never mistaken for a review result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { designFromData, formatDesignErrors, type Design } from '../design';
import { BROKER_FAMILIES } from '../families/broker-families';

/** The corpus folders, in the report's order: one per broker family (named by its broker), and event sourcing. */
export const FAMILIES: readonly Family[] = [...BROKER_FAMILIES.map((family) => family.broker), 'event-sourcing'];
export type Family = (typeof BROKER_FAMILIES)[number]['broker'] | 'event-sourcing';

export const CORPUS_DIR = join(__dirname, '../../eval/corpus');

/** Label prefix for a defect no rule covers yet: always a miss, and the name of the rule to write. */
export const MISSING_PREFIX = 'missing/';

/** Node counts a corpus design must have: clean designs are realistic systems, flawed ones stay focused. */
export const NODE_COUNTS = { clean: { min: 15, max: 30 }, flawed: { min: 7, max: 25 } } as const;

const expectationSchema = z
  .object({
    rule: z.string().min(1),
    // Omitted: the finding is about the design as a whole (a cluster setting, for example).
    target: z.string().min(1).optional(),
    why: z.string().min(1).optional(),
  })
  .strict();

const corpusFileSchema = z
  .object({
    source: z.array(z.object({ label: z.string().min(1), url: z.string().min(1) }).strict()).min(1),
    about: z.string().min(1),
    design: z.unknown(),
    expect: z
      .object({
        mustFire: z.array(expectationSchema),
        mustNotFire: z.array(expectationSchema.extend({ why: z.string().min(1) })).default([]),
      })
      .strict(),
  })
  .strict();

export type Expectation = z.infer<typeof expectationSchema>;

export interface CorpusEntry {
  /** `kafka/order-pipeline`: the family folder and the file name without `.yaml`. */
  name: string;
  family: Family;
  file: string;
  about: string;
  sources: Array<{ label: string; url: string }>;
  design: Design;
  /** Every error or warning finding an expert signs for this design; empty for a clean design. */
  mustFire: Expectation[];
  /** False alarms a naive linter raises here, each with the reason it is wrong. */
  mustNotFire: Expectation[];
}

export interface CorpusProblem {
  file: string;
  message: string;
}

export interface Corpus {
  entries: CorpusEntry[];
  /** Files that could not be read as corpus entries; they are left out of the score. */
  problems: CorpusProblem[];
}

/** Reads every `<family>/*.yaml` under `dir`. */
export function loadCorpus(dir = CORPUS_DIR): Corpus {
  const entries: CorpusEntry[] = [];
  const problems: CorpusProblem[] = [];
  for (const family of FAMILIES) {
    const folder = join(dir, family);
    let files: string[];
    try {
      files = readdirSync(folder)
        .filter((f) => f.endsWith('.yaml'))
        .sort();
    } catch {
      continue;
    }
    for (const fileName of files) {
      const file = join(folder, fileName);
      const result = readEntry(file, family, `${family}/${fileName.slice(0, -'.yaml'.length)}`);
      if ('message' in result) problems.push(result);
      else entries.push(result);
    }
  }
  return { entries, problems };
}

function readEntry(file: string, family: Family, name: string): CorpusEntry | CorpusProblem {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { file, message: `not YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = corpusFileSchema.safeParse(data);
  if (!parsed.success) return { file, message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  // The same restore step as every other input: a corpus design is a design file like any other.
  const design = designFromData(parsed.data.design);
  if (!design.ok) return { file, message: `design: ${formatDesignErrors(design.errors)}` };
  const { source, about, expect } = parsed.data;
  return { name, family, file, about, sources: source, design: design.design, mustFire: expect.mustFire, mustNotFire: expect.mustNotFire };
}

/** A design is clean when an expert expects no error or warning on it. */
export function isClean(entry: CorpusEntry): boolean {
  return entry.mustFire.length === 0;
}

/**
 * What is wrong with an entry's labels: unknown rule ids, targets that are
 * not in the design (or ambiguous between a node and a connection), a
 * `missing/` label without its reason, a pair expected both to fire and not
 * to fire, a node count outside the corpus bounds.
 */
export function labelProblems(entry: CorpusEntry, ruleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const nodes = new Set(entry.design.nodes.map((n) => n.id));
  const connections = new Set(entry.design.connections.map((c) => c.id));
  const check = (list: string, item: Expectation) => {
    const missing = item.rule.startsWith(MISSING_PREFIX);
    if (!missing && !ruleIds.has(item.rule)) problems.push(`${list}: unknown rule "${item.rule}"`);
    if (missing && list === 'mustNotFire') problems.push(`mustNotFire: "${item.rule}" names no rule, so it can never fire`);
    if (missing && !item.why) problems.push(`${list}: "${item.rule}" needs a why`);
    if (item.target === undefined) return;
    const inNodes = nodes.has(item.target);
    const inConnections = connections.has(item.target);
    if (!inNodes && !inConnections) problems.push(`${list}: target "${item.target}" of ${item.rule} is neither a node nor a connection of the design`);
    if (inNodes && inConnections) problems.push(`${list}: target "${item.target}" is both a node and a connection id`);
  };
  entry.mustFire.forEach((item) => check('mustFire', item));
  entry.mustNotFire.forEach((item) => check('mustNotFire', item));
  const key = (item: Expectation) => `${item.rule} ${item.target ?? ''}`;
  const fire = new Set(entry.mustFire.map(key));
  for (const item of entry.mustNotFire) if (fire.has(key(item))) problems.push(`${item.rule} on "${item.target ?? 'design'}" is in both mustFire and mustNotFire`);
  const bounds = NODE_COUNTS[isClean(entry) ? 'clean' : 'flawed'];
  const count = entry.design.nodes.length;
  if (count < bounds.min || count > bounds.max) problems.push(`${count} nodes: a ${isClean(entry) ? 'clean' : 'flawed'} design has ${bounds.min}–${bounds.max}`);
  return problems;
}
