import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { requireSharedDir } from '../testing/shared-dir';
import { K8S_NAME } from './kafka-common';
import { k8sName, strimziExporter, strimziV1beta2Exporter } from './strimzi';
import { hostileName, hostileString, kafkaDesignArb } from '../testing/exports/arbitraries';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { parseYamlDocs } from '../testing/exports/parse-back';
import { schemaErrors, sharedSchema } from '../testing/exports/schemas';

type Doc = { apiVersion: string; kind: string; metadata: { name: string; labels: Record<string, string> }; spec: Record<string, unknown> };

const SCHEMAS = {
  'kafka.strimzi.io/v1': { KafkaTopic: 'strimzi/1.2.0/derived/kafkatopic.v1.strict.schema.json', KafkaUser: 'strimzi/1.2.0/derived/kafkauser.v1.strict.schema.json' },
  'kafka.strimzi.io/v1beta2': { KafkaTopic: 'strimzi/0.51.0/derived/kafkatopic.v1beta2.strict.schema.json', KafkaUser: 'strimzi/0.51.0/derived/kafkauser.v1beta2.strict.schema.json' },
} as const;

function docsOf(exporter: typeof strimziExporter, design: Design): Doc[] {
  const result = exporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files).toHaveLength(1);
  return parseYamlDocs(result.files[0].content) as Doc[];
}

/** Validates every document against the strict derived CRD schema of its version; returns the problems. */
function invalid(docs: Doc[]): string[] {
  const problems: string[] = [];
  for (const doc of docs) {
    const validate = sharedSchema(SCHEMAS[doc.apiVersion as keyof typeof SCHEMAS][doc.kind as 'KafkaTopic' | 'KafkaUser']);
    if (!validate({ ...doc })) problems.push(`${doc.kind} ${doc.metadata.name}: ${schemaErrors(validate).join('; ')}`);
    if (!K8S_NAME.test(doc.metadata.name) || doc.metadata.name.length > 63) problems.push(`${doc.kind} name ${JSON.stringify(doc.metadata.name)} is not a Kubernetes name`);
    if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(doc.metadata.labels['strimzi.io/cluster'])) problems.push(`${doc.metadata.name}: bad cluster label`);
  }
  return problems;
}

describe('strimzi exporters', () => {
  it.each(GOLDEN_FIXTURES)('match the golden files for %s', (fixture) => {
    expectGolden('strimzi', fixture, strimziExporter.export(loadFixture(fixture)));
    expectGolden('strimzi-v1beta2', fixture, strimziV1beta2Exporter.export(loadFixture(fixture)));
  });

  it('maps names that are not Kubernetes names, keeping them apart, and leaves valid ones', () => {
    expect(k8sName('orders.placed')).toEqual({ name: 'orders.placed', mapped: false });
    const upper = k8sName('Orders_Placed');
    expect(upper.mapped).toBe(true);
    expect(upper.name).toMatch(/^orders-placed-[0-9a-f]{8}$/);
    expect(k8sName('orders-placed').name).not.toBe(upper.name);
    expect(k8sName('orders_placed').name).not.toBe(upper.name);
    const long = k8sName('a'.repeat(249));
    expect(long.name.length).toBeLessThanOrEqual(63);
    expect(K8S_NAME.test(long.name)).toBe(true);
    expect(k8sName('___').name).toMatch(/^x-[0-9a-f]{8}$/);
  });

  it('sets spec.topicName to the real name for mapped topics (documented in the file)', () => {
    const design = makeDesign({
      clusters: [{ id: 'Prod_Kafka', name: 'Prod', broker: 'kafka' }],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'Orders_Created', cluster: 'Prod_Kafka' },
        { kind: 'kafka-topic', id: 'b', name: 'orders.created', cluster: 'Prod_Kafka' },
      ],
    });
    const docs = docsOf(strimziExporter, design);
    expect(docs[0].spec.topicName).toBe('Orders_Created');
    expect(docs[0].metadata.name).toMatch(/^orders-created-[0-9a-f]{8}$/);
    expect(docs[1].spec.topicName).toBeUndefined();
    expect(docs[1].metadata.labels['strimzi.io/cluster']).toBe('prod-kafka');
  });

  it('gives users ACLs for their topics, group and transactional id', () => {
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'K', broker: 'kafka' }],
      nodes: [
        { kind: 'kafka-topic', id: 'in', name: 'in', cluster: 'k' },
        { kind: 'kafka-topic', id: 'out', name: 'out', cluster: 'k' },
        { kind: 'producer', id: 'api', kafka: { 'transactional.id': 'api-tx' } },
        { kind: 'consumer-group', id: 'proc', groupId: 'processor' },
      ],
      connections: [
        { from: 'api', to: 'in' },
        { from: 'in', to: 'proc' },
        { from: 'proc', to: 'out' },
      ],
    });
    const users = docsOf(strimziExporter, design).filter((d) => d.kind === 'KafkaUser');
    expect(users.map((u) => u.metadata.name)).toEqual(['api', 'proc']);
    const acls = (u: Doc) => (u.spec.authorization as { acls: unknown[] }).acls;
    expect(acls(users[0])).toEqual([
      { resource: { type: 'topic', name: 'in', patternType: 'literal' }, operations: ['Describe', 'Write'] },
      { resource: { type: 'transactionalId', name: 'api-tx', patternType: 'literal' }, operations: ['Describe', 'Write'] },
    ]);
    expect(acls(users[1])).toEqual([
      { resource: { type: 'topic', name: 'out', patternType: 'literal' }, operations: ['Describe', 'Write'] },
      { resource: { type: 'topic', name: 'in', patternType: 'literal' }, operations: ['Describe', 'Read'] },
      { resource: { type: 'group', name: 'processor', patternType: 'literal' }, operations: ['Read'] },
    ]);
  });

  it('allows the <transactional.id>- prefix to a producer with several instances (each instance has its own id)', () => {
    const design = makeDesign({
      clusters: [{ id: 'k', name: 'K', broker: 'kafka' }],
      nodes: [
        { kind: 'kafka-topic', id: 'in', name: 'in', cluster: 'k' },
        { kind: 'producer', id: 'api', instances: 3, kafka: { 'transactional.id': 'api-tx' } },
      ],
      connections: [{ from: 'api', to: 'in' }],
    });
    const [user] = docsOf(strimziExporter, design).filter((d) => d.kind === 'KafkaUser');
    expect((user.spec.authorization as { acls: unknown[] }).acls).toContainEqual({ resource: { type: 'transactionalId', name: 'api-tx-', patternType: 'prefix' }, operations: ['Describe', 'Write'] });
  });

  it('leaves Redpanda clusters out, saying so: Strimzi cannot manage them', () => {
    const mixed = makeDesign({
      clusters: [
        { id: 'k', name: 'Kafka', broker: 'kafka' },
        { id: 'rp', name: 'Panda', broker: 'redpanda' },
      ],
      nodes: [
        { kind: 'kafka-topic', id: 'a', name: 'on-kafka', cluster: 'k' },
        { kind: 'kafka-topic', id: 'b', name: 'on-redpanda', cluster: 'rp' },
        { kind: 'producer', id: 'writer' },
      ],
      connections: [{ from: 'writer', to: 'b' }],
    });
    const result = strimziExporter.export(mixed);
    if (!result.ok) throw new Error(result.errors[0].message);
    expect(result.files[0].content).toMatch(/^# Not here: the topics and users of Redpanda cluster "Panda", which Strimzi cannot manage\.$/m);
    expect(parseYamlDocs(result.files[0].content).map((d) => `${(d as Doc).kind} ${(d as Doc).metadata.name}`)).toEqual(['KafkaTopic on-kafka']);
    const onlyRedpanda = makeDesign({ clusters: [{ id: 'rp', name: 'Panda', broker: 'redpanda' }], nodes: [{ kind: 'kafka-topic', id: 'b', name: 'on-redpanda', cluster: 'rp' }] });
    const refused = strimziV1beta2Exporter.export(onlyRedpanda);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0].message).toMatch(/^Strimzi manages Apache Kafka clusters only, and every Kafka topic and user of the design is on a Redpanda cluster \("Panda"\)/);
  });

  it('refuses a topic name Kafka rejects, naming the node', () => {
    const design = makeDesign({ clusters: [{ id: 'k', name: 'K', broker: 'kafka' }], nodes: [{ kind: 'kafka-topic', id: 't', name: 'has space', cluster: 'k' }] });
    const result = strimziExporter.export(design);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ nodeId: 't', message: expect.stringMatching(/contains space/) })]);
  });
});

