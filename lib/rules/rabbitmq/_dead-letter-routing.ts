import { indexGraph } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedRabbitmqQueue } from '../../brokers/rabbitmq/resolve';
import { bindingMatches, deadLetterConfig, traceRoute, type DeadLetterConfig, type Headers, type RouteTrace } from '../../rabbitmq/routing';
import { distinctMessageShapes } from '../../rabbitmq/message-flows';
import { routingMemo } from '../../rabbitmq/routing-inputs';

/**
 * Where a queue's dead letters go. Dead lettering is a publish to the DLX
 * with the dead-letter routing key, or else with every routing key the
 * message was published with; the rules below compare that publish with the
 * DLX's bindings exactly as the broker routes it.
 */

/** One way a dead letter can leave the queue: its routing keys and headers, and where the broker routes it. */
export interface DeadLetterPath {
  routingKeys: readonly string[];
  headers?: Headers;
  /** Whether one of the DLX's own bindings matches (before exchange-to-exchange bindings and alternate exchanges). */
  ownBindingMatches: boolean;
  trace: RouteTrace;
}

export interface DeadLetterRouting {
  queue: ResolvedRabbitmqQueue;
  config: DeadLetterConfig;
  /** The paths for the message shapes known to reach the queue; empty when no publisher is known and no dead-letter routing key is set. */
  paths: DeadLetterPath[];
}

/** Routing answers: a design that routes as the last one did shares them (routing-inputs.ts). */
const routingsOf = routingMemo<Map<string, DeadLetterRouting | undefined>>();

/** The queue's dead-letter routing, when it has a DLX that exists as an exchange in the design. */
export function deadLetterRouting(design: ResolvedDesign, queue: ResolvedRabbitmqQueue): DeadLetterRouting | undefined {
  const map = routingsOf(design, () => new Map());
  if (!map.has(queue.id)) map.set(queue.id, computeDeadLetterRouting(design, queue));
  return map.get(queue.id);
}

function computeDeadLetterRouting(design: ResolvedDesign, queue: ResolvedRabbitmqQueue): DeadLetterRouting | undefined {
  if (queue.type === 'stream') return undefined;
  const config = deadLetterConfig(design, queue.id);
  if (!config?.exchangeId) return undefined;
  const graph = indexGraph(design);
  const exchange = graph.nodeById.get(config.exchangeId);
  if (exchange?.kind !== 'rabbitmq-exchange') return undefined;
  const shapes = distinctMessageShapes(design, queue.id);
  const keyed =
    config.routingKey !== undefined ? (shapes.length > 0 ? shapes : [{ routingKeys: [], headers: undefined }]).map((s) => ({ routingKeys: [config.routingKey!], headers: s.headers })) : shapes;
  const unique = new Map(keyed.map((s) => [JSON.stringify([s.routingKeys, s.headers ?? null]), s]));
  const bindings = (graph.outgoing.get(exchange.id) ?? []).filter((c) => c.kind === 'bind' && graph.nodeById.has(c.to));
  const paths = [...unique.values()].map((shape) => ({
    ...shape,
    ownBindingMatches: bindings.some((b) => bindingMatches(exchange.type, b, shape.routingKeys, shape.headers)),
    trace: traceRoute(design, exchange.id, shape.routingKeys, shape.headers),
  }));
  return { queue, config, paths };
}

/** Whether the queue has a dead-letter exchange configured at all (drawn or by policy). */
export function hasDeadLetterExchange(design: ResolvedDesign, queueId: string): boolean {
  return deadLetterConfig(design, queueId) !== undefined;
}

/** `a, b` for a message (keys quoted, the empty key shown as ""). */
export function formatKeys(keys: readonly string[]): string {
  return keys.map((k) => `"${k}"`).join(', ');
}
