import { resolveDesign } from '../brokers/resolve';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { identifierFromName, indexGraph, slugify, type Cluster, type Connection, type Design, type GraphIndex } from '../design';
import { channelBindings, operationBindings } from './asyncapi-bindings';
import { channelAddress, channelDescription, channelMessage, operationSummary, pointerToken, safeKey } from './asyncapi-parts';
import { serverIds } from './asyncapi-servers';
import type { ExportError, Exporter } from './exporter';
import { toYaml } from './yaml';

export { jsonSchemaProblem } from './asyncapi-json-schema';

/**
 * An AsyncAPI 3.0.0 document (YAML) describing the design from the point of
 * view of all its services at once:
 *
 * - `servers`: one per cluster (an `sqs-sns` cluster gives two, `<id>-sqs`
 *   and `<id>-sns`, since each server has one protocol). Hosts are local
 *   development defaults; the description says to replace them.
 * - `channels`: one per Kafka topic, RabbitMQ exchange and queue, NATS stream,
 *   SQS queue and SNS topic, keyed by node id. The address is the broker-side
 *   name (a stream's only subject; `null` when it has several, or when the
 *   name holds `?`, `#`, `{` or `}`, which an address cannot). Kafka topics
 *   carry the kafka binding 0.5.0 (topic, partitions, replicas and the
 *   topicConfiguration keys the binding lists); exchanges and queues the amqp
 *   binding 0.3.0 (`is: routingKey` with the exchange, `is: queue` with the
 *   queue).
 * - `operations`: a `send` per publish connection of a producer or consumer
 *   group (and per dead-letter connection of a consumer group), a `receive`
 *   per consume connection. Kafka operations carry `clientId` / `groupId`,
 *   AMQP ones the routing key (`cc`), delivery mode, mandatory and ack.
 * - `messages`: one per channel, from its `messageSchema`. With format
 *   `json-schema` and a definition, the payload is that schema as a draft-07
 *   multi-format schema; its local `$ref`s (`#/...`) are rewritten to point
 *   into the document. Other formats get a generic object payload.
 *
 * - extensions: what AsyncAPI cannot hold is kept in `x-queuewright-*`
 *   extensions (see EXTENSIONS_ABOUT, which the document carries too), so
 *   Queuewright reads an unedited document back as exactly the design.
 *
 * Refused, naming the node: a JSON Schema definition that does not parse, is
 * not a draft-07 schema, or refers outside itself (the parser would fetch it);
 * exchange and queue names longer than the amqp binding's 255 characters.
 *
 * The parts have their own files beside this one: servers, bindings, channel
 * and operation text, and the JSON Schema checks.
 */

/** What the document says about its extensions, in the document itself. */
export const EXTENSIONS_ABOUT =
  "Exported by Queuewright. AsyncAPI cannot hold every fact of the design, so the rest is kept in extensions: x-queuewright-node on each channel (the whole channel node: queue type and arguments, topic configs, roles, ...), x-queuewright-cluster on each server, x-queuewright-service and x-queuewright-connection on each operation (which service it belongs to, and the connection it stands for), and here the design's other nodes (services, event stores, ...), its connections that are not operations (exchange-to-queue and exchange-to-exchange bindings, alternate and dead-letter exchanges, SNS subscriptions, ...), requirements, review settings, layout and any cluster no node lives on (which gets no server). Queuewright reads the design back exactly from an unedited document; in an edited one, the AsyncAPI fields win.";

type Obj = Record<string, unknown>;

const CHANNEL_KINDS = new Set(['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic', 'artemis-address', 'artemis-queue']);

/** A key from a node's name (`orders.placed`, `order-api` for "Order API"), unique in `taken`; never from frozen ids. */
function keyOf(node: ResolvedNode, taken: Obj): string {
  const base = identifierFromName(node.name);
  let key = base;
  for (let n = 2; Object.hasOwn(taken, key); n++) key = `${base}-${n}`;
  return key;
}

interface Channels {
  channels: Obj;
  /** Node id → channel key. */
  channelKeyOf: Map<string, string>;
  /** Node id → the key of its channel's message. */
  messageKeyOf: Map<string, string>;
}

/** One channel per channel node, with its message and bindings. */
function channelsOf(input: Design, design: ResolvedDesign, graph: GraphIndex<ResolvedNode>, idOf: (node: ResolvedNode, cluster: Cluster) => string, errors: ExportError[]): Channels {
  const out: Channels = { channels: {}, channelKeyOf: new Map(), messageKeyOf: new Map() };
  // The extensions hold the design as written (unset stays unset), never its resolved settings.
  const written = new Map(input.nodes.map((n) => [n.id, n]));
  for (const node of design.nodes) {
    if (!CHANNEL_KINDS.has(node.kind) || !('messageSchema' in node)) continue;
    const channel: Obj = { address: channelAddress(node), title: node.name };
    const description = channelDescription(node);
    if (description) channel.description = description;
    const cluster = node.cluster === undefined ? undefined : graph.clusterById.get(node.cluster);
    if (cluster) channel.servers = [{ $ref: `#/servers/${pointerToken(idOf(node, cluster))}` }];
    const messageKey = safeKey(node.messageSchema.name ?? '', 'message');
    out.messageKeyOf.set(node.id, messageKey);
    const key = keyOf(node, out.channels);
    out.channelKeyOf.set(node.id, key);
    channel.messages = { [messageKey]: channelMessage(node, `#/channels/${pointerToken(key)}/messages/${pointerToken(messageKey)}`, errors) };
    const bindings = channelBindings(node, errors);
    if (bindings) channel.bindings = bindings;
    channel['x-queuewright-node'] = written.get(node.id);
    out.channels[key] = channel;
  }
  return out;
}

