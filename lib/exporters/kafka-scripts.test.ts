import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { kafkaScriptsExporter } from './kafka-scripts';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';

const work = mkdtempSync(path.join(tmpdir(), 'qw-kafka-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a generated script with stub kafka-topics.sh / kafka-configs.sh that record their argv. */
function runWithStubs(script: string, env: Record<string, string> = {}): string[][] {
  const dir = mkdtempSync(path.join(work, 'run-'));
  const log = path.join(dir, 'calls.log');
  for (const tool of ['kafka-topics.sh', 'kafka-configs.sh']) {
    const stub = path.join(dir, tool);
    writeFileSync(stub, `#!/usr/bin/env bash\n{ printf '%s\\0' ${tool} "$@"; printf '\\n'; } >> ${JSON.stringify(log)}\n`);
    chmodSync(stub, 0o755);
  }
  const file = path.join(dir, 'script.sh');
  writeFileSync(file, script);
  execFileSync('bash', [file], {
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, BOOTSTRAP_SERVER: '', COMMAND_CONFIG: '', KAFKA_TOPICS: 'kafka-topics.sh', KAFKA_CONFIGS: 'kafka-configs.sh', ...env },
    stdio: 'pipe',
  });
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\0').slice(0, -1));
}

function scriptOf(design: Parameters<typeof kafkaScriptsExporter.export>[0]): string {
  const result = kafkaScriptsExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files).toHaveLength(1);
  return result.files[0].content;
}

describe('kafka-scripts exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('kafka-scripts', fixture, kafkaScriptsExporter.export(loadFixture(fixture)));
  });

  it('writes a script bash accepts, which calls the tools with exactly the design values', () => {
    const design = loadFixture('kafka-order-pipeline');
    const script = scriptOf(design);
    execFileSync('bash', ['-n'], { input: script });
    const calls = runWithStubs(script);
    const creates = calls.filter((c) => c[0] === 'kafka-topics.sh');
    const alters = calls.filter((c) => c[0] === 'kafka-configs.sh');
    const topics = design.nodes.filter((n) => n.kind === 'kafka-topic');
    expect(creates).toHaveLength(topics.length);
    expect(alters).toHaveLength(topics.length);
    const placed = creates.find((c) => c.includes('orders.placed'))!;
    expect(placed).toEqual([
      'kafka-topics.sh',
      '--bootstrap-server',
      'localhost:9092',
      '--create',
      '--if-not-exists',
      '--topic',
      'orders.placed',
      '--partitions',
      '12',
      '--replication-factor',
      '3',
      '--config',
      'cleanup.policy=delete',
      '--config',
      'min.insync.replicas=2',
      '--config',
      'retention.ms=604800000',
    ]);
    expect(alters.find((c) => c.includes('orders.fulfilled'))).toEqual([
      'kafka-configs.sh',
      '--bootstrap-server',
      'localhost:9092',
      '--alter',
      '--entity-type',
      'topics',
      '--entity-name',
      'orders.fulfilled',
      '--add-config',
      'cleanup.policy=delete,max.message.bytes=2097152,min.insync.replicas=2,retention.ms=604800000',
    ]);
  });

  it('takes the bootstrap server and a command config (with spaces) from the environment', () => {
    const calls = runWithStubs(scriptOf(loadFixture('kafka-order-pipeline')), { BOOTSTRAP_SERVER: 'b1:9093,b2:9093', COMMAND_CONFIG: '/etc/my kafka/client.properties' });
    for (const call of calls) {
      expect(call.slice(1, 5)).toEqual(['--bootstrap-server', 'b1:9093,b2:9093', '--command-config', '/etc/my kafka/client.properties']);
    }
  });

  it('groups list values in brackets for --add-config, quoted against globbing', () => {
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'K', broker: 'kafka' }],
      nodes: [{ kind: 'kafka-topic', id: 'compacted', name: 'state.v1', cluster: 'k', config: { 'cleanup.policy': 'compact,delete', 'min.insync.replicas': 2, 'retention.ms': -1 } }],
    });
    const script = scriptOf(design);
    expect(script).toContain(`--add-config 'cleanup.policy=[compact,delete],min.insync.replicas=2,retention.ms=-1'`);
    const calls = runWithStubs(script);
    expect(calls[0]).toContain('cleanup.policy=compact,delete');
    expect(calls[1]).toContain('cleanup.policy=[compact,delete],min.insync.replicas=2,retention.ms=-1');
  });

  it('writes one script per cluster', () => {
    const design = makeDesign({
      clusters: [
        { id: 'east', name: 'East', broker: 'kafka' },
        { id: 'west', name: 'West', broker: 'kafka' },
      ],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'orders', cluster: 'east' },
        { kind: 'kafka-topic', id: 'b', name: 'orders', cluster: 'west' },
      ],
    });
    const result = kafkaScriptsExporter.export(design);
    expect(result.ok && result.files.map((f) => f.path)).toEqual(['kafka-topics-east.sh', 'kafka-topics-west.sh']);
  });

  it.each([
    ['orders placed', /contains space/],
    ['orders/placed', /contains "\/"/],
    ['ordres\n', /contains/],
    ['x'.repeat(250), /250 characters long/],
    ['..', /not allowed/],
    ['café', /contains "é"/],
  ])('refuses the topic name %j, naming the node', (name, message) => {
    const design = makeDesign({ clusters: [{ id: 'k', name: 'K', broker: 'kafka' }], nodes: [{ kind: 'kafka-topic', id: 'bad-topic', name, cluster: 'k' }] });
    const result = kafkaScriptsExporter.export(design);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].nodeId).toBe('bad-topic');
    expect(result.errors[0].message).toMatch(message);
    expect(result.errors[0].message).toMatch(/^Kafka topic /);
  });

  it('refuses values outside their domain and replication beyond the cluster', () => {
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'K', broker: 'kafka', nodes: 1 }],
      nodes: [{ kind: 'kafka-topic', id: 't', name: 't', cluster: 'k', replicationFactor: 3, config: { 'segment.bytes': 1024 } }],
    });
    const result = kafkaScriptsExporter.export(design);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join('\n')).toMatch(/segment.bytes: 1024 is below the minimum 1048576[\s\S]*replication factor 3 is more than the 1 broker/);
  });

  it('refuses a design without Kafka topics', () => {
    const result = kafkaScriptsExporter.export(loadFixture('rabbitmq-work-queue'));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ message: expect.stringMatching(/no Kafka topics/) })] });
  });
});
