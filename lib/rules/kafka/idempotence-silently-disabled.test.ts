import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { RULES } from '../registry';
import { testRule } from '../rule-tester';
import { makeDesign, type TestDesignInput } from '../../design/build-design';
import { idempotenceSilentlyDisabled } from './idempotence-silently-disabled';

const topic = { kind: 'kafka-topic', id: 'orders' };
const publish = [{ from: 'api', to: 'orders' }];

/** A producer on `client` that leaves enable.idempotence unset (the studio pins it when drawing one; a file need not). */
function producer(kafka: Record<string, unknown>, client: Record<string, unknown> | undefined = { name: 'kafka-java', version: '3.7' }, extra: Record<string, unknown> = {}) {
  return { kind: 'producer', id: 'api', ...(client ? { client } : {}), kafka: { 'enable.idempotence': undefined, ...kafka }, ...extra };
}

function design(kafka: Record<string, unknown>, options: { client?: Record<string, unknown>; requirements?: Record<string, unknown>; extra?: Record<string, unknown> } = {}): TestDesignInput {
  return {
    requirements: options.requirements ?? { ordering: 'none' },
    nodes: [producer(kafka, 'client' in options ? options.client : { name: 'kafka-java', version: '3.7' }, options.extra), topic],
    connections: publish,
  };
}

testRule(idempotenceSilentlyDisabled, {
  valid: [
    { name: 'nothing conflicts: idempotent by default', design: design({}) },
    { name: 'idempotence set explicitly (a conflict then fails at startup, other rules)', design: design({ retries: 0, 'enable.idempotence': true }) },
    { name: 'idempotence turned off explicitly', design: design({ 'max.in.flight.requests.per.connection': 10, 'enable.idempotence': false }) },
    { name: 'an at-most-once flow does not need idempotence', design: design({ acks: '1' }, { requirements: { delivery: 'at-most-once', ordering: 'none' } }) },
    {
      name: 'at-most-once and ordered, but retries=0 cannot reorder',
      design: design({ retries: 0 }, { requirements: { delivery: 'at-most-once', ordering: 'per-key' } }),
    },
    { name: 'a 2.8 client was never idempotent by default (acks=1 era)', design: design({ retries: 0 }, { client: { name: 'kafka-java', version: '2.8' } }) },
    { name: 'librdkafka does not enable idempotence by default', design: design({ retries: 0 }, { client: { name: 'librdkafka', version: '2.3' } }) },
    {
      name: 'a 4.x client refuses more than 5 in flight instead (kafka/idempotence-max-in-flight-le-5)',
      design: design({ 'max.in.flight.requests.per.connection': 10 }, { client: { name: 'kafka-java', version: '4.0' } }),
    },
    {
      name: 'a transactional producer does not start at all (kafka/transactional-id-requires-idempotence)',
      design: design({ retries: 0, 'transactional.id': 'orders-tx' }),
    },
    { name: 'a producer that publishes to no Kafka topic', design: { nodes: [producer({ retries: 0 }), { kind: 'rabbitmq-queue', id: 'q' }], connections: [{ from: 'api', to: 'q' }] } },
  ],
  invalid: [
    {
      name: 'retries=0 on an at-least-once flow',
      design: design({ retries: 0 }),
      findings: [{ target: 'api', messageIncludes: 'retries=0 conflicts with it' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': true } } } },
    },
    {
      name: 'more than 5 in flight on a 3.x client, at-least-once',
      design: design({ 'max.in.flight.requests.per.connection': 10 }),
      findings: [{ target: 'api', messageIncludes: 'max.in.flight.requests.per.connection=10' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 5 } } } },
    },
    {
      name: 'no client declared: the current Java client, acks=1 and retries=0',
      design: design({ acks: '1', retries: 0 }, { client: undefined }),
      findings: [{ target: 'api', messageIncludes: 'acks=1 and retries=0 conflict with it' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': true, acks: 'all' } } } },
    },
    {
      name: 'Spring for Apache Kafka runs the Java client',
      design: design({ 'max.in.flight.requests.per.connection': 8 }, { client: { name: 'spring-kafka', version: '3.2' } }),
      findings: [{ target: 'api', messageIncludes: 'at-least-once flow' }],
    },
    {
      name: 'an at-most-once flow that must keep its order, with retries reordering',
      design: design({ acks: '1' }, { requirements: { delivery: 'at-most-once', ordering: 'per-key' } }),
      findings: [{ target: 'api', messageIncludes: 'land after the one sent next' }],
      output: { nodes: { api: { kafka: { 'enable.idempotence': true, acks: 'all' } } } },
    },
    {
      name: "a consumer that needs order makes the producer's needs ordered",
      design: {
        requirements: { delivery: 'at-most-once', ordering: 'none' },
        nodes: [producer({ acks: '1' }), topic, { kind: 'consumer-group', id: 'ledger', requirements: { ordering: 'per-key' } }],
        connections: [...publish, { from: 'orders', to: 'ledger' }],
      },
      findings: [{ target: 'api', messageIncludes: 'per-key-ordered flow' }],
    },
  ],
});

describe('kafka/idempotence-silently-disabled beside the rules that report the weak setting itself', () => {
  const shown = (input: TestDesignInput) =>
    runRules(makeDesign(input), RULES)
      .filter((f) => f.target.type === 'node' && f.target.id === 'api')
      .map((f) => f.ruleId);

  it('gives way to kafka/acks-all-for-at-least-once when acks=1 already loses records', () => {
    const ids = shown(design({ acks: '1' }));
    expect(ids).toContain('kafka/acks-all-for-at-least-once');
    expect(ids).not.toContain('kafka/idempotence-silently-disabled');
  });

  it('gives way to kafka/ordering-chain when retries already reorder an ordered flow', () => {
    const ids = shown(design({ 'max.in.flight.requests.per.connection': 10 }, { requirements: { ordering: 'per-key' } }));
    expect(ids).toContain('kafka/ordering-chain');
    expect(ids).not.toContain('kafka/idempotence-silently-disabled');
  });

  it('is the one finding where nothing else explains the missing idempotence', () => {
    expect(shown(design({ retries: 0 }))).toContain('kafka/idempotence-silently-disabled');
  });
});
