import type { Design, DesignNode } from '../design';
import type { RESOLVERS } from './resolvers';
import type { SettingSource } from './source';

/**
 * A design with every setting the software defaults filled in with what the
 * service, broker or cloud will really use — the design as the review judges
 * it. The design document keeps only what the user wrote; `resolveDesign`
 * derives this, and `sources` says where each effective value comes from.
 * Each kind's resolved type is its resolver's (`<broker>/resolve.ts`, e.g.
 * `ResolvedKafkaTopic` in kafka/resolve.ts); a kind with no resolver resolves
 * to its design node as written.
 */

type Resolvers = typeof RESOLVERS;
type ResolvedKinds = { [K in keyof Resolvers]: ReturnType<Resolvers[K]> }[keyof Resolvers];

/** A node of any kind with its effective settings. */
export type ResolvedNode = ResolvedKinds | Exclude<DesignNode, { kind: keyof Resolvers }>;
export type ResolvedNodeOfKind<K extends DesignNode['kind']> = Extract<ResolvedNode, { kind: K }>;

/** Where each effective setting of a node comes from, by path (`kafka.acks`, `partitions`, `config.retention.ms`). */
export type NodeSettingSources = ReadonlyMap<string, SettingSource>;

export type ResolvedDesign = Omit<Design, 'nodes'> & {
  nodes: ResolvedNode[];
};
