import { KAFKA_ASYNCAPI } from '../brokers/kafka/asyncapi';
import { NATS_ASYNCAPI } from '../brokers/nats/asyncapi';
import { RABBITMQ_ASYNCAPI } from '../brokers/rabbitmq/asyncapi';
import { resolveDesign, writtenSetting, writtenSettings } from '../brokers/resolve';
import { identifierFromName, indexGraph, slugify, type Cluster, type Connection, type Design, type MessageSchema } from '../design';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';
import { parseDataText } from '../design/safe-parse-text';
import type { ExportError, Exporter } from './exporter';
import { clientIdOf, groupIdOf } from './kafka-common';
import { toYaml } from './yaml';

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
 */

const BINDING_KAFKA = KAFKA_ASYNCAPI.bindingVersion;

/** What the document says about its extensions, in the document itself. */
export const EXTENSIONS_ABOUT =
  'Exported by Queuewright. AsyncAPI cannot hold every fact of the design, so the rest is kept in extensions: x-queuewright-node on each channel (the whole channel node: queue type and arguments, topic configs, roles, ...), x-queuewright-cluster on each server, x-queuewright-service and x-queuewright-connection on each operation (which service it belongs to, and the connection it stands for), and here the design\'s other nodes (services, event stores, ...), its connections that are not operations (exchange-to-queue and exchange-to-exchange bindings, alternate and dead-letter exchanges, SNS subscriptions, ...), requirements, review settings, layout and any cluster no node lives on (which gets no server). Queuewright reads the design back exactly from an unedited document; in an edited one, the AsyncAPI fields win.';
const BINDING_AMQP = RABBITMQ_ASYNCAPI.bindingVersion;
const NATS_BINDING = NATS_ASYNCAPI.bindingVersion;
const JSON_SCHEMA_FORMAT = 'application/schema+json;version=draft-07';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

