import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { effectiveRequirements, indexGraph, nodesOfKind, type Connection, type ConsumerRequirements, type GraphIndex, type Requirements } from '../design';
import { messagesAt } from '../rabbitmq/message-flows';
import { routingMemo } from '../rabbitmq/routing-inputs';
import { inputsOf, sameInputs } from './incremental';
import { overlay, strengthen, StrictestFlow } from './needs-merge';

/**
 * What each node must guarantee, judged per path: a producer → channel →
 * consumer path must satisfy both of its ends.
 *
 * - A producer needs what it declares (the design's requirements, with its
 *   overrides) and what every consumer its messages reach declares for itself:
 *   a strict consumer behind a lax producer is the producer's problem.
 * - A channel needs the strictest of the flows that enter it (the producers
 *   upstream, and through dead-letter edges the needs of the nodes that
 *   dead-letter into it) and of what its consumers declare.
 * - A consumer needs what it declares; what it leaves undeclared it inherits
 *   from the flows it reads. A read-only dashboard that declares at-most-once
 *   is judged at-most-once, whatever its producers promise.
 *
 * RabbitMQ queues follow the broker's routing: only the publishers whose
 * routing keys reach a queue (and whose dead letters land in it) feed it.
 *
 * A node no flow reaches and no consumer declares anything for has unknown
 * needs (`undefined`): the rules that judge guarantees leave it alone rather
 * than give it the design's defaults.
 */

function declares(declared: ConsumerRequirements): boolean {
  return Object.values(declared).some((v) => v !== undefined);
}

type Reader = Extract<ResolvedNode, { kind: 'consumer-group' | 'projection' }>;

function isReader(node: ResolvedNode | undefined): node is Reader {
  return node?.kind === 'consumer-group' || node?.kind === 'projection';
}

/** A consume connection that delivers the channel's messages (not a JetStream advisory about them). */
function deliversMessages(connection: Connection): boolean {
  return connection.kind === 'consume' && connection.advisory === undefined;
}

const ROUTE_KINDS = new Set<Connection['kind']>(['bind', 'subscription', 'alternate']);

const readersCache = new WeakMap<GraphIndex<ResolvedNode>, Map<string, readonly Reader[]>>();

/**
 * The readers that receive what enters `channelId`: its consumers, and those
 * of the queues it routes or subscribes to. Once per channel and design: each
 * producer publishing to it asks again.
 */
export function readersOf(graph: GraphIndex<ResolvedNode>, channelId: string): readonly Reader[] {
  let byChannel = readersCache.get(graph);
  if (!byChannel) readersCache.set(graph, (byChannel = new Map()));
  let readers = byChannel.get(channelId);
  if (!readers) byChannel.set(channelId, (readers = findReaders(graph, channelId)));
  return readers;
}

function findReaders(graph: GraphIndex<ResolvedNode>, channelId: string): Reader[] {
  const readers = new Map<string, Reader>();
  const seen = new Set([channelId]);
  const queue = [channelId];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const c of graph.outgoing.get(id) ?? []) {
      const target = graph.nodeById.get(c.to);
      if (deliversMessages(c) && isReader(target)) readers.set(target.id, target);
      else if (ROUTE_KINDS.has(c.kind) && target && !seen.has(target.id)) {
        seen.add(target.id);
        queue.push(target.id);
      }
    }
  }
  return [...readers.values()];
}

/**
 * Nodes whose flows enter `nodeId`: publishers (through exchanges and
 * subscriptions) and, through dead-letter edges, what fails into it. A
 * RabbitMQ queue gets exactly the publishers the broker routes into it, dead
 * letters included.
 */
function sources(design: ResolvedDesign, graph: GraphIndex<ResolvedNode>, nodeId: string): ReturnType<typeof findSources> {
  const memo = memoOf(design);
  let found = memo.sources.get(nodeId);
  if (!found) memo.sources.set(nodeId, (found = findSources(design, graph, nodeId)));
  return found;
}

