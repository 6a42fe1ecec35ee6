/**
 * Value domains of every Kafka configuration key a Queuewright exporter may
 * write, and the cross-key constraints Kafka enforces. Topic keys follow the
 * rule catalog §8.1 (Kafka `LogConfig` ConfigDef, 4.x); producer and consumer
 * keys follow the catalog's client table (ProducerConfig / ConsumerConfig),
 * plus the few client keys the catalog leaves out (bootstrap.servers,
 * client.id, group.id, serializers), documented as such.
 *
 * Exporters refuse (with an ExportError naming the node) a value outside its
 * domain instead of writing it: Kafka would reject it at create or start time.
 * A key that is not listed here is never written.
 */

export type ConfigValue = string | number | boolean;

export interface ConfigDomain {
  type: 'int' | 'long' | 'short' | 'double' | 'boolean' | 'string' | 'list' | 'class' | 'class-list' | 'host-list';
  /** Inclusive numeric bounds (int/long/short/double). */
  min?: number;
  max?: number;
  /** Numbers also allowed outside min..max (e.g. -1 for compression.gzip.level). */
  alsoAllowed?: readonly number[];
  /** Allowed values (string) or allowed items (list / class-list). */
  values?: readonly string[];
  /** Items of a list must match this (throttled replicas). */
  itemPattern?: RegExp;
  /** Where the domain comes from / what to know. */
  note?: string;
}

const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;
const SHORT_MAX = 32_767;
/** Java's Long range: the text of a long config is compared exactly (as BigInt), so Long.MAX_VALUE, many configs' default, is allowed. */
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

const int = (min = INT_MIN, max = INT_MAX, note?: string): ConfigDomain => ({ type: 'int', min, max, note });
const long = (min = Number.MIN_SAFE_INTEGER, note?: string): ConfigDomain => ({ type: 'long', min, note });
const bool = (note?: string): ConfigDomain => ({ type: 'boolean', note });
const oneOf = (values: readonly string[], note?: string): ConfigDomain => ({ type: 'string', values, note });

/** Topic-level configs (catalog §8.1). */
export const TOPIC_CONFIG_DOMAIN: Readonly<Record<string, ConfigDomain>> = {
  'cleanup.policy': { type: 'list', values: ['delete', 'compact'], note: 'subset of {delete, compact}' },
  'retention.ms': long(-1, '-1 = no time limit'),
  'retention.bytes': long(Number.MIN_SAFE_INTEGER, 'per partition; -1 = unlimited'),
  // Kafka 4.x raised the minimum to 1 MiB (older releases: 14). The stricter bound is accepted by every version.
  'segment.bytes': int(1_048_576, INT_MAX, '≥ 1 MiB (Kafka 4.x; older releases ≥ 14)'),
  'segment.ms': long(1),
  'segment.jitter.ms': long(0),
  'segment.index.bytes': int(4),
  'max.message.bytes': int(0),
  'min.insync.replicas': int(1),
  'unclean.leader.election.enable': bool(),
  'compression.type': oneOf(['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer']),
  'compression.gzip.level': { type: 'int', min: 1, max: 9, alsoAllowed: [-1], note: 'Kafka ≥ 3.8' },
  'compression.lz4.level': int(1, 17, 'Kafka ≥ 3.8'),
  'compression.zstd.level': int(-131_072, 22, 'Kafka ≥ 3.8'),
  'delete.retention.ms': long(0),
  'min.compaction.lag.ms': long(0),
  'max.compaction.lag.ms': long(1),
  'min.cleanable.dirty.ratio': { type: 'double', min: 0, max: 1 },
  'message.timestamp.type': oneOf(['CreateTime', 'LogAppendTime']),
  'message.timestamp.before.max.ms': long(0),
  'message.timestamp.after.max.ms': long(0),
  'flush.messages': long(1),
  'flush.ms': long(0),
  'file.delete.delay.ms': long(0),
  'index.interval.bytes': int(0),
  preallocate: bool(),
  'remote.storage.enable': bool('needs tiered storage on the cluster'),
  'local.retention.ms': long(-2, '-2 = use retention.ms'),
  'local.retention.bytes': long(-2, '-2 = use retention.bytes'),
  'remote.log.copy.disable': bool(),
  'remote.log.delete.on.disable': bool(),
  'leader.replication.throttled.replicas': { type: 'list', itemPattern: /^(\*|\d+:\d+)$/ },
  'follower.replication.throttled.replicas': { type: 'list', itemPattern: /^(\*|\d+:\d+)$/ },
};