const CHANNEL_KINDS = new Set(['kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'nats-stream', 'sqs-queue', 'sns-topic']);

/** A JSON pointer token (RFC 6901) as it appears in a `$ref` fragment. */
function pointerToken(text: string): string {
  return encodeURIComponent(text.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/%24/g, '$');
}

/** A map key safe in component names and `$ref`s: `[A-Za-z0-9._-]`. */
function safeKey(text: string, fallback: string): string {
  const key = text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
  return key === '' ? fallback : key;
}

function safeAddress(text: string): string | null {
  return /[?#{}]/.test(text) ? null : text;
}

// ---------------------------------------------------------------------------
// JSON Schema (draft-07) checks: the parser validates message payloads against
// the draft-07 meta-schema, so the exporter refuses what it would reject.

const SIMPLE_TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
const SCHEMA_KEYWORDS = ['additionalItems', 'contains', 'additionalProperties', 'propertyNames', 'if', 'then', 'else', 'not'];
const SCHEMA_MAP_KEYWORDS = ['definitions', 'properties', 'patternProperties'];
const SCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];
const STRING_KEYWORDS = ['$id', '$schema', '$ref', '$comment', 'title', 'description', 'pattern', 'format', 'contentMediaType', 'contentEncoding'];
const NUMBER_KEYWORDS = ['maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'];
const COUNT_KEYWORDS = ['maxLength', 'minLength', 'maxItems', 'minItems', 'maxProperties', 'minProperties'];
const BOOLEAN_KEYWORDS = ['readOnly', 'writeOnly', 'uniqueItems'];

/** Stable text for deep equality (ajv's uniqueItems ignores key order). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Obj)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function unique(items: unknown[]): boolean {
  return new Set(items.map(canonical)).size === items.length;
}

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The first way `schema` breaks the draft-07 meta-schema, with its path, or `undefined`. */
export function jsonSchemaProblem(schema: unknown, path = '(root)'): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (!isObject(schema)) return `${path} must be an object or a boolean`;
  const at = (key: string) => (path === '(root)' ? key : `${path}.${key}`);
  for (const key of STRING_KEYWORDS) if (key in schema && typeof schema[key] !== 'string') return `${at(key)} must be a string`;
  for (const key of NUMBER_KEYWORDS) if (key in schema && typeof schema[key] !== 'number') return `${at(key)} must be a number`;
  for (const key of BOOLEAN_KEYWORDS) if (key in schema && typeof schema[key] !== 'boolean') return `${at(key)} must be true or false`;
  for (const key of COUNT_KEYWORDS) {
    if (key in schema && !(typeof schema[key] === 'number' && Number.isInteger(schema[key]) && (schema[key] as number) >= 0)) return `${at(key)} must be a whole number ≥ 0`;
  }
  if ('multipleOf' in schema && !(typeof schema.multipleOf === 'number' && schema.multipleOf > 0)) return `${at('multipleOf')} must be a number > 0`;
  if ('examples' in schema && !Array.isArray(schema.examples)) return `${at('examples')} must be an array`;
  if ('enum' in schema) {
    if (!Array.isArray(schema.enum) || schema.enum.length === 0) return `${at('enum')} must be a non-empty array`;
    if (!unique(schema.enum)) return `${at('enum')} lists the same value twice`;
  }
  if ('type' in schema) {
    const type = schema.type;
    const ok = typeof type === 'string' ? SIMPLE_TYPES.has(type) : Array.isArray(type) && type.length > 0 && type.every((t) => typeof t === 'string' && SIMPLE_TYPES.has(t)) && unique(type);
    if (!ok) return `${at('type')} must be one of ${[...SIMPLE_TYPES].join(', ')} (or a list of them without repeats)`;
  }
  if ('required' in schema) {
    const required = schema.required;
    if (!Array.isArray(required) || !required.every((r) => typeof r === 'string') || !unique(required)) return `${at('required')} must be a list of distinct property names`;
  }
  for (const key of SCHEMA_KEYWORDS) {
    if (key in schema) {
      const problem = jsonSchemaProblem(schema[key], at(key));
      if (problem) return problem;
    }
  }
  for (const key of SCHEMA_MAP_KEYWORDS) {
    if (!(key in schema)) continue;
    const map = schema[key];
    if (!isObject(map)) return `${at(key)} must be an object`;
    for (const [name, sub] of Object.entries(map)) {
      const problem = jsonSchemaProblem(sub, `${at(key)}.${name}`);
      if (problem) return problem;
    }
  }
  for (const key of SCHEMA_ARRAY_KEYWORDS) {
    if (!(key in schema)) continue;
    const list = schema[key];
    if (!Array.isArray(list) || list.length === 0) return `${at(key)} must be a non-empty list of schemas`;
    for (let i = 0; i < list.length; i++) {
      const problem = jsonSchemaProblem(list[i], `${at(key)}[${i}]`);
      if (problem) return problem;
    }
  }
  if ('items' in schema) {
    const items = schema.items;
    if (Array.isArray(items)) {
      if (items.length === 0) return `${at('items')} must be a schema or a non-empty list of schemas`;
      for (let i = 0; i < items.length; i++) {
        const problem = jsonSchemaProblem(items[i], `${at('items')}[${i}]`);
        if (problem) return problem;
      }
    } else {
      const problem = jsonSchemaProblem(items, at('items'));
      if (problem) return problem;
    }
  }
  if ('dependencies' in schema) {
    const dependencies = schema.dependencies;
    if (!isObject(dependencies)) return `${at('dependencies')} must be an object`;
    for (const [name, dep] of Object.entries(dependencies)) {
      if (Array.isArray(dep)) {
        if (!dep.every((d) => typeof d === 'string') || !unique(dep)) return `${at('dependencies')}.${name} must be a schema or a list of distinct property names`;
      } else {
        const problem = jsonSchemaProblem(dep, `${at('dependencies')}.${name}`);
        if (problem) return problem;
      }
    }
  }
  return undefined;
}

/** Follows a local JSON pointer fragment (`#/a/b`) inside `root`. */
function resolvePointer(root: unknown, fragment: string): boolean {
  if (fragment === '' || fragment === '/') return fragment === '';
  if (!fragment.startsWith('/')) return false;
  let node: unknown = root;
  for (const raw of fragment.slice(1).split('/')) {
    let token: string;
    try {
      token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return false;
    }
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length) return false;
      node = node[Number(token)];
    } else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return false;
  }
  return true;
}

/**
 * A copy of `schema` whose `$ref`s point into the document at `base`, or why
 * that is impossible. Every object with a string `$ref` is rewritten, as the
 * parser's resolver follows them wherever they are.
 */
