import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { formatDesignErrors, type Design } from '../../design';
import { readDesign } from '../../design/read-design';
import type { ExportResult } from '../../exporters/exporter';

/** Test helpers shared by exporter tests: the shared fixture designs and golden files. */

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES_DIR = path.resolve(HERE, '../../exporters/__fixtures__');
export const GOLDEN_DIR = path.resolve(HERE, '../../exporters/__golden__');

/** The fixture names (file names without `.yaml`). */
export const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/** The four fixtures every exporter keeps goldens for (others may be added by other formats). */
export const GOLDEN_FIXTURES = ['kafka-order-pipeline', 'nats-work-queue', 'rabbitmq-work-queue', 'sns-sqs-fanout'] as const;

export function loadFixture(name: string): Design {
  const result = readDesign(readFileSync(path.join(FIXTURES_DIR, `${name}.yaml`), 'utf8'));
  if (!result.ok) throw new Error(`Fixture ${name} is not a valid design:\n${formatDesignErrors(result.errors)}`);
  return result.design;
}

/** Whether goldens are being rewritten (`UPDATE_GOLDEN=1 npx vitest run lib/exporters`). */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares an export result with `__golden__/<exporterId>/<fixture>/`: one
 * golden file per exported file, or `_errors.txt` when the export is refused.
 * With UPDATE_GOLDEN=1 the folder is rewritten instead.
 */
export function expectGolden(exporterId: string, fixture: string, result: ExportResult): void {
  const dir = path.join(GOLDEN_DIR, exporterId, fixture);
  const actual = new Map<string, string>();
  if (result.ok) for (const file of result.files) actual.set(file.path, file.content);
  else actual.set('_errors.txt', `${result.errors.map((e) => `${e.nodeId ?? '-'}: ${e.message}`).join('\n')}\n`);
  if (UPDATE_GOLDEN) {
    rmSync(dir, { recursive: true, force: true });
    for (const [file, content] of actual) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return;
  }
  if (!existsSync(dir)) throw new Error(`No golden files in ${path.relative(process.cwd(), dir)}: run with UPDATE_GOLDEN=1 and commit them.`);
  const expected = listFiles(dir);
  expect([...actual.keys()].sort(), `files of ${exporterId} on ${fixture}`).toEqual(expected);
  for (const file of expected) {
    expect(actual.get(file), `${exporterId}/${fixture}/${file} (UPDATE_GOLDEN=1 rewrites goldens)`).toBe(readFileSync(path.join(dir, file), 'utf8'));
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}
