import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokerSchema, KINDS, type Broker, type Design, type NodeKind } from '../design';
import { makeDesign } from '../design/build-design';
import { goCheck, requireGo } from '../testing/go-check';
import { requireSharedDir } from '../testing/shared-dir';
import { dockerComposeExporter } from './docker-compose';
import { hostileName } from '../testing/exports/arbitraries';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { parseYamlDocs } from '../testing/exports/parse-back';
import { schemaErrors, sharedSchema } from '../testing/exports/schemas';

/**
 * docker-compose: golden files, the compose specification's own loader
 * (compose-go, what `docker compose` runs: scripts/go-check) and its JSON
 * schema, and what the stack must be to run the other exports: as many
 * Kafka, Redpanda and NATS nodes as the design's replication needs, the
 * declared versions, host ports that never collide.
 */

requireGo('docker-compose tests (files are loaded with compose-go)');
requireSharedDir('compose-spec schema');

type Compose = { name: string; services: Record<string, { image: string; command?: string[]; environment?: Record<string, unknown>; ports?: string[] }> };
/** A service as compose-go normalises it. */
type Loaded = { services: Record<string, { image: string; ports?: Array<{ published: string; target: number }>; environment?: Record<string, string> }> };

const ALL: Broker[] = [...brokerSchema.options];
/** Each broker's node in these designs: the first kind that lives on its clusters and keeps messages (the stack reads the cluster, and Kafka's and NATS's replication). */
const KIND_OF = Object.fromEntries(
  ALL.map((b) => {
    const kind = KINDS.find((k) => k.channel === 'stores' && (k.clusterBrokers as readonly Broker[]).includes(b));
    if (!kind) throw new Error(`No kind that keeps messages lives on a ${b} cluster`);
    return [b, kind.kind];
  }),
) as Record<Broker, NodeKind>;

function exported(design: Design): string {
  const result = dockerComposeExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.files[0].content;
}

function designOf(brokers: Broker[], name = 'Stack', fields: Record<string, Record<string, unknown>> = {}): Design {
  return makeDesign({
    name,
    clusters: brokers.map((b) => ({ id: `c-${b}`, name: b, broker: b, ...(fields[`cluster:${b}`] ?? {}) })),
    nodes: brokers.map((b, i) => ({
      kind: KIND_OF[b],
      id: `n${i}`,
      name: `n${i}`,
      cluster: `c-${b}`,
      ...(KIND_OF[b] === 'kafka-topic' ? { replicationFactor: 1 } : KIND_OF[b] === 'nats-stream' ? { num_replicas: 1 } : {}),
      ...(fields[b] ?? {}),
    })),
  });
}

/** The file as compose-go loads it; fails with the loader's message when it refuses the file. */
function loaded(text: string): Loaded {
  const result = goCheck('compose', text, 'docker-compose.yml');
  if (!result.ok) throw new Error(`compose-go refused the file: ${result.error}`);
  return result.value as Loaded;
}

const published = (project: Loaded) => Object.values(project.services).flatMap((s) => (s.ports ?? []).map((p) => p.published));