function relocateRefs(schema: Json, base: string): { ok: true; value: Json } | { ok: false; reason: string } {
  let failure: string | undefined;
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'number' && !Number.isFinite(value)) failure ??= 'it holds a number JSON cannot represent (infinity or NaN)';
      return value;
    }
    const out: { [key: string]: Json } = {};
    for (const [key, child] of Object.entries(value)) out[key] = walk(child);
    const ref = value.$ref;
    if (typeof ref === 'string') {
      if (!ref.startsWith('#')) failure ??= `it refers to ${JSON.stringify(ref)} outside itself; inline that schema (the export never fetches documents)`;
      else if (!resolvePointer(schema, ref.slice(1))) failure ??= `its $ref ${JSON.stringify(ref)} points to nothing in the schema`;
      else out.$ref = `${base}${ref.slice(1)}`;
    }
    return out;
  };
  const value = walk(schema);
  return failure ? { ok: false, reason: failure } : { ok: true, value };
}

const CONTENT_TYPES: Partial<Record<MessageSchema['format'], string>> = {
  json: 'application/json',
  'json-schema': 'application/json',
  cloudevents: 'application/cloudevents+json',
  avro: 'avro/binary',
  protobuf: 'application/x-protobuf',
};

const FORMAT_LABEL: Record<MessageSchema['format'], string> = {
  none: 'The design does not describe this payload.',
  json: 'JSON; the design has no schema for it.',
  'json-schema': 'JSON; the design has no schema definition for it.',
  avro: 'Avro',
  protobuf: 'Protocol Buffers',
  cloudevents: 'CloudEvents (JSON)',
};

function channelMessage(node: ResolvedNode & { messageSchema: MessageSchema }, base: string, errors: ExportError[]): Obj {
  const schema = node.messageSchema;
  const message: Obj = { name: schema.name ?? `${node.name} message` };
  if (schema.name) message.title = schema.name;
  const contentType = CONTENT_TYPES[schema.format];
  if (contentType) message.contentType = contentType;
  if (schema.format === 'json-schema' && schema.definition !== undefined && schema.definition.trim() !== '') {
    const fail = (reason: string) => errors.push({ nodeId: node.id, message: `The JSON Schema of "${node.name}" cannot go into AsyncAPI: ${reason}.` });
    const parsed = parseDataText(schema.definition);
    if (!parsed.ok) fail(parsed.problem.message);
    else if (!isObject(parsed.data)) fail('it must be a JSON object');
    else {
      const problem = jsonSchemaProblem(parsed.data);
      if (problem) fail(`it is not a valid JSON Schema (draft-07): ${problem}`);
      else {
        const relocated = relocateRefs(parsed.data as Json, `${base}/payload/schema`);
        if (!relocated.ok) fail(relocated.reason);
        else message.payload = { schemaFormat: JSON_SCHEMA_FORMAT, schema: relocated.value };
      }
    }
    return message;
  }
  const parts = [FORMAT_LABEL[schema.format]];
  if (schema.format !== 'none' && schema.version) parts.push(`Schema version ${schema.version}.`);
  if (schema.registry) parts.push('Registered in a schema registry.');
  message.payload = { type: 'object', description: parts.join(' ') };
  return message;
}

// ---------------------------------------------------------------------------

interface ServerSpec {
  id: string;
  server: Obj;
}

function serversOf(cluster: Cluster): ServerSpec[] {
  const base = {
    title: cluster.name,
    description: `Cluster "${cluster.name}" (${cluster.environment}). The host is a local default: replace it with the cluster's address.`,
    'x-queuewright-cluster': cluster,
  };
  const version = cluster.version !== undefined ? { protocolVersion: cluster.version } : {};
  switch (cluster.broker) {
    case 'kafka':
    case 'redpanda':
      return [{ id: cluster.id, server: { host: 'localhost:9092', protocol: 'kafka', ...version, ...base } }];
    case 'rabbitmq':
      return [{ id: cluster.id, server: { host: 'localhost:5672', protocol: 'amqp', protocolVersion: '0.9.1', ...base } }];
    case 'nats':
      return [{ id: cluster.id, server: { host: 'localhost:4222', protocol: 'nats', ...base } }];
    case 'pulsar':
      return [{ id: cluster.id, server: { host: 'localhost:6650', protocol: 'pulsar', ...version, ...base } }];
    case 'sqs-sns': {
      const variables = { region: { default: 'us-east-1', description: 'AWS region' } };
      return [
        { id: `${cluster.id}-sqs`, server: { host: 'sqs.{region}.amazonaws.com', protocol: 'sqs', variables, ...base } },
        { id: `${cluster.id}-sns`, server: { host: 'sns.{region}.amazonaws.com', protocol: 'sns', variables, ...base } },
      ];
    }
  }
}

