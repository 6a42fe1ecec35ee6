import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDesignJson } from '../lib/design';
import { makeDesign } from '../lib/design/build-design';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'queuewright-simulate-'));
const design = makeDesign(
  {
    nodes: [
      { kind: 'producer', id: 'api', publishRate: 50 },
      { kind: 'kafka-topic', id: 'orders', partitions: 3, replicationFactor: 3 },
      { kind: 'consumer-group', id: 'billing', instances: 2, processingMsP50: 5, processingMsP99: 50 },
    ],
    connections: [
      { from: 'api', to: 'orders', kind: 'publish' },
      { from: 'orders', to: 'billing', kind: 'consume' },
    ],
  },
  { recommended: false },
);
writeFileSync(join(dir, 'orders.json'), writeDesignJson(design));
writeFileSync(join(dir, 'broken.json'), '{"queuewright": 2, "nodes": [{"kind": "kafka-topic"}]}');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir, env: {} });
  return { code, stdout, stderr };
}

describe('queuewright simulate', () => {
  it('prints a text report with the paths, the stations and what is not modelled', async () => {
    const result = await run(['simulate', 'orders.json', '--duration', '2m', '--scenario', 'crash@billing,spike:2', '--seed', '3']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/orders\.json: simulated 120 s, seed 3, scenarios: crash 30000–60000 ms @billing; spike 30000–60000 ms ×2/);
    expect(result.stdout).toMatch(/api → orders ⇒ orders → billing\n {6}\d+(\.\d+)?\/s · p50 [\d.]+ · p99 [\d.]+ · max [\d.]+/);
    expect(result.stdout).toMatch(/orders → billing \[kafka, 2 threads\]/);
    expect(result.stdout).toMatch(/billing: consumer threads for orders = \d+ \(declared 2\)\n {6}ceil\(λ × E\[S\] \/ ρ\); λ \(msg\/s\) = 50,/);
    expect(result.stdout).toMatch(/orders: partitions = \d+ \(declared 3\)/);
    expect(result.stdout).toMatch(/orders: disk = [\d.]+ GB\n/);
    expect(result.stdout).toContain('Not modelled');
  }, 60_000);

  it('prints JSON with the report and the series, the same bytes for the same seed', async () => {
    const a = await run(['simulate', 'orders.json', '--duration', '1m', '--format', 'json', '--seed', '11']);
    const b = await run(['simulate', 'orders.json', '--duration', '1m', '--format', 'json', '--seed', '11']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const parsed = JSON.parse(a.stdout);
    expect(parsed.report.seed).toBe(11);
    expect(parsed.report.paths[0].delivered).toBeGreaterThan(2500);
    expect(parsed.series.timesMs.length).toBe(60);
  }, 60_000);

  it.each([
    [['simulate'], /simulate takes one design file/],
    [['simulate', 'orders.json', '--seed', 'abc'], /--seed must be a whole number from 0 to 4294967295, not "abc"/],
    [['simulate', 'orders.json', '--duration', '5 minutes'], /--duration must be a duration .* not "5 minutes"/],
    [['simulate', 'orders.json', '--duration', '30d'], /--duration must be a duration from 1ms to 7d/],
    [['simulate', 'orders.json', '--scenario', 'meteor'], /--scenario: unknown scenario "meteor"; scenarios: steady, crash, spike/],
    [['simulate', 'orders.json', '--format', 'xml'], /--format must be one of text, json, not "xml"/],
    [['simulate', 'orders.json', '--sead', '1'], /unknown option --sead\. Did you mean --seed\?/],
    [['simulate', 'missing.json'], /missing\.json/],
    [['simulate', 'orders.json', '--scenario', 'crash@shipping'], /--scenario: scenario crash@shipping: no consumer group "shipping" reads a channel in this design \(groups: billing\)/],
    [['simulate', 'broken.json'], /broken\.json is not a readable design/],
  ])('exits 2 with a clear message: %j', async (argv, message) => {
    const result = await run(argv as string[]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
