import { indexGraph, type Design } from '../../design';
import type { ResolvedDesign, ResolvedNode } from '../../brokers/resolved-design';
import { consumedChannels } from '../flow';
import { isRetryStage, isRoutingChannel, isStoringChannel, type StoringChannel } from './_channels';

/**
 * Where failed messages end up. A dead-letter target is a channel that
 * - is declared so (role `dead-letter`), or
 * - receives a `dead-letter` connection: a queue's DLX or redrive, or a
 *   consumer group's DLQ; a routing kind there (an exchange, an Artemis address, an SNS, Pub/Sub, Service Bus
 *   or Pulsar topic) stands for the nodes bound or subscribed to it that store messages (followed through
 *   exchange-to-exchange bindings and alternate exchanges), or
 * - is the dead-letter queue of an SNS subscription.
 * Its sources are the channels whose failed messages it receives (for a
 * consumer group's DLQ, the channels the group reads). Retry stages are
 * neither sources nor targets: their dead-letter route leads back to work.
 */

export interface DeadLetterTarget {
  node: StoringChannel;
  sources: ResolvedNode[];
}

const cache = new WeakMap<Design, Map<string, DeadLetterTarget>>();

export function deadLetterTargets(design: ResolvedDesign): Map<string, DeadLetterTarget> {
  const cached = cache.get(design);
  if (cached) return cached;
  const graph = indexGraph(design);
  const targets = new Map<string, DeadLetterTarget>();
  const add = (node: ResolvedNode | undefined, sources: readonly ResolvedNode[]) => {
    if (!isStoringChannel(node) || isRetryStage(design, node)) return;
    const entry = targets.get(node.id) ?? { node, sources: [] };
    for (const s of sources) if (s.id !== node.id && !entry.sources.includes(s)) entry.sources.push(s);
    targets.set(node.id, entry);
  };
  for (const node of design.nodes) if ('role' in node && node.role === 'dead-letter') add(node, []);
  for (const c of design.connections) {
    const from = graph.nodeById.get(c.from);
    if (!from) continue;
    if (c.kind === 'subscription' && c.deadLetterQueue !== undefined) add(graph.nodeById.get(c.deadLetterQueue), [from]);
    if (c.kind !== 'dead-letter' || isRetryStage(design, from)) continue;
    const sources = from.kind === 'consumer-group' ? consumedChannels(design, from.id) : [from];
    for (const target of behindExchanges(design, c.to)) add(target, sources);
  }
  cache.set(design, targets);
  return targets;
}

/**
 * `id` itself, or for a kind that routes (an exchange, an Artemis address, a topic whose subscriptions hold its
 * messages) the storing nodes its bindings, alternates and subscriptions lead to: a routing node keeps nothing.
 */
function behindExchanges(design: ResolvedDesign, id: string): ResolvedNode[] {
  const graph = indexGraph(design);
  const start = graph.nodeById.get(id);
  if (!start) return [];
  if (!isRoutingChannel(start)) return [start];
  const seen = new Set([id]);
  const queue = [id];
  const found: ResolvedNode[] = [];
  while (queue.length > 0) {
    for (const c of graph.outgoing.get(queue.pop()!) ?? []) {
      if ((c.kind !== 'bind' && c.kind !== 'alternate' && c.kind !== 'subscription') || seen.has(c.to)) continue;
      seen.add(c.to);
      const next = graph.nodeById.get(c.to);
      if (isRoutingChannel(next)) queue.push(next!.id);
      else if (next) found.push(next);
    }
  }
  return found;
}
