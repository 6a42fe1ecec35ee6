import fc from 'fast-check';
import type { Design } from '../../design';
import { makeDesign, type TestConnection } from '../../design/build-design';

/** fast-check generators of designs for exporter property tests. */

/** Strings that break naive quoting in shell, YAML, HCL, .properties and JSON. */
export const HOSTILE_SAMPLES = [
  "it's",
  'say "hi"',
  'two\nlines',
  'cr\rlf\r\n',
  'tab\there',
  '${HOME}',
  '$(touch /tmp/pwned)',
  '`id`',
  '$HOME',
  'back\\slash',
  'end\\',
  '%{ if true }x%{ endif }',
  '$${x}',
  'ünïcödé 日本語',
  '😀 emoji',
  'nul\u0000byte',
  '#not a comment',
  '!bang',
  'key=value:colon',
  ' leading space',
  'trailing space ',
  '\\u0041',
  '\ud800lone',
  'lone\udc00',
  '--help',
  '-n',
  '*',
  '[a,b]',
  '{a: b}',
  '- item',
  'null',
  'true',
  '0x10',
  '~',
  '&anchor',
  '*alias',
  '|',
  '>',
  '? q',
  '<<',
  '\u2028ls',
  '\u202eRTL',
  'a'.repeat(300),
  '"',
  "'",
  '\\',
  '',
];

export const hostileString = (maxLength = 300): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(...HOSTILE_SAMPLES.map((s) => s.slice(0, maxLength))),
    fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 40) }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }),
  );

/** A non-empty hostile string (names must not be empty). */
export const hostileName = (maxLength = 300): fc.Arbitrary<string> => hostileString(maxLength).map((s) => (s.length === 0 ? 'x' : s));

/** Valid Kafka topic names. */
export const validTopicName = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$/);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Usually unset or valid, sometimes a value Kafka rejects, so both the export and the refusal paths run. */
const mostly = <T>(valid: fc.Arbitrary<T>, risky: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 12 }, { arbitrary: valid, weight: 5 }, { arbitrary: risky, weight: 1 });

export const topicConfigArb = fc.record({
  'min.insync.replicas': fc.integer({ min: 1, max: 5 }),
  'cleanup.policy': fc.constantFrom('delete', 'compact', 'compact,delete'),
  'retention.ms': fc.oneof(fc.constantFrom(-1, 0, 60_000, 604_800_000, 90_000), fc.integer({ min: -1, max: 4_000_000_000_000 })),
  'retention.bytes': maybe(fc.integer({ min: -1, max: 2 ** 40 })),
  'max.message.bytes': mostly(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 2 ** 31 + 5 })),
  'compression.type': maybe(fc.constantFrom('producer', 'uncompressed', 'gzip', 'snappy', 'lz4', 'zstd')),
  'unclean.leader.election.enable': maybe(fc.boolean()),
  'min.compaction.lag.ms': mostly(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10_000_000 })),
  'max.compaction.lag.ms': mostly(fc.integer({ min: 1000, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 })),
  'delete.retention.ms': maybe(fc.integer({ min: 0, max: 10_000_000 })),
  'segment.ms': maybe(fc.integer({ min: 1, max: 10_000_000 })),
  'segment.bytes': mostly(fc.integer({ min: 1_048_576, max: 2 ** 31 - 1 }), fc.integer({ min: 14, max: 2 ** 31 + 5 })),
  'flush.messages': maybe(fc.integer({ min: 1, max: 100_000 })),
  'flush.ms': maybe(fc.integer({ min: 0, max: 100_000 })),
  'remote.storage.enable': mostly(fc.constant(false), fc.constant(true)),
  'local.retention.ms': mostly(fc.constant(undefined), fc.integer({ min: -2, max: 10_000_000 })),
  'local.retention.bytes': mostly(fc.constant(undefined), fc.integer({ min: -2, max: 10_000_000 })),
});

