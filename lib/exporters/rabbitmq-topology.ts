import { indexGraph, nodesOfKind, type Cluster, type Connection, type Design, type RabbitmqExchangeNode, type RabbitmqPolicy } from '../design';
import { resolveDesign, writtenSetting } from '../brokers/resolve';
import type { ResolvedRabbitmqQueue } from '../brokers/resolved-design';
import { builtInExchange } from '../rabbitmq/built-in-exchanges';
import { compilePolicies, effectivePolicy, type CompiledPolicy } from '../rabbitmq/policies';
import { validHeadersBinding } from '../rabbitmq/routing';
import type { ExportError } from './exporter';

/**
 * The RabbitMQ objects a design declares, checked against what the target
 * broker accepts, in one neutral shape. `definitions.json`, the
 * `rabbitmqadmin` script and the Terraform export all render from this, so
 * they refuse the same things with the same messages.
 *
 * Target version: the cluster's `version` (e.g. `3.13`, `4.1`). When it is
 * missing or unreadable the floor is RabbitMQ 3.10 (Debian's 3.10.8): what
 * imports into 3.10 imports into every later 3.x, and a feature that needs a
 * newer broker is refused with a message that says which version it needs,
 * instead of being emitted for a broker that would ignore or reject it.
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

function versionLabel(version: RabbitVersion): string {
  return version.text !== undefined ? `RabbitMQ ${version.text}` : 'RabbitMQ 3.10 (no cluster version is set, so the oldest supported broker is assumed)';
}

const utf8 = new TextEncoder();
export function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

/**
 * Which x-arguments each queue type accepts (RabbitMQ 3.10 source:
 * `rabbit_amqqueue` argument checks for classic queues,
 * `rabbit_quorum_queue:capabilities/0` and `rabbit_stream_queue:capabilities/0`).
 * Quorum and stream queues reject the others at declare time; for classic
 * queues an unknown argument is ignored, which is as wrong, so every export
 * refuses what the queue's type does not support.
 * The value is the first version that accepts the argument on that type.
 */
const QUEUE_ARGUMENTS: Record<ResolvedRabbitmqQueue['type'], Record<string, [number, number]>> = {
  classic: {
    'x-message-ttl': [3, 0], 'x-expires': [3, 0], 'x-max-length': [3, 0], 'x-max-length-bytes': [3, 0], 'x-overflow': [3, 0],
    'x-single-active-consumer': [3, 8], 'x-max-priority': [3, 0], 'x-queue-mode': [3, 6], 'x-consumer-timeout': [3, 12],
  },
  quorum: {
    'x-expires': [3, 8], 'x-max-length': [3, 8], 'x-max-length-bytes': [3, 8], 'x-overflow': [3, 8], 'x-single-active-consumer': [3, 8],
    'x-delivery-limit': [3, 8], 'x-quorum-initial-group-size': [3, 8], 'x-message-ttl': [3, 10], 'x-dead-letter-strategy': [3, 10],
    'x-consumer-timeout': [3, 12],
  },
  stream: { 'x-max-length-bytes': [3, 9], 'x-max-age': [3, 9] },
};

/** First version with each queue type. */
const QUEUE_TYPE_SINCE: Record<ResolvedRabbitmqQueue['type'], [number, number]> = { classic: [3, 0], quorum: [3, 8], stream: [3, 9] };

type PolicyCheck = (value: ArgumentValue | string[]) => string | undefined;
const nonNegativeInt: PolicyCheck = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? undefined : 'a whole number ≥ 0');
const positiveInt: PolicyCheck = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? undefined : 'a whole number > 0');
const anyString: PolicyCheck = (v) => (typeof v === 'string' ? undefined : 'a string');
const oneOf =
  (...values: string[]): PolicyCheck =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? undefined : `one of ${values.map((x) => `"${x}"`).join(', ')}`;

/**
 * Policy keys, with the value the broker validates (`rabbit_policies`,
 * `rabbit_mirror_queue_misc`, 3.10), and the versions they exist in. Unknown
 * keys make the broker refuse the whole policy. The federation keys belong to
 * the rabbitmq_federation plugin (shipped with RabbitMQ, off by default): a
 * broker with it enabled accepts them, so they are written, and the export
 * says the plugin is needed.
 */
