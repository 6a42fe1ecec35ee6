import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDesignJson } from '../lib/design';
import { makeDesign } from '../lib/rules/test-design';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'queuewright-cli-'));

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir });
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
  connections: [{ from: 'api', to: 'clicks' }, { from: 'clicks', to: 'stats' }],
});
const flawed = makeDesign({
  nodes: [
    { kind: 'producer', id: 'api', kafka: { acks: '1' } },
    { kind: 'kafka-topic', id: 'orders', replicationFactor: 1, config: { 'min.insync.replicas': 1 } },
  ],
  connections: [{ from: 'api', to: 'orders' }],
});

describe('queuewright lint', () => {
  it('exits 1 on errors and names them, with the score', async () => {
    const result = await run('lint', file('flawed.json', writeDesignJson(flawed)));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('kafka/acks-all-for-at-least-once');
    expect(result.stdout).toMatch(/Score \d+\/100/);
  });

  it('exits 0 below the threshold and 1 at it', async () => {
    const name = file('clean.yaml', writeDesignJson(clean));
    const lenient = await run('lint', name);
    expect(lenient.code, lenient.stdout).toBe(0);
    const strict = await run('lint', name, '--fail-on', 'info');
    expect(strict.code).toBe(JSON.parse((await run('lint', name, '--format', 'json')).stdout).findings.length > 0 ? 1 : 0);
  });

  it('writes JSON with the score and every finding', async () => {
    const result = await run('lint', file('flawed2.json', writeDesignJson(flawed)), '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(report.score.overall).toBeLessThan(100);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('kafka/acks-all-for-at-least-once');
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'kafka/acks-all-for-at-least-once').fixable).toBe(true);
  });

  it('writes SARIF 2.1.0 pointing at the lines of the nodes', async () => {
    const yaml = 'queuewright: 1\nnodes:\n  - kind: producer\n    id: api\n    name: api\n    kafka:\n      acks: "1"\n  - kind: kafka-topic\n    id: orders\n    name: orders\nconnections:\n  - { id: p, kind: publish, from: api, to: orders }\n';
    const result = await run('lint', file('flawed.yaml', yaml), '--format', 'sarif');
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const acks = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'kafka/acks-all-for-at-least-once');
    expect(acks.level).toBe('error');
    expect(acks.locations[0].physicalLocation.region.startLine).toBe(3);
    expect(acks.locations[0].physicalLocation.artifactLocation.uri).toBe('flawed.yaml');
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('kafka/acks-all-for-at-least-once');
  });

  it('reports connections to missing nodes as findings instead of refusing the file', async () => {
    const text = JSON.stringify({ queuewright: 1, nodes: [{ kind: 'producer', id: 'p', name: 'p' }], connections: [{ id: 'c', kind: 'publish', from: 'p', to: 'gone' }] });
    const result = await run('lint', file('dangling.json', text));
    expect(result.stdout).toContain('core/dangling-connection');
  });

  it.each([
    [['lint', 'missing.json'], 'no such file'],
    [['lint'], 'No input file'],
    [['lint', 'x.json', '--format', 'xml'], '--format must be one of'],
    [['frobnicate'], 'Unknown command'],
  ])('exits 2 with a clear message for %j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it.each([
    ['broken.json', '{"queuewright": 1, "nodes": [', 'QW002'],
    ['proto.json', '{"queuewright": 1, "__proto__": {"x": 1}}', 'QW004'],
    ['deep.json', '['.repeat(50_000), 'QW003'],
    ['huge.json', 'x'.repeat(6 * 1024 * 1024), 'limit is 5 MB'],
  ])('exits 2 on unreadable input (%s)', async (name, content, message) => {
    const result = await run('lint', file(name, content));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('queuewright rules', () => {
  it('lists the catalog as JSON', async () => {
    const result = await run('rules', '--format', 'json');
    const rules = JSON.parse(result.stdout);
    expect(rules.length).toBeGreaterThan(100);
    expect(rules[0]).toEqual({ id: expect.any(String), category: expect.any(String), severity: expect.any(String), summary: expect.any(String) });
  });
});

describe('queuewright export and import', () => {
  it('exports the design file and imports it back', async () => {
    const name = file('export-me.json', writeDesignJson(flawed));
    const exported = await run('export', name, '--to', 'design-yaml', '--out', 'out');
    expect(exported.code).toBe(0);
    const yamlPath = exported.stderr.match(/wrote (\S+)/)![1];
    const imported = await run('import', yamlPath, '--out', 'back.json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'))).toEqual(JSON.parse(writeDesignJson(flawed)));
  });

  it('refuses unknown formats with the list of known ones', async () => {
    const result = await run('export', file('e.json', writeDesignJson(flawed)), '--to', 'pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('design-json');
  });
});

describe('the installed command', () => {
  it('runs through npx from the project, with the documented exit codes', () => {
    const name = file('bin-flawed.json', writeDesignJson(flawed));
    const result = spawnSync('npx', ['--no-install', 'queuewright', 'lint', join(dir, name)], { cwd: join(__dirname, '..'), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('kafka/acks-all-for-at-least-once');
  }, 30_000);
});
