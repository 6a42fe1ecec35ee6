import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from './main';

/**
 * The command line on hostile arguments and files: it never throws, always
 * exits 0, 1 or 2, and never pollutes Object.prototype. `npm run fuzz` runs
 * 10,000 cases per property.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'queuewright-cli-fuzz-'));
const sink = { write: () => true };

async function run(argv: string[]) {
  const code = await main(argv, { stdout: sink, stderr: sink, cwd: dir });
  expect([0, 1, 2]).toContain(code);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const word = fc.oneof(
  fc.constantFrom(
    'lint',
    'rules',
    'export',
    'import',
    '--format',
    'sarif',
    'json',
    'text',
    '--fail-on',
    'warning',
    '--to',
    'asyncapi',
    '--from',
    'design',
    '--out',
    '--help',
    '-h',
    '--',
    '',
    '../..',
    '__proto__',
    '--__proto__=1',
    '--bootstrap',
  ),
  fc.string({ maxLength: 12 }),
);

describe('CLI fuzzing', () => {
  it('survives arbitrary arguments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), (argv) => run(argv.filter((a) => a !== '--out' && a !== '--bootstrap'))),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it('survives arbitrary file contents for lint, export and import', async () => {
    const content = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{"queuewright": 1, "__proto__": {"polluted": 1}}', 'a: &a [*a]', '['.repeat(10_000), 'queuewright: 1\nnodes: [{kind: producer, id: "<script>", name: x}]'),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom(['lint'], ['lint', '--format', 'sarif'], ['export', '--to', 'asyncapi'], ['import']), async (text, [command, ...rest]) => {
        writeFileSync(join(dir, 'input.txt'), text);
        await run([command, 'input.txt', ...rest]);
      }),
      { numRuns: RUNS, seed: 5 },
    );
  });
});
