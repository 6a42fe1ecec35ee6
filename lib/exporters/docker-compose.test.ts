import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Broker } from '../design';
import { makeDesign } from '../rules/test-design';
import { requireSharedDir } from '../testing/shared-dir';
import { COMPOSE_SERVICES, dockerComposeExporter } from './docker-compose';
import { hostileName } from './testing/arbitraries';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from './testing/fixtures';
import { parseYamlDocs } from './testing/parse-back';
import { schemaErrors, sharedSchema } from './testing/schemas';

type Compose = { name: string; services: Record<string, { image: string; command?: string[]; environment?: Record<string, unknown> }> };

const KIND_OF: Record<Broker, string> = {
  kafka: 'kafka-topic', redpanda: 'kafka-topic', rabbitmq: 'rabbitmq-queue', nats: 'nats-stream', 'sqs-sns': 'sqs-queue', pulsar: 'kafka-topic',
};

function composeOf(brokers: Broker[], name = 'Stack'): Compose {
  const design = makeDesign({
    name,
    clusters: brokers.map((b) => ({ id: `c-${b}`, name: b, broker: b })),
    nodes: brokers.map((b, i) => ({ kind: KIND_OF[b], id: `n${i}`, name: `n${i}`, cluster: `c-${b}` })),
  });
  const result = dockerComposeExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return parseYamlDocs(result.files[0].content)[0] as Compose;
}

describe('docker-compose exporter', () => {
  it.each(GOLDEN_FIXTURES)('matches the golden files for %s', (fixture) => {
    expectGolden('docker-compose', fixture, dockerComposeExporter.export(loadFixture(fixture)));
  });

  it('runs one service per broker: Kafka KRaft, RabbitMQ management, NATS -js, LocalStack SQS/SNS', () => {
    const compose = composeOf(['kafka', 'rabbitmq', 'nats', 'sqs-sns']);
    expect(Object.keys(compose.services)).toEqual(['kafka', 'rabbitmq', 'nats', 'localstack']);
    expect(compose.services.kafka.environment).toMatchObject({ KAFKA_PROCESS_ROLES: 'broker,controller', KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1 });
    // KRaft single node: the advertised listeners pair with the listeners, the voter is this node.
    const env = compose.services.kafka.environment as Record<string, string>;
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${env.KAFKA_NODE_ID}@kafka:29093`);
    expect(env.KAFKA_LISTENERS).toContain('CONTROLLER://:29093');
    expect(compose.services.rabbitmq.image).toMatch(/-management$/);
    expect(compose.services.nats.command).toContain('-js');
    expect(compose.services.localstack.environment).toMatchObject({ SERVICES: 'sqs,sns' });
  });

  it('refuses a design without brokers', () => {
    expect(dockerComposeExporter.export(makeDesign({ nodes: [{ kind: 'producer', id: 'p' }] })).ok).toBe(false);
  });
});

requireSharedDir('compose-spec schema');
describe('docker-compose output against compose-spec.json (../shared/schemas/compose-spec)', () => {
  const validate = () => sharedSchema('compose-spec/compose-spec.json');

  it('validates every fixture and every broker', () => {
    for (const fixture of GOLDEN_FIXTURES) {
      const result = dockerComposeExporter.export(loadFixture(fixture));
      if (!result.ok) throw new Error('refused');
      const [doc] = parseYamlDocs(result.files[0].content);
      expect(validate()(doc), schemaErrors(validate()).join('\n')).toBe(true);
    }
    const all = composeOf(Object.keys(COMPOSE_SERVICES) as Broker[]);
    expect(validate()(all), schemaErrors(validate()).join('\n')).toBe(true);
    expect(validate()({ ...all, services: { kafka: { ...all.services.kafka, ports: 9092 } } })).toBe(false);
  });

  it('stays valid with hostile design names (the project name is sanitised)', () => {
    fc.assert(
      fc.property(hostileName(), fc.subarray(Object.keys(COMPOSE_SERVICES) as Broker[], { minLength: 1 }), (name, brokers) => {
        const compose = composeOf(brokers, name);
        expect(compose.name).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
        expect(validate()(compose), schemaErrors(validate()).join('\n')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
