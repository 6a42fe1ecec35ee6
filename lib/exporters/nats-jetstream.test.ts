import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { arbNatsDesign } from '../testing/arbitrary-design';
import { requireSharedDir } from '../testing/shared-dir';
import { subjectIsSubset, subjectProblem, subjectsCollide } from '../brokers/nats/subjects';
import { durationToNanos, jsonWithBigInts, NATS_NOT_CARRIED_FILE, natsJetstreamExporter } from './nats-jetstream';
import { expectGolden, loadFixture } from '../testing/exports/fixtures';
import { schemaErrors, sharedSchema } from '../testing/exports/schemas';

/**
 * NATS JetStream JSON: golden files, the jsm.go schemas (what natscli
 * validates against), and the checks that mirror nats-server. Creating the
 * exported streams and consumers on a real nats-server is in
 * nats-server.test.ts.
 */

const FIXTURES = ['nats-work-queue', 'nats-event-streams'];
const SCHEMAS = 'nats/jsm.go-v0.4.1/jetstream/api/v1';
requireSharedDir('NATS exports against ../shared/schemas/nats');

function files(design: Design): Map<string, unknown> {
  const result = natsJetstreamExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return new Map(result.files.filter((f) => f.path !== NATS_NOT_CARRIED_FILE).map((f) => [f.path, JSON.parse(f.content)]));
}

function refusal(design: Design): { nodeId?: string; message: string } {
  const result = natsJetstreamExporter.export(design);
  expect(result.ok, 'the export is refused').toBe(false);
  return result.ok ? { message: '' } : result.errors[0];
}

function expectSchemaValid(design: Design): void {
  const stream = sharedSchema(`${SCHEMAS}/stream_configuration.json`);
  const consumer = sharedSchema(`${SCHEMAS}/consumer_configuration.json`);
  for (const [file, config] of files(design)) {
    const validate = file.endsWith('.stream.json') ? stream : consumer;
    expect(validate(config), `${file}: ${schemaErrors(validate).join('; ')}`).toBe(true);
  }
}

const stream = (props: Record<string, unknown> = {}) => ({ kind: 'nats-stream', id: 's', name: 'S', subjects: ['s.>'], num_replicas: 1, ...props });
const group = (nats: Record<string, unknown> = {}, props: Record<string, unknown> = {}) => ({ kind: 'consumer-group', id: 'g', groupId: 'G', nats, ...props });
const withConsumer = (streamProps: Record<string, unknown>, nats: Record<string, unknown>) =>
  makeDesign({ nodes: [stream(streamProps), group(nats)], connections: [{ from: 's', to: 'g', kind: 'consume' }] });