/** The server ids of each cluster, made unique (an `sqs-sns` cluster's `<id>-sqs` could be another cluster's id). */
function serverIds(design: ResolvedDesign): { servers: Obj; idOf: (node: ResolvedNode, cluster: Cluster) => string } {
  const servers: Obj = {};
  const renamed = new Map<string, string>();
  // A cluster no node lives on serves nothing: a RabbitMQ design keeps no `kafka: localhost:9092` from a deleted topic.
  const used = new Set(design.nodes.map((n) => n.cluster));
  for (const cluster of design.clusters) {
    if (!used.has(cluster.id)) continue;
    for (const { id, server } of serversOf(cluster)) {
      let unique = id;
      for (let n = 2; Object.hasOwn(servers, unique); n++) unique = `${id}-${n}`;
      servers[unique] = server;
      renamed.set(`${cluster.id}\u0000${id}`, unique);
    }
  }
  const idOf = (node: ResolvedNode, cluster: Cluster) => {
    const id = cluster.broker !== 'sqs-sns' ? cluster.id : node.kind === 'sns-topic' ? `${cluster.id}-sns` : `${cluster.id}-sqs`;
    return renamed.get(`${cluster.id}\u0000${id}`) ?? id;
  };
  return { servers, idOf };
}

function channelBindings(node: ResolvedNode, errors: ExportError[]): Obj | undefined {
  switch (node.kind) {
    case 'kafka-topic': {
      // Only what the design sets: the rest is the broker's to decide.
      const config = writtenSettings(node, 'config', node.config);
      const topicConfiguration: Obj = {};
      if (config['cleanup.policy'] !== undefined) topicConfiguration['cleanup.policy'] = config['cleanup.policy'].split(',');
      for (const key of ['retention.ms', 'retention.bytes', 'delete.retention.ms', 'max.message.bytes'] as const) {
        if (config[key] !== undefined) topicConfiguration[key] = config[key];
      }
      const binding: Obj = { topic: node.name };
      const partitions = writtenSetting(node, 'partitions', node.partitions);
      const replicas = writtenSetting(node, 'replicationFactor', node.replicationFactor);
      if (partitions !== undefined) binding.partitions = partitions;
      if (replicas !== undefined) binding.replicas = replicas;
      if (Object.keys(topicConfiguration).length > 0) binding.topicConfiguration = topicConfiguration;
      return { kafka: { ...binding, bindingVersion: BINDING_KAFKA } };
    }
    case 'rabbitmq-exchange':
      if ([...node.name].length > 255) errors.push({ nodeId: node.id, message: `Exchange "${node.name.slice(0, 40)}…" has a name longer than 255 characters, which AMQP does not allow.` });
      return {
        amqp: {
          is: 'routingKey',
          exchange: { name: node.name, type: node.type, durable: node.durable, autoDelete: node.autoDelete, vhost: node.vhost },
          bindingVersion: BINDING_AMQP,
        },
      };
    case 'rabbitmq-queue':
      if ([...node.name].length > 255) errors.push({ nodeId: node.id, message: `Queue "${node.name.slice(0, 40)}…" has a name longer than 255 characters, which AMQP does not allow.` });
      return {
        amqp: {
          is: 'queue',
          queue: { name: node.name, durable: node.durable, exclusive: node.exclusive, autoDelete: node.autoDelete, vhost: node.vhost },
          bindingVersion: BINDING_AMQP,
        },
      };
    default:
      return undefined;
  }
}

function channelAddress(node: ResolvedNode): string | null {
  if (node.kind === 'nats-stream') {
    const subjects = node.subjects.length > 0 ? node.subjects : [node.name];
    return subjects.length === 1 ? safeAddress(subjects[0]) : null;
  }
  return safeAddress(node.name);
}

