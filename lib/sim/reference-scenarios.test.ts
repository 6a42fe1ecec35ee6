import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDesignErrors, type Design } from '../design';
import { readDesign } from '../design/read-design';
import { UPDATE_GOLDEN } from '../testing/exports/fixtures';
import { REFERENCE_SCENARIOS } from './reference-scenarios';
import { simulate } from './simulate';

/**
 * Each reference run must give exactly its frozen result (report and
 * series). A change to the engine that moves any number fails here; when the
 * change is meant, rewrite the goldens with
 * `UPDATE_GOLDEN=1 npx vitest run lib/sim/reference-scenarios.test.ts` and
 * review their diff.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const GOLDEN_DIR = path.join(HERE, '__golden__');

function loadReference(name: string): Design {
  const result = readDesign(readFileSync(path.join(HERE, '__reference__', `${name}.yaml`), 'utf8'));
  if (!result.ok) throw new Error(`${name}.yaml is not a valid design:\n${formatDesignErrors(result.errors)}`);
  return result.design;
}

describe('reference scenarios', () => {
  it('has four per broker family, with distinct ids', () => {
    const perFamily = new Map<string, number>();
    for (const r of REFERENCE_SCENARIOS) perFamily.set(r.family, (perFamily.get(r.family) ?? 0) + 1);
    expect(Object.fromEntries(perFamily)).toEqual({ kafka: 4, rabbitmq: 4, nats: 4, 'sqs-sns': 4 });
    expect(new Set(REFERENCE_SCENARIOS.map((r) => r.id)).size).toBe(REFERENCE_SCENARIOS.length);
  });

  for (const reference of REFERENCE_SCENARIOS) {
    it(`${reference.id}: ${reference.about}`, () => {
      const result = simulate(loadReference(reference.design), reference.scenario, reference.seed, { durationMs: reference.durationMs });
      expect(result.report.published).toBeGreaterThan(0);
      const text = `${JSON.stringify({ reference, ...result }, null, 1)}\n`;
      const file = path.join(GOLDEN_DIR, `${reference.id}.json`);
      if (UPDATE_GOLDEN) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, text);
        return;
      }
      if (!existsSync(file)) throw new Error(`No golden file ${path.relative(process.cwd(), file)}: run with UPDATE_GOLDEN=1 and commit it.`);
      expect(text, `${reference.id} (UPDATE_GOLDEN=1 rewrites the goldens)`).toBe(readFileSync(file, 'utf8'));
    }, 120_000);
  }
});
