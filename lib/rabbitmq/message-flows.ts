import { indexGraph, routingKeysOf, type Connection, type Design, type GraphIndex } from '../design';
import { deadLetterConfig, deadLetterRoutingKeys, deadLetterTargets, routeMessage, type Headers } from './routing';
import { routingMemo } from './routing-inputs';

/**
 * Which messages can sit in each RabbitMQ queue, computed with the broker's
 * own routing (lib/rabbitmq/routing.ts) rather than with the drawn edges: a
 * producer bound to a topic exchange reaches only the queues its routing key
 * matches, and dead letters follow their DLX with their rewritten keys.
 *
 * Rules use it to ask which producers really feed a queue (for their
 * guarantees, confirms, persistence, channels) and with which routing keys
 * messages get dead-lettered from it.
 */

/** How a message class got into the queue. */
export type Arrival =
  /** Published by the service into an exchange (or the default exchange) and routed here. */
  | 'publish'
  /** Dead-lettered by the broker from another queue (rejected, expired, over a limit). */
  | 'dead-letter'
  /** Republished by a consumer through its own `dead-letter` connection (application-level DLQ). */
  | 'republish';

/** A kind of message that can sit in a queue. */
export interface MessageClass {
  /** The service that first published it (a producer, or a consumer group that publishes). */
  publisherId: string;
  /** The publish connection it started on. */
  connectionId: string;
  /** Its routing keys as it sits in this queue (dead lettering may have replaced them). */
  routingKeys: readonly string[];
  headers?: Headers;
  arrival: Arrival;
  /** Routing keys and headers as one string: classes with the same shape route the same way. */
  shape: string;
}

/** The shape key of (routing keys, headers). */
export function shapeKey(routingKeys: readonly string[], headers: Headers | undefined): string {
  return JSON.stringify([routingKeys, headers ?? null]);
}

/** The flows of every queue, once per design and shared by the next design when its routing inputs are the same (routing-inputs.ts). */
const flowsOf = routingMemo<Map<string, MessageClass[]>>();

/** The message classes that can sit in `queueId`. */
export function messagesAt(design: Design, queueId: string): readonly MessageClass[] {
  return flowsOf(design, () => computeFlows(design)).get(queueId) ?? NO_MESSAGES;
}

const NO_MESSAGES: readonly MessageClass[] = [];

/** The publish connections from a service into RabbitMQ (an exchange, or a queue through the default exchange). */
export function rabbitPublishConnections(design: Design): Connection[] {
  const graph = indexGraph(design);
  return design.connections.filter((c) => {
    if (c.kind !== 'publish') return false;
    const to = graph.nodeById.get(c.to);
    return to?.kind === 'rabbitmq-exchange' || to?.kind === 'rabbitmq-queue';
  });
}

/**
 * The routing keys a publisher sends with on a connection, one message class
 * each: its own, or the queue's name when it publishes to a queue through the
 * default exchange; none written is the empty key.
 */
export function publishRoutingKeys(design: Design, connection: Connection): string[] {
  const to = indexGraph(design).nodeById.get(connection.to);
  if (to?.kind === 'rabbitmq-queue') return [to.name];
  const keys = routingKeysOf(connection);
  return keys.length > 0 ? keys : [''];
}

/** Where messages of one shape go when they leave a queue: the routing keys and shape they then carry, and the queues they reach. */
interface Route {
  shape: string;
  routingKeys: readonly string[];
  targets: Set<string>;
}

/**
 * The routes out of a queue, by (queue, message shape). Routing depends only on
 * the queue and the message's shape: memoised so that many publishers sharing
 * a route cost one routing each.
 */
class NextRoutes {
  private readonly deadLetterRoutes = new Map<string, Route | null>();
  private readonly republishRoutes = new Map<string, Route[]>();

  constructor(
    private readonly design: Design,
    private readonly graph: GraphIndex,
  ) {}

  /** Broker dead lettering: the queue's DLX, or null when the queue dead-letters nothing (a stream, or no DLX). */
  deadLetter(queueId: string, message: MessageClass): Route | null {
    const { design, graph } = this;
    const key = `${queueId}\u0000${message.shape}`;
    const known = this.deadLetterRoutes.get(key);
    if (known !== undefined) return known;
    const queue = graph.nodeById.get(queueId);
    const config = queue?.kind === 'rabbitmq-queue' && queue.type !== 'stream' ? deadLetterConfig(design, queueId) : undefined;
    let route: Route | null = null;
    if (config) {
      const routingKeys = deadLetterRoutingKeys(config, message.routingKeys);
      route = {
        routingKeys,
        shape: shapeKey(routingKeys, message.headers),
        targets: deadLetterTargets(design, queueId, message.routingKeys, message.headers),
      };
    }
    this.deadLetterRoutes.set(key, route);
    return route;
  }

