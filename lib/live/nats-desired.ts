import type { Design } from '../design';
import { buildNatsJetstream, type NatsStreamConfig } from '../exporters/nats-jetstream-config';
import { LiveImportError } from './live-error';

/**
 * What a design asks of one NATS JetStream account: the JSON exporter's own
 * stream and consumer configurations (nats-jetstream-config.ts), so an export
 * and an apply of one design cannot disagree. A design may draw several NATS
 * clusters: `clusterId` picks one.
 */
export function natsDesired(design: Design, clusterId?: string): NatsStreamConfig[] {
  const built = buildNatsJetstream(design);
  if (!built.ok) throw new LiveImportError('invalid-input', `The design cannot be applied to NATS JetStream: ${built.errors.map((e) => `${e.nodeId ? `${e.nodeId}: ` : ''}${e.message}`).join(' ')}`);
  const clusters = [...new Set(built.streams.map((s) => s.clusterKey))];
  if (clusters.length === 0) throw new LiveImportError('invalid-input', 'The design has no NATS JetStream stream to compare with the server.');
  const chosen = clusterId ?? (clusters.length === 1 ? clusters[0] : undefined);
  if (chosen === undefined || !clusters.includes(chosen)) {
    const ids = clusters.map((c) => c || '(streams on no cluster)').join(', ');
    throw new LiveImportError(
      'invalid-input',
      clusterId === undefined
        ? `The design has NATS streams on ${clusters.length} clusters; name one with --cluster: ${ids}.`
        : `The design has no NATS streams on cluster "${clusterId}"; its NATS clusters are ${ids}.`,
    );
  }
  return built.streams.filter((s) => s.clusterKey === chosen);
}

/** How a consumer is named in differences, operations and --allow-delete: `STREAM/consumer`. */
export function consumerName(stream: string, consumer: string): string {
  return `${stream}/${consumer}`;
}

/** A config as the JetStream API takes it: nanosecond durations as numbers (the client writes JSON with JSON.stringify). */
export function apiConfig(config: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config)
      .filter(([key, value]) => value !== undefined && key !== 'stream_name')
      .map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'bigint' ? Number(v) : v)) : value]),
  );
}
