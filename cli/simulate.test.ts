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
    clusters: [{ id: 'main', name: 'main', broker: 'kafka', nodes: 3 }],
    nodes: [
      { kind: 'producer', id: 'api', publishRate: 50 },
      { kind: 'kafka-topic', id: 'orders', cluster: 'main', partitions: 3, replicationFactor: 3 },
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
writeFileSync(join(dir, 'contract.json'), '{"prices": {"brokerInstanceHour": 0.05}, "assumptions": {"hoursPerMonth": 720}}');
writeFileSync(join(dir, 'typo-prices.json'), '{"prices": {"brokerHour": 0.05, "diskGbMonth": "cheap"}}');
writeFileSync(join(dir, 'list-prices.json'), '[0.05]');
writeFileSync(join(dir, 'extra-prices.json'), '{"prices": {}, "discount": 0.2}');
writeFileSync(join(dir, 'cut-prices.json'), '{"prices": {"brokerInstanceHour": 0.0');

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

  it('prints the monthly cost at the declared rates, each line with its price and source, and what is not priced', async () => {
    const result = await run(['simulate', 'orders.json', '--duration', '1m']);
    expect(result.code).toBe(0);
    // Three brokers, 730 hours at $0.096.
    expect(result.stdout).toMatch(
      /\n {2}Self-hosted \(EC2 \+ EBS\): \$[\d,]+\.\d\d a month\n {6}broker instances: 2,190 instance-hours × 0\.096 = \$210\.24\n {10}brokers × hours per month; price: USD per instance-hour .*, read \d{4}-\d\d-\d\d at https:\/\//,
    );
    expect(result.stdout).toMatch(/\n {2}Amazon MSK \(provisioned, Standard brokers\): \$/);
    expect(result.stdout).toMatch(/Not priced\n(.*\n)* {2}Confluent Cloud: .*\(https:\/\/docs\.confluent\.io\//);
  }, 60_000);

  it('--prices replaces a published price and an assumption', async () => {
    const result = await run(['simulate', 'orders.json', '--duration', '1m', '--prices', 'contract.json', '--format', 'json']);
    expect(result.stderr).toBe('');
    const { cost } = JSON.parse(result.stdout);
    const selfHosted = cost.estimate.offerings.find((o: { offering: string }) => o.offering === 'Self-hosted (EC2 + EBS)');
    expect(selfHosted.lines[0]).toMatchObject({ quantity: 3 * 720, monthlyUsd: 3 * 720 * 0.05 });
    expect(selfHosted.lines[0].price.source).toMatch(/^https:\/\//);
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
    [
      ['simulate', 'orders.json', '--prices', 'typo-prices.json'],
      /--prices typo-prices\.json:\n {2}there is no price "brokerHour" \(the prices: brokerInstanceHour, .*\n {2}the price "diskGbMonth" must be a number ≥ 0, not "cheap"/,
    ],
    [['simulate', 'orders.json', '--prices', 'list-prices.json'], /--prices list-prices\.json must hold an object such as \{"prices"/],
    [['simulate', 'orders.json', '--prices', 'extra-prices.json'], /--prices extra-prices\.json: unknown key "discount"/],
    [['simulate', 'orders.json', '--prices', 'cut-prices.json'], /--prices cut-prices\.json is not JSON: /],
    [['simulate', 'orders.json', '--prices', 'nowhere.json'], /nowhere\.json/],
  ])('exits 2 with a clear message: %j', async (argv, message) => {
    const result = await run(argv as string[]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
