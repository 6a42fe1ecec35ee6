import type { Cluster, NodeKind, NodeOfKind } from '../design';
import { SET_IN_DESIGN, type Resolved, type SettingSource } from './source';

/**
 * What a broker's resolvers are made of. A resolver fills the settings a node
 * leaves unset with what its client, broker or cloud really uses, and writes
 * down in `sources` where each value came from (by path: `kafka.acks`,
 * `partitions`, `config.retention.ms`). Each broker keeps a table of them,
 * by kind, in `lib/brokers/<broker>/resolve.ts`; `resolvers.ts` joins the
 * tables and `resolve.ts` runs them.
 */

/** Where each setting a resolver filled or found came from, by path; the resolver writes it. */
export type SourceLog = Map<string, SettingSource>;

/** A node of kind `K` with its settings resolved; `cluster` is the node's own (a resolver that needs none leaves it off). */
export type Resolver<K extends NodeKind> = (node: NodeOfKind<K>, sources: SourceLog, cluster: Cluster | undefined) => { kind: K };

/** A broker's resolvers, one per kind it owns: what each broker's table `satisfies`. */
export type Resolvers = { readonly [K in NodeKind]?: Resolver<K> };

/** `raw` with each of `defaults`' keys filled where unset; sources recorded under `prefix`. */
export function fill<R extends object, T extends object>(raw: R, defaults: T, source: SettingSource, prefix: string, sources: SourceLog): R & T {
  const given = raw as Record<string, unknown>;
  const out: Record<string, unknown> = { ...given };
  for (const key of Object.keys(defaults) as Array<keyof T & string>) {
    if (given[key] !== undefined) sources.set(prefix + key, SET_IN_DESIGN);
    else {
      out[key] = defaults[key];
      sources.set(prefix + key, source);
    }
  }
  return out as R & T;
}

/** `raw` when the design sets it, else `fallback`'s value; the source recorded under `path`. */
export function pick<T>(raw: T | undefined, fallback: Resolved<NonNullable<T>>, path: string, sources: SourceLog): NonNullable<T> {
  if (raw !== undefined && raw !== null) {
    sources.set(path, SET_IN_DESIGN);
    return raw as NonNullable<T>;
  }
  sources.set(path, fallback.source);
  return fallback.value;
}