describe('nats-jetstream exporter', () => {
  it.each(FIXTURES)('golden: %s', (fixture) => {
    expectGolden('nats-jetstream', fixture, natsJetstreamExporter.export(loadFixture(fixture)));
  });

  describe('valid against the jsm.go v0.4.1 schemas natscli validates with', () => {
    it.each(FIXTURES)('%s', (fixture) => expectSchemaValid(loadFixture(fixture)));

    it('generated designs that export (fast-check)', () => {
      fc.assert(
        fc.property(arbNatsDesign(), fc.constantFrom('2.9', '2.10'), (design, version) => {
          const versioned = { ...design, clusters: design.clusters.map((c) => ({ ...c, version })) };
          fc.pre(natsJetstreamExporter.export(versioned).ok);
          expectSchemaValid(versioned);
        }),
        { numRuns: 150 },
      );
    });
  });

  it('writes durations as exact integer nanoseconds, past 2^53 too', () => {
    expect(durationToNanos('30s')).toBe(30_000_000_000n);
    expect(durationToNanos('1.5h')).toBe(5_400_000_000_000n);
    expect(durationToNanos('0.0000000015s')).toBe(2n); // rounded to the nearest nanosecond
    expect(durationToNanos('200d')).toBe(17_280_000_000_000_000n);
    expect(jsonWithBigInts({ max_age: 17_280_000_000_000_000n, list: [1n, 'x'], empty: [] })).toBe('{\n  "max_age": 17280000000000000,\n  "list": [\n    1,\n    "x"\n  ],\n  "empty": []\n}');
    const design = makeDesign({ nodes: [stream({ max_age: '200d' })] });
    const result = natsJetstreamExporter.export(design);
    expect(result.ok && result.files[0].content).toContain('"max_age": 17280000000000000,');
  });

  it('matches subjects the way nats-server does', () => {
    expect(subjectsCollide('a.*', 'a.b')).toBe(true);
    expect(subjectsCollide('a.>', 'a')).toBe(false);
    expect(subjectsCollide('a.>', 'a.b.c')).toBe(true);
    expect(subjectsCollide('a.*.c', 'a.b.d')).toBe(false);
    expect(subjectsCollide('*', '$JS.API.>')).toBe(false);
    expect(subjectsCollide('>', '$JS.API.>')).toBe(true);
    expect(subjectIsSubset('a.b', 'a.*')).toBe(true);
    expect(subjectIsSubset('a.*', 'a.b')).toBe(false);
    expect(subjectIsSubset('a.b.c', 'a.>')).toBe(true);
    expect(subjectIsSubset('a', 'a.>')).toBe(false);
    expect(subjectProblem('a..b')).toContain('empty token');
    expect(subjectProblem('a.>.b')).toContain('last token');
    expect(subjectProblem('a b')).toContain('whitespace');
    expect(subjectProblem('a.b*')).toBeUndefined(); // a partial wildcard is a literal token to the server
  });

  it('maps what the JSON cannot say in comments: the stream in stream_name, ack_wait kept beside a backoff, max_deliver 0 is -1, deliver_group makes a push consumer', () => {
    const config = files(loadFixture('nats-event-streams'));
    const design = loadFixture('nats-event-streams');
    const shipping = design.nodes.find((n) => n.id === 'shipping');
    const ackWait = Number(durationToNanos(shipping?.kind === 'consumer-group' ? (shipping.nats.ack_wait ?? '0s') : '0s'));
    expect(config.get('ORDERS.shipping.consumer.json')).toMatchObject({
      stream_name: 'ORDERS',
      durable_name: 'shipping',
      ack_wait: ackWait,
      backoff: [5e9, 30e9, 150e9],
      filter_subject: 'orders.*.shipped',
      max_waiting: 512,
    });
    expect(ackWait).not.toBe(5e9);
    expect(config.get('ORDERS.analytics.consumer.json')).toMatchObject({ deliver_subject: 'deliver.ORDERS.analytics', deliver_group: 'analytics-workers' });
    expect(config.get('AUDIT.audit-tail.consumer.json')).toMatchObject({ name: 'audit-tail', ack_policy: 'none' });
    expect(config.get('AUDIT.audit-tail.consumer.json')).not.toHaveProperty('durable_name');
    expect(files(withConsumer({}, { max_deliver: 0 })).get('S.G.consumer.json')).toMatchObject({ max_deliver: -1 });
  });

  it('uses filter_subjects only from 2.10, and refuses several filters for 2.9', () => {
    const design = (version: string) =>
      makeDesign({
        clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', version }],
        nodes: [stream({ cluster: 'nats' }), group({ filter_subjects: ['s.a', 's.b'] })],
        connections: [{ from: 's', to: 'g', kind: 'consume' }],
      });
    expect(files(design('2.10')).get('S.G.consumer.json')).toMatchObject({ filter_subjects: ['s.a', 's.b'] });
    expect(refusal(design('2.9')).message).toContain('needs nats-server 2.10');
  });

  describe('refuses what nats-server would refuse, naming the node', () => {
    it('names and subjects', () => {
      expect(refusal(makeDesign({ nodes: [stream({ name: 'ORDERS.EU' })] }))).toMatchObject({ nodeId: 's', message: expect.stringContaining('"."') });
      expect(refusal(makeDesign({ nodes: [stream({ subjects: ['a..b'] })] })).message).toContain('empty token');
      expect(refusal(makeDesign({ nodes: [stream({ subjects: ['>'] })] })).message).toContain('JetStream API');
      expect(refusal(makeDesign({ nodes: [stream({ subjects: ['a', 'a'] })] })).message).toContain('twice');
      expect(refusal(makeDesign({ nodes: [stream({ subjects: ['a.*', 'a.b'] })] })).message).toContain('overlap');
      const badConsumer = makeDesign({ nodes: [stream(), group({}, { groupId: 'bad name' })], connections: [{ from: 's', to: 'g', kind: 'consume' }] });
      expect(refusal(badConsumer)).toMatchObject({ nodeId: 'g', message: expect.stringContaining('whitespace') });
    });

    it('overlapping streams, too many replicas, a duplicate window longer than max_age', () => {
      const overlap = makeDesign({ nodes: [stream(), stream({ id: 't', name: 'T', subjects: ['s.*'] })] });
      expect(refusal(overlap)).toMatchObject({ nodeId: 't', message: expect.stringContaining('overlaps') });
      const replicas = makeDesign({ clusters: [{ id: 'nats', name: 'NATS', broker: 'nats', nodes: 3 }], nodes: [stream({ cluster: 'nats', num_replicas: 5 })] });
      expect(refusal(replicas).message).toContain('3 nodes');
      expect(refusal(makeDesign({ nodes: [stream({ max_age: '1m', duplicate_window: '2m' })] })).message).toContain('duplicate_window');
    });

    it('consumers: backoff vs max_deliver, filters outside the stream, work queues', () => {
      expect(refusal(withConsumer({}, { backoff: ['1s', '2s'], max_deliver: 2 })).message).toContain('max_deliver must be larger than 2');
      expect(refusal(withConsumer({}, { backoff: ['1s'], max_deliver: -1 })).message).toContain('max_deliver');
      expect(refusal(withConsumer({ retention: 'workqueue' }, { ack_policy: 'none' })).message).toContain('explicit');
      expect(refusal(withConsumer({}, { filter_subjects: ['t.a'] })).message).toContain('not within');
      expect(refusal(withConsumer({ retention: 'workqueue' }, { ack_policy: 'all' })).message).toContain('explicit');
      const twoUnfiltered = makeDesign({
        nodes: [stream({ retention: 'workqueue' }), group(), group({}, { id: 'h', groupId: 'H' })],
        connections: [
          { from: 's', to: 'g', kind: 'consume' },
          { from: 's', to: 'h', kind: 'consume' },
        ],
      });
      expect(refusal(twoUnfiltered).message).toContain('no filter subject');
      const overlapping = makeDesign({
        nodes: [stream({ retention: 'workqueue' }), group({ filter_subjects: ['s.*'] }), group({ filter_subjects: ['s.a'] }, { id: 'h', groupId: 'H' })],
        connections: [
          { from: 's', to: 'g', kind: 'consume' },
          { from: 's', to: 'h', kind: 'consume' },
        ],
      });
      expect(refusal(overlapping)).toMatchObject({ nodeId: 'h', message: expect.stringContaining('overlapping') });
    });

    it('a design without streams', () => {
      expect(refusal(loadFixture('rabbitmq-work-queue')).message).toContain('no NATS JetStream stream');
    });
  });
});