/** Create-time topic settings that are not topic configs (catalog §8.1, first rows). */
export const TOPIC_CREATE_DOMAIN: Readonly<Record<'partitions' | 'replication-factor', ConfigDomain>> = {
  partitions: int(1, INT_MAX, 'can only increase'),
  'replication-factor': { type: 'short', min: 1, max: SHORT_MAX, note: '≤ brokers in the cluster' },
};

const SERIALIZERS = [
  'org.apache.kafka.common.serialization.StringSerializer',
  'org.apache.kafka.common.serialization.ByteArraySerializer',
  'io.confluent.kafka.serializers.KafkaAvroSerializer',
  'io.confluent.kafka.serializers.protobuf.KafkaProtobufSerializer',
  'io.confluent.kafka.serializers.json.KafkaJsonSchemaSerializer',
];
const DESERIALIZERS = SERIALIZERS.map((s) => s.replace(/Serializer$/, 'Deserializer'));

/** The assignors Kafka ships, by the design's short names. */
export const ASSIGNOR_CLASSES: Readonly<Record<string, string>> = {
  range: 'org.apache.kafka.clients.consumer.RangeAssignor',
  roundrobin: 'org.apache.kafka.clients.consumer.RoundRobinAssignor',
  sticky: 'org.apache.kafka.clients.consumer.StickyAssignor',
  'cooperative-sticky': 'org.apache.kafka.clients.consumer.CooperativeStickyAssignor',
};

const COMMON_CLIENT_DOMAIN: Record<string, ConfigDomain> = {
  // Not in the catalog table (connection settings every client needs).
  'bootstrap.servers': { type: 'host-list', note: 'host:port list' },
  'client.id': { type: 'string' },
  'schema.registry.url': { type: 'string', note: 'read by the Confluent (de)serializers; Kafka passes it through' },
};

/** Producer keys (catalog §8.1 client table + ProducerConfig for the serializers). */
export const PRODUCER_CONFIG_DOMAIN: Readonly<Record<string, ConfigDomain>> = {
  ...COMMON_CLIENT_DOMAIN,
  acks: oneOf(['all', '-1', '0', '1']),
  'enable.idempotence': bool(),
  'max.in.flight.requests.per.connection': int(1, INT_MAX, '≤ 5 with idempotence'),
  retries: int(0),
  'delivery.timeout.ms': int(0, INT_MAX, '≥ linger.ms + request.timeout.ms'),
  'linger.ms': long(0),
  'request.timeout.ms': int(0),
  'batch.size': int(0),
  'max.request.size': int(0),
  'compression.type': oneOf(['none', 'gzip', 'snappy', 'lz4', 'zstd']),
  'partitioner.ignore.keys': bool(),
  'transactional.id': { type: 'string', note: 'non-empty; needs enable.idempotence' },
  'transaction.timeout.ms': int(1, INT_MAX, '≤ broker transaction.max.timeout.ms'),
  'key.serializer': { type: 'class', values: SERIALIZERS },
  'value.serializer': { type: 'class', values: SERIALIZERS },
};

/** Consumer keys (catalog §8.1 client table + ConsumerConfig for group.id and the deserializers). */
export const CONSUMER_CONFIG_DOMAIN: Readonly<Record<string, ConfigDomain>> = {
  ...COMMON_CLIENT_DOMAIN,
  'group.id': { type: 'string', note: 'non-empty' },
  'isolation.level': oneOf(['read_committed', 'read_uncommitted']),
  'enable.auto.commit': bool(),
  'auto.commit.interval.ms': int(0),
  'auto.offset.reset': oneOf(['earliest', 'latest', 'none']),
  'partition.assignment.strategy': { type: 'class-list', values: Object.values(ASSIGNOR_CLASSES), note: 'classic protocol only' },
  'group.protocol': oneOf(['classic', 'consumer']),
  'group.remote.assignor': { type: 'string', note: 'consumer protocol only' },
  'max.poll.records': int(1),
  'max.poll.interval.ms': int(1),
  'session.timeout.ms': int(6_000, 1_800_000, "within the broker's group.min/max.session.timeout.ms defaults; classic protocol only"),
  'heartbeat.interval.ms': int(1, INT_MAX, '< session.timeout.ms; classic protocol only'),
  'max.partition.fetch.bytes': int(0),
  'fetch.max.bytes': int(0),
  'key.deserializer': { type: 'class', values: DESERIALIZERS },
  'value.deserializer': { type: 'class', values: DESERIALIZERS },
};

