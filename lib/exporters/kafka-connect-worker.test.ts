import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { startConnectWorker, type ConnectWorker } from '../testing/connect-worker';
import { startKafkaBroker, type KafkaBroker } from '../testing/kafka-broker';
import { KAFKA_TOOL_CLASSES, requireKafka } from '../testing/kafka-tools';
import { kafkaConnectExporter } from './kafka-connect';

/**
 * The connector JSON export on a real Kafka Connect worker (Kafka's own
 * ConnectStandalone from Maven Central's jars) against a real broker: the
 * worker's validation accepts each exported config, the connectors run, and
 * lines written to the source file arrive in the sink file through the topic.
 */

requireKafka('The Kafka Connect export test');

const STRING = 'org.apache.kafka.connect.storage.StringConverter';

let broker: KafkaBroker;
let worker: ConnectWorker;
let dir: string;

async function rest(method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${worker.url}${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/** Polls until `check` returns a value, or fails after `timeoutMs` saying what it last saw. */
async function eventually<T>(what: string, check: () => Promise<T | undefined>, seen: () => string, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s; last seen: ${seen()}\n--- worker log (end)\n${worker.log().slice(-6000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'qw-connect-files-'));
  broker = await startKafkaBroker();
  const created = await broker.tool(
    KAFKA_TOOL_CLASSES['kafka-topics.sh'],
    ['--bootstrap-server', broker.bootstrap, '--create', '--topic', 'file-lines', '--partitions', '2', '--replication-factor', '1'],
    { timeoutMs: 60_000 },
  );
  if (created.code !== 0) throw new Error(`creating the topic failed: ${created.stderr}`);
  worker = await startConnectWorker({ bootstrap: broker.bootstrap });
}, 420_000);

afterAll(async () => {
  await worker?.stop();
  await broker?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('Kafka Connect export on a real worker', () => {
  it('is accepted by the worker, runs, and moves lines from the source file to the sink file through the topic', async () => {
    const source = path.join(dir, 'in.txt');
    const sink = path.join(dir, 'out.txt');
    writeFileSync(source, '');
    const design = makeDesign({
      nodes: [
        { kind: 'external-system', id: 'in-file', system: 'file' },
        {
          kind: 'connect-source',
          id: 'lines-in',
          name: 'lines in',
          connectorClass: 'org.apache.kafka.connect.file.FileStreamSourceConnector',
          config: { 'tasks.max': 1, 'key.converter': STRING, 'value.converter': STRING },
          extra: { file: source },
        },
        { kind: 'kafka-topic', id: 'file-lines', partitions: 2, replicationFactor: 1 },
        { kind: 'kafka-topic', id: 'file-lines-dlq', role: 'dead-letter', partitions: 1, replicationFactor: 1 },
        {
          kind: 'connect-sink',
          id: 'lines-out',
          name: 'lines out',
          connectorClass: 'org.apache.kafka.connect.file.FileStreamSinkConnector',
          config: { 'tasks.max': 2, 'key.converter': STRING, 'value.converter': STRING, 'errors.tolerance': 'all', 'errors.deadletterqueue.context.headers.enable': true },
          transforms: [{ name: 'origin', type: 'org.apache.kafka.connect.transforms.InsertHeader', config: { header: 'origin', 'value.literal': 'queuewright' } }],
          extra: { file: sink },
        },
        { kind: 'external-system', id: 'out-file', system: 'file' },
      ],
      connections: [
        { from: 'in-file', to: 'lines-in' },
        { from: 'lines-in', to: 'file-lines' },
        { from: 'file-lines', to: 'lines-out' },
        { from: 'lines-out', to: 'file-lines-dlq' },
        { from: 'lines-out', to: 'out-file' },
      ],
    });
    const result = kafkaConnectExporter.export(design);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const connectors = result.files.map((f) => JSON.parse(f.content) as { name: string; config: Record<string, string> });
    expect(connectors.map((c) => c.name)).toEqual(['lines in', 'lines out']);
    expect(connectors[1].config).toMatchObject({ topics: 'file-lines', 'errors.deadletterqueue.topic.name': 'file-lines-dlq', 'errors.deadletterqueue.topic.replication.factor': '1' });

    for (const connector of connectors) {
      // The worker's own validation of the exported config, as `PUT /connector-plugins/<class>/config/validate`.
      const className = connector.config['connector.class'];
      const validated = await rest('PUT', `/connector-plugins/${encodeURIComponent(className)}/config/validate`, { ...connector.config, name: connector.name });
      expect(validated.status, JSON.stringify(validated.json)).toBe(200);
      const report = validated.json as { error_count: number; configs: Array<{ value: { name: string; errors: string[] } }> };
      const errors = report.configs.filter((c) => c.value.errors.length > 0).map((c) => `${c.value.name}: ${c.value.errors.join('; ')}`);
      expect(errors, `${connector.name}: validation errors`).toEqual([]);
      expect(report.error_count).toBe(0);
      const created = await rest('POST', '/connectors', connector);
      expect(created.status, JSON.stringify(created.json)).toBe(201);
    }

    for (const connector of connectors) {
      let last = '';
      await eventually(
        `connector "${connector.name}" and its tasks running`,
        async () => {
          const status = await rest('GET', `/connectors/${encodeURIComponent(connector.name)}/status`);
          last = JSON.stringify(status.json);
          const s = status.json as { connector?: { state: string }; tasks?: Array<{ state: string }> } | undefined;
          return s?.connector?.state === 'RUNNING' && (s.tasks?.length ?? 0) > 0 && s.tasks!.every((t) => t.state === 'RUNNING') ? true : undefined;
        },
        () => last,
      );
    }

    const lines = Array.from({ length: 20 }, (_, i) => `line ${i} — ünïcödé`);
    appendFileSync(source, `${lines.join('\n')}\n`);
    const out = await eventually(
      'every line in the sink file',
      async () => {
        const text = existsSync(sink) ? readFileSync(sink, 'utf8') : '';
        const got = text.split('\n').filter(Boolean);
        return got.length >= lines.length ? got : undefined;
      },
      () => (existsSync(sink) ? readFileSync(sink, 'utf8') : '(no sink file)'),
    );
    // Two partitions: order holds within each, not across them, so compare as sets.
    expect([...out].sort()).toEqual([...lines].sort());

    // The dead-letter queue topic the export named was created by the worker with the DLQ node's replication factor.
    const described = await broker.tool(KAFKA_TOOL_CLASSES['kafka-topics.sh'], ['--bootstrap-server', broker.bootstrap, '--describe', '--topic', 'file-lines-dlq'], { timeoutMs: 60_000 });
    expect(described.stdout).toMatch(/ReplicationFactor: 1\b/);
  }, 300_000);
});