requireSharedDir('Strimzi CRD schema validation');
describe('strimzi output against the Strimzi CRD schemas (../shared/schemas/strimzi)', () => {
  it.each(GOLDEN_FIXTURES.filter((f) => f === 'kafka-order-pipeline'))('validates every document of %s, v1 (1.2.0) and v1beta2 (0.51.0)', (fixture) => {
    for (const exporter of [strimziExporter, strimziV1beta2Exporter]) {
      const docs = docsOf(exporter, loadFixture(fixture));
      expect(docs.filter((d) => d.kind === 'KafkaTopic')).toHaveLength(5);
      expect(docs.filter((d) => d.kind === 'KafkaUser')).toHaveLength(5);
      expect(invalid(docs)).toEqual([]);
    }
  });

  it('rejects a misspelt field (the strict schemas are really applied)', () => {
    const docs = docsOf(strimziExporter, loadFixture('kafka-order-pipeline'));
    (docs[0].spec as Record<string, unknown>).partitons = 3;
    expect(invalid([docs[0]])).toHaveLength(1);
  });

  it('validates for generated designs with awkward names and hostile group ids', () => {
    const awkwardTopic = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9._-]{1,80}$/).filter((s) => s !== '.' && s !== '..'),
      fc.integer({ min: 64, max: 249 }).map((n) => 'Long_Topic.'.repeat(25).slice(0, n)),
    );
    let checked = 0;
    fc.assert(
      fc.property(kafkaDesignArb({ topicName: awkwardTopic, text: hostileName(), groupId: fc.option(hostileString(255), { nil: undefined }) }), (design) => {
        for (const exporter of [strimziExporter, strimziV1beta2Exporter]) {
          const result = exporter.export(design);
          if (!result.ok) continue;
          const docs = parseYamlDocs(result.files[0].content) as Doc[];
          expect(invalid(docs)).toEqual([]);
          const names = docs.map((d) => `${d.kind}/${d.metadata.name}`);
          expect(new Set(names).size, 'metadata.name is unique per kind').toBe(names.length);
          for (const doc of docs.filter((d) => d.kind === 'KafkaTopic')) {
            const real = (doc.spec.topicName as string | undefined) ?? doc.metadata.name;
            expect(design.nodes.some((n) => n.kind === 'kafka-topic' && n.name === real)).toBe(true);
          }
          checked++;
        }
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(20);
  }, 30_000);
});