const JAVA_CLASS = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)+$/;
const HOST_PORT = /^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/;

/** The text Kafka receives for a value (booleans and numbers as Java prints them). */
export function configValueText(value: ConfigValue): string {
  return typeof value === 'string' ? value : String(value);
}

/** Why `value` is outside `domain`, or `undefined` when it is inside. Accepts typed values and their text form. */
export function domainProblem(domain: ConfigDomain, value: ConfigValue): string | undefined {
  const text = configValueText(value);
  switch (domain.type) {
    case 'long': {
      if (!/^-?\d+$/.test(text)) return `${JSON.stringify(text)} is not an integer`;
      const n = BigInt(text);
      if (n < LONG_MIN || n > LONG_MAX) return `${text} is out of range (a Java long)`;
      if (domain.min !== undefined && n < BigInt(domain.min)) return `${text} is below the minimum ${domain.min}`;
      return undefined;
    }
    case 'int':
    case 'short': {
      if (!/^-?\d+$/.test(text)) return `${JSON.stringify(text)} is not an integer`;
      const n = Number(text);
      if (!Number.isSafeInteger(n)) return `${text} is out of range`;
      if (domain.alsoAllowed?.includes(n)) return undefined;
      if (domain.min !== undefined && n < domain.min) return `${text} is below the minimum ${domain.min}`;
      if (domain.max !== undefined && n > domain.max) return `${text} is above the maximum ${domain.max}`;
      return undefined;
    }
    case 'double': {
      if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return `${JSON.stringify(text)} is not a number`;
      const n = Number(text);
      if (domain.min !== undefined && n < domain.min) return `${text} is below the minimum ${domain.min}`;
      if (domain.max !== undefined && n > domain.max) return `${text} is above the maximum ${domain.max}`;
      return undefined;
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? undefined : `${JSON.stringify(text)} is not true or false`;
    case 'string':
      if (text.length === 0) return 'the value is empty';
      if (domain.values && !domain.values.includes(text)) return `${JSON.stringify(text)} is not one of ${domain.values.join(', ')}`;
      return undefined;
    case 'class':
      if (!JAVA_CLASS.test(text)) return `${JSON.stringify(text)} is not a Java class name`;
      if (domain.values && !domain.values.includes(text)) return `${text} is not one of ${domain.values.join(', ')}`;
      return undefined;
    case 'list':
    case 'class-list':
    case 'host-list': {
      const items = text.split(',').map((s) => s.trim());
      if (items.some((s) => s === '')) return `${JSON.stringify(text)} has an empty item`;
      if (new Set(items).size !== items.length) return `${JSON.stringify(text)} repeats an item`;
      for (const item of items) {
        if (domain.type === 'class-list' && !JAVA_CLASS.test(item)) return `${item} is not a Java class name`;
        if (domain.type === 'host-list' && !HOST_PORT.test(item)) return `${item} is not host:port`;
        if (domain.values && !domain.values.includes(item)) return `${item} is not one of ${domain.values.join(', ')}`;
        if (domain.itemPattern && !domain.itemPattern.test(item)) return `${item} is not a valid item`;
      }
      return undefined;
    }
  }
}

/** Why `key=value` is not allowed in `domains` (unknown key or value outside its domain), or `undefined`. */
export function keyValueProblem(domains: Readonly<Record<string, ConfigDomain>>, key: string, value: ConfigValue): string | undefined {
  if (!Object.hasOwn(domains, key)) return `${key} is not a configuration Queuewright writes`;
  const problem = domainProblem(domains[key], value);
  return problem ? `${key}: ${problem}` : undefined;
}

type Settings = Readonly<Record<string, ConfigValue | undefined>>;

const num = (v: ConfigValue | undefined): number | undefined => (v === undefined ? undefined : Number(v));

/**
 * Constraints between topic settings that Kafka enforces when the topic is
 * created or altered (catalog §8.1 notes).
 */
export function topicCrossProblems(config: Settings, replicationFactor: number, brokers?: number): string[] {
  const problems: string[] = [];
  const minLag = num(config['min.compaction.lag.ms']);
  const maxLag = num(config['max.compaction.lag.ms']);
  if (minLag !== undefined && maxLag !== undefined && minLag > maxLag) {
    problems.push(`min.compaction.lag.ms (${minLag}) is greater than max.compaction.lag.ms (${maxLag})`);
  }
  for (const [local, total] of [
    ['local.retention.ms', 'retention.ms'],
    ['local.retention.bytes', 'retention.bytes'],
  ] as const) {
    const l = num(config[local]);
    const t = num(config[total]);
    if (l !== undefined && l >= 0 && t !== undefined && t >= 0 && l > t) problems.push(`${local} (${l}) is greater than ${total} (${t})`);
  }
  if ((config['local.retention.ms'] !== undefined || config['local.retention.bytes'] !== undefined) && config['remote.storage.enable'] === undefined) {
    problems.push('local.retention.* needs remote.storage.enable to be set');
  }
  if (config['remote.storage.enable'] === true || config['remote.storage.enable'] === 'true') {
    const policy = String(config['cleanup.policy'] ?? 'delete');
    if (policy.includes('compact')) problems.push('remote.storage.enable needs cleanup.policy=delete (tiered storage does not support compaction)');
  }
  if (brokers !== undefined && replicationFactor > brokers) {
    problems.push(`replication factor ${replicationFactor} is more than the ${brokers} broker${brokers === 1 ? '' : 's'} of its cluster`);
  }
  return problems;
}

/**
 * Producer settings Kafka refuses at start (ProducerConfig's idempotence and
 * timeout checks). `transactionMaxTimeoutMs` is the broker's
 * transaction.max.timeout.ms (default 900000).
 */
export function producerCrossProblems(config: Settings, transactionMaxTimeoutMs = 900_000): string[] {
  const problems: string[] = [];
  const idempotent = String(config['enable.idempotence'] ?? 'true') === 'true';
  const explicitIdempotence = config['enable.idempotence'] !== undefined;
  if (idempotent && explicitIdempotence) {
    const inFlight = num(config['max.in.flight.requests.per.connection']);
    if (inFlight !== undefined && inFlight > 5) problems.push(`enable.idempotence=true allows at most 5 max.in.flight.requests.per.connection (not ${inFlight})`);
    const acks = config.acks === undefined ? 'all' : String(config.acks);
    if (acks !== 'all' && acks !== '-1') problems.push(`enable.idempotence=true needs acks=all (not ${acks})`);
    if (num(config.retries) === 0) problems.push('enable.idempotence=true needs retries > 0');
  }
  if (config['transactional.id'] !== undefined && !idempotent) problems.push('transactional.id needs enable.idempotence=true');
  const delivery = num(config['delivery.timeout.ms']);
  if (delivery !== undefined) {
    const linger = num(config['linger.ms']) ?? 5;
    const request = num(config['request.timeout.ms']) ?? 30_000;
    if (delivery < linger + request) problems.push(`delivery.timeout.ms (${delivery}) must be at least linger.ms + request.timeout.ms (${linger + request})`);
  }
  const txTimeout = num(config['transaction.timeout.ms']);
  if (txTimeout !== undefined && txTimeout > transactionMaxTimeoutMs) {
    problems.push(`transaction.timeout.ms (${txTimeout}) is above the broker's transaction.max.timeout.ms (${transactionMaxTimeoutMs})`);
  }
  return problems;
}

/** Consumer settings Kafka refuses at start or the broker refuses at join. */
export function consumerCrossProblems(config: Settings): string[] {
  const problems: string[] = [];
  const consumerProtocol = config['group.protocol'] === 'consumer';
  if (consumerProtocol) {
    for (const key of ['partition.assignment.strategy', 'session.timeout.ms', 'heartbeat.interval.ms']) {
      if (config[key] !== undefined) problems.push(`${key} is not supported with group.protocol=consumer`);
    }
  } else if (config['group.remote.assignor'] !== undefined) {
    problems.push('group.remote.assignor needs group.protocol=consumer');
  }
  const session = num(config['session.timeout.ms']);
  const heartbeat = num(config['heartbeat.interval.ms']);
  if (heartbeat !== undefined && heartbeat >= (session ?? 45_000)) {
    problems.push(`heartbeat.interval.ms (${heartbeat}) must be lower than session.timeout.ms (${session ?? 45_000})`);
  }
  if (String(config['enable.auto.commit']) === 'true' && !config['group.id']) problems.push('enable.auto.commit=true needs a group.id');
  return problems;
}
