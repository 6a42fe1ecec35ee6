import type { Cluster, RabbitmqExchangeNode, RabbitmqPolicy } from '../design';
import type { ResolvedRabbitmqQueue } from '../brokers/rabbitmq/resolve';
import type { ExportError } from './exporter';

/**
 * The neutral shape of a design's RabbitMQ objects (see rabbitmq-topology.ts),
 * the target broker version, and the limits every RabbitMQ export checks
 * names against.
 */

export type ArgumentValue = string | number | boolean;
export type Arguments = Record<string, ArgumentValue>;
/** A policy's keys: single values, and lists for the keys that take them (ha-params of ha-mode nodes). */
export type PolicyDefinition = Record<string, ArgumentValue | string[]>;

export interface RabbitVersion {
  major: number;
  minor: number;
  /** As written in the design, or `undefined` when the 3.10 floor is assumed. */
  text?: string;
}

export interface ExchangeDef {
  nodeId: string;
  name: string;
  vhost: string;
  type: RabbitmqExchangeNode['type'];
  durable: boolean;
  autoDelete: boolean;
  internal: boolean;
  arguments: Arguments;
}

export interface QueueDef {
  nodeId: string;
  name: string;
  vhost: string;
  type: ResolvedRabbitmqQueue['type'];
  durable: boolean;
  autoDelete: boolean;
  /** Holds `x-queue-type` when the design sets the type (the 3.10 importer ignores a queue's `type` field); unset, the broker declares its default type. */
  arguments: Arguments;
}

export interface BindingDef {
  connectionId: string;
  vhost: string;
  sourceId: string;
  source: string;
  destinationId: string;
  destination: string;
  destinationType: 'queue' | 'exchange';
  routingKey: string;
  arguments: Arguments;
}

export interface PolicyDef {
  /** The queue of a policy written for one queue; undefined for a policy the cluster declares by pattern. */
  nodeId?: string;
  vhost: string;
  name: string;
  pattern: string;
  applyTo: RabbitmqPolicy['applyTo'];
  priority: number;
  definition: PolicyDefinition;
  /** The plugin its keys need (federation), which the broker must have enabled. */
  plugin?: string;
}

/** Everything one RabbitMQ cluster of the design declares. */
export interface RabbitTopology {
  /** The cluster, or `undefined` for RabbitMQ nodes that are on no cluster. */
  cluster?: Cluster;
  version: RabbitVersion;
  vhosts: string[];
  /** Exchanges to declare (never the built-in `amq.*` ones, which bindings may still use). */
  exchanges: ExchangeDef[];
  queues: QueueDef[];
  bindings: BindingDef[];
  /** The cluster's policies by pattern, then the policies written for single queues. */
  policies: PolicyDef[];
}

export type TopologyResult = { ok: true; topologies: RabbitTopology[] } | { ok: false; errors: ExportError[] };

export const FLOOR_VERSION: RabbitVersion = { major: 3, minor: 10 };

/** `3.13.7` → 3.13; anything unreadable → the 3.10 floor. */
export function parseRabbitVersion(text: string | undefined): RabbitVersion {
  const match = text === undefined ? null : /^\s*v?(\d+)\.(\d+)/.exec(text);
  if (!match) return FLOOR_VERSION;
  return { major: Number(match[1]), minor: Number(match[2]), text };
}

export function atLeast(version: RabbitVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}

export function versionLabel(version: RabbitVersion): string {
  return version.text !== undefined ? `RabbitMQ ${version.text}` : 'RabbitMQ 3.10 (no cluster version is set, so the oldest supported broker is assumed)';
}

const utf8 = new TextEncoder();
export function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

/** A regex that matches exactly `name` (policy patterns are PCRE, matched against the whole name only with anchors). */
export function exactNamePattern(name: string): string {
  return `^${name.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')}$`;
}

/** Problems with a queue or exchange name, as the broker sees it. */
export function nameProblem(what: string, name: string): string | undefined {
  if (/[\uD800-\uDFFF]/u.test(name)) return `its ${what} name holds a broken character (a lone UTF-16 surrogate), which is not valid Unicode`;
  if (utf8Length(name) > 255) return `its ${what} name is ${utf8Length(name)} bytes long; RabbitMQ allows at most 255`;
  // `rabbit_definitions` skips `amq.*` names with a warning, and clients may not declare them (the built-in
  // exchanges are not declared at all: see buildRabbitTopologies).
  if (name.startsWith('amq.')) return `its ${what} name "${name}" starts with "amq.", which RabbitMQ reserves for its own ${what}s`;
  return undefined;
}
