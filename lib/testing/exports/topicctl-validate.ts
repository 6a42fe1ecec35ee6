/**
 * topicctl's own checks, re-implemented for tests (topicctl is a Go binary that
 * is not available here): strict keys (it decodes with DisallowUnknownFields),
 * required fields, placement strategies and pickers, the settings allow-list
 * with its per-key validators (pkg/config/settings.go), retention exclusivity,
 * tiered-storage settings, static assignments, and cluster/topic consistency
 * (pkg/config/topic.go, cluster.go; export-formats §4). Checked against the
 * topicctl corpus in ../shared/corpus/topicctl.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const TOPIC_SHAPE = {
  meta: { name: 1, cluster: 1, region: 1, environment: 1, description: 1, labels: 'map', consumers: 'list' },
  spec: {
    partitions: 1,
    replicationFactor: 1,
    retentionMinutes: 1,
    settings: 'map',
    placement: { strategy: 1, picker: 1, staticAssignments: 'list', staticRackAssignments: 'list' },
    migration: { throttleMB: 1, partitionBatchSize: 1 },
  },
} as const;

const CLUSTER_SHAPE = {
  meta: { name: 1, region: 1, environment: 1, description: 1, shard: 1, labels: 'map' },
  spec: {
    bootstrapAddrs: 'list',
    zkAddrs: 'list',
    zkPrefix: 1,
    zkLockPath: 1,
    clusterID: 1,
    versionMajor: 1,
    defaultThrottleMB: 1,
    defaultRetentionDropStepDuration: 1,
    tls: { enabled: 1, caCertPath: 1, certPath: 1, keyPath: 1, serverName: 1, skipVerify: 1 },
    sasl: { enabled: 1, mechanism: 1, username: 1, password: 1, secretsManagerArn: 1 },
  },
} as const;

type Shape = { [key: string]: 1 | 'map' | 'list' | Shape };

function unknownKeys(value: unknown, shape: Shape, path: string, out: string[]): void {
  if (!isObj(value)) {
    out.push(`${path || 'document'} is not a mapping`);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const rule = shape[key];
    if (rule === undefined) out.push(`unknown field ${path}${key}`);
    else if (typeof rule === 'object' && v !== undefined && v !== null) unknownKeys(v, rule, `${path}${key}.`, out);
  }
}

const int = (v: string) => (/^-?\d+$/.test(v) ? Number(v) : NaN);
const throttles = (v: string) => v.split(',').every((s) => /^\d+:\d+$/.test(s) || s === '*');

/** pkg/config/settings.go keyValidators (v2), as export-formats §4.2 lists them. */
const SETTINGS: Record<string, (v: string) => boolean> = {
  'cleanup.policy': (v) => v.split(',').length <= 2 && v.split(',').every((s) => s === 'compact' || s === 'delete'),
  'compression.type': (v) => ['uncompressed', 'zstd', 'lz4', 'snappy', 'gzip', 'producer'].includes(v),
  'delete.retention.ms': (v) => int(v) >= 0,
  'file.delete.delay.ms': (v) => int(v) >= 0,
  'flush.messages': (v) => int(v) >= 0,
  'flush.ms': (v) => int(v) >= 0,
  'follower.replication.throttled.replicas': throttles,
  'index.interval.bytes': (v) => int(v) >= 0,
  'leader.replication.throttled.replicas': throttles,
  'max.compaction.lag.ms': (v) => int(v) >= 1,
  'max.message.bytes': (v) => int(v) >= 0,
  'message.format.version': (v) => /^\d+\.\d+(\.\d+)?(-IV\d)?$/.test(v),
  'message.timestamp.difference.max.ms': (v) => int(v) >= 0,
  'message.timestamp.type': (v) => v === 'CreateTime' || v === 'LogAppendTime',
  'min.cleanable.dirty.ratio': (v) => Number(v) >= 0 && Number(v) <= 1,
  'min.compaction.lag.ms': (v) => int(v) >= 0,
  'min.insync.replicas': (v) => int(v) >= 1,
  preallocate: (v) => /^(1|0|t|f|true|false|TRUE|FALSE|True|False|T|F)$/.test(v),
  'retention.bytes': (v) => int(v) >= -1,
  'retention.ms': (v) => int(v) >= -1,
  'local.retention.bytes': (v) => int(v) >= -2,
  'local.retention.ms': (v) => int(v) >= -2,
  'remote.storage.enable': (v) => /^(1|0|t|f|true|false|TRUE|FALSE|True|False|T|F)$/.test(v),
  'remote.log.msk.disable.policy': (v) => v.length > 0,
  'segment.bytes': (v) => int(v) >= 14,
  'segment.index.bytes': (v) => int(v) >= 0,
  'segment.jitter.ms': (v) => int(v) >= 0,
  'segment.ms': (v) => int(v) >= -1,
  'unclean.leader.election.enable': (v) => /^(1|0|t|f|true|false|TRUE|FALSE|True|False|T|F)$/.test(v),
};