describe('docker-compose exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('docker-compose', fixture, dockerComposeExporter.export(loadFixture(fixture)));
  });

  it('runs one service per node of each broker: Kafka KRaft, RabbitMQ management, NATS -js, LocalStack SQS/SNS', () => {
    const compose = parseYamlDocs(exported(designOf(['kafka', 'rabbitmq', 'nats', 'sqs-sns'])))[0] as Compose;
    expect(Object.keys(compose.services)).toEqual(['kafka', 'rabbitmq', 'nats', 'localstack']);
    const env = compose.services.kafka.environment as Record<string, string | number>;
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe('1@kafka:29093');
    expect(env.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe(1);
    expect(compose.services.rabbitmq.image).toMatch(/-management$/);
    expect(compose.services.nats.command).toContain('-js');
    expect(compose.services.localstack.environment).toMatchObject({ SERVICES: 'sqs,sns' });
  });

  it('starts the nodes the replication factors need: three Kafka nodes for RF 3, three NATS servers for R3', () => {
    const project = loaded(exported(designOf(['kafka', 'nats'], 'Replicated', { kafka: { replicationFactor: 3 }, nats: { num_replicas: 3 } })));
    expect(Object.keys(project.services).sort()).toEqual(['kafka-1', 'kafka-2', 'kafka-3', 'nats-1', 'nats-2', 'nats-3']);
    for (const n of [1, 2, 3]) {
      expect(project.services[`kafka-${n}`].environment).toMatchObject({
        KAFKA_NODE_ID: String(n),
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka-1:29093,2@kafka-2:29093,3@kafka-3:29093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '3',
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://kafka-${n}:19092,PLAINTEXT_HOST://localhost:${9091 + n}`,
      });
    }
    const nats = parseYamlDocs(exported(designOf(['nats'], 'R3', { nats: { num_replicas: 3 } })))[0] as Compose;
    expect(nats.services['nats-2'].command).toEqual(expect.arrayContaining(['--cluster_name', 'local', '--routes', 'nats-route://nats-1:6222,nats-route://nats-2:6222,nats-route://nats-3:6222']));
  });

  it('runs the versions the design declares', () => {
    const project = loaded(
      exported(
        designOf(['kafka', 'rabbitmq', 'nats', 'redpanda'], 'Versions', {
          'cluster:kafka': { version: '4.0' },
          'cluster:rabbitmq': { version: '3.12.4' },
          'cluster:nats': { version: '2.11' },
          'cluster:redpanda': { version: '24.1' },
        }),
      ),
    );
    expect(Object.fromEntries(Object.entries(project.services).map(([name, s]) => [name, s.image]))).toEqual({
      kafka: 'apache/kafka:4.0.0',
      rabbitmq: 'rabbitmq:3.12-management',
      nats: 'nats:2.11-alpine',
      redpanda: 'redpandadata/redpanda:v24.1.1',
    });
    const old = exported(designOf(['kafka'], 'Old', { 'cluster:kafka': { version: '3.6' } }));
    expect(old).toContain('apache/kafka:3.7.2');
    expect(old).toMatch(/^# - apache\/kafka images start at 3.7.0; the design's Kafka 3.6 runs as 3.7.2, the closest$/m);
  });

  it('never publishes a host port twice: Kafka and Redpanda side by side', () => {
    const project = loaded(exported(designOf(['kafka', 'redpanda'], 'Both', { kafka: { replicationFactor: 3 }, redpanda: { replicationFactor: 3 } })));
    const ports = published(project);
    expect(new Set(ports).size).toBe(ports.length);
    expect(Object.keys(project.services)).toHaveLength(6);
  });

  it('refuses a design without brokers', () => {
    expect(dockerComposeExporter.export(makeDesign({ nodes: [{ kind: 'producer', id: 'p' }] })).ok).toBe(false);
  });
});

describe('docker-compose files against the compose specification', () => {
  const validate = () => sharedSchema('compose-spec/compose-spec.json');

  it('loads with compose-go and validates against compose-spec.json, for every fixture and every broker', () => {
    for (const fixture of GOLDEN_FIXTURES) {
      const text = exported(loadFixture(fixture));
      const project = loaded(text);
      expect(new Set(published(project)).size, fixture).toBe(published(project).length);
      expect(validate()(parseYamlDocs(text)[0]), schemaErrors(validate()).join('\n')).toBe(true);
    }
    const all = exported(designOf(ALL));
    loaded(all);
    const doc = parseYamlDocs(all)[0] as Compose;
    expect(validate()(doc), schemaErrors(validate()).join('\n')).toBe(true);
    expect(validate()({ ...doc, services: { kafka: { ...doc.services.kafka, ports: 9092 } } })).toBe(false);
  });

  it('loads with compose-go for generated stacks with hostile design names and replication factors (fast-check)', () => {
    const stacks = fc.sample(
      fc
        .record({ name: hostileName(), brokers: fc.subarray(ALL, { minLength: 1 }), rf: fc.integer({ min: 1, max: 5 }) })
        .map(({ name, brokers, rf }) => designOf(brokers, name, { kafka: { replicationFactor: rf }, redpanda: { replicationFactor: rf }, nats: { num_replicas: rf } })),
      { numRuns: 30, seed: 11 },
    );
    for (const design of stacks) {
      const text = exported(design);
      const doc = parseYamlDocs(text)[0] as Compose;
      expect(doc.name).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
      expect(validate()(doc), schemaErrors(validate()).join('\n')).toBe(true);
      const project = loaded(text);
      expect(new Set(published(project)).size).toBe(published(project).length);
    }
  }, 60_000);
});
