import type { Design } from './design';
import { clusterBrokerDefaults, nodeKindDefaults, REQUIREMENTS_DEFAULTS, REVIEW_DEFAULTS, stripDefaults, stripFlat } from './defaults';

/**
 * The design as a document with every value its schema would fill in again
 * left out, the way people write design files by hand. Reading it gives the
 * same design (the round-trip tests hold every writer to that); it is a
 * third to a half of the full document, so the studio's autosave and files
 * stay small, and a 10,000-node design still fits the reader's size limit.
 * Defaults belong to the document version: a migration that changes one
 * writes the old value into old documents.
 */

const NODE_KEEP = new Set(['kind', 'id', 'name']);
const CLUSTER_KEEP = new Set(['id', 'name', 'broker']);
const CONNECTION_KEEP = new Set(['id', 'kind', 'from', 'to']);

const withKept = <T extends object>(value: T, keep: ReadonlySet<string>, rest: Record<string, unknown>): Record<string, unknown> => ({
  ...Object.fromEntries([...keep].filter((k) => k in value).map((k) => [k, (value as Record<string, unknown>)[k]])),
  ...rest,
});

/** The design's own fields (not its parts) that differ from a new design's: what both this and the share link's compact form write. */
export function designFieldsWithoutDefaults(design: Design): {
  name?: string;
  notes?: string;
  requirements?: Record<string, unknown>;
  review?: Record<string, unknown>;
  simulation?: Design['simulation'];
} {
  const out: ReturnType<typeof designFieldsWithoutDefaults> = {};
  if (design.name !== 'Untitled design') out.name = design.name;
  if (design.notes !== undefined) out.notes = design.notes;
  const requirements = stripFlat(design.requirements, REQUIREMENTS_DEFAULTS);
  if (Object.keys(requirements).length > 0) out.requirements = requirements;
  const review = stripFlat(design.review, REVIEW_DEFAULTS);
  if (Object.keys(review).length > 0) out.review = review;
  if (design.simulation !== undefined) out.simulation = design.simulation;
  return out;
}

export function minimalDesign(design: Design): Record<string, unknown> {
  const doc: Record<string, unknown> = { queuewright: design.queuewright, ...designFieldsWithoutDefaults(design) };
  if (design.clusters.length > 0) doc.clusters = design.clusters.map((c) => withKept(c, CLUSTER_KEEP, stripDefaults(c, clusterBrokerDefaults(c.broker), CLUSTER_KEEP)));
  if (design.nodes.length > 0) doc.nodes = design.nodes.map((n) => withKept(n, NODE_KEEP, stripDefaults(n, nodeKindDefaults(n.kind), NODE_KEEP)));
  if (design.connections.length > 0) doc.connections = design.connections.map((c) => withKept(c, CONNECTION_KEEP, stripDefaults(c, undefined, CONNECTION_KEEP)));
  if (design.layout !== undefined) doc.layout = design.layout;
  return doc;
}
