import type { Cluster, Design, DesignNode } from '../design';
import type { NodeSettingSources, ResolvedDesign, ResolvedNode } from './resolved-design';
import type { SourceLog } from './resolver';
import { RESOLVERS } from './resolvers';

/**
 * Fills every setting a design leaves unset with what its client, broker or
 * cloud really uses (each broker's resolvers, joined in resolvers.ts), remembering
 * where each value came from. Designs are immutable, so the result is kept
 * per design object: the review, the inspector and the exporters all ask.
 */

interface Resolution {
  design: ResolvedDesign;
  sources: Map<string, SourceLog>;
}

const cache = new WeakMap<Design, Resolution>();
const sourcesByNode = new WeakMap<ResolvedNode, NodeSettingSources>();
const byNode = new WeakMap<DesignNode, { cluster: Cluster | undefined; resolved: ResolvedNode; sources: SourceLog }>();
const EMPTY: NodeSettingSources = new Map();

export function resolveDesign(design: Design): ResolvedDesign {
  return resolution(design).design;
}

/** Where each effective setting of a node comes from (`kafka.acks` → "Java client 3.7 default"). */
export function settingSources(design: Design, nodeId: string): NodeSettingSources {
  return resolution(design).sources.get(nodeId) ?? EMPTY;
}

/** Whether the design itself sets `path` on the node (rather than leaving it to the software). */
export function isSetInDesign(design: Design, nodeId: string, path: string): boolean {
  return settingSources(design, nodeId).get(path)?.origin === 'design';
}

/** The last design asked about: rules ask of the same design thousands of times in a row, and a WeakMap lookup costs more than a comparison. */
let lastAsked: { design: Design; resolution: Resolution } | undefined;

function resolution(design: Design): Resolution {
  // Asked of the design as written (setting sources) and as resolved (resolveDesign of either) in turn: both hit.
  if (lastAsked && (lastAsked.design === design || lastAsked.resolution.design === design)) return lastAsked.resolution;
  let cached = cache.get(design);
  if (!cached) {
    const sources = new Map<string, SourceLog>();
    // Looked up here rather than through indexGraph, which would index every node of the design as written just for its clusters.
    const clusterById = new Map(design.clusters.map((c) => [c.id, c]));
    const nodes = design.nodes.map((node) => {
      // A node resolves from itself and its cluster alone: an edit elsewhere reuses its resolution.
      const cluster = node.cluster === undefined ? undefined : clusterById.get(node.cluster);
      let known = byNode.get(node);
      if (!known || known.cluster !== cluster) {
        const nodeSources: SourceLog = new Map();
        known = { cluster, resolved: resolveNode(node, cluster, nodeSources), sources: nodeSources };
        byNode.set(node, known);
        if (nodeSources.size > 0) sourcesByNode.set(known.resolved, nodeSources);
      }
      if (known.sources.size > 0) sources.set(node.id, known.sources);
      return known.resolved;
    });
    cached = { design: { ...design, nodes }, sources };
    cache.set(design, cached);
    // The resolved design resolves to itself, so code handed either kind of design can ask again.
    cache.set(cached.design as Design, cached);
  }
  lastAsked = { design, resolution: cached };
  return cached;
}

type AnyResolver = (node: DesignNode, sources: SourceLog, cluster: Cluster | undefined) => ResolvedNode;

/** Each kind's resolver by kind name; a kind with none resolves to itself. A resolver takes its own kind's node only, which the lookup by `node.kind` guarantees. */
const RESOLVER_BY_KIND: ReadonlyMap<string, AnyResolver> = new Map(Object.entries(RESOLVERS) as Array<[string, AnyResolver]>);

function resolveNode(node: DesignNode, cluster: Cluster | undefined, sources: SourceLog): ResolvedNode {
  const resolver = RESOLVER_BY_KIND.get(node.kind);
  // No resolver: none of its settings has a software default, so the node as written is its resolved form.
  return resolver ? resolver(node, sources, cluster) : (node as ResolvedNode);
}

/**
 * The settings of `section` (`kafka`, `config`, …) of a resolved node that the
 * design itself writes: what an export may claim. Keys with no software
 * default are kept as they are; resolved keys only when the user set them.
 */
export function writtenSettings<T extends object>(node: ResolvedNode, section: string, values: T): Partial<T> {
  const sources = sourcesByNode.get(node) ?? EMPTY;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const source = sources.get(`${section}.${key}`);
    if (value !== undefined && (!source || source.origin === 'design')) out[key] = value;
  }
  return out as Partial<T>;
}

/** A top-level setting of a resolved node (`partitions`, `type`, `visibilityTimeout`, …) when the design writes it, else undefined. */
export function writtenSetting<T>(node: ResolvedNode, path: string, value: T): T | undefined {
  const source = (sourcesByNode.get(node) ?? EMPTY).get(path);
  return !source || source.origin === 'design' ? value : undefined;
}
