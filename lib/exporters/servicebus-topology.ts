import { clusterOf, indexGraph, type Cluster, type Design } from '../design';
import { resolveDesign } from '../brokers/resolve';
import type { ResolvedNodeOfKind } from '../brokers/resolved-design';
import { SERVICEBUS_LIMITS } from '../design/kinds/servicebus-limits';
import { servicebusSkuProblem, servicebusTier } from '../brokers/servicebus/tier';
import type { ServicebusTier } from '../design/kinds/servicebus-limits';
import type { ExportError } from './exporter';

/**
 * A design's Azure Service Bus entities as the deployment files write them: the namespaces
 * (one per Service Bus cluster; nodes without a cluster share one named after the design), and
 * each queue, topic and subscription with the namespace it lives in and the entity its dead
 * letters are forwarded to. Refuses what Azure would reject: an entity name Service Bus does not
 * allow, two entities of one name in a namespace, a topic in a Basic namespace.
 */

export type SbQueue = ResolvedNodeOfKind<'servicebus-queue'>;
export type SbTopic = ResolvedNodeOfKind<'servicebus-topic'>;
export type SbSubscription = ResolvedNodeOfKind<'servicebus-subscription'>;

export interface SbNamespace {
  key: string;
  /** The namespace name: 6–50 lowercase letters, digits and hyphens, from the cluster's name. */
  name: string;
  tier: ServicebusTier;
  /** Premium messaging units (config.capacity; 1 when unset). */
  capacity?: number;
}

export interface SbTopology {
  namespaces: SbNamespace[];
  queues: Array<{ node: SbQueue; namespace: string; deadLettersTo?: string }>;
  topics: Array<{ node: SbTopic; namespace: string }>;
  subscriptions: Array<{ node: SbSubscription; topic: string; deadLettersTo?: string }>;
}

/** Letters, digits, `.`, `-`, `_` and `/`, starting and ending with a letter or digit (Service Bus entity names). */
const ENTITY_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._\-/]*[A-Za-z0-9])?$/;

function namespaceName(text: string): string {
  const base = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  const long = base.length >= 6 ? base : `${base || 'queuewright'}-sb-ns`.replace(/^-/, '');
  return long.slice(0, 50).replace(/-+$/, '');
}

function nameProblem(name: string, max: number): string | undefined {
  if (name.length > max) return `is ${name.length} characters long; Service Bus allows ${max}`;
  if (!ENTITY_NAME.test(name)) return 'must hold only letters, digits, . - _ and /, starting and ending with a letter or digit';
  return undefined;
}

export function buildServicebusTopology(document: Design): { ok: true; topology: SbTopology } | { ok: false; errors: ExportError[] } {
  const design = resolveDesign(document);
  const graph = indexGraph(design);
  const errors: ExportError[] = [];
  const namespaces = new Map<string, SbNamespace>();
  const namespaceOf = (node: { cluster?: string }): string => {
    const cluster: Cluster | undefined = clusterOf(design, node);
    const key = cluster?.broker === 'servicebus' ? cluster.id : '';
    if (!namespaces.has(key)) {
      const skuProblem = cluster?.broker === 'servicebus' ? servicebusSkuProblem(cluster) : undefined;
      if (skuProblem) errors.push({ message: skuProblem });
      const tier = servicebusTier(cluster);
      const capacity = tier === 'Premium' ? Number(cluster?.config.capacity ?? 1) : undefined;
      namespaces.set(key, { key, name: namespaceName(cluster?.broker === 'servicebus' ? cluster.name : `${document.name}-sb`), tier, capacity });
    }
    return key;
  };
  const seen = new Set<string>();
  const check = (node: { id: string; name: string }, scope: string, max: number) => {
    const problem = nameProblem(node.name, max);
    if (problem) errors.push({ nodeId: node.id, message: `"${node.name}" ${problem}` });
    if (seen.has(`${scope}\u0000${node.name.toLowerCase()}`))
      errors.push({ nodeId: node.id, message: `"${node.name}" is a second entity of that name in one namespace or topic (Service Bus names are case-insensitive)` });
    seen.add(`${scope}\u0000${node.name.toLowerCase()}`);
  };
  const deadLettersTo = (id: string) => (graph.outgoing.get(id) ?? []).find((c) => c.kind === 'dead-letter')?.to;
  const topology: SbTopology = { namespaces: [], queues: [], topics: [], subscriptions: [] };
  for (const node of design.nodes) {
    if (node.kind === 'servicebus-queue' || node.kind === 'servicebus-topic') {
      const namespace = namespaceOf(node);
      check(node, namespace, SERVICEBUS_LIMITS.entityNameLength);
      if (node.kind === 'servicebus-queue') topology.queues.push({ node, namespace, deadLettersTo: deadLettersTo(node.id) });
      else if (namespaces.get(namespace)!.tier === 'Basic')
        errors.push({ nodeId: node.id, message: `Topic "${node.name}" is in a Basic namespace, which has queues only: set the cluster's config.sku to Standard` });
      else topology.topics.push({ node, namespace });
    }
  }
  for (const node of design.nodes) {
    if (node.kind !== 'servicebus-subscription') continue;
    const c = (graph.incoming.get(node.id) ?? []).find((c) => c.kind === 'subscription');
    if (!c || graph.nodeById.get(c.from)?.kind !== 'servicebus-topic') {
      errors.push({ nodeId: node.id, message: `Subscription "${node.name}" belongs to no topic: connect a Service Bus topic to it` });
      continue;
    }
    check(node, c.from, SERVICEBUS_LIMITS.subscriptionNameLength);
    topology.subscriptions.push({ node, topic: c.from, deadLettersTo: deadLettersTo(node.id) });
  }
  topology.namespaces = [...namespaces.values()];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, topology };
}