const POLICY_KEYS: Record<string, { check: PolicyCheck; since?: [number, number]; until?: [number, number]; plugin?: string }> = {
  'alternate-exchange': { check: anyString },
  'federation-upstream': { check: anyString, plugin: 'rabbitmq_federation' },
  'federation-upstream-set': { check: anyString, plugin: 'rabbitmq_federation' },
  'message-ttl': { check: nonNegativeInt },
  expires: { check: positiveInt },
  'max-length': { check: nonNegativeInt },
  'max-length-bytes': { check: nonNegativeInt },
  overflow: { check: oneOf('drop-head', 'reject-publish', 'reject-publish-dlx') },
  'dead-letter-exchange': { check: anyString },
  'dead-letter-routing-key': { check: anyString },
  'dead-letter-strategy': { check: oneOf('at-most-once', 'at-least-once'), since: [3, 10] },
  'delivery-limit': { check: nonNegativeInt },
  'max-in-memory-length': { check: nonNegativeInt, until: [4, 0] },
  'max-in-memory-bytes': { check: nonNegativeInt, until: [4, 0] },
  'queue-mode': { check: oneOf('default', 'lazy') },
  'queue-version': { check: (v) => (v === 1 || v === 2 ? undefined : '1 or 2'), since: [3, 10] },
  'max-age': { check: (v) => (typeof v === 'string' && /^\d+(Y|M|D|h|m|s)$/.test(v) ? undefined : 'a number with Y, M, D, h, m or s, e.g. "7D"'), since: [3, 9] },
  'stream-max-segment-size-bytes': { check: positiveInt, since: [3, 9] },
  'queue-master-locator': { check: oneOf('client-local', 'min-masters', 'random') },
  'queue-leader-locator': { check: oneOf('client-local', 'balanced'), since: [3, 10] },
  'consumer-timeout': { check: positiveInt, since: [3, 12] },
  'ha-mode': { check: oneOf('all', 'exactly', 'nodes'), until: [4, 0] },
  // A count for ha-mode exactly, a list of node names for ha-mode nodes (checked together below).
  'ha-params': { check: (v) => (Array.isArray(v) ? undefined : positiveInt(v) && 'a whole number > 0, or a list of node names'), until: [4, 0] },
  'ha-sync-mode': { check: oneOf('manual', 'automatic'), until: [4, 0] },
  'ha-sync-batch-size': { check: positiveInt, until: [4, 0] },
  'ha-promote-on-shutdown': { check: oneOf('always', 'when-synced'), until: [4, 0] },
  'ha-promote-on-failure': { check: oneOf('always', 'when-synced'), until: [4, 0] },
};

/** A regex that matches exactly `name` (policy patterns are PCRE, matched against the whole name only with anchors). */
export function exactNamePattern(name: string): string {
  return `^${name.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')}$`;
}

/** Problems with a queue or exchange name, as the broker sees it. */
function nameProblem(what: string, name: string): string | undefined {
  if (/[\uD800-\uDFFF]/u.test(name)) return `its ${what} name holds a broken character (a lone UTF-16 surrogate), which is not valid Unicode`;
  if (utf8Length(name) > 255) return `its ${what} name is ${utf8Length(name)} bytes long; RabbitMQ allows at most 255`;
  // `rabbit_definitions` skips `amq.*` names with a warning, and clients may not declare them (the built-in
  // exchanges are not declared at all: see buildRabbitTopologies).
  if (name.startsWith('amq.')) return `its ${what} name "${name}" starts with "amq.", which RabbitMQ reserves for its own ${what}s`;
  return undefined;
}

/**
 * Collects the design's RabbitMQ objects per cluster, or every reason the
 * broker would refuse them. Nodes are taken in design order, so exports are
 * stable.
 */
