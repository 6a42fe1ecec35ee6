import { clusterOf } from '../../design';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';

/**
 * Server limits of a NATS cluster, read from `cluster.config` by the server's
 * own names. `max_payload` bounds every message (and a stream's
 * `max_msg_size`); the server's default is 1 MB, its hard maximum 64 MB.
 */

export const DEFAULT_MAX_PAYLOAD = 1024 * 1024;

/** NATS config sizes: `1048576`, `8MB`, `512KB`; `K`/`M`/`G` alone are powers of 1000, with `B` or `I` powers of 1024. */
const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1024,
  ki: 1024,
  kib: 1024,
  m: 1e6,
  mb: 1024 ** 2,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1e9,
  gb: 1024 ** 3,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
};

export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = SIZE_UNITS[match[2].toLowerCase()];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}

/** The `max_payload` of the cluster `node` lives on, or the server default. */
export function maxPayload(design: ResolvedDesign, node: ResolvedNode): number {
  const cluster = clusterOf(design, node);
  return (cluster?.broker === 'nats' ? parseSize(cluster.config.max_payload) : undefined) ?? DEFAULT_MAX_PAYLOAD;
}

/** The JetStream-enabled servers a stream can place replicas on; `undefined` when the design does not say. */
export function jetstreamServers(design: ResolvedDesign, node: ResolvedNode): number | undefined {
  const cluster = clusterOf(design, node);
  return cluster?.broker === 'nats' ? cluster.nodes : undefined;
}

/** Human-readable bytes for messages: `1048576` → `1 MiB`, `5000000` → `4.8 MiB`. */
export function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes >= size) return `${bytes % size === 0 ? bytes / size : (bytes / size).toFixed(1)} ${unit}`;
  }
  return `${bytes} bytes`;
}