function findSources(design: ResolvedDesign, graph: GraphIndex<ResolvedNode>, nodeId: string): { publishers: ResolvedNode[]; deadLetterSources: ResolvedNode[] } {
  if (graph.nodeById.get(nodeId)?.kind === 'rabbitmq-queue') {
    const ids = new Set(messagesAt(design, nodeId).map((m) => m.publisherId));
    return { publishers: [...ids].flatMap((id) => defined(graph.nodeById.get(id))), deadLetterSources: [] };
  }
  const publishers = new Map<string, ResolvedNode>();
  const deadLetterSources = new Map<string, ResolvedNode>();
  const seen = new Set([nodeId]);
  const queue = [nodeId];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const c of graph.incoming.get(id) ?? []) {
      const source = graph.nodeById.get(c.from);
      if (!source) continue;
      if (c.kind === 'publish') publishers.set(source.id, source);
      else if (c.kind === 'dead-letter') deadLetterSources.set(source.id, source);
      else if (ROUTE_KINDS.has(c.kind) && !seen.has(source.id)) {
        seen.add(source.id);
        queue.push(source.id);
      }
    }
  }
  return { publishers: [...publishers.values()], deadLetterSources: [...deadLetterSources.values()] };
}

interface Memo {
  needs: Map<string, Requirements | undefined>;
  /** Nodes being computed: a dead-letter or processing cycle adds nothing new on its way round. */
  active: Set<string>;
  /** Per producer, its own declaration over the design's (asked once per reader of each channel it feeds). */
  own: Map<string, Requirements>;
  /** Per channel, the nodes whose flows enter it (asked once per reader). */
  sources: Map<string, ReturnType<typeof findSources>>;
  /** Every node's needs are in `needs` (see requirementsAt). */
  settled: boolean;
}

const memos = new WeakMap<ResolvedDesign, Memo>();

/** The last design asked about (see resolve.ts's lastAsked): rules ask needs of one design many thousand times in a row. */
let lastMemo: { design: ResolvedDesign; memo: Memo } | undefined;

function memoOf(design: ResolvedDesign): Memo {
  if (lastMemo?.design === design) return lastMemo.memo;
  let memo = memos.get(design);
  if (!memo) memos.set(design, (memo = { needs: new Map(), active: new Set(), own: new Map(), sources: new Map(), settled: false }));
  lastMemo = { design, memo };
  return memo;
}

function ownNeeds(design: ResolvedDesign, producer: ResolvedNode): Requirements {
  const memo = memoOf(design);
  let own = memo.own.get(producer.id);
  if (!own) memo.own.set(producer.id, (own = effectiveRequirements(design, producer)));
  return own;
}

/**
 * What the node must guarantee (see above); `undefined` when nothing is known.
 * The first question about a design answers it for every node, in the
 * design's order: in a dead-letter or processing cycle the node asked first
 * misses what comes round, so answering in the order rules ask would make a
 * rule's findings depend on which rules ran before it (and the engine runs
 * only the rules an edit concerns, incremental.ts).
 */
export function requirementsAt(design: ResolvedDesign, nodeId: string): Requirements | undefined {
  return settled(design).needs.get(nodeId);
}

/**
 * What needs are computed from, beyond the connections, the requirements and
 * the ids, kinds and names of nodes: RabbitMQ's routing (its nodes, whole),
 * and the services' declarations (of these, their `requirements` only).
 * needs-reads.test.ts holds the computation to it.
 */
export const NEEDS_READS = ['rabbitmq-exchange', 'rabbitmq-queue'] as const;
export const NEEDS_DECLARERS = ['producer', 'consumer-group', 'projection'] as const;

/** The last design's answers, which the next design shares when an edit left their inputs alone (a topic's settings, say). */
let lastSettled: { inputs: unknown[]; needs: Memo['needs'] } | undefined;

/**
 * One token for the services' declarations: the last design's while every
 * producer, consumer group and projection keeps its `requirements` object, so
 * an edit of a service's other settings (an alert, a client setting) keeps
 * every node's needs. Designs are immutable: an edit that leaves a node's
 * requirements alone keeps the object.
 */
let lastDeclarations: { nodes: readonly ResolvedNode[]; token: object } | undefined;

function declarationsToken(design: ResolvedDesign): object {
  const before = lastDeclarations;
  const token = before && sameDeclarations(before.nodes, design.nodes) ? before.token : {};
  lastDeclarations = { nodes: design.nodes, token };
  return token;
}

