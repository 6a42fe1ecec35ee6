import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeDesignJson } from '../lib/design';
import { readDesign } from '../lib/design/read-design';
import { makeDesign } from '../lib/design/build-design';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'queuewright-cli-'));

function file(name: string, content: string | Uint8Array): string {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), content);
  return name;
}

async function run(argv: string[], stdin?: string | Uint8Array) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: dir,
    env: {},
    ...(stdin !== undefined ? { stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]) } : {}),
  });
  return { code, stdout, stderr };
}

const clean = makeDesign({
  requirements: { delivery: 'at-most-once', ordering: 'none', criticality: 'low' },
  clusters: [{ id: 'dev', name: 'dev', broker: 'kafka', nodes: 3, environment: 'development' }],
  nodes: [
    { kind: 'producer', id: 'api', kafka: { acks: '1', 'enable.idempotence': false } },
    { kind: 'kafka-topic', id: 'clicks', cluster: 'dev', messageSchema: { format: 'json-schema', version: '1' } },
    { kind: 'consumer-group', id: 'stats', lagAlert: true, idempotent: true },
  ],
  connections: [
    { from: 'api', to: 'clicks' },
    { from: 'clicks', to: 'stats' },
  ],
});
const flawed = makeDesign({
  nodes: [
    { kind: 'producer', id: 'api', kafka: { acks: '1' } },
    { kind: 'kafka-topic', id: 'orders', replicationFactor: 1, config: { 'min.insync.replicas': 1 } },
  ],
  connections: [{ from: 'api', to: 'orders' }],
});
const cleanText = writeDesignJson(clean);
const flawedText = writeDesignJson(flawed);

