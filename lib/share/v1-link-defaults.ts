/**
 * The values a version-1 share link left out because they were the design
 * format's defaults at the time, for the settings that no longer have one
 * (design format 2 reads an omitted setting as the software's default).
 * Decoding a `v1.` link puts them back, so an old link opens exactly as it
 * was shared. Frozen: every v1 link ever made depends on these.
 */
const V1_LINK_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  producer: {
    kafka: { acks: 'all', 'enable.idempotence': true, 'max.in.flight.requests.per.connection': 5 },
    rabbitmq: { confirms: true, mandatory: false, persistent: true },
  },
  'consumer-group': {
    prefetch: 100,
    kafka: { 'enable.auto.commit': false, 'auto.offset.reset': 'earliest' },
    nats: { ack_policy: 'explicit', ack_wait: '30s', max_deliver: 5, max_ack_pending: 1000 },
  },
  'kafka-topic': {
    partitions: 6,
    replicationFactor: 3,
    config: { 'min.insync.replicas': 2, 'cleanup.policy': 'delete', 'retention.ms': 604_800_000 },
  },
  'rabbitmq-queue': { type: 'quorum' },
  'nats-stream': {
    retention: 'limits',
    storage: 'file',
    num_replicas: 3,
    max_bytes: -1,
    max_msgs: -1,
    max_msg_size: -1,
    discard: 'old',
    duplicate_window: '2m',
  },
  'sqs-queue': {
    visibilityTimeout: 30,
    messageRetentionPeriod: 345_600,
    delaySeconds: 0,
    receiveMessageWaitTimeSeconds: 20,
    maximumMessageSize: 262_144,
    kmsManagedKey: 'sqs-managed',
  },
};

/** A node of a v1 link with the version-1 defaults of its kind under what the link carries (nested settings key by key). */
export function withV1LinkDefaults(node: Record<string, unknown>): Record<string, unknown> {
  const defaults = typeof node.kind === 'string' && Object.hasOwn(V1_LINK_DEFAULTS, node.kind) ? V1_LINK_DEFAULTS[node.kind] : undefined;
  if (!defaults) return node;
  const out: Record<string, unknown> = { ...defaults, ...node };
  for (const [key, value] of Object.entries(defaults)) {
    const given = node[key];
    if (isPlainObject(value) && isPlainObject(given)) out[key] = { ...value, ...given };
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
