import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS } from './docs-registry';
import { RULES } from './registry';
import { CATEGORIES, SEVERITIES } from './rule';

const here = __dirname;
/** Rule families: the folders here with an index.ts, so a new broker's family is found without an edit here. */
const FAMILIES = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'index.ts')))
  .map((entry) => entry.name);

/** Rule files: every .ts under a family folder that is not an index, a test or a helper module. */
function ruleFiles(): string[] {
  return FAMILIES.flatMap((family) => {
    const dir = join(here, family);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.docs.ts') && f !== 'index.ts' && !f.startsWith('_'))
      .map((f) => `${family}/${f.replace(/\.ts$/, '')}`);
  });
}

/**
 * The rule ids a text names: `family/rule-name` for the families above, not
 * inside a path or an address (`apache/kafka/blob` is not a rule).
 */
function mentionedRuleIds(text: string): string[] {
  const pattern = new RegExp(`(?<![\\w./-])(?:${FAMILIES.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*`, 'g');
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

describe('rule registry parity', () => {
  it('finds the rule families', () => {
    expect(FAMILIES).toEqual(expect.arrayContaining(['kafka', 'connect', 'rabbitmq', 'nats', 'sqs', 'sns', 'eventsourcing', 'core']));
  });

  it("keeps every rule's docs and examples in a .docs.ts beside it, and no other .docs.ts", () => {
    const docsFiles = FAMILIES.flatMap((family) =>
      readdirSync(join(here, family))
        .filter((f) => f.endsWith('.docs.ts'))
        .map((f) => `${family}/${f.replace(/\.docs\.ts$/, '')}`),
    );
    expect(docsFiles.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    expect(Object.keys(RULE_DOCS).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('registers every rule file, under the id that is its path', () => {
    const ids = RULES.map((r) => r.meta.id).sort();
    expect(ids).toEqual(ruleFiles().sort());
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s is tested and documented', (id, rule) => {
    expect(existsSync(join(here, `${id}.test.ts`)), `${id}.test.ts exists`).toBe(true);
    expect(CATEGORIES).toContain(rule.meta.category);
    expect(SEVERITIES).toContain(rule.meta.severity);
    const docs = RULE_DOCS[rule.meta.id];
    expect(rule.meta.summary.length).toBeGreaterThan(10);
    expect(docs.rationale.length).toBeGreaterThan(20);
    expect(docs.howToFix.length).toBeGreaterThan(5);
    expect(docs.sources.length).toBeGreaterThan(0);
    for (const source of docs.sources) expect(source.url).toMatch(/^https:\/\//);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });

  it('finds rule ids in prose, and not in paths or addresses', () => {
    expect(mentionedRuleIds("(A size above the cluster's node count is reported by rabbitmq/qq-vs-cluster.)")).toEqual(['rabbitmq/qq-vs-cluster']);
    expect(mentionedRuleIds('kafka/ordering-chain and sqs/ordering-needs-fifo report it')).toEqual(['kafka/ordering-chain', 'sqs/ordering-needs-fifo']);
    expect(mentionedRuleIds('see https://github.com/apache/kafka/blob/trunk and deps/rabbit/src')).toEqual([]);
  });

  it("documents only rules that exist: every rule id a rule's docs name is registered", () => {
    const ids = new Set<string>(RULES.map((r) => r.meta.id));
    const dangling = RULES.flatMap((rule) =>
      (['summary', 'rationale', 'howToFix'] as const).flatMap((field) =>
        mentionedRuleIds(field === 'summary' ? rule.meta.summary : RULE_DOCS[rule.meta.id][field])
          .filter((id) => !ids.has(id))
          .map((id) => `${rule.meta.id} (${field}) names ${id}`),
      ),
    );
    expect(dangling).toEqual([]);
  });
});
