import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { arbName } from '../testing/arbitrary-design';
import { rabbitmqadminExporter, shellComment, shellQuote } from './rabbitmqadmin';
import { expectGolden, loadFixture } from '../testing/exports/fixtures';

/**
 * The rabbitmqadmin script: golden files, and its quoting checked by bash
 * itself. (Running the script against a real broker is in
 * rabbitmq-broker.test.ts.)
 */

const FIXTURES = ['rabbitmq-work-queue', 'rabbitmq-topic-routing'];

/** What bash prints running `script`, split on NUL (each `printf '%s\0'` word is one entry). */
function bashPrinted(script: string): string[] {
  const out = execFileSync('bash', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C.UTF-8' } as unknown as NodeJS.ProcessEnv });
  return out.split('\0').slice(0, -1);
}

describe('rabbitmqadmin exporter', () => {
  it.each(FIXTURES)('golden: %s', (fixture) => {
    expectGolden('rabbitmqadmin', fixture, rabbitmqadminExporter.export(loadFixture(fixture)));
  });

  it('quotes every value so bash passes it through unchanged (fast-check samples, one bash for all)', () => {
    const text = fc.oneof(arbName, fc.string({ unit: 'binary' }), fc.constantFrom("'", "''", "'\\''", '"$(id)"', '`id`', '!x', '\n', '*', '~', '-x', '--vhost=/'));
    const lists = fc.array(
      text.filter((t) => !t.includes('\u0000') && !/[\uD800-\uDFFF]/u.test(t)),
      { minLength: 1, maxLength: 80 },
    );
    // One bash process for every sample: a process per sample took over 30 s on a loaded machine.
    // Every word the script prints starts with `name=`, so END cannot be one of them.
    const seed = Math.floor(Math.random() * 2 ** 31);
    const samples = fc.sample(lists, { numRuns: 40, seed });
    const script = samples.map((texts) => `printf '%s\\0' ${texts.map((t) => `name=${shellQuote(t)}`).join(' ')} END`).join('\n');
    const printed = bashPrinted(script);
    const groups: string[][] = [[]];
    for (const word of printed) {
      if (word === 'END') groups.push([]);
      else groups[groups.length - 1].push(word);
    }
    expect(groups.slice(0, -1), `fast-check seed ${seed}`).toEqual(samples.map((texts) => texts.map((t) => `name=${t}`)));
  });

  it.each(FIXTURES)("%s: bash hands rabbitmqadmin exactly the design's names and JSON arguments", (fixture) => {
    const design = loadFixture(fixture);
    const result = rabbitmqadminExporter.export(design);
    if (!result.ok) throw new Error('refused');
    const script = result.files[0].content;
    execFileSync('bash', ['-n', '-c', script]);
    // With `admin` replaced by printf, bash prints the words rabbitmqadmin would get, one command per line.
    const printing = script.replace('admin=("${RABBITMQADMIN:-rabbitmqadmin}" "$@")', "admin=(printf '%s\\0')");
    const words = execFileSync('bash', ['-c', printing], { encoding: 'utf8' }).split('\0');
    for (const node of design.nodes) {
      if (node.kind !== 'rabbitmq-queue' && node.kind !== 'rabbitmq-exchange') continue;
      expect(words).toContain(`name=${node.name}`);
      expect(words).toContain(`--vhost=${node.vhost}`);
    }
    const args = words.filter((w) => w.startsWith('arguments=')).map((w) => JSON.parse(w.slice('arguments='.length)));
    expect(args.length).toBeGreaterThan(3);
  });

  it('keeps comments on one line', () => {
    expect(shellComment('a\nb\rc\u2028d')).toBe('a b c d');
    const result = rabbitmqadminExporter.export({ ...loadFixture('rabbitmq-work-queue'), name: 'evil\nrm -rf /' });
    expect(result.ok && result.files[0].content).toContain('# RabbitMQ topology of the design "evil rm -rf /"');
  });

  it('refuses a NUL character, which no command line can carry', () => {
    const result = rabbitmqadminExporter.export(makeDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'a\u0000b' }] }));
    expect(result).toEqual({ ok: false, errors: [{ nodeId: 'q', message: expect.stringContaining('NUL') }] });
  });
});
