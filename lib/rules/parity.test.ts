import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry';
import { CATEGORIES, SEVERITIES } from './rule';

const FAMILIES = ['kafka', 'rabbitmq', 'nats', 'sqs', 'sns', 'eventsourcing', 'core'];
const here = __dirname;

/** Rule files: every .ts under a family folder that is not an index, a test or a helper module. */
function ruleFiles(): string[] {
  return FAMILIES.flatMap((family) => {
    const dir = join(here, family);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && !f.startsWith('_'))
      .map((f) => `${family}/${f.replace(/\.ts$/, '')}`);
  });
}

describe('rule registry parity', () => {
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
    const { docs } = rule.meta;
    expect(docs.summary.length).toBeGreaterThan(10);
    expect(docs.rationale.length).toBeGreaterThan(20);
    expect(docs.howToFix.length).toBeGreaterThan(5);
    expect(docs.sources.length).toBeGreaterThan(0);
    for (const source of docs.sources) expect(source.url).toMatch(/^https:\/\//);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });
});