export const producerKafkaArb = fc.record({
  acks: fc.oneof({ arbitrary: fc.constantFrom('all', '-1'), weight: 8 }, { arbitrary: fc.constantFrom('0', '1'), weight: 2 }),
  'enable.idempotence': fc.oneof({ arbitrary: fc.constant(true), weight: 6 }, { arbitrary: fc.constant(false), weight: 1 }),
  'max.in.flight.requests.per.connection': fc.oneof({ arbitrary: fc.integer({ min: 1, max: 5 }), weight: 9 }, { arbitrary: fc.integer({ min: 6, max: 10 }), weight: 1 }),
  retries: mostly(fc.integer({ min: 1, max: 10 }), fc.constant(0)),
  'linger.ms': maybe(fc.integer({ min: 0, max: 1000 })),
  'batch.size': maybe(fc.integer({ min: 0, max: 1_000_000 })),
  'compression.type': maybe(fc.constantFrom('none', 'gzip', 'snappy', 'lz4', 'zstd')),
  'delivery.timeout.ms': mostly(fc.integer({ min: 120_000, max: 200_000 }), fc.integer({ min: 0, max: 200_000 })),
  'request.timeout.ms': mostly(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 100_000, max: 300_000 })),
  'max.request.size': maybe(fc.integer({ min: 1, max: 10_000_000 })),
  'transaction.timeout.ms': mostly(fc.integer({ min: 1, max: 900_000 }), fc.integer({ min: 900_001, max: 2_000_000 })),
  'partitioner.ignore.keys': maybe(fc.boolean()),
});

export const consumerKafkaArb = fc.record({
  'enable.auto.commit': fc.boolean(),
  'auto.offset.reset': fc.constantFrom('earliest', 'latest', 'none'),
  'isolation.level': maybe(fc.constantFrom('read_uncommitted', 'read_committed')),
  'partition.assignment.strategy': maybe(fc.constantFrom('range', 'roundrobin', 'sticky', 'cooperative-sticky', 'range,cooperative-sticky')),
  'group.protocol': maybe(fc.constantFrom('classic', 'consumer')),
  'group.remote.assignor': mostly(fc.constant(undefined), fc.constantFrom('uniform', 'range')),
  'max.poll.records': maybe(fc.integer({ min: 1, max: 10_000 })),
  'max.poll.interval.ms': maybe(fc.integer({ min: 1, max: 1_000_000 })),
  'session.timeout.ms': mostly(fc.integer({ min: 30_000, max: 1_800_000 }), fc.integer({ min: 1, max: 2_000_000 })),
  'heartbeat.interval.ms': mostly(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100_000 })),
  'max.partition.fetch.bytes': maybe(fc.integer({ min: 0, max: 10_000_000 })),
});

const strip = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export interface KafkaDesignOptions {
  topicName?: fc.Arbitrary<string>;
  text?: fc.Arbitrary<string>;
  groupId?: fc.Arbitrary<string | undefined>;
  transactionalId?: fc.Arbitrary<string | undefined>;
}

