import type { DesignNode, GraphDesign } from '../design';

/**
 * What RabbitMQ routing (routing.ts, message-flows.ts and the rules' dead-letter
 * routes) reads of a design: its connections, its RabbitMQ exchanges and
 * queues, and the id and kind of every other node (a connection's target kind
 * says whether a publish enters RabbitMQ; nothing else of a producer, consumer
 * group or topic is read). Designs are immutable and an edit replaces only
 * what it changes, so after editing a producer the next design has the same
 * connections array and the same RabbitMQ node objects: it routes every
 * message as the last one did, and its routes need not be computed again.
 */
export function sameRoutingInputs(a: RoutingInputs, b: RoutingInputs): boolean {
  if (a === b) return true;
  if (a.connections !== b.connections || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const before = a.nodes[i];
    const after = b.nodes[i];
    if (before === after) continue;
    if (isRabbitNode(before) || isRabbitNode(after) || before.id !== after.id || before.kind !== after.kind) return false;
  }
  return true;
}

/** The parts of a design routing reads (see sameRoutingInputs). */
type RoutingInputs = Pick<GraphDesign, 'nodes' | 'connections'>;

function isRabbitNode(node: DesignNode): boolean {
  return node.kind === 'rabbitmq-exchange' || node.kind === 'rabbitmq-queue';
}

/**
 * A memo of routing answers per design, which a design with the same routing
 * inputs as the last one asked about shares (the answers depend on nothing
 * else, and hold ids and RabbitMQ nodes only). It keeps the last design's
 * nodes and connections arrays, not the design: the design's other caches,
 * keyed by it, go with it.
 */
export function routingMemo<T>(): (design: GraphDesign, create: () => T) => T {
  const byDesign = new WeakMap<GraphDesign, T>();
  let last: { inputs: RoutingInputs; value: T } | undefined;
  return (design, create) => {
    if (byDesign.has(design)) return byDesign.get(design)!;
    const value = last && sameRoutingInputs(last.inputs, design) ? last.value : create();
    byDesign.set(design, value);
    last = { inputs: { nodes: design.nodes, connections: design.connections }, value };
    return value;
  };
}