  /** Application dead lettering: each consumer of the queue that republishes through a `dead-letter` connection to an exchange. */
  republish(queueId: string, message: MessageClass): Route[] {
    const { design, graph } = this;
    const key = `${queueId}\u0000${message.shape}`;
    let routes = this.republishRoutes.get(key);
    if (routes) return routes;
    routes = [];
    for (const consume of graph.outgoing.get(queueId) ?? []) {
      if (consume.kind !== 'consume') continue;
      for (const republish of graph.outgoing.get(consume.to) ?? []) {
        if (republish.kind !== 'dead-letter') continue;
        const target = graph.nodeById.get(republish.to);
        if (target?.kind !== 'rabbitmq-exchange') continue;
        const routingKeys = republish.routingKey !== undefined ? [republish.routingKey] : message.routingKeys;
        routes.push({ routingKeys, shape: shapeKey(routingKeys, message.headers), targets: routeMessage(design, target.id, routingKeys, message.headers) });
      }
    }
    this.republishRoutes.set(key, routes);
    return routes;
  }
}

function computeFlows(design: Design): Map<string, MessageClass[]> {
  const graph = indexGraph(design);
  const byQueue = new Map<string, Map<string, MessageClass>>();
  const pending: Array<[string, MessageClass]> = [];
  const next = new NextRoutes(design, graph);

  const add = (queueId: string, message: MessageClass) => {
    let classes = byQueue.get(queueId);
    if (!classes) byQueue.set(queueId, (classes = new Map()));
    const key = `${message.publisherId}\u0000${message.connectionId}\u0000${message.arrival}\u0000${message.shape}`;
    if (classes.has(key)) return;
    classes.set(key, message);
    pending.push([queueId, message]);
  };

  for (const connection of rabbitPublishConnections(design)) {
    for (const key of publishRoutingKeys(design, connection)) {
      const routingKeys = [key];
      const shape = shapeKey(routingKeys, connection.arguments);
      for (const queueId of routeMessage(design, connection.to, routingKeys, connection.arguments)) {
        add(queueId, { publisherId: connection.from, connectionId: connection.id, routingKeys, headers: connection.arguments, arrival: 'publish', shape });
      }
    }
  }

  // No step cap is needed, and one would silently drop flows on a large design: `add` queues each
  // (queue, publisher, connection, arrival, shape) once, and every routing key a step can produce is a
  // publish key, a dead-letter routing key or a republish key drawn in the design, so the set is finite.
  while (pending.length > 0) {
    const [queueId, message] = pending.pop()!;
    // Broker dead lettering: the DLX republishes with the dead-letter routing key, or the original keys.
    const deadLetter = next.deadLetter(queueId, message);
    if (deadLetter) {
      for (const target of deadLetter.targets) {
        add(target, { ...message, routingKeys: deadLetter.routingKeys, shape: deadLetter.shape, arrival: 'dead-letter' });
      }
    }
    // Application dead lettering: a consumer republishes what it failed to process.
    for (const route of next.republish(queueId, message)) {
      for (const target of route.targets) add(target, { ...message, routingKeys: route.routingKeys, shape: route.shape, arrival: 'republish' });
    }
  }

  return new Map([...byQueue].map(([id, classes]) => [id, [...classes.values()]]));
}

/** Ids of the services whose messages reach `queueId`, optionally only those published straight into it (not dead-lettered). */
export function publishersInto(design: Design, queueId: string, options: { directOnly?: boolean } = {}): string[] {
  const ids = new Set<string>();
  for (const message of messagesAt(design, queueId)) {
    if (options.directOnly && message.arrival !== 'publish') continue;
    ids.add(message.publisherId);
  }
  return [...ids];
}

/** The distinct (routing keys, headers) a queue's messages carry, for the questions routing asks. */
export function distinctMessageShapes(design: Design, queueId: string): Array<{ routingKeys: readonly string[]; headers?: Headers }> {
  const map = shapesOf(design, () => new Map());
  let result = map.get(queueId);
  if (!result) {
    const shapes = new Map<string, { routingKeys: readonly string[]; headers?: Headers }>();
    for (const m of messagesAt(design, queueId)) if (!shapes.has(m.shape)) shapes.set(m.shape, { routingKeys: m.routingKeys, headers: m.headers });
    map.set(queueId, (result = [...shapes.values()]));
  }
  return result;
}

const shapesOf = routingMemo<Map<string, Array<{ routingKeys: readonly string[]; headers?: Headers }>>>();