/** Designs with 1–2 Kafka clusters, topics, producers and consumer groups wired at random. */
export function kafkaDesignArb(options: KafkaDesignOptions = {}): fc.Arbitrary<Design> {
  const text = options.text ?? fc.string({ minLength: 1, maxLength: 20 });
  const topicName = options.topicName ?? validTopicName;
  return fc
    .record({
      name: text,
      clusters: fc.array(
        fc.record({
          nodes: fc.oneof({ arbitrary: fc.integer({ min: 3, max: 5 }), weight: 9 }, { arbitrary: fc.integer({ min: 1, max: 2 }), weight: 1 }),
          racks: fc.integer({ min: 1, max: 4 }),
          name: text,
        }),
        { minLength: 1, maxLength: 2 },
      ),
      topics: fc.array(
        fc.record({
          name: topicName,
          cluster: fc.nat(),
          partitions: fc.integer({ min: 1, max: 200 }),
          replicationFactor: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 19 }, { arbitrary: fc.integer({ min: 4, max: 5 }), weight: 1 }),
          config: topicConfigArb,
          role: fc.constantFrom('normal', 'retry', 'dead-letter'),
          format: fc.constantFrom('none', 'json', 'json-schema', 'avro', 'protobuf', 'cloudevents'),
          registry: fc.boolean(),
          notes: maybe(text),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      producers: fc.array(
        fc.record({
          name: text,
          kafka: producerKafkaArb,
          transactionalId: options.transactionalId ?? maybe(fc.string({ minLength: 1, maxLength: 30 })),
          writes: fc.array(fc.nat(), { maxLength: 3 }),
        }),
        { maxLength: 3 },
      ),
      consumers: fc.array(
        fc.record({
          name: text,
          groupId: options.groupId ?? maybe(fc.string({ maxLength: 30 })),
          kafka: consumerKafkaArb,
          reads: fc.array(fc.nat(), { maxLength: 3 }),
          writes: fc.array(fc.nat(), { maxLength: 2 }),
        }),
        { maxLength: 3 },
      ),
    })
    .map((d) => {
      const clusters = d.clusters.map((c, i) => ({ id: `kafka-${i + 1}`, name: c.name, broker: 'kafka', nodes: c.nodes, racks: c.racks }));
      const topics = d.topics.map((t, i) => ({
        kind: 'kafka-topic',
        id: `topic-${i + 1}`,
        name: t.name,
        cluster: clusters[t.cluster % clusters.length].id,
        partitions: t.partitions,
        replicationFactor: t.replicationFactor,
        config: strip(t.config),
        role: t.role,
        messageSchema: { format: t.format, registry: t.registry },
        ...(t.notes !== undefined ? { notes: t.notes } : {}),
      }));
      const connections: TestConnection[] = [];
      const pick = (n: number) => topics[n % topics.length].id;
      const producers = d.producers.map((p, i) => {
        const id = `producer-${i + 1}`;
        for (const w of new Set(p.writes.map(pick))) connections.push({ from: id, to: w, kind: 'publish' });
        const kafka = { ...strip(p.kafka), ...(p.transactionalId !== undefined ? { 'transactional.id': p.transactionalId } : {}) };
        return { kind: 'producer', id, name: p.name, kafka };
      });
      const consumers = d.consumers.map((c, i) => {
        const id = `group-${i + 1}`;
        for (const r of new Set(c.reads.map(pick))) connections.push({ from: r, to: id, kind: 'consume' });
        for (const w of new Set(c.writes.map(pick))) connections.push({ from: id, to: w, kind: 'publish' });
        return { kind: 'consumer-group', id, name: c.name, ...(c.groupId !== undefined ? { groupId: c.groupId } : {}), kafka: strip(c.kafka) };
      });
      return makeDesign({ name: d.name, clusters, nodes: [...topics, ...producers, ...consumers], connections });
    });
}

/** Gives topics of Kafka designs placements topicctl takes on any cluster, static ones included (one replica list or rack per partition). */
export function withPlacements(designs: fc.Arbitrary<Design>): fc.Arbitrary<Design> {
  const drawn = fc.option(
    fc.record({ placement: fc.constantFrom('any', 'in-rack', 'static', 'static-in-rack'), picker: fc.option(fc.constantFrom('lowest-index', 'randomized', 'cluster-use'), { nil: undefined }) }),
    { nil: undefined },
  );
  return designs.chain((d) =>
    fc.array(drawn, { minLength: d.nodes.length, maxLength: d.nodes.length }).map((placements): Design => ({
      ...d,
      nodes: d.nodes.map((n, i) => {
        const chosen = placements[i];
        if (n.kind !== 'kafka-topic' || !chosen) return n;
        const nodes = d.clusters.find((c) => c.id === n.cluster)?.nodes ?? 3;
        // kafkaDesignArb sets both; 1 is the broker default either would resolve to.
        const partitions = Array.from({ length: n.partitions ?? 1 }, (_, p) => p);
        const replicas = n.replicationFactor ?? 1;
        return {
          ...n,
          placement: chosen.placement,
          ...(chosen.picker ? { placementPicker: chosen.picker } : {}),
          ...(chosen.placement === 'static' ? { staticAssignments: partitions.map((p) => Array.from({ length: replicas }, (_, r) => ((p + r) % nodes) + 1)) } : {}),
          ...(chosen.placement === 'static-in-rack' ? { staticRackAssignments: partitions.map((p) => `rack-${p % 2}`) } : {}),
        } as typeof n;
      }),
    })),
  );
}
