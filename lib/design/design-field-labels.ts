import type { Cluster } from './cluster';
import type { ReviewSettings } from './design';
import type { Requirements } from './requirements';

/**
 * The labels of the design's own settings (requirements, review, clusters):
 * the part of lib/design/field-labels.ts the studio shows before anything is
 * selected, kept apart so the node kinds' labels load with the node
 * inspector, not with the first page.
 */

/** The design's requirements; a producer's and a consumer's overrides use the same words. */
export const REQUIREMENT_LABELS: { readonly [K in keyof Requirements | 'replayHours']-?: string } = {
  throughput: 'Throughput (msg/s)',
  peakThroughput: 'Peak throughput (msg/s)',
  messageSizeBytes: 'Message size (bytes)',
  maxMessageBytes: 'Largest message (bytes)',
  latencyMs: 'Latency target (ms)',
  ordering: 'Ordering',
  delivery: 'Delivery guarantee',
  retentionHours: 'Retention (hours)',
  maxConsumerOutageHours: 'Longest consumer outage (hours)',
  replayFromBeginning: 'Replay from the beginning',
  rebuildHours: 'Full rebuild time (hours)',
  criticality: 'Criticality',
  replayHours: 'Replay window (hours)',
};

const CLUSTER: { readonly [K in Exclude<keyof Cluster, 'id'>]-?: string } = {
  name: 'Name',
  broker: 'Broker',
  version: 'Broker version',
  nodes: 'Broker nodes',
  racks: 'Racks / zones',
  brokerDiskGiB: 'Disk per broker (GiB)',
  environment: 'Environment',
  config: 'Broker settings',
  policies: 'Policies',
  principals: 'Users and ACLs',
  notes: 'Notes',
};

/** The fields of a cluster's policies and users, by their path without the item's index (`policies.pattern`). */
const CLUSTER_ITEMS = {
  'policies.vhost': 'Virtual host',
  'policies.name': 'Policy name',
  'policies.pattern': 'Pattern (regular expression)',
  'policies.applyTo': 'Applies to',
  'policies.priority': 'Priority',
  'policies.definition': 'Definition',
  'principals.name': 'User name',
  'principals.service': 'Runs as (service id)',
  'principals.authentication': 'Authentication',
  'principals.acls': 'ACLs',
  'principals.acls.type': 'Permission',
  'principals.acls.resource': 'Resource',
  'principals.acls.resource.type': 'Resource type',
  'principals.acls.resource.name': 'Resource name',
  'principals.acls.resource.patternType': 'Name match',
  'principals.acls.operations': 'Operations',
  'principals.acls.host': 'Host',
  'principals.quotas': 'Quotas',
  'principals.notes': 'Notes',
} as const;

const REVIEW: { readonly [K in keyof ReviewSettings]-?: string } = {
  preset: 'Rule preset',
  overrides: 'Rule severity overrides',
};

export type DesignFieldScope = 'cluster' | 'requirements' | 'review';

export const DESIGN_LABELS: Readonly<Record<DesignFieldScope, Readonly<Record<string, string>>>> = {
  cluster: { ...CLUSTER, ...CLUSTER_ITEMS },
  requirements: REQUIREMENT_LABELS,
  review: REVIEW,
};

/** A cluster's broker settings keep the broker's own names (`auto.create.topics.enable`). */
const NATIVE_GROUPS: Partial<Record<DesignFieldScope, readonly string[]>> = { cluster: ['config'] };

/** The label of a design-level field, or `undefined` when it has none (field-labels.test.ts keeps that from shipping). */
export function designFieldLabel(scope: DesignFieldScope, path: readonly string[]): string | undefined {
  if (path.length === 0) return undefined;
  const curated = DESIGN_LABELS[scope][path.join('.')];
  if (curated !== undefined) return curated;
  if (path.length === 2 && NATIVE_GROUPS[scope]?.includes(path[0])) return path[1];
  // A user's quotas and a policy's definition are keyed by the broker's own names.
  if (scope === 'cluster' && path.length === 3 && ((path[0] === 'principals' && path[1] === 'quotas') || (path[0] === 'policies' && path[1] === 'definition'))) return path[2];
  return undefined;
}
