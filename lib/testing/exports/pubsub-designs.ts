import type { TestDesignInput } from '../../design/build-design';

/**
 * A Pub/Sub design that uses what the template does not: a Cloud Storage
 * export in Avro, an unwrapped push with an OIDC audience, a schema the
 * project already has (no definition), a retry policy with only a minimum,
 * a set expiration TTL, a quoted filter, names that need no Terraform
 * mangling and one that does, and no project on the cluster.
 */
export const PUBSUB_KITCHEN_SINK: TestDesignInput = {
  name: 'Pub/Sub kitchen sink',
  clusters: [{ id: 'gcp', name: 'GCP', broker: 'pubsub' }],
  nodes: [
    { kind: 'producer', id: 'api' },
    {
      kind: 'pubsub-topic',
      id: 'clicks',
      name: 'web.clicks~v2',
      cluster: 'gcp',
      kmsKeyName: 'projects/p/locations/europe-west1/keyRings/r/cryptoKeys/k',
      allowedPersistenceRegions: ['europe-west1', 'europe-west4'],
      enforceInTransit: true,
      messageSchema: { format: 'protobuf', registry: true, name: 'click-v2' },
      schemaEncoding: 'BINARY',
    },
    {
      kind: 'pubsub-subscription',
      id: 'archive',
      cluster: 'gcp',
      deliveryType: 'cloudStorage',
      ackDeadlineSeconds: 300,
      cloudStorageConfig: {
        bucket: 'clicks-archive',
        filenamePrefix: 'clicks/',
        filenameSuffix: '.avro',
        maxDurationSeconds: 120,
        maxBytes: 100_000_000,
        maxMessages: 5000,
        outputFormat: 'avro',
        writeMetadata: true,
      },
    },
    {
      kind: 'pubsub-subscription',
      id: 'webhook',
      cluster: 'gcp',
      deliveryType: 'push',
      pushConfig: { pushEndpoint: 'https://hooks.example.com/p?x=1&y=$HOME', oidcServiceAccountEmail: 'push@p.iam.gserviceaccount.com', audience: 'hooks', noWrapper: true },
      filter: `attributes.kind = "it's" AND hasPrefix(attributes.path, "/shop")`,
      minimumBackoffSeconds: 5,
      expirationTtlSeconds: 172_800,
      retainAckedMessages: true,
      messageRetentionDuration: 86_400,
    },
    { kind: 'consumer-group', id: 'hook-handler', processingMsP99: 500 },
  ],
  connections: [
    { from: 'api', to: 'clicks' },
    { from: 'clicks', to: 'archive' },
    { from: 'clicks', to: 'webhook' },
    { from: 'webhook', to: 'hook-handler' },
  ],
};