const DECLARERS = new Set<string>(NEEDS_DECLARERS);

function sameDeclarations(a: readonly ResolvedNode[], b: readonly ResolvedNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind) return false;
    if (DECLARERS.has(x.kind) && (x as { requirements?: unknown }).requirements !== (y as { requirements?: unknown }).requirements) return false;
  }
  return true;
}

/** The design's memo with every node's needs answered (see requirementsAt). */
function settled(design: ResolvedDesign): Memo {
  const memo = memoOf(design);
  if (!memo.settled) {
    memo.settled = true;
    const inputs = [...inputsOf(design, NEEDS_READS), declarationsToken(design)];
    // Answers for every node in the design's order, so shared answers are the ones a fresh design would get.
    if (lastSettled && sameInputs(lastSettled.inputs, inputs)) memo.needs = lastSettled.needs;
    else for (const node of design.nodes) needsAt(design, node.id);
    lastSettled = { inputs, needs: memo.needs };
  }
  return memo;
}

function needsAt(design: ResolvedDesign, nodeId: string): Requirements | undefined {
  const memo = memoOf(design);
  if (memo.needs.has(nodeId)) return memo.needs.get(nodeId);
  if (memo.active.has(nodeId)) return undefined;
  memo.active.add(nodeId);
  const result = compute(design, nodeId);
  memo.active.delete(nodeId);
  memo.needs.set(nodeId, result);
  return result;
}

function compute(design: ResolvedDesign, nodeId: string): Requirements | undefined {
  const graph = indexGraph(design);
  const node = graph.nodeById.get(nodeId);
  if (!node) return undefined;
  if (node.kind === 'producer') {
    let needs = ownNeeds(design, node);
    for (const reader of readersOfPublisher(design, graph, node.id)) if (declares(reader.requirements)) needs = strengthen(needs, reader.requirements);
    return needs;
  }
  if (isReader(node)) {
    const inherited = incomingFlows(design, graph, node);
    if (!inherited && !declares(node.requirements)) return undefined;
    return overlay(inherited ?? design.requirements, node.requirements);
  }
  // A channel, an event store, a snapshot policy.
  const { publishers, deadLetterSources } = sources(design, graph, node.id);
  const flows = new StrictestFlow();
  for (const p of publishers) flows.add(publisherNeeds(design, p));
  for (const s of deadLetterSources) flows.add(failuresAt(design, s.id));
  const readers = readersOf(graph, node.id).filter((r) => declares(r.requirements));
  if (flows.result === undefined && readers.length === 0) return undefined;
  let needs = flows.result ?? design.requirements;
  for (const reader of readers) needs = strengthen(needs, reader.requirements);
  return needs;
}

/** The flows a reader receives: the publishers upstream of what it consumes, and what failed into it. */
function incomingFlows(design: ResolvedDesign, graph: GraphIndex<ResolvedNode>, reader: Reader): Requirements | undefined {
  const flows = new StrictestFlow();
  for (const c of graph.incoming.get(reader.id) ?? []) {
    const source = graph.nodeById.get(c.from);
    if (!source) continue;
    if (deliversMessages(c)) {
      const { publishers, deadLetterSources } = sources(design, graph, source.id);
      for (const p of publishers) flows.add(publisherNeeds(design, p));
      for (const s of deadLetterSources) flows.add(failuresAt(design, s.id));
    } else if (c.kind === 'publish' && source.kind !== 'producer') {
      // A projection written by a consumer group: the group's flows.
      flows.add(publisherNeeds(design, source));
    }
  }
  return flows.result;
}

/**
 * What the failures of a flow need where they are dead-lettered: its delivery,
 * ordering and criticality, not its readers' replay and recovery windows,
 * which are about the source (the dead-letter rules judge how long failures
 * must be kept).
 */
function failures(needs: Requirements): Requirements {
  const { retentionHours: _retention, maxConsumerOutageHours: _outage, replayFromBeginning: _replay, rebuildHours: _rebuild, ...rest } = needs;
  return rest;
}

/**
 * failures() of a node's needs, once per needs object: every reader downstream
 * of a dead-letter channel asks. Keyed by the needs, not the node, because a
 * node's needs are unknown while they are being computed (a cycle) and known after.
 */