export function buildRabbitTopologies(document: Design): TopologyResult {
  const design = resolveDesign(document);
  const graph = indexGraph(design);
  const errors: ExportError[] = [];
  const exchanges = nodesOfKind(design, 'rabbitmq-exchange');
  const queues = nodesOfKind(design, 'rabbitmq-queue');
  const policyClusters = design.clusters.filter((c) => c.broker === 'rabbitmq' && (c.policies?.length ?? 0) > 0);
  if (exchanges.length === 0 && queues.length === 0 && policyClusters.length === 0) {
    return { ok: false, errors: [{ message: 'The design has no RabbitMQ exchange, queue or policy to export.' }] };
  }
  const groupKey = (node: { cluster?: string }) => node.cluster ?? '';
  const groups = new Map<string, RabbitTopology>();
  /** Each topology's declared policies, compiled once, to tell what a queue or exchange already gets from them. */
  const compiledOf = new Map<RabbitTopology, CompiledPolicy[]>();
  const addVhost = (topology: RabbitTopology, vhost: string) => {
    if (!topology.vhosts.includes(vhost)) topology.vhosts.push(vhost);
  };
  const topologyOf = (node: { cluster?: string }): RabbitTopology => {
    const key = groupKey(node);
    let topology = groups.get(key);
    if (!topology) {
      const cluster = node.cluster === undefined ? undefined : graph.clusterById.get(node.cluster);
      topology = { cluster, version: parseRabbitVersion(cluster?.version), vhosts: [], exchanges: [], queues: [], bindings: [], policies: [] };
      groups.set(key, topology);
      const declared = cluster?.broker === 'rabbitmq' ? cluster.policies ?? [] : [];
      compiledOf.set(topology, compilePolicies(declared));
      for (const policy of declared) {
        const where = `Policy "${policy.name}" (vhost "${policy.vhost}")`;
        if (['classic_queues', 'quorum_queues', 'streams'].includes(policy.applyTo) && !atLeast(topology.version, 3, 12)) {
          errors.push({ message: `${where} applies to ${policy.applyTo}, which needs RabbitMQ 3.12 or later; the target is ${versionLabel(topology.version)}.` });
          continue;
        }
        const checked = checkPolicy(policy.definition, topology.version, (message) => errors.push({ message: `${where} ${message}` }));
        if (!checked) continue;
        addVhost(topology, policy.vhost);
        topology.policies.push({ vhost: policy.vhost, name: policy.name, pattern: policy.pattern, applyTo: policy.applyTo, priority: policy.priority, ...checked });
      }
    }
    return topology;
  };
  for (const cluster of policyClusters) topologyOf({ cluster: cluster.id });
  const seenNames = new Map<string, string>();
  const checkDuplicate = (node: { id: string; name: string; vhost: string; cluster?: string }, what: 'exchange' | 'queue') => {
    const key = `${what}\u0000${groupKey(node)}\u0000${node.vhost}\u0000${node.name}`;
    const other = seenNames.get(key);
    if (other !== undefined) {
      errors.push({ nodeId: node.id, message: `${what === 'queue' ? 'Queue' : 'Exchange'} "${node.name}" has the same name as node "${other}" in vhost "${node.vhost}": RabbitMQ would keep only one of them.` });
      return;
    }
    seenNames.set(key, node.id);
  };

  /** The one outgoing connection of `kind`, or an error when there are several. */
  const single = (nodeId: string, name: string, kind: Connection['kind'], what: string): Connection | undefined => {
    const list = (graph.outgoing.get(nodeId) ?? []).filter((c) => c.kind === kind);
    if (list.length > 1) errors.push({ nodeId, message: `"${name}" has ${list.length} ${what}s; RabbitMQ takes one.` });
    return list[0];
  };

  /** The exchange a connection points at, when it is one on the same cluster and vhost. */
  const sameVhostExchange = (from: { id: string; name: string; vhost: string; cluster?: string }, connection: Connection, what: string): RabbitmqExchangeNode | undefined => {
    const target = graph.nodeById.get(connection.to);
    if (target?.kind !== 'rabbitmq-exchange') {
      errors.push({ nodeId: from.id, message: `The ${what} of "${from.name}" must be a RabbitMQ exchange; "${connection.to}" is not one.` });
      return undefined;
    }
    if (groupKey(target) !== groupKey(from)) {
      errors.push({ nodeId: from.id, message: `The ${what} of "${from.name}" is "${target.name}", which is on another cluster: RabbitMQ routes only within one broker.` });
      return undefined;
    }
    if (target.vhost !== from.vhost) {
      errors.push({ nodeId: from.id, message: `The ${what} of "${from.name}" (vhost "${from.vhost}") is "${target.name}" in vhost "${target.vhost}": RabbitMQ routes only within one vhost.` });
      return undefined;
    }
    return target;
  };

  for (const exchange of exchanges) {
    const topology = topologyOf(exchange);
    const builtIn = builtInExchange(exchange.name);
    if (builtIn && (builtIn.type !== exchange.type || builtIn.internal !== exchange.internal || !exchange.durable || exchange.autoDelete)) {
      errors.push({
        nodeId: exchange.id,
        message: `Exchange "${exchange.name}" is RabbitMQ's built-in ${builtIn.internal ? 'internal ' : ''}${builtIn.type} exchange (durable, not auto-delete), which exists in every vhost as it is: the design cannot change it.`,
      });
    }
    const problem = builtIn ? undefined : nameProblem('exchange', exchange.name);
    if (problem) errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}": ${problem}.` });
    checkDuplicate(exchange, 'exchange');
    const args: Arguments = {};
    const alternate = single(exchange.id, exchange.name, 'alternate', 'alternate exchange');
    if (alternate) {
      const target = sameVhostExchange(exchange, alternate, 'alternate exchange');
      const fromPolicy = effectivePolicy(compiledOf.get(topology)!, { kind: 'exchange', vhost: exchange.vhost, name: exchange.name })?.definition['alternate-exchange'];
      // Written as the argument `alternate-exchange` (no `x-`), unless a declared policy already gives it.
      if (target && fromPolicy !== target.name) {
        if (builtIn) errors.push({ nodeId: exchange.id, message: `The alternate exchange of built-in exchange "${exchange.name}" can only come from a policy (it cannot be declared with arguments); add a policy with alternate-exchange "${target.name}" to the cluster.` });
        else if (exchange.external) errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}" is declared elsewhere, so its alternate exchange can only come from a policy; add a policy with alternate-exchange "${target.name}" to the cluster.` });
        else args['alternate-exchange'] = target.name;
      }
    }
    addVhost(topology, exchange.vhost);
    // Built-in exchanges and exchanges declared elsewhere are never declared; links to them are written like any other.
    if (builtIn || exchange.external) continue;
    topology.exchanges.push({
      nodeId: exchange.id, name: exchange.name, vhost: exchange.vhost, type: exchange.type,
      durable: exchange.durable, autoDelete: exchange.autoDelete, internal: exchange.internal, arguments: args,
    });
  }

  for (const queue of queues) {
    const topology = topologyOf(queue);
    const version = topology.version;
    const problem = nameProblem('queue', queue.name);
    if (problem) errors.push({ nodeId: queue.id, message: `Queue "${queue.name}": ${problem}.` });
    checkDuplicate(queue, 'queue');
    const [sinceMajor, sinceMinor] = QUEUE_TYPE_SINCE[queue.type];
    if (!atLeast(version, sinceMajor, sinceMinor)) {
      errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" is a ${queue.type} queue, which needs RabbitMQ ${sinceMajor}.${sinceMinor} or later; the target is ${versionLabel(version)}.` });
    }
    if (queue.exclusive) {
      errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" is exclusive: it lives only as long as the connection that declares it, so it cannot be declared ahead of time. Turn "exclusive" off or let the application declare it.` });
    }
    if (queue.type !== 'classic' && (!queue.durable || queue.autoDelete)) {
      errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" is a ${queue.type} queue, which RabbitMQ requires to be durable and not auto-delete.` });
    }
    // x-queue-type only when the design sets it: unset, the broker declares its default type.
    const declaredType = writtenSetting(queue, 'type', queue.type);
    const args: Arguments = declaredType === undefined ? {} : { 'x-queue-type': declaredType };
    const allowed = QUEUE_ARGUMENTS[queue.type];
    for (const [key, value] of Object.entries(queue.arguments)) {
      if (value === undefined) continue;
      const since = allowed[key];
      if (!since) {
        errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" sets ${key}, which ${queue.type} queues do not support.` });
        continue;
      }
      if (!atLeast(version, since[0], since[1])) {
        errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" sets ${key}, which ${queue.type} queues support from RabbitMQ ${since[0]}.${since[1]}; the target is ${versionLabel(version)}.` });
        continue;
      }
      if (key === 'x-overflow' && value === 'reject-publish-dlx' && queue.type === 'quorum') {
        errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" sets x-overflow to reject-publish-dlx, which quorum queues do not support (use reject-publish or drop-head).` });
        continue;
      }
      if (key === 'x-delivery-limit' && value === -1) {
        // -1 means "unlimited": RabbitMQ 4 spells it -1, RabbitMQ 3 by leaving the argument out (it rejects -1).
        if (atLeast(version, 4, 0)) args[key] = value;
        continue;
      }
      args[key] = value;
    }
    // The policy RabbitMQ will apply: a declared one by pattern, unless the queue's own `policy` says more or
    // other than it gives, in which case a policy for this queue alone, above every pattern, takes its place.
    const declared = effectivePolicy(compiledOf.get(topology)!, { kind: 'queue', vhost: queue.vhost, name: queue.name, queueType: queue.type });
    let applied: PolicyDefinition | undefined = declared?.definition;
    if (queue.policy && Object.keys(queue.policy).length > 0 && !sameQueueKeys(queue.policy, declared)) {
      const checked = checkPolicy(queue.policy, version, (message) => errors.push({ nodeId: queue.id, message: `The policy of queue "${queue.name}" ${message}` }));
      if (checked) {
        const taken = new Set(topology.policies.filter((p) => p.vhost === queue.vhost).map((p) => p.name));
        let name = `${queue.name} policy`;
        for (let n = 2; taken.has(name); n++) name = `${queue.name} policy ${n}`;
        topology.policies.push({ nodeId: queue.id, vhost: queue.vhost, name, pattern: exactNamePattern(queue.name), applyTo: 'queues', priority: declared ? declared.priority + 1 : 0, ...checked });
        applied = checked.definition;
      }
    }
    const deadLetter = single(queue.id, queue.name, 'dead-letter', 'dead-letter exchange');
    if (deadLetter) {
      if (queue.type === 'stream') {
        errors.push({ nodeId: queue.id, message: `Queue "${queue.name}" is a stream, and streams do not dead-letter: remove its dead-letter connection.` });
      } else {
        const target = sameVhostExchange(queue, deadLetter, 'dead-letter exchange');
        const fromPolicy = applied?.['dead-letter-exchange'] === target?.name && applied?.['dead-letter-routing-key'] === deadLetter.routingKey;
        // Written as arguments unless the policy that applies already dead-letters exactly there.
        if (target && !fromPolicy) {
          args['x-dead-letter-exchange'] = target.name;
          if (deadLetter.routingKey !== undefined) {
            if (utf8Length(deadLetter.routingKey) > 255) {
              errors.push({ nodeId: queue.id, message: `The dead-letter routing key of "${queue.name}" is longer than 255 bytes, which RabbitMQ does not allow.` });
            } else args['x-dead-letter-routing-key'] = deadLetter.routingKey;
          }
        }
      }
    }
    addVhost(topology, queue.vhost);
    topology.queues.push({ nodeId: queue.id, name: queue.name, vhost: queue.vhost, type: queue.type, durable: queue.durable, autoDelete: queue.autoDelete, arguments: args });
  }

  for (const exchange of exchanges) {
    const topology = topologyOf(exchange);
    const seen = new Set<string>();
    for (const connection of graph.outgoing.get(exchange.id) ?? []) {
      if (connection.kind !== 'bind') continue;
      const target = graph.nodeById.get(connection.to);
      if (target?.kind !== 'rabbitmq-queue' && target?.kind !== 'rabbitmq-exchange') {
        errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}" is bound to "${connection.to}", which is not a RabbitMQ queue or exchange.` });
        continue;
      }
      if (groupKey(target) !== groupKey(exchange)) {
        errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}" is bound to "${target.name}" on another cluster: bindings stay within one broker.` });
        continue;
      }
      if (target.vhost !== exchange.vhost) {
        errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}" (vhost "${exchange.vhost}") is bound to "${target.name}" in vhost "${target.vhost}": bindings stay within one vhost.` });
        continue;
      }
      const routingKey = connection.routingKey ?? '';
      if (utf8Length(routingKey) > 255) {
        errors.push({ nodeId: exchange.id, message: `The binding from "${exchange.name}" to "${target.name}" has a routing key longer than 255 bytes, which RabbitMQ does not allow.` });
        continue;
      }
      const args: Arguments = { ...(connection.arguments ?? {}) };
      if (exchange.type === 'headers' && !validHeadersBinding(args)) {
        errors.push({ nodeId: exchange.id, message: `The binding from "${exchange.name}" to "${target.name}" has x-match "${String(args['x-match'])}"; RabbitMQ accepts all, any, all-with-x or any-with-x.` });
        continue;
      }
      for (const [key, value] of Object.entries(args)) {
        if (utf8Length(key) > 255) errors.push({ nodeId: exchange.id, message: `The binding from "${exchange.name}" to "${target.name}" has an argument name longer than 255 bytes.` });
        if (typeof value === 'number' && !Number.isFinite(value)) errors.push({ nodeId: exchange.id, message: `The binding from "${exchange.name}" to "${target.name}" has a non-finite number for "${key}".` });
      }
      // The broker keeps one binding per (source, destination, key, arguments): a repeat is the same binding.
      const identity = JSON.stringify([target.id, routingKey, Object.entries(args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
      if (seen.has(identity)) continue;
      seen.add(identity);
      topology.bindings.push({
        connectionId: connection.id, vhost: exchange.vhost, sourceId: exchange.id, source: exchange.name, destinationId: target.id,
        destination: target.name, destinationType: target.kind === 'rabbitmq-queue' ? 'queue' : 'exchange', routingKey, arguments: args,
      });
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  // Stable order: clusters as the design lists them, then RabbitMQ nodes on no cluster.
  const order = [...design.clusters.map((c) => c.id), ''];
  const topologies = [...groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([, t]) => t);
  return { ok: true, topologies };
}

/**
 * A policy definition as the broker validates it, or `undefined` after
 * reporting (through `fail`) every key it would refuse. Also returns the
 * plugin its keys need.
 */
function checkPolicy(definition: RabbitmqPolicy['definition'], version: RabbitVersion, fail: (message: string) => void): { definition: PolicyDefinition; plugin?: string } | undefined {
  const out: PolicyDefinition = {};
  let ok = true;
  let plugin: string | undefined;
  const refuse = (message: string) => {
    fail(message);
    ok = false;
  };
  for (const [key, value] of Object.entries(definition)) {
    const rule = Object.hasOwn(POLICY_KEYS, key) ? POLICY_KEYS[key] : undefined;
    if (!rule) {
      refuse(`sets "${key}", which is not a policy key RabbitMQ knows (it refuses the whole policy).`);
      continue;
    }
    if (rule.since && !atLeast(version, rule.since[0], rule.since[1])) {
      refuse(`sets "${key}", which needs RabbitMQ ${rule.since[0]}.${rule.since[1]} or later; the target is ${versionLabel(version)}.`);
      continue;
    }
    if (rule.until && atLeast(version, rule.until[0], rule.until[1])) {
      refuse(`sets "${key}", which RabbitMQ ${rule.until[0]}.${rule.until[1]} removed; the target is ${versionLabel(version)}.`);
      continue;
    }
    const problem = rule.check(value);
    if (problem) {
      refuse(`sets "${key}" to ${JSON.stringify(value)}; RabbitMQ expects ${problem}.`);
      continue;
    }
    if (rule.plugin) plugin = rule.plugin;
    out[key] = value;
  }
  const mode = out['ha-mode'];
  const params = out['ha-params'];
  if (mode === 'exactly' && typeof params !== 'number') refuse('sets ha-mode "exactly" without a number of mirrors in ha-params.');
  if (mode === 'nodes' && !Array.isArray(params)) refuse('sets ha-mode "nodes" without a list of node names in ha-params.');
  if (mode === 'all' && params !== undefined) refuse('sets ha-params with ha-mode "all", which RabbitMQ refuses.');
  if (mode === undefined && (params !== undefined || out['ha-sync-mode'] !== undefined)) refuse('sets ha-params or ha-sync-mode without ha-mode.');
  return ok ? { definition: out, ...(plugin ? { plugin } : {}) } : undefined;
}

/** Policy keys that are connections in the design (dead-letter and alternate exchanges), not a queue's `policy`. */
const CONNECTION_POLICY_KEYS = new Set(['dead-letter-exchange', 'dead-letter-routing-key', 'alternate-exchange']);

/**
 * Whether a queue's `policy` is exactly what `policy` gives it, leaving out
 * the keys that are connections and the list values a queue's `policy`
 * cannot hold (so the queue says nothing about them).
 */
function sameQueueKeys(queuePolicy: ResolvedRabbitmqQueue['policy'], policy: RabbitmqPolicy | undefined): boolean {
  const given = Object.entries(policy?.definition ?? {}).filter(([key, value]) => !CONNECTION_POLICY_KEYS.has(key) && !Array.isArray(value));
  const own = Object.entries(queuePolicy ?? {});
  return given.length === own.length && given.every(([key, value]) => JSON.stringify(queuePolicy?.[key]) === JSON.stringify(value));
}

/** The file stem for a topology when a design has several RabbitMQ clusters. */
export function topologyStem(topology: RabbitTopology, count: number): string {
  if (count === 1) return '';
  return topology.cluster ? topology.cluster.id : 'no-cluster';
}