/** A `send` per publish (and consumer-group dead-letter) connection, a `receive` per consume; `carried` are the connections they stand for. */
function operationsOf(design: ResolvedDesign, graph: GraphIndex<ResolvedNode>, { channelKeyOf, messageKeyOf }: Channels): { operations: Obj; carried: Set<Connection> } {
  const operations: Obj = {};
  const carried = new Set<Connection>();
  const serviceKeys: Obj = {};
  const serviceKeyOf = (actor: ResolvedNode) => {
    const known = Object.entries(serviceKeys).find(([, id]) => id === actor.id)?.[0];
    if (known !== undefined) return known;
    const key = keyOf(actor, serviceKeys);
    serviceKeys[key] = actor.id;
    return key;
  };
  const addOperation = (connection: Connection, actor: ResolvedNode, channel: ResolvedNode, action: 'send' | 'receive') => {
    const channelKey = channelKeyOf.get(channel.id)!;
    const base = `${serviceKeyOf(actor)}.${action}.${channelKey}`;
    let id = base;
    for (let n = 2; Object.hasOwn(operations, id); n++) id = `${base}.${n}`;
    const operation: Obj = {
      action,
      channel: { $ref: `#/channels/${pointerToken(channelKey)}` },
      title: `${actor.name} ${action === 'send' ? '→' : '←'} ${channel.name}`,
      summary: operationSummary(connection, actor, channel, action),
      messages: [{ $ref: `#/channels/${pointerToken(channelKey)}/messages/${pointerToken(messageKeyOf.get(channel.id)!)}` }],
    };
    const bindings = operationBindings(connection, actor, channel, action);
    if (bindings) operation.bindings = bindings;
    operation['x-queuewright-service'] = { id: actor.id, name: actor.name };
    operation['x-queuewright-connection'] = connection;
    operations[id] = operation;
    carried.add(connection);
  };
  for (const connection of design.connections) {
    const from = graph.nodeById.get(connection.from);
    const to = graph.nodeById.get(connection.to);
    if (!from || !to) continue;
    const sends = connection.kind === 'publish' || (connection.kind === 'dead-letter' && from.kind === 'consumer-group');
    if (sends && (from.kind === 'producer' || from.kind === 'consumer-group') && channelKeyOf.has(to.id)) addOperation(connection, from, to, 'send');
    if (connection.kind === 'consume' && to.kind === 'consumer-group' && channelKeyOf.has(from.id)) addOperation(connection, to, from, 'receive');
  }
  return { operations, carried };
}

export function asyncapiDocument(input: Design): { ok: true; document: Obj } | { ok: false; errors: ExportError[] } {
  const design = resolveDesign(input);
  const graph = indexGraph(design);
  const errors: ExportError[] = [];
  const { servers, idOf } = serverIds(design);
  const channels = channelsOf(input, design, graph, idOf, errors);
  const { operations, carried } = operationsOf(design, graph, channels);
  if (errors.length > 0) return { ok: false, errors };

  const document: Obj = {
    asyncapi: '3.0.0',
    id: `urn:queuewright:${slugify(design.name)}`,
    info: {
      title: design.name,
      version: '1.0.0',
      description: design.notes ?? `Generated by Queuewright from the design "${design.name}".`,
    },
    defaultContentType: 'application/json',
  };
  if (Object.keys(servers).length > 0) document.servers = servers;
  // A cluster no node lives on is no server (serverIds), but it is still part of the design.
  const hosting = new Set(design.nodes.map((n) => n.cluster));
  const unused = input.clusters.filter((c) => !hosting.has(c.id));
  if (Object.keys(channels.channels).length > 0) document.channels = channels.channels;
  if (Object.keys(operations).length > 0) document.operations = operations;
  document['x-queuewright'] = {
    version: 1,
    about: EXTENSIONS_ABOUT,
    name: design.name,
    ...(design.notes !== undefined ? { notes: design.notes } : {}),
    requirements: design.requirements,
    review: design.review,
    ...(design.layout !== undefined ? { layout: design.layout } : {}),
    ...(unused.length > 0 ? { clusters: unused } : {}),
    nodes: input.nodes.filter((n) => !channels.channelKeyOf.has(n.id)),
    connections: design.connections.filter((c) => !carried.has(c)),
    // Servers, channels, operations and the nodes and connections above interleave (and a server map sorts
    // numeric ids first): this is the design's own order.
    order: { clusters: design.clusters.map((c) => c.id), nodes: design.nodes.map((n) => n.id), connections: design.connections.map((c) => c.id) },
  };
  return { ok: true, document };
}

export const asyncapiExporter: Exporter = {
  id: 'asyncapi',
  label: 'AsyncAPI 3.0',
  description: 'AsyncAPI 3.0.0 document with servers, channels, operations and messages, and Kafka / AMQP bindings.',
  language: 'yaml',
  export(design) {
    const result = asyncapiDocument(design);
    if (!result.ok) return result;
    const content = toYaml(result.document);
    return { ok: true, files: [{ path: `${slugify(design.name) || 'design'}.asyncapi.yaml`, content }] };
  },
};