function failuresAt(design: ResolvedDesign, nodeId: string): Requirements | undefined {
  const needs = needsAt(design, nodeId);
  if (needs === undefined) return undefined;
  let result = failuresOf.get(needs);
  if (!result) failuresOf.set(needs, (result = failures(needs)));
  return result;
}

const failuresOf = new WeakMap<Requirements, Requirements>();

function defined<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

/**
 * The needs a publisher brings into a channel: a producer's own declaration
 * (not what readers elsewhere ask of it), or, for a service that consumes and
 * publishes, the needs of what it consumes (else the design's defaults: it
 * starts a flow as a producer would).
 */
function publisherNeeds(design: ResolvedDesign, publisher: ResolvedNode): Requirements | undefined {
  if (publisher.kind === 'producer') return ownNeeds(design, publisher);
  if (isReader(publisher)) return needsAt(design, publisher.id) ?? design.requirements;
  return needsAt(design, publisher.id);
}

/** The readers a publisher's messages reach, through every channel it publishes to (RabbitMQ: where its routing keys lead). */
function readersOfPublisher(design: ResolvedDesign, graph: GraphIndex<ResolvedNode>, publisherId: string): Reader[] {
  const readers = new Map<string, Reader>();
  for (const c of graph.outgoing.get(publisherId) ?? []) {
    if (c.kind !== 'publish') continue;
    const target = graph.nodeById.get(c.to)?.kind;
    const entries = target === 'rabbitmq-exchange' || target === 'rabbitmq-queue' ? queuesReachedBy(design, c.id) : [c.to];
    for (const entry of entries) for (const reader of readersOf(graph, entry)) readers.set(reader.id, reader);
  }
  return [...readers.values()];
}

/** Per publish connection, the RabbitMQ queues it reaches: a routing answer, shared like the flows it is made of (routing-inputs.ts). */
const reachedBy = routingMemo<Map<string, string[]>>();

/** The RabbitMQ queues the messages of a publish connection are routed into. */
function queuesReachedBy(design: ResolvedDesign, connectionId: string): string[] {
  const index = reachedBy(design, () => {
    const byConnection = new Map<string, string[]>();
    for (const queue of nodesOfKind(design, 'rabbitmq-queue')) {
      for (const message of messagesAt(design, queue.id)) {
        if (message.arrival !== 'publish') continue;
        const queues = byConnection.get(message.connectionId) ?? [];
        if (!queues.includes(queue.id)) queues.push(queue.id);
        byConnection.set(message.connectionId, queues);
      }
    }
    return byConnection;
  });
  return index.get(connectionId) ?? [];
}

/** The flow tolerates no loss: at-least-once or exactly-once. Unknown needs are not judged. */
export function atLeastOnce(requirements: Requirements | undefined): requirements is Requirements {
  return requirements !== undefined && requirements.delivery !== 'at-most-once';
}

/** A producer's needs: always known (its own declaration, or the design's requirements, strengthened by its readers). */
export function producerRequirements(design: ResolvedDesign, producer: Extract<ResolvedNode, { kind: 'producer' }>): Requirements {
  return requirementsAt(design, producer.id) ?? effectiveRequirements(design, producer);
}

/**
 * A reader's needs when only some publishers reach it (a JetStream consumer
 * whose subject filters let some flows through): its own declaration over the
 * strictest of those publishers' needs; `undefined` when unknown.
 */
export function readerRequirements(design: ResolvedDesign, reader: Reader, publisherIds: readonly string[]): Requirements | undefined {
  settled(design);
  const graph = indexGraph(design);
  const flows = new StrictestFlow();
  for (const id of publisherIds) flows.add(publisherNeeds(design, graph.nodeById.get(id)!));
  if (flows.result === undefined && !declares(reader.requirements)) return undefined;
  return overlay(flows.result ?? design.requirements, reader.requirements);
}

/** The flow must keep an order (per key or strictly). Unknown needs are not judged. */
export function orderedFlow(requirements: Requirements | undefined): requirements is Requirements {
  return requirements !== undefined && requirements.ordering !== 'none';
}