describe('queuewright lint', () => {
  it('exits 1 on errors and names them, with the score', async () => {
    const result = await run(['lint', file('flawed.json', flawedText)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('kafka/acks-all-for-at-least-once');
    expect(result.stdout).toMatch(/Score \d+\/100/);
  });

  it('exits 0 below the threshold and 1 at it', async () => {
    const name = file('clean.yaml', cleanText);
    const lenient = await run(['lint', name]);
    expect(lenient.code, lenient.stdout).toBe(0);
    const strict = await run(['lint', name, '--fail-on', 'info']);
    const findings = JSON.parse((await run(['lint', name, '--format', 'json'])).stdout).files[0].findings;
    expect(strict.code).toBe(findings.length > 0 ? 1 : 0);
  });

  it('lints every file it is given, with one summary and the worst exit code', async () => {
    const result = await run(['lint', file('many/a-clean.json', cleanText), file('many/b-flawed.json', flawedText)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('many/a-clean.json\n');
    expect(result.stdout).toContain('many/b-flawed.json\n');
    expect(result.stdout).toMatch(/\n2 files · lowest score \d+\/100 \(many\/b-flawed\.json\) · [1-9]\d* errors?/);
    // The order of the files does not hide the failing one.
    expect((await run(['lint', 'many/b-flawed.json', 'many/a-clean.json'])).code).toBe(1);
  });

  it('expands globs itself (a quoted pattern, or a shell that does not)', async () => {
    file('globbed/one.yaml', cleanText);
    file('globbed/two.yaml', flawedText);
    file('globbed/deeper/three.yaml', cleanText);
    file('globbed/notes.txt', 'not a design');
    const flat = await run(['lint', 'globbed/*.yaml', '--format', 'json']);
    expect(JSON.parse(flat.stdout).files.map((f: { file: string }) => f.file)).toEqual(['globbed/one.yaml', 'globbed/two.yaml']);
    expect(flat.code).toBe(1);
    const deep = await run(['lint', 'globbed/**/*.yaml', '--format', 'json']);
    expect(JSON.parse(deep.stdout).files.map((f: { file: string }) => f.file)).toEqual(['globbed/deeper/three.yaml', 'globbed/one.yaml', 'globbed/two.yaml']);
  });

  it('a pattern that matches nothing, or a file that cannot be read, fails the run (exit 2) after linting the rest', async () => {
    const result = await run(['lint', 'nothing/*.yaml', file('rest.json', cleanText), 'missing.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('queuewright: nothing/*.yaml matches no file.');
    expect(result.stderr).toContain('queuewright: cannot read missing.json: no such file or directory (ENOENT)');
    expect(result.stdout).toContain('rest.json\n');
    expect(result.stdout).toContain('3 files · 2 unreadable');
  });

  it('writes JSON with the score and every finding of every file', async () => {
    const result = await run(['lint', file('flawed2.json', flawedText), '--format', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.summary).toMatchObject({ files: 1, unreadable: 0, lowestScore: expect.any(Number) });
    const [only] = report.files;
    expect(only.file).toBe('flawed2.json');
    expect(only.score.overall).toBeLessThan(100);
    expect(only.findings.find((f: { ruleId: string }) => f.ruleId === 'kafka/acks-all-for-at-least-once').fixable).toBe(true);
  });

  it('says which keys it ignored, where, and what they likely meant, on standard error in every format', async () => {
    const typo = file('typo.yaml', 'queuewright: 2\nnodes:\n  - {kind: kafka-topic, id: t, name: t, partitons: 6}\n');
    const text = await run(['lint', typo]);
    expect(text.stderr).toContain('typo.yaml: keys the design does not know were ignored:\nQW009 line 3');
    expect(text.stderr).toContain('nodes[0].partitons: unknown key, ignored (did you mean "partitions"?).');
    const json = await run(['lint', typo, '--format', 'json']);
    expect(json.stderr).toContain('nodes[0].partitons');
    expect(JSON.parse(json.stdout).files[0].notices).toEqual([expect.objectContaining({ code: 'QW009', path: 'nodes[0].partitons', line: 3 })]);
  });

  it('writes SARIF 2.1.0 pointing at the lines of the nodes, in every file', async () => {
    const yaml =
      'queuewright: 1\nnodes:\n  - kind: producer\n    id: api\n    name: api\n    kafka:\n      acks: "1"\n  - kind: kafka-topic\n    id: orders\n    name: orders\nconnections:\n  - { id: p, kind: publish, from: api, to: orders }\n';
    const result = await run(['lint', file('flawed.yaml', yaml), file('flawed-too.json', flawedText), 'gone.yaml', '--format', 'sarif']);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const acks = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'kafka/acks-all-for-at-least-once');
    expect(acks.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'flawed.yaml',
      'flawed-too.json',
    ]);
    expect(acks[0].level).toBe('error');
    expect(acks[0].locations[0].physicalLocation.region.startLine).toBe(3);
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('kafka/acks-all-for-at-least-once');
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: expect.stringContaining('gone.yaml') } }] });
    expect(result.code).toBe(2);
  });

  it('reports connections to missing nodes as findings instead of refusing the file', async () => {
    const text = JSON.stringify({ queuewright: 1, nodes: [{ kind: 'producer', id: 'p', name: 'p' }], connections: [{ id: 'c', kind: 'publish', from: 'p', to: 'gone' }] });
    const result = await run(['lint', file('dangling.json', text)]);
    expect(result.stdout).toContain('core/dangling-connection');
  });

  it('reads standard input for -', async () => {
    const result = await run(['lint', '-', '--format', 'json'], flawedText);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).files[0]).toMatchObject({ file: '<stdin>', findings: expect.arrayContaining([expect.objectContaining({ ruleId: 'kafka/acks-all-for-at-least-once' })]) });
  });

  it('reads the hand-written fixture, UTF-16 files and CRLF files, and refuses UTF-32 with the reason', async () => {
    const handWritten = readFileSync(join(__dirname, '..', 'lib', 'design', '__fixtures__', 'v1-hand-written.yaml'), 'utf8');
    expect((await run(['lint', file('hand.yaml', handWritten)])).stdout).toMatch(/Score \d+\/100/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(handWritten.replace(/\n/g, '\r\n'), 'utf16le')]);
    expect((await run(['lint', file('hand-utf16.yaml', utf16)])).stdout).toMatch(/Score \d+\/100/);
    const utf32 = await run(['lint', file('hand-utf32.yaml', Buffer.from([0xff, 0xfe, 0, 0, 0x71, 0, 0, 0]))]);
    expect(utf32).toMatchObject({ code: 2, stderr: expect.stringContaining('hand-utf32.yaml: The file is UTF-32 text, which is not supported. Save it as UTF-8') });
  });

  it.each([
    [['lint', 'missing.json'], 'queuewright: cannot read missing.json: no such file or directory (ENOENT)\n'],
    [['lint'], 'queuewright: lint needs at least one design file'],
    [['lint', 'x.json', '--format', 'xml'], '--format must be one of text, json, sarif, not "xml".'],
    [['lint', 'x.json', '--format', 'sarf'], 'Did you mean sarif?'],
    [['lint', 'x.json', '--failon', 'warning'], 'queuewright: lint: unknown option --failon. Did you mean --fail-on?'],
    [['lint', 'x.json', '-f', 'sarif'], 'queuewright: lint: unknown option -f. Did you mean --format?'],
    [['lint', 'x.json', '--format'], 'lint: --format needs a value'],
    [['export', 'x.json', '--to', 'asyncapi', '--force=yes'], 'export: --force is a switch and takes no value.'],
    [['lnt', 'x.json'], 'unknown command "lnt". Did you mean lint?'],
    [['import', 'x.json', '--bootstrap', 'b:9092'], '--bootstrap is for importing a live cluster'],
    [['import', 'x.json', '--from', 'asyncapy'], 'did you mean asyncapi?'],
    [['export', 'x.json', '--to', 'asyncap'], 'did you mean asyncapi?'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('exits 2 with one clear line for %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['broken.json', '{"queuewright": 1, "nodes": [', 'QW002'],
    ['proto.json', '{"queuewright": 1, "__proto__": {"x": 1}}', 'QW004'],
    ['deep.json', '['.repeat(50_000), 'QW003'],
    ['huge.json', 'x'.repeat(6 * 1024 * 1024), 'limit is 5 MB'],
    ['binary.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'not text'],
  ])('exits 2 on unreadable input (%s)', async (name, content, message) => {
    const result = await run(['lint', file(name, content)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('I/O failures are one line on stderr and exit 2', () => {
  it.each([
    ['an input that fails to read (EIO)', ['lint', '/proc/self/mem'], /^queuewright: cannot read \/proc\/self\/mem: input\/output error \(EIO\)\n$/],
    ['a directory as input', ['lint', '.'], /^queuewright: cannot read \.: it is a directory \(EISDIR\)\n$/],
    ['a directory as --out', ['import', 'in.json', '--out', 'a-dir', '--force'], /^queuewright: cannot write a-dir: it is a directory \(EISDIR\)\n$/],
    [
      'an --out the system refuses to write',
      ['import', 'in.json', '--out', '/proc/version', '--force'],
      /^queuewright: cannot write \/proc\/version: (input\/output error \(EIO\)|permission denied \(EACCES\))\n$/,
    ],
    [
      'an --out under a file',
      ['export', 'in.json', '--to', 'design-json', '--out', 'in.json/sub'],
      /^queuewright: cannot write in\.json\/sub\/.+: a part of the path is not a directory \(ENOTDIR\)\n$/,
    ],
  ])('%s', async (_, argv, stderr) => {
    file('in.json', cleanText);
    mkdirSync(join(dir, 'a-dir'), { recursive: true });
    const result = await run(argv);
    expect(result.stderr).toMatch(stderr);
    expect(result.code).toBe(2);
  });
});

describe('queuewright rules', () => {
  it('lists the catalog as JSON', async () => {
    const result = await run(['rules', '--format', 'json']);
    const rules = JSON.parse(result.stdout);
    expect(rules.length).toBeGreaterThan(100);
    expect(rules[0]).toEqual({ id: expect.any(String), category: expect.any(String), severity: expect.any(String), summary: expect.any(String) });
  });

  it('answers --version and --help', async () => {
    const version = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await run(['lint', '--help'])).stdout).toContain('queuewright lint <design|glob|->…');
  });
});

describe('queuewright export and import', () => {
  it('exports the design file and imports it back', async () => {
    const name = file('export-me.json', flawedText);
    const exported = await run(['export', name, '--to', 'design-yaml', '--out', 'out']);
    expect(exported.code).toBe(0);
    const yamlPath = exported.stderr.match(/wrote (\S+)/)![1];
    const imported = await run(['import', yamlPath, '--out', 'back.json']);
    expect(imported.code, imported.stderr).toBe(0);
    const back = readDesign(readFileSync(join(dir, 'back.json'), 'utf8'));
    expect(back.ok && back.design).toEqual(flawed);
  });

  it('imports the hand-written fixture and standard input', async () => {
    const handWritten = readFileSync(join(__dirname, '..', 'lib', 'design', '__fixtures__', 'v1-hand-written.yaml'), 'utf8');
    const result = await run(['import', file('hand-import.yaml', handWritten)]);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('orders-api') });
    expect(await run(['import', '-'], handWritten)).toMatchObject({ code: 0, stdout: expect.stringContaining('orders-api') });
  });

  it('never overwrites a file without --force, the input file included', async () => {
    const input = file('keep-me.json', flawedText);
    const refused = await run(['import', input, '--out', input]);
    expect(refused).toMatchObject({ code: 2, stderr: 'queuewright: keep-me.json exists (it is the input file); add --force to overwrite it.\n' });
    expect(readFileSync(join(dir, input), 'utf8')).toBe(flawedText);

    file('taken.yaml', 'mine');
    expect(await run(['import', input, '--out', 'taken.yaml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('taken.yaml exists; add --force') });
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toBe('mine');
    expect((await run(['import', input, '--out', 'taken.yaml', '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'taken.yaml'), 'utf8')).toContain('queuewright: 2');

    file('exported/x/definitions.json', 'mine');
    const exported = await run(['export', file('rabbit.json', writeDesignJson(makeDesign({ nodes: [{ kind: 'rabbitmq-queue', id: 'q' }] }))), '--to', 'rabbitmq-definitions', '--out', 'exported/x']);
    expect(exported).toMatchObject({ code: 2, stderr: expect.stringContaining('definitions.json exists; add --force') });
    expect(readFileSync(join(dir, 'exported/x/definitions.json'), 'utf8')).toBe('mine');
  });

  it('refuses unknown formats with the list of known ones', async () => {
    const result = await run(['export', file('e.json', flawedText), '--to', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('design-json');
    expect(existsSync(join(dir, 'pdf'))).toBe(false);
  });
});
