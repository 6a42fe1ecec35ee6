import fc from 'fast-check';
import type { Design } from '../design';
import { makeDesign, type TestConnection } from '../design/build-design';

/**
 * Pub/Sub designs Pub/Sub would accept, drawn widely: topics with retention,
 * storage regions, keys and schemas; subscriptions of every delivery type
 * with each setting set or left to Pub/Sub, some dead-lettering to another
 * topic; a producer and consumers, which the Terraform export does not keep.
 */

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const topic = fc.record({
  messageRetentionDuration: opt(fc.constantFrom(600, 86_400, 2_678_400)),
  allowedPersistenceRegions: opt(fc.constantFrom(['europe-west1'], ['us-central1', 'us-east1'])),
  enforceInTransit: opt(fc.boolean()),
  kmsKeyName: opt(fc.constant('projects/p/locations/global/keyRings/r/cryptoKeys/k')),
  schemaEncoding: opt(fc.constantFrom('JSON', 'BINARY')),
  messageSchema: opt(
    fc.record({
      name: fc.constantFrom('order-event', 'click-v2'),
      format: fc.constantFrom('avro', 'protobuf', 'json-schema', 'none'),
      version: opt(fc.constantFrom('1', '2')),
      registry: fc.boolean(),
      definition: opt(fc.constant('{"type":"record","name":"E","fields":[]}')),
    }),
  ),
});

const delivery = fc.oneof(
  fc.constant({ deliveryType: 'pull' }),
  fc.record({
    deliveryType: fc.constant('push'),
    pushConfig: fc.record(
      {
        pushEndpoint: fc.constantFrom('https://a.example/push', 'https://b.example/p?x=1'),
        oidcServiceAccountEmail: opt(fc.constant('sa@p.iam.gserviceaccount.com')),
        audience: opt(fc.constant('aud')),
        noWrapper: opt(fc.boolean()),
      },
      { requiredKeys: ['pushEndpoint'] },
    ),
  }),
  fc.record({
    deliveryType: fc.constant('bigquery'),
    bigqueryConfig: fc.record(
      {
        table: fc.constant('p.d.t'),
        useTopicSchema: opt(fc.boolean()),
        writeMetadata: opt(fc.boolean()),
        dropUnknownFields: opt(fc.boolean()),
        serviceAccountEmail: opt(fc.constant('bq@p.iam.gserviceaccount.com')),
      },
      { requiredKeys: ['table'] },
    ),
  }),
  fc.record({
    deliveryType: fc.constant('cloudStorage'),
    cloudStorageConfig: fc.record(
      {
        bucket: fc.constant('archive-1'),
        filenamePrefix: opt(fc.constant('x/')),
        filenameSuffix: opt(fc.constant('.avro')),
        maxBytes: opt(fc.constant(5000)),
        maxMessages: opt(fc.constant(2000)),
        outputFormat: opt(fc.constantFrom('text', 'avro')),
        writeMetadata: opt(fc.boolean()),
      },
      { requiredKeys: ['bucket'] },
    ),
  }),
);

const subscription = fc.record({
  topic: fc.nat(),
  deadLetter: fc.option(fc.nat(), { nil: undefined }),
  delivery,
  settings: fc.record(
    {
      ackDeadlineSeconds: fc.constantFrom(60, 600),
      messageRetentionDuration: fc.constantFrom(600, 604_800),
      retainAckedMessages: fc.boolean(),
      enableMessageOrdering: fc.boolean(),
      enableExactlyOnceDelivery: fc.boolean(),
      filter: fc.constantFrom('attributes.a = "x"', 'hasPrefix(attributes.p, "/")'),
      minimumBackoffSeconds: fc.constantFrom(0, 10),
      maximumBackoffSeconds: fc.constantFrom(60, 600),
      expirationTtlSeconds: fc.constantFrom(0, 86_400),
      depthAlert: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  maxDeliveryAttempts: opt(fc.constantFrom(5, 100)),
  consumed: fc.boolean(),
});

export function arbPubsubDesign(): fc.Arbitrary<Design> {
  return fc
    .record({ topics: fc.array(topic, { minLength: 1, maxLength: 3 }), subscriptions: fc.array(subscription, { minLength: 1, maxLength: 4 }), project: fc.boolean() })
    .map(({ topics, subscriptions, project }) => {
      const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [{ kind: 'producer', id: 'api' }];
      const connections: TestConnection[] = [{ from: 'api', to: 't0' }];
      topics.forEach((t, i) => nodes.push({ kind: 'pubsub-topic', id: `t${i}`, name: `topic-${i}`, cluster: 'gcp', ...JSON.parse(JSON.stringify(t)) }));
      subscriptions.forEach((s, i) => {
        const deadLetter = s.deadLetter === undefined ? undefined : s.deadLetter % topics.length;
        nodes.push({
          kind: 'pubsub-subscription',
          id: `s${i}`,
          name: `sub-${i}`,
          cluster: 'gcp',
          ...JSON.parse(JSON.stringify(s.delivery)),
          ...s.settings,
          ...(deadLetter !== undefined && s.maxDeliveryAttempts ? { maxDeliveryAttempts: s.maxDeliveryAttempts } : {}),
        });
        connections.push({ from: `t${s.topic % topics.length}`, to: `s${i}` });
        if (deadLetter !== undefined) connections.push({ from: `s${i}`, to: `t${deadLetter}`, kind: 'dead-letter' });
        if (s.consumed) {
          nodes.push({ kind: 'consumer-group', id: `c${i}` });
          connections.push({ from: `s${i}`, to: `c${i}` });
        }
      });
      return makeDesign(
        { name: 'Generated Pub/Sub design', clusters: [{ id: 'gcp', name: 'GCP', broker: 'pubsub', ...(project ? { config: { project: 'acme-prod' } } : {}) }], nodes, connections },
        { recommended: false },
      );
    });
}