/** topicctl's interfaceToString: numbers as integers (or 2 decimals), booleans, strings, lists joined with ",". */
function settingText(v: unknown): string {
  if (Array.isArray(v)) return v.map(settingText).join(',');
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return String(v);
}

export function validateTopicctlCluster(doc: unknown): string[] {
  const errors: string[] = [];
  unknownKeys(doc, CLUSTER_SHAPE as unknown as Shape, '', errors);
  if (!isObj(doc)) return errors;
  const meta = isObj(doc.meta) ? doc.meta : {};
  const spec = isObj(doc.spec) ? doc.spec : {};
  for (const key of ['name', 'region', 'environment']) if (typeof meta[key] !== 'string' || meta[key] === '') errors.push(`meta.${key} must be set`);
  if (!Array.isArray(spec.bootstrapAddrs) || spec.bootstrapAddrs.length === 0) errors.push('At least one bootstrap broker address must be set');
  return errors;
}

export function validateTopicctlTopic(doc: unknown, cluster?: { name: string; environment: string; region: string; racks?: number }): string[] {
  const errors: string[] = [];
  unknownKeys(doc, TOPIC_SHAPE as unknown as Shape, '', errors);
  if (!isObj(doc)) return errors;
  const meta = isObj(doc.meta) ? doc.meta : {};
  const spec = isObj(doc.spec) ? doc.spec : {};
  for (const key of ['name', 'cluster', 'region', 'environment']) if (typeof meta[key] !== 'string' || meta[key] === '') errors.push(`meta.${key} must be set`);
  if (cluster) {
    if (meta.cluster !== cluster.name) errors.push(`meta.cluster ${String(meta.cluster)} does not match the cluster ${cluster.name}`);
    if (meta.environment !== cluster.environment) errors.push('meta.environment does not match the cluster');
    if (meta.region !== cluster.region) errors.push('meta.region does not match the cluster');
  }
  const partitions = spec.partitions;
  const rf = spec.replicationFactor;
  if (!Number.isInteger(partitions) || (partitions as number) <= 0) errors.push('Partitions must be a positive number');
  if (!Number.isInteger(rf) || (rf as number) <= 0) errors.push('ReplicationFactor must be > 0');
  const settings = isObj(spec.settings) ? spec.settings : {};
  for (const [key, value] of Object.entries(settings)) {
    const validator = SETTINGS[key];
    if (!validator) errors.push(`Key ${key} is not recognized topic config setting`);
    else if (value !== null && settingText(value) !== '' && !validator(settingText(value))) errors.push(`Invalid value for key ${key}: ${settingText(value)}`);
  }
  const retention = spec.retentionMinutes;
  if (retention !== undefined && (!Number.isInteger(retention) || (retention as number) < 0)) errors.push('RetentionMinutes must be >= 0');
  if ((retention as number) > 0 && settings['retention.ms'] !== undefined) errors.push('Cannot set both RetentionMinutes and retention.ms in settings');
  if ((settings['local.retention.bytes'] !== undefined || settings['local.retention.ms'] !== undefined) && settings['remote.storage.enable'] === undefined) {
    errors.push('Setting local retention parameters requires remote.storage.enable to be set in settings');
  }
  const placement = isObj(spec.placement) ? spec.placement : {};
  const strategy = placement.strategy;
  if (!['any', 'balanced-leaders', 'in-rack', 'cross-rack', 'static', 'static-in-rack'].includes(strategy as string)) errors.push(`PlacementStrategy ${String(strategy)} is not valid`);
  if (placement.picker !== undefined && !['cluster-use', 'lowest-index', 'randomized'].includes(placement.picker as string)) errors.push('PickerMethod is not valid');
  const racks = cluster?.racks ?? 0;
  if (strategy === 'balanced-leaders' && racks > 0 && (partitions as number) % racks !== 0) errors.push('Number of partitions is not a multiple of the number of racks');
  if (strategy === 'cross-rack' && (rf as number) > racks) errors.push(`Replication factor (${String(rf)}) cannot be larger than the number of racks (${racks})`);
  if (strategy === 'static') {
    const rows = placement.staticAssignments;
    if (!Array.isArray(rows) || rows.length !== partitions) errors.push('Static assignments must be same length as partitions');
    else if (rows.some((r) => !Array.isArray(r) || r.length !== rf)) errors.push('Static assignment rows must match replication factor');
  }
  if (strategy === 'static-in-rack' && (!Array.isArray(placement.staticRackAssignments) || placement.staticRackAssignments.length !== partitions)) {
    errors.push('Static rack assignments must be same length as partitions');
  }
  return errors;
}