function channelDescription(node: ResolvedNode): string | undefined {
  const parts: string[] = [];
  if (node.kind === 'nats-stream') parts.push(`JetStream stream "${node.name}" on subjects ${(node.subjects.length > 0 ? node.subjects : [node.name]).map((s) => `\`${s}\``).join(', ')}.`);
  if ('role' in node && node.role !== 'normal') parts.push(node.role === 'dead-letter' ? 'Dead-letter channel.' : 'Retry channel.');
  if (node.notes) parts.push(node.notes);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

function operationBindings(connection: Connection, actor: ResolvedNode, channel: ResolvedNode, action: 'send' | 'receive'): Obj | undefined {
  if (channel.kind === 'kafka-topic') {
    if (action === 'receive' && actor.kind === 'consumer-group') {
      return { kafka: { groupId: { type: 'string', enum: [groupIdOf(actor)] }, clientId: { type: 'string', enum: [clientIdOf(actor)] }, bindingVersion: BINDING_KAFKA } };
    }
    if (actor.kind === 'producer' || actor.kind === 'consumer-group') return { kafka: { clientId: { type: 'string', enum: [clientIdOf(actor)] }, bindingVersion: BINDING_KAFKA } };
    return undefined;
  }
  if (channel.kind === 'rabbitmq-exchange' || channel.kind === 'rabbitmq-queue') {
    if (action === 'receive') return { amqp: { ack: actor.kind === 'consumer-group' ? actor.ackMode === 'manual' : true, bindingVersion: BINDING_AMQP } };
    const amqp: Obj = {};
    if (connection.routingKey !== undefined) amqp.cc = [connection.routingKey];
    if (actor.kind === 'producer') {
      amqp.deliveryMode = actor.rabbitmq.persistent ? 2 : 1;
      amqp.mandatory = actor.rabbitmq.mandatory;
    }
    amqp.bindingVersion = BINDING_AMQP;
    return { amqp };
  }
  if (channel.kind === 'nats-stream' && action === 'receive' && actor.kind === 'consumer-group' && actor.nats.deliver_group) {
    return { nats: { queue: actor.nats.deliver_group.slice(0, 255), bindingVersion: NATS_BINDING } };
  }
  return undefined;
}

function operationSummary(connection: Connection, actor: ResolvedNode, channel: ResolvedNode, action: 'send' | 'receive'): string {
  if (action === 'receive') return `${actor.name} receives from ${channel.name}.`;
  const verb = connection.kind === 'dead-letter' ? 'dead-letters failed messages to' : 'sends to';
  const details: string[] = [];
  if (connection.routingKey !== undefined) details.push(`routing key \`${connection.routingKey}\``);
  if (connection.subject !== undefined) details.push(`subject \`${connection.subject}\``);
  return `${actor.name} ${verb} ${channel.name}${details.length > 0 ? ` (${details.join(', ')})` : ''}.`;
}

export function asyncapiDocument(input: Design): { ok: true; document: Obj } | { ok: false; errors: ExportError[] } {
  const design = resolveDesign(input);
  const graph = indexGraph(design);
  const errors: ExportError[] = [];
  const { servers, idOf } = serverIds(design);

  const channels: Obj = {};
  const messageKeyOf = new Map<string, string>();
  // Keys come from names (`orders.placed`, `order-api` for "Order API"), made unique; never from frozen ids.
  const channelKeyOf = new Map<string, string>();
  const keyOf = (node: ResolvedNode, taken: Obj) => {
    const base = identifierFromName(node.name);
    let key = base;
    for (let n = 2; Object.hasOwn(taken, key); n++) key = `${base}-${n}`;
    return key;
  };
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
    messageKeyOf.set(node.id, messageKey);
    const key = keyOf(node, channels);
    channelKeyOf.set(node.id, key);
    channel.messages = { [messageKey]: channelMessage(node, `#/channels/${pointerToken(key)}/messages/${pointerToken(messageKey)}`, errors) };
    const bindings = channelBindings(node, errors);
    if (bindings) channel.bindings = bindings;
    channel['x-queuewright-node'] = written.get(node.id);
    channels[key] = channel;
  }
  const serviceKeys: Obj = {};
  const serviceKeyOf = (actor: ResolvedNode) => {
    const known = Object.entries(serviceKeys).find(([, id]) => id === actor.id)?.[0];
    if (known !== undefined) return known;
    const key = keyOf(actor, serviceKeys);
    serviceKeys[key] = actor.id;
    return key;
  };

  const operations: Obj = {};
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
  const carried = new Set<Connection>();
  for (const connection of design.connections) {
    const from = graph.nodeById.get(connection.from);
    const to = graph.nodeById.get(connection.to);
    if (!from || !to) continue;
    const sends = connection.kind === 'publish' || (connection.kind === 'dead-letter' && from.kind === 'consumer-group');
    if (sends && (from.kind === 'producer' || from.kind === 'consumer-group') && channelKeyOf.has(to.id)) addOperation(connection, from, to, 'send');
    if (connection.kind === 'consume' && to.kind === 'consumer-group' && channelKeyOf.has(from.id)) addOperation(connection, to, from, 'receive');
  }
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
  if (Object.keys(channels).length > 0) document.channels = channels;
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
    nodes: input.nodes.filter((n) => !channelKeyOf.has(n.id)),
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
