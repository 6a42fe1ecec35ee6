import fc from 'fast-check';
import { hostileKey, hostileString } from '../arbitrary-primitives';
import { messageSchema, type KindArbitraries } from './shared';

/** A Kafka Connect connector's fields: each kind keeps only the settings its schema has. */
function connectFields(kind: 'connect-source' | 'connect-sink'): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      connectorClass: hostileString(300),
      transforms: fc.array(fc.record({ name: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), type: hostileString(300), config: fc.dictionary(hostileKey(40), hostileString(60), { maxKeys: 2 }) }), {
        maxLength: 2,
      }),
      extra: fc.dictionary(
        hostileKey(40).filter((k) => k.length > 0),
        hostileString(60),
        { maxKeys: 3 },
      ),
      config: fc
        .record(
          {
            'tasks.max': fc.integer({ min: 1, max: 64 }),
            'value.converter': hostileString(100),
            'errors.tolerance': fc.constantFrom('none', 'all'),
            'topics.regex': hostileString(100),
            'errors.deadletterqueue.context.headers.enable': fc.boolean(),
            'exactly.once.support': fc.constantFrom('requested', 'required'),
          },
          { requiredKeys: [] },
        )
        .map((config) => {
          // Each kind keeps only the settings its schema has (the sink's topics and DLQ, the source's exactly-once).
          const { 'topics.regex': regex, 'errors.deadletterqueue.context.headers.enable': headers, 'exactly.once.support': eos, ...common } = config;
          const own = kind === 'connect-sink' ? { ...common, 'topics.regex': regex, 'errors.deadletterqueue.context.headers.enable': headers } : { ...common, 'exactly.once.support': eos };
          return Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined));
        }),
    },
    { requiredKeys: ['connectorClass'] },
  );
}

/** Arbitrary settings of the Apache Kafka kinds: the topic, and Kafka Connect's connectors and the systems they read or write. */
export const KAFKA_FIELDS: KindArbitraries<'kafka-topic' | 'connect-source' | 'connect-sink' | 'external-system'> = {
  'kafka-topic': () =>
    fc.record(
      {
        partitions: fc.integer({ min: 1, max: 1000 }),
        replicationFactor: fc.integer({ min: 1, max: 5 }),
        config: fc.record(
          {
            'min.insync.replicas': fc.integer({ min: 1, max: 5 }),
            'cleanup.policy': fc.constantFrom('delete', 'compact', 'compact,delete'),
            'retention.ms': fc.integer({ min: -1, max: 2 ** 40 }),
            'max.message.bytes': fc.integer({ min: 0, max: 10_000_000 }),
            'compression.type': fc.constantFrom('producer', 'gzip', 'zstd'),
          },
          { requiredKeys: [] },
        ),
        role: fc.constantFrom('normal', 'retry', 'dead-letter'),
        messageSchema,
      },
      { requiredKeys: [] },
    ),
  'connect-source': () => connectFields('connect-source'),
  'connect-sink': () => connectFields('connect-sink'),
  'external-system': () => fc.record({ system: fc.constantFrom('postgresql', 'snowflake', 's3', 'file', 'other') }, { requiredKeys: [] }),
};
