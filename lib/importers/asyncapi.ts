import type { Broker, NodeKind } from '../design';
import { parseDataText } from '../design/safe-parse-text';
import { childOf, mergeTraits, RefResolver, refOf } from './asyncapi-refs';
import { DesignBuilder, bool, describe, environmentOf, fileStem, guard, head, int, isRecord, keyPath, parseErrors, short, str } from './builder';
import type { ImportResult, Importer } from './importer';
import { embeddedDesign, exactDesign } from './asyncapi-queuewright';
import { kafkaTopicConfig, noteUnsetMinIsr } from './kafka-config';

/**
 * AsyncAPI 2.x and 3.x (YAML or JSON).
 *
 * Mapping:
 * - servers → clusters, by protocol: kafka/kafka-secure → Kafka, amqp/amqps →
 *   RabbitMQ, nats → NATS, sqs/sns → AWS. Servers of other protocols (mqtt,
 *   ws, http, mercure, …) are reported, and channels only they carry are
 *   skipped with a note. A document without servers takes the broker from the
 *   channel's bindings, or the channel is reported.
 * - channels → a Kafka topic (kafka binding: topic, partitions, replicas,
 *   topicConfiguration), a RabbitMQ queue (`is: queue`) or exchange
 *   (`is: routingKey`; the address is the routing key publishers use; a 2.x
 *   binding naming both an exchange and a queue gives both, bound by the
 *   address), a NATS JetStream stream (the address is its subject), an SQS
 *   queue or an SNS topic. Two channels naming the same broker object share
 *   one node.
 * - operations → services. 3.x `send`/`receive` are the application's view;
 *   2.x `subscribe` means the application sends and `publish` means it
 *   receives (the 2.x names describe what *other* clients do). Operations of
 *   one service — by `x-queuewright-service`, else the Kafka binding's
 *   clientId / groupId (a single `enum`/`const`/`default` value), else the
 *   NATS queue group, else the document's title — become one node: a consumer
 *   group when it receives anything (it may publish too), otherwise a
 *   producer. A `reply` channel is sent to by a receiver and received from by
 *   a sender.
 * - messages → the channel's messageSchema (name, format from schemaFormat /
 *   contentType, the payload schema as text with local `$ref`s resolved).
 *
 * `$ref`s are resolved locally and boundedly (see asyncapi-refs.ts); external
 * references are never fetched, only reported.
 */

type Rec = Record<string, unknown>;

const PROTOCOL_BROKER: Record<string, Broker> = {
  kafka: 'kafka',
  'kafka-secure': 'kafka',
  amqp: 'rabbitmq',
  amqps: 'rabbitmq',
  nats: 'nats',
  sqs: 'sqs-sns',
  sns: 'sqs-sns',
};
const BINDING_BROKER: Record<string, Broker> = { kafka: 'kafka', amqp: 'rabbitmq', nats: 'nats', sqs: 'sqs-sns', sns: 'sqs-sns' };
/** `x-queuewright-kind` on a channel (as Queuewright's exporter may write it) → the broker family. */
const KIND_BROKER: Record<string, Broker> = {
  'kafka-topic': 'kafka', 'rabbitmq-exchange': 'rabbitmq', 'rabbitmq-queue': 'rabbitmq', 'nats-stream': 'nats', 'sqs-queue': 'sqs-sns', 'sns-topic': 'sqs-sns',
};
const BROKER_LABEL: Record<Broker, string> = { kafka: 'Kafka', redpanda: 'Redpanda', rabbitmq: 'RabbitMQ', nats: 'NATS', 'sqs-sns': 'AWS', pulsar: 'Pulsar' };
const EXCHANGE_TYPES = new Set(['topic', 'direct', 'fanout', 'headers']);

interface ServerInfo {
  id: string;
  path: string;
  protocol: string;
  broker?: Broker;
  cluster?: string;
  schemaRegistry: boolean;
}

interface MessageInfo {
  key: string;
  path: string;
  message: Rec;
}

interface ChannelInfo {
  key: string;
  path: string;
  address?: string;
  raw: Rec;
  serverIds?: string[];
  messages: MessageInfo[];
  /** Where publishers send. */
  publishTo?: { id: string; routingKey?: string; subject?: string };
  /** Where receivers read; `consumeProblem` says why there is none. */
  consumeFrom?: string;
  consumeProblem?: string;
  skipped?: string;
}

interface OperationInfo {
  id: string;
  path: string;
  action: 'send' | 'receive';
  channelKey: string;
  op: Rec;
  reply?: { channelKey?: string; path: string; dynamic: boolean };
  /** AMQP publish routing key from the operation binding's `cc`. */
  routingKey?: string;
}

export const asyncapiImporter: Importer = {
  id: 'asyncapi',
  label: 'AsyncAPI 2.x / 3.x',
  detect: (text) => /^\s*\{?\s*["']?asyncapi["']?\s*:\s*["']?\d/m.test(head(text)) || /"asyncapi"\s*:\s*"\d/.test(head(text)),
  import: (text, fileName) => guard(() => importAsyncApi(text, fileName)),
};

function importAsyncApi(text: string, fileName?: string): ImportResult {
  const parsed = parseDataText(text, 'auto', { allowPrototypeNames: true });
  if (!parsed.ok) return parseErrors(parsed.problem);
  const doc = parsed.data;
  if (!isRecord(doc) || (typeof doc.asyncapi !== 'string' && typeof doc.asyncapi !== 'number')) {
    return { ok: false, errors: [{ message: 'This is not an AsyncAPI document: the "asyncapi" version field is missing.', path: 'asyncapi' }] };
  }
  const version = String(doc.asyncapi);
  const major = /^(\d+)\./.exec(version)?.[1];
  if (major !== '2' && major !== '3') {
    return { ok: false, errors: [{ message: `AsyncAPI ${short(version)} is not supported; the import reads 2.x and 3.x documents.`, path: 'asyncapi' }] };
  }
  const v3 = major === '3';
  // A document Queuewright exported, unedited: its extensions are the design.
  const exact = v3 ? exactDesign(doc) : undefined;
  if (exact) return { ok: true, design: exact, report: [] };
  const refs = new RefResolver(doc);
  const b = new DesignBuilder();
  if (embeddedDesign(doc)) {
    b.note('x-queuewright', 'Queuewright exported this document, and it was changed since: the design is read from its AsyncAPI fields, with the x-queuewright-* extensions filling in what those do not say (channel kinds, services, bindings, alternate and dead-letter exchanges).');
  }
  const info = isRecord(doc.info) ? doc.info : {};
  const title = str(info.title)?.trim() || fileStem(fileName) || 'AsyncAPI application';

  const servers = readServers(doc, refs, b, v3);
  const { channels, operations } = v3 ? readV3(doc, refs, b) : readV2(doc, refs, b);

  if (hasSecurity(doc, refs)) b.note('components.securitySchemes', 'Security (schemes on servers and operations) is not represented in the design.');

  placeChannels(channels, servers, refs, b);
  addServices(channels, operations, refs, b, title);
  applyMessages(channels, servers, refs, b);
  addExtensionLinks(doc, channels, b);

  for (const p of refs.problems) {
    const what =
      p.kind === 'external' ? 'is an external reference; it was not fetched (the import never downloads anything)'
        : p.kind === 'missing' ? 'points to nothing in this document'
          : p.kind === 'cycle' ? 'is part of a reference cycle'
            : 'was not expanded: the document has too many references to resolve';
    b.note(p.ref ? `$ref ${short(p.ref)}` : '$ref', `This reference ${what}.`);
  }

  if (b.nodeCount === 0) {
    const protocols = [...new Set(Object.values(servers).filter((x) => !x.broker).map((x) => x.protocol || '(none)'))];
    const reason =
      channels.size === 0
        ? 'the document declares no channels'
        : Object.keys(servers).length > 0 && Object.values(servers).every((x) => !x.broker)
          ? `its servers use ${protocols.join(', ')}, which Queuewright does not model (it models Kafka, AMQP 0-9-1/RabbitMQ, NATS, SQS and SNS)`
          : Object.keys(servers).length === 0
            ? 'it declares no servers and no channel has a Kafka, AMQP, NATS, SQS or SNS binding, so no broker is known'
            : 'none of its channels could be placed on a broker Queuewright models';
    const details = b.notes.filter((n) => /not model|skipped|unknown/i.test(n.message)).slice(0, 20);
    return { ok: false, errors: [{ message: `Nothing to import from this AsyncAPI document: ${reason}.` }, ...details.map((n) => ({ path: n.path, message: n.message }))] };
  }
  return b.build(title);
}

function readServers(doc: Rec, refs: RefResolver, b: DesignBuilder, v3: boolean): Record<string, ServerInfo> {
  const out: Record<string, ServerInfo> = {};
  const raw = refs.deref(doc.servers);
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    b.note('servers', 'servers must be a map of server objects; ignored.');
    return out;
  }
  for (const [id, value] of Object.entries(raw)) {
    const path = keyPath('servers', id);
    const server = refs.deref(value);
    if (!isRecord(server)) {
      b.note(path, 'Not a server object; skipped.');
      continue;
    }
    const protocol = (str(server.protocol) ?? '').toLowerCase();
    const broker = Object.hasOwn(PROTOCOL_BROKER, protocol) ? PROTOCOL_BROKER[protocol] : undefined;
    const bindings = isRecord(refs.deref(server.bindings)) ? (refs.deref(server.bindings) as Rec) : {};
    const kafka = refs.deref(bindings.kafka);
    const info: ServerInfo = { id, path, protocol, broker, schemaRegistry: isRecord(kafka) && typeof kafka.schemaRegistryUrl === 'string' };
    out[id] = info;
    if (!broker) {
      b.note(path, `Server "${short(id)}" uses protocol ${protocol ? `"${short(protocol)}"` : '(none given)'}, which Queuewright does not model (it models Kafka, AMQP 0-9-1/RabbitMQ, NATS, SQS and SNS); channels only on this server are skipped.`);
      continue;
    }
    const host = v3 ? str(server.host) : str(server.url);
    const tags = Array.isArray(server.tags) ? server.tags.map((t) => (isRecord(t) ? str(t.name) ?? '' : '')).join(' ') : '';
    const environment = environmentOf(id) ?? environmentOf(tags) ?? environmentOf(str(server.description));
    const props: Rec = {};
    if (environment) props.environment = environment;
    if (broker === 'kafka' && str(server.protocolVersion)) props.version = str(server.protocolVersion)!.slice(0, 50);
    const notes = [`AsyncAPI server "${id}"`, host ? `host ${host}` : '', `protocol ${protocol}`, str(server.pathname) ? `pathname ${str(server.pathname)}` : '', str(server.description) ?? '']
      .filter(Boolean)
      .join('; ');
    props.notes = notes.slice(0, 20_000);
    info.cluster = b.addCluster(str(server.title) ?? id, broker, props, path);
    for (const key of Object.keys(bindings)) {
      if (key === 'kafka') {
        const k = isRecord(kafka) ? kafka : {};
        for (const field of Object.keys(k)) {
          if (field !== 'schemaRegistryUrl' && field !== 'schemaRegistryVendor' && field !== 'bindingVersion') b.note(keyPath(`${path}.bindings.kafka`, field), 'This server binding field is not represented in the design.');
        }
      } else if (key !== broker && key !== protocol) b.note(keyPath(`${path}.bindings`, key), `A ${short(key)} binding on a ${protocol} server is not represented.`);
    }
  }
  return out;
}

function readV3(doc: Rec, refs: RefResolver, b: DesignBuilder): { channels: Map<string, ChannelInfo>; operations: OperationInfo[] } {
  const channels = new Map<string, ChannelInfo>();
  const rawChannels = refs.deref(doc.channels);
  if (rawChannels !== undefined && !isRecord(rawChannels)) b.note('channels', 'channels must be a map; ignored.');
  for (const [key, value] of Object.entries(isRecord(rawChannels) ? rawChannels : {})) {
    const path = keyPath('channels', key);
    const channel = refs.deref(value);
    if (!isRecord(channel)) {
      b.note(path, 'Not a channel object; skipped.');
      continue;
    }
    const address = typeof channel.address === 'string' ? channel.address : undefined;
    let serverIds: string[] | undefined;
    if (Array.isArray(channel.servers) && channel.servers.length > 0) {
      serverIds = [];
      channel.servers.forEach((s, i) => {
        const id = childOf(refOf(s), 'servers');
        if (id !== undefined) serverIds!.push(id);
        else b.note(`${path}.servers[${i}]`, 'A channel server must be a $ref to #/servers/<id>; ignored.');
      });
    }
    const messages: MessageInfo[] = [];
    const rawMessages = refs.deref(channel.messages);
    for (const [mKey, mValue] of Object.entries(isRecord(rawMessages) ? rawMessages : {})) {
      const message = resolveMessage(mValue, refs);
      if (message) messages.push({ key: mKey, path: keyPath(`${path}.messages`, mKey), message });
    }
    channels.set(key, { key, path, address, raw: channel, serverIds, messages });
  }

  const operations: OperationInfo[] = [];
  const rawOps = refs.deref(doc.operations);
  if (rawOps !== undefined && !isRecord(rawOps)) b.note('operations', 'operations must be a map; ignored.');
  for (const [id, value] of Object.entries(isRecord(rawOps) ? rawOps : {})) {
    const path = keyPath('operations', id);
    const op = withTraits(refs.deref(value), refs);
    if (!isRecord(op)) {
      b.note(path, 'Not an operation object; skipped.');
      continue;
    }
    const action = op.action;
    if (action !== 'send' && action !== 'receive') {
      b.note(`${path}.action`, `action must be "send" or "receive", not ${describe(action)}; the operation is skipped.`);
      continue;
    }
    const channelKey = childOf(refOf(op.channel), 'channels');
    if (channelKey === undefined || !channels.has(channelKey)) {
      b.note(`${path}.channel`, `The operation's channel ${describe(refOf(op.channel) ?? op.channel)} is not a channel of this document; the operation is skipped.`);
      continue;
    }
    let reply: OperationInfo['reply'];
    const rawReply = refs.deref(op.reply);
    if (isRecord(rawReply)) {
      const replyKey = childOf(refOf(rawReply.channel), 'channels');
      const address = refs.deref(rawReply.address);
      reply = { channelKey: replyKey, path: `${path}.reply`, dynamic: isRecord(address) && typeof address.location === 'string' };
    }
    operations.push({ id, path, action, channelKey, op, reply });
  }
  return { channels, operations };
}

function readV2(doc: Rec, refs: RefResolver, b: DesignBuilder): { channels: Map<string, ChannelInfo>; operations: OperationInfo[] } {
  const channels = new Map<string, ChannelInfo>();
  const operations: OperationInfo[] = [];
  const rawChannels = refs.deref(doc.channels);
  if (rawChannels !== undefined && !isRecord(rawChannels)) b.note('channels', 'channels must be a map; ignored.');
  for (const [name, value] of Object.entries(isRecord(rawChannels) ? rawChannels : {})) {
    const path = keyPath('channels', name);
    const channel = refs.deref(value);
    if (!isRecord(channel)) {
      b.note(path, 'Not a channel object; skipped.');
      continue;
    }
    const serverIds = Array.isArray(channel.servers) && channel.servers.length > 0 ? channel.servers.filter((s): s is string => typeof s === 'string') : undefined;
    const info: ChannelInfo = { key: name, path, address: name, raw: channel, serverIds, messages: [] };
    channels.set(name, info);
    // 2.x names the operation other clients perform: `publish` = the application receives.
    for (const [verb, action] of [['subscribe', 'send'], ['publish', 'receive']] as const) {
      if (channel[verb] === undefined) continue;
      const opPath = `${path}.${verb}`;
      const op = withTraits(refs.deref(channel[verb]), refs);
      if (!isRecord(op)) {
        b.note(opPath, 'Not an operation object; skipped.');
        continue;
      }
      const id = str(op.operationId) ?? `${name} ${verb}`;
      const message = refs.deref(op.message);
      const list = isRecord(message) && Array.isArray(message.oneOf) ? message.oneOf : message === undefined ? [] : [message];
      list.forEach((m, i) => {
        const resolved = resolveMessage(m, refs);
        if (!resolved) return;
        const key = str(resolved.name) ?? str(resolved.messageId) ?? childOf(refOf(m), 'components/messages') ?? `${id}-${i + 1}`;
        if (!info.messages.some((x) => x.key === key)) info.messages.push({ key, path: `${opPath}.message`, message: resolved });
      });
      operations.push({ id, path: opPath, action, channelKey: name, op });
    }
  }
  return { channels, operations };
}

function resolveMessage(value: unknown, refs: RefResolver): Rec | undefined {
  const message = withTraits(refs.deref(value), refs);
  return isRecord(message) ? message : undefined;
}

/** An operation or message with its traits applied (the object's own fields win). */
function withTraits(value: unknown, refs: RefResolver): unknown {
  if (!isRecord(value) || !Array.isArray(value.traits)) return value;
  let merged: unknown = {};
  for (const trait of value.traits.slice(0, 50)) {
    const t = refs.deref(trait);
    if (isRecord(t)) merged = mergeTraits(merged, t);
  }
  const own = { ...value };
  delete own.traits;
  return mergeTraits(merged, own);
}

function bindingsOf(value: unknown, refs: RefResolver): Rec {
  const bindings = refs.deref(value);
  return isRecord(bindings) ? bindings : {};
}

function placeChannels(channels: Map<string, ChannelInfo>, servers: Record<string, ServerInfo>, refs: RefResolver, b: DesignBuilder): void {
  const serverList = Object.values(servers);
  const implied = new Map<Broker, string>();
  const nodeByObject = new Map<string, string>();
  const multiNoted = new Set<string>();
  let natsNoted = false;
  let sizeDefaults = 0;
  let unsetMinIsr = 0;

  /** A cluster for channels whose broker no server has (the document names none, or none of that broker). */
  const impliedCluster = (broker: Broker): string => {
    let id = implied.get(broker);
    if (!id) {
      id = b.addCluster(BROKER_LABEL[broker], broker, {}, 'servers');
      implied.set(broker, id);
      b.note('servers', `The document has no ${serverList.length > 0 ? `${BROKER_LABEL[broker]} ` : ''}servers; a ${BROKER_LABEL[broker]} cluster was added for its ${BROKER_LABEL[broker]} channels.`);
    }
    return id;
  };

  for (const ch of channels.values()) {
    const bindings = bindingsOf(ch.raw.bindings, refs);
    const extension = isRecord(ch.raw['x-queuewright-node']) ? (ch.raw['x-queuewright-node'] as Rec) : undefined;
    const declaredKind = str(ch.raw['x-queuewright-kind']) ?? str(extension?.kind);
    const kindBroker = declaredKind !== undefined && Object.hasOwn(KIND_BROKER, declaredKind) ? KIND_BROKER[declaredKind] : undefined;
    if (declaredKind !== undefined && !kindBroker) b.note(`${ch.path}.x-queuewright-kind`, `${describe(declaredKind)} is not a channel kind; ignored.`);
    // What the channel says about its broker: Queuewright's own extension first, then its bindings.
    const bindingBrokers = [
      ...(kindBroker ? [kindBroker] : []),
      ...Object.keys(bindings).flatMap((k) => (Object.hasOwn(BINDING_BROKER, k) ? [BINDING_BROKER[k]] : [])),
    ];
    let server: ServerInfo | undefined;
    let cluster: string | undefined;
    let broker: Broker | undefined;
    if (serverList.length > 0) {
      const ids = ch.serverIds ?? serverList.map((s) => s.id);
      const unknown = ids.filter((id) => !Object.hasOwn(servers, id));
      if (unknown.length > 0) b.note(`${ch.path}.servers`, `Unknown server${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${short(u)}"`).join(', ')}; ignored.`);
      const candidates = ids.flatMap((id) => (Object.hasOwn(servers, id) && servers[id].broker ? [servers[id]] : []));
      if (candidates.length === 0) {
        const protocols = [...new Set(ids.flatMap((id) => (Object.hasOwn(servers, id) ? [servers[id].protocol || '(none)'] : [])))];
        ch.skipped = `its servers use ${protocols.join(', ') || 'no known protocol'}`;
        b.note(ch.path, `Channel "${short(ch.key)}" is skipped: ${ch.skipped}, which Queuewright does not model.`);
        continue;
      }
      if (kindBroker && !candidates.some((c) => c.broker === kindBroker)) {
        // A channel that says what it is, but is on no server of its broker (Queuewright writes such a channel
        // for a node on no cluster), gets a cluster of its own broker rather than another broker's server.
        broker = kindBroker;
        cluster = impliedCluster(kindBroker);
      } else {
        const wantsSns = declaredKind === 'sns-topic' || (declaredKind === undefined && bindings.sns !== undefined);
        const wantsSqs = declaredKind === 'sqs-queue' || (declaredKind === undefined && bindings.sqs !== undefined);
        server =
          candidates.find((s) => s.broker === 'sqs-sns' && ((wantsSns && s.protocol === 'sns') || (wantsSqs && s.protocol === 'sqs'))) ??
          candidates.find((s) => bindingBrokers.includes(s.broker!)) ??
          candidates[0];
        const families = [...new Set(candidates.map((s) => s.broker!))];
        if (families.length > 1 && !candidates.some((s) => bindingBrokers.includes(s.broker!))) {
          b.note(
            ch.path,
            `Channel "${short(ch.key)}" is on servers of several brokers (${families.map((f) => BROKER_LABEL[f]).join(', ')}) and no binding says which it belongs to; it was placed on the first, "${short(server.id)}" (${BROKER_LABEL[server.broker!]}).`,
          );
        }
        broker = server.broker!;
        cluster = server.cluster;
        const same = candidates.filter((s) => s.broker === broker);
        const signature = same.map((s) => s.id).join('\u0000');
        if (same.length > 1 && !multiNoted.has(signature)) {
          multiNoted.add(signature);
          b.note(
            'servers',
            `Channels on the ${BROKER_LABEL[broker]} servers ${same.map((s) => `"${short(s.id)}"`).join(', ')} are placed on the first, "${short(server.id)}"; the design holds one copy of each (the others are usually the same topology in another environment).`,
          );
        }
      }
    } else {
      broker = bindingBrokers[0];
      if (!broker) {
        ch.skipped = 'the document has no servers and the channel has no Kafka, AMQP, NATS, SQS or SNS binding, so its broker is unknown';
        b.note(ch.path, `Channel "${short(ch.key)}" is skipped: ${ch.skipped}.`);
        continue;
      }
      cluster = impliedCluster(broker);
    }
    if (ch.address !== undefined && /\{[^}]*\}/.test(ch.address)) {
      b.note(`${ch.path}.address`, `The address "${short(ch.address)}" has parameters; at run time there is one per value, the design holds one.`);
    }
    const name = (fallback: unknown) => str(fallback) ?? ch.address ?? str(ch.raw.title) ?? ch.key;
    const shared = (kind: NodeKind, vhost: string, objectName: string, create: () => string | undefined): string | undefined => {
      const key = `${cluster}\u0000${kind}\u0000${vhost}\u0000${objectName}`;
      const existing = nodeByObject.get(key);
      if (existing) {
        b.note(ch.path, `Channel "${short(ch.key)}" names the same ${kind.replace('-', ' ')} as another channel ("${short(objectName)}"); they share one node.`);
        return existing;
      }
      const id = create();
      if (id) nodeByObject.set(key, id);
      return id;
    };

    switch (broker) {
      case 'kafka': {
        const kb = refs.deref(bindings.kafka);
        const k = isRecord(kb) ? kb : {};
        const topic = name(k.topic);
        const props: Rec = { cluster };
        if (k.partitions !== undefined) props.partitions = int(k.partitions) ?? k.partitions;
        if (k.replicas !== undefined) props.replicationFactor = int(k.replicas) ?? k.replicas;
        if (k.partitions === undefined || k.replicas === undefined) sizeDefaults++;
        const { config, hasMinIsr } = kafkaTopicConfig(refs.deref(k.topicConfiguration), `${ch.path}.bindings.kafka.topicConfiguration`, b);
        if (!hasMinIsr) unsetMinIsr++;
        if (Object.keys(config).length > 0) props.config = config;
        for (const field of Object.keys(k)) {
          if (!['topic', 'partitions', 'replicas', 'topicConfiguration', 'bindingVersion'].includes(field)) {
            b.note(keyPath(`${ch.path}.bindings.kafka`, field), 'This channel binding field is not represented in the design.');
          }
        }
        const id = shared('kafka-topic', '', topic, () => b.addNode('kafka-topic', topic, props, ch.path));
        if (id) {
          ch.publishTo = { id };
          ch.consumeFrom = id;
        }
        break;
      }
      case 'rabbitmq':
        placeAmqp(ch, bindings, refs, b, cluster!, shared, name);
        break;
      case 'nats': {
        const streamName = (str(ch.raw.title) ?? ch.key).slice(0, 1000);
        const subject = (ch.address ?? ch.key).replace(/\{[^}]*\}/g, '*');
        if (!natsNoted) {
          natsNoted = true;
          b.note('channels', 'AsyncAPI describes NATS subjects, not JetStream streams: each NATS channel became a stream capturing its subject.');
        }
        const id = shared('nats-stream', '', streamName, () => b.addNode('nats-stream', streamName, { cluster, subjects: [subject] }, ch.path));
        if (id) {
          ch.publishTo = { id, subject: ch.address };
          ch.consumeFrom = id;
        }
        break;
      }
      case 'sqs-sns': {
        const isSns = declaredKind === 'sns-topic' || (declaredKind !== 'sqs-queue' && (bindings.sns !== undefined || (server?.protocol === 'sns' && bindings.sqs === undefined)));
        if (isSns) {
          const sb = refs.deref(bindings.sns);
          const s = isRecord(sb) ? sb : {};
          const ordering = refs.deref(s.ordering);
          const props: Rec = { cluster };
          if (isRecord(ordering)) {
            if (ordering.type === 'FIFO') props.fifo = true;
            if (bool(ordering.contentBasedDeduplication) !== undefined) props.contentBasedDeduplication = bool(ordering.contentBasedDeduplication);
          }
          const topicName = name(s.name);
          const id = shared('sns-topic', '', topicName, () => b.addNode('sns-topic', topicName, props, ch.path));
          if (id) {
            ch.publishTo = { id };
            ch.consumeFrom = id;
          }
        } else {
          const qb = refs.deref(bindings.sqs);
          const q = isRecord(qb) && isRecord(refs.deref(qb.queue)) ? (refs.deref(qb.queue) as Rec) : {};
          const queueName = name(q.name);
          const props = sqsProps(q, cluster!);
          const id = shared('sqs-queue', '', queueName, () => b.addNode('sqs-queue', queueName, props, ch.path));
          if (id) {
            ch.publishTo = { id };
            ch.consumeFrom = id;
            const redrive = refs.deref(q.redrivePolicy);
            if (isRecord(redrive)) b.note(`${ch.path}.bindings.sqs.queue.redrivePolicy`, 'The redrive policy is not represented; add the dead-letter queue in the design.');
          }
        }
        break;
      }
      default:
        ch.skipped = `${broker} is not supported`;
    }
  }
  if (sizeDefaults > 0) {
    b.note('channels', `${sizeDefaults} Kafka ${sizeDefaults === 1 ? 'topic does' : 'topics do'} not give partitions and replicas in a kafka binding; the design leaves them unset, so the broker's num.partitions and default.replication.factor apply.`);
  }
  noteUnsetMinIsr(b, unsetMinIsr, 'channels');
}

type Shared = (kind: NodeKind, vhost: string, objectName: string, create: () => string | undefined) => string | undefined;

function placeAmqp(ch: ChannelInfo, bindings: Rec, refs: RefResolver, b: DesignBuilder, cluster: string, shared: Shared, name: (fallback: unknown) => string): void {
  const ab = refs.deref(bindings.amqp);
  const path = `${ch.path}.bindings.amqp`;
  const queueOf = (q: Rec, fallbackName: string): string | undefined => {
    const vhost = str(q.vhost) ?? '/';
    const queueName = str(q.name) ?? fallbackName;
    const props: Rec = { cluster, vhost, type: 'classic' };
    for (const [field, prop] of [['durable', 'durable'], ['exclusive', 'exclusive'], ['autoDelete', 'autoDelete']] as const) {
      if (bool(q[field]) !== undefined) props[prop] = bool(q[field]);
    }
    for (const field of Object.keys(q)) {
      if (!['name', 'vhost', 'durable', 'exclusive', 'autoDelete'].includes(field)) b.note(keyPath(`${path}.queue`, field), 'This queue binding field is not represented in the design.');
    }
    return shared('rabbitmq-queue', vhost, queueName, () => b.addNode('rabbitmq-queue', queueName, props, ch.path));
  };
  if (!isRecord(ab)) {
    b.note(ch.path, `Channel "${short(ch.key)}" has no amqp binding; it is taken as a queue named by its address (published to through the default exchange).`);
    const id = queueOf({}, name(undefined));
    if (id) {
      ch.publishTo = { id };
      ch.consumeFrom = id;
    }
    return;
  }
  const exchange = refs.deref(ab.exchange);
  const queue = refs.deref(ab.queue);
  const is = str(ab.is) ?? (isRecord(queue) && !isRecord(exchange) ? 'queue' : 'routingKey');
  for (const field of Object.keys(ab)) {
    if (!['is', 'exchange', 'queue', 'bindingVersion'].includes(field)) b.note(keyPath(path, field), 'This channel binding field is not represented in the design.');
  }
  if (is === 'queue') {
    const id = queueOf(isRecord(queue) ? queue : {}, name(undefined));
    if (id) {
      ch.publishTo = { id };
      ch.consumeFrom = id;
    }
    return;
  }
  if (is !== 'routingKey') b.note(`${path}.is`, `"is" must be "routingKey" or "queue", not ${describe(ab.is)}; routingKey is assumed.`);
  const ex = isRecord(exchange) ? exchange : {};
  const exchangeName = str(ex.name);
  const type = str(ex.type) ?? 'topic';
  const routingKey = ch.address;
  if (exchangeName === undefined || exchangeName === '' || type === 'default') {
    // The default exchange routes by queue name: the channel is that queue.
    b.note(`${path}.exchange`, `Channel "${short(ch.key)}" publishes through the default exchange; it is taken as the queue its routing key names.`);
    const id = queueOf(isRecord(queue) ? queue : {}, name(undefined));
    if (id) {
      ch.publishTo = { id };
      ch.consumeFrom = id;
    }
    return;
  }
  const vhost = str(ex.vhost) ?? '/';
  const props: Rec = { cluster, vhost };
  if (EXCHANGE_TYPES.has(type)) props.type = type;
  else b.note(`${path}.exchange.type`, `Exchange type ${describe(ex.type)} is not topic, direct, fanout or headers; topic is assumed.`);
  if (bool(ex.durable) !== undefined) props.durable = bool(ex.durable);
  if (bool(ex.autoDelete) !== undefined) props.autoDelete = bool(ex.autoDelete);
  for (const field of Object.keys(ex)) {
    if (!['name', 'type', 'durable', 'autoDelete', 'vhost'].includes(field)) b.note(keyPath(`${path}.exchange`, field), 'This exchange binding field is not represented in the design.');
  }
  const exchangeId = shared('rabbitmq-exchange', vhost, exchangeName, () => b.addNode('rabbitmq-exchange', exchangeName, props, ch.path));
  if (!exchangeId) return;
  ch.publishTo = { id: exchangeId, routingKey };
  if (isRecord(queue)) {
    // AMQP binding 0.2.0 (AsyncAPI 2.x) may name the queue bound to the exchange by the channel's routing key.
    const queueId = queueOf(queue, `${exchangeName}.${routingKey ?? ch.key}`);
    if (queueId) {
      ch.consumeFrom = queueId;
      const node = b.node(queueId);
      if (node && node.data.vhost !== vhost) b.note(`${path}.queue.vhost`, 'The queue and the exchange are in different vhosts; they cannot be bound.');
      else if (!b.hasConnection('bind', exchangeId, queueId)) b.connect('bind', exchangeId, queueId, routingKey !== undefined ? { routingKey } : {}, `${path}.queue`);
    }
  } else {
    ch.consumeProblem = `channel "${short(ch.key)}" is the exchange "${short(exchangeName)}": RabbitMQ consumers read from a queue bound to it, and the document names none`;
  }
}

function sqsProps(q: Rec, cluster: string): Rec {
  const props: Rec = { cluster };
  const fifo = bool(q.fifoQueue);
  if (fifo !== undefined) props.fifo = fifo;
  for (const [field, prop] of [
    ['visibilityTimeout', 'visibilityTimeout'],
    ['messageRetentionPeriod', 'messageRetentionPeriod'],
    ['deliveryDelay', 'delaySeconds'],
    ['receiveMessageWaitTime', 'receiveMessageWaitTimeSeconds'],
  ] as const) {
    if (q[field] !== undefined) props[prop] = int(q[field]) ?? q[field];
  }
  return props;
}

/** `x-queuewright-service`: the service's name, or `{ id, name }` (as Queuewright's exporter writes it). */
function serviceExtension(value: unknown): { id?: string; name?: string } | undefined {
  if (typeof value === 'string' && value !== '') return { name: value };
  if (isRecord(value) && (typeof value.id === 'string' || typeof value.name === 'string')) {
    return { id: str(value.id), name: str(value.name) ?? str(value.id) };
  }
  return undefined;
}

/** One value out of a binding's JSON Schema (`enum` of one, `const`, or `default`). */
function schemaValue(value: unknown, refs: RefResolver): string | undefined {
  const schema = refs.deref(value);
  if (typeof schema === 'string') return schema;
  if (!isRecord(schema)) return undefined;
  if (Array.isArray(schema.enum) && schema.enum.length >= 1 && typeof schema.enum[0] === 'string') return schema.enum[0];
  if (typeof schema.const === 'string') return schema.const;
  if (typeof schema.default === 'string') return schema.default;
  return undefined;
}

interface Service {
  name: string;
  path: string;
  ops: OperationInfo[];
  receives: boolean;
  groupId?: string;
  props: Rec;
}

function addServices(channels: Map<string, ChannelInfo>, operations: OperationInfo[], refs: RefResolver, b: DesignBuilder, title: string): void {
  const services = new Map<string, Service>();
  const usable: OperationInfo[] = [];
  for (const op of operations) {
    const ch = channels.get(op.channelKey);
    if (!ch || ch.skipped || (!ch.publishTo && !ch.consumeFrom)) {
      b.note(op.path, `Operation "${short(op.id)}" is skipped: its channel ${ch?.skipped ? `is skipped (${ch.skipped})` : 'is not represented'}.`);
      continue;
    }
    const bindings = bindingsOf(op.op.bindings, refs);
    const kafka = refs.deref(bindings.kafka);
    const nats = refs.deref(bindings.nats);
    const clientId = isRecord(kafka) ? schemaValue(kafka.clientId, refs) : undefined;
    const groupId = isRecord(kafka) ? schemaValue(kafka.groupId, refs) : undefined;
    const natsQueue = isRecord(nats) ? str(nats.queue) : undefined;
    const declared = serviceExtension(op.op['x-queuewright-service']);
    const name = declared?.name ?? clientId ?? groupId ?? natsQueue ?? title;
    const identity = declared?.id ?? name;
    let service = services.get(identity);
    if (!service) {
      service = { name, path: op.path, ops: [], receives: false, props: {} };
      services.set(identity, service);
    }
    const amqp = refs.deref(bindings.amqp);
    if (op.action === 'send' && isRecord(amqp) && Array.isArray(amqp.cc) && typeof amqp.cc[0] === 'string') {
      op.routingKey = amqp.cc[0];
      if (amqp.cc.length > 1) b.note(`${op.path}.bindings.amqp.cc`, `Only the first routing key ("${short(amqp.cc[0])}") is kept for this publish.`);
    }
    service.ops.push(op);
    if (op.action === 'receive' || (op.action === 'send' && op.reply?.channelKey)) service.receives = true;
    if (groupId) {
      if (service.groupId && service.groupId !== groupId) b.note(`${op.path}.bindings.kafka.groupId`, `Service "${short(name)}" uses several group ids; "${short(service.groupId)}" is kept.`);
      else service.groupId = groupId;
    }
    applyOperationBindings(service, op, bindings, refs, b);
    usable.push(op);
  }

  for (const service of services.values()) {
    const kind: NodeKind = service.receives ? 'consumer-group' : 'producer';
    const props: Rec = { ...service.props };
    if (kind === 'consumer-group') {
      delete props.rabbitmq;
      if (service.props.rabbitmq && isRecord(service.props.rabbitmq) && Object.keys(service.props.rabbitmq).some((k) => k !== 'ack')) {
        b.note(service.path, `Service "${short(service.name)}" both receives and sends; the design keeps publisher settings (delivery mode, mandatory, priority) only for producers, so they are not kept.`);
      }
      if (service.groupId) props.groupId = service.groupId;
      const ack = isRecord(service.props.rabbitmq) ? service.props.rabbitmq.ack : undefined;
      if (typeof ack === 'boolean') props.ackMode = ack ? 'manual' : 'auto';
    } else {
      const rabbit = isRecord(props.rabbitmq) ? { ...props.rabbitmq } : undefined;
      if (rabbit) {
        delete rabbit.ack;
        props.rabbitmq = { confirms: true, mandatory: false, persistent: true, channels: 1, priority: false, ...rabbit };
      }
      delete props.nats;
    }
    const id = b.addNode(kind, service.name, props, service.path);
    if (!id) continue;
    for (const op of service.ops) {
      const ch = channels.get(op.channelKey)!;
      if (op.action === 'send') publish(b, id, ch, op.path, op.routingKey);
      else consume(b, id, ch, op.path);
      if (op.reply) {
        const replyChannel = op.reply.channelKey !== undefined ? channels.get(op.reply.channelKey) : undefined;
        if (!replyChannel) {
          b.note(op.reply.path, op.reply.dynamic ? 'The reply address is read from each message at run time; the design cannot show it.' : 'The reply channel is not a channel of this document; not represented.');
        } else if (replyChannel.skipped || (!replyChannel.publishTo && !replyChannel.consumeFrom)) {
          b.note(op.reply.path, `The reply channel "${short(replyChannel.key)}" is skipped; the reply is not represented.`);
        } else if (op.action === 'receive') publish(b, id, replyChannel, op.reply.path);
        else consume(b, id, replyChannel, op.reply.path);
      }
    }
  }
}

function publish(b: DesignBuilder, from: string, ch: ChannelInfo, path: string, operationKey?: string): void {
  const target = ch.publishTo;
  if (!target) return b.note(path, `Channel "${short(ch.key)}" cannot be published to in the design.`);
  const key = operationKey ?? target.routingKey;
  const node = b.node(target.id);
  const routingKey = key !== undefined && node?.kind === 'rabbitmq-exchange' ? key.slice(0, 1000) : undefined;
  if (routingKey === undefined ? b.hasConnection('publish', from, target.id) : b.hasRoute('publish', from, target.id, routingKey)) return;
  const props: Rec = {};
  if (routingKey !== undefined) props.routingKey = routingKey;
  if (target.subject !== undefined && target.subject.length <= 255) props.subject = target.subject;
  b.connect('publish', from, target.id, props, path);
}

function consume(b: DesignBuilder, to: string, ch: ChannelInfo, path: string): void {
  if (!ch.consumeFrom) return b.note(path, `Not connected: ${ch.consumeProblem ?? `channel "${short(ch.key)}" cannot be consumed from in the design`}.`);
  if (b.hasConnection('consume', ch.consumeFrom, to)) return;
  b.connect('consume', ch.consumeFrom, to, {}, path);
}

function applyOperationBindings(service: Service, op: OperationInfo, bindings: Rec, refs: RefResolver, b: DesignBuilder): void {
  for (const [protocol, value] of Object.entries(bindings)) {
    const binding = refs.deref(value);
    const path = keyPath(`${op.path}.bindings`, protocol);
    if (!isRecord(binding)) continue;
    for (const [field, raw] of Object.entries(binding)) {
      const fieldPath = keyPath(path, field);
      if (field === 'bindingVersion') continue;
      if (protocol === 'kafka' && (field === 'groupId' || field === 'clientId')) continue;
      if (protocol === 'nats' && field === 'queue') {
        if (op.action === 'receive' && typeof raw === 'string') service.props.nats = { ...(service.props.nats as Rec), deliver_group: raw };
        continue;
      }
      if (protocol === 'amqp') {
        const rabbit = (service.props.rabbitmq ??= {}) as Rec;
        if (field === 'ack' && op.action === 'receive' && typeof raw === 'boolean') {
          rabbit.ack = raw;
          continue;
        }
        if (op.action === 'send') {
          if (field === 'deliveryMode' && (raw === 1 || raw === 2)) {
            rabbit.persistent = raw === 2;
            continue;
          }
          if (field === 'mandatory' && typeof raw === 'boolean') {
            rabbit.mandatory = raw;
            continue;
          }
          if (field === 'cc' && Array.isArray(raw) && typeof raw[0] === 'string') continue;
          if (field === 'priority' && typeof raw === 'number') {
            rabbit.priority = true;
            continue;
          }
        }
      }
      b.note(fieldPath, `This ${short(protocol)} operation binding field is not represented in the design.`);
    }
  }
}

function applyMessages(channels: Map<string, ChannelInfo>, servers: Record<string, ServerInfo>, refs: RefResolver, b: DesignBuilder): void {
  const registry = Object.values(servers).some((s) => s.schemaRegistry);
  for (const ch of channels.values()) {
    if (ch.skipped || ch.messages.length === 0) continue;
    const targets = [...new Set([ch.publishTo?.id, ch.consumeFrom].filter((x): x is string => !!x))];
    if (targets.length === 0) continue;
    const first = ch.messages[0];
    if (ch.messages.length > 1) {
      b.note(
        `${ch.path}.messages`,
        `Channel "${short(ch.key)}" carries ${ch.messages.length} message types; the design keeps one schema per channel ("${short(first.key)}"), not ${ch.messages
          .slice(1, 6)
          .map((m) => `"${short(m.key)}"`)
          .join(', ')}${ch.messages.length > 6 ? ', …' : ''}.`,
      );
    }
    const schema = messageSchema(first, registry, refs, b);
    for (const id of targets) {
      const node = b.node(id);
      if (!node || !('messageSchema' in node.data)) continue;
      const existing = node.data.messageSchema as Rec | undefined;
      if (existing && existing.format !== 'none') continue;
      b.patchNode(id, { messageSchema: schema }, first.path);
    }
  }
}

function messageSchema(m: MessageInfo, registry: boolean, refs: RefResolver, b: DesignBuilder): Rec {
  const message = m.message;
  const name = (str(message.name) ?? m.key).slice(0, 200);
  let payload = refs.deref(message.payload);
  let schemaFormat = str(message.schemaFormat);
  // 3.x multi-format schema: { schemaFormat, schema }.
  if (isRecord(payload) && typeof payload.schemaFormat === 'string' && 'schema' in payload) {
    schemaFormat = payload.schemaFormat;
    payload = payload.schema;
  }
  const contentType = str(message.contentType) ?? '';
  // A payload that only says "an object" describes nothing: JSON without a schema, or nothing at all.
  if (schemaFormat === undefined && isRecord(payload) && Object.keys(payload).every((k) => ['type', 'description', 'title', '$comment'].includes(k)) && (payload.type === undefined || payload.type === 'object')) {
    if (!/avro|protobuf|cloudevents/i.test(contentType)) payload = undefined;
  }
  let format = 'none';
  const f = (schemaFormat ?? '').toLowerCase();
  if (f.includes('avro') || (!f && /avro/i.test(contentType))) format = 'avro';
  else if (f.includes('protobuf') || f.includes('proto') || (!f && /protobuf/i.test(contentType))) format = 'protobuf';
  else if (/cloudevents/i.test(contentType)) format = 'cloudevents';
  else if (payload !== undefined) format = 'json-schema';
  else if (/json/i.test(contentType)) format = 'json';
  const out: Rec = { name, format };
  const kafka = refs.deref(bindingsOf(message.bindings, refs).kafka);
  if (registry || (isRecord(kafka) && (kafka.schemaIdLocation !== undefined || kafka.schemaLookupStrategy !== undefined))) out.registry = true;
  if (payload !== undefined && (format === 'json-schema' || schemaFormat !== undefined)) {
    const resolved = refs.resolveDeep(payload);
    let text = typeof resolved === 'string' ? resolved : JSON.stringify(resolved, null, 2);
    if (text !== undefined && text.length > 100_000) {
      b.note(`${m.path}.payload`, `The payload schema is ${text.length} characters; the design keeps at most 100,000, so it is not kept.`);
      text = undefined as unknown as string;
    }
    if (text !== undefined) out.definition = text;
  }
  return out;
}

function hasSecurity(doc: Rec, refs: RefResolver): boolean {
  const components = refs.deref(doc.components);
  return isRecord(components) && isRecord(refs.deref(components.securitySchemes)) && Object.keys(refs.deref(components.securitySchemes) as Rec).length > 0;
}

/**
 * The links between channels that AsyncAPI cannot hold (exchange bindings,
 * alternate and dead-letter exchanges, SNS subscriptions), from Queuewright's
 * `x-queuewright` extension of an edited document: its connections name
 * channels by key, which are the channels' node ids when Queuewright wrote them.
 */
function addExtensionLinks(doc: Rec, channels: Map<string, ChannelInfo>, b: DesignBuilder): void {
  const ext = doc['x-queuewright'];
  if (!isRecord(ext) || !Array.isArray(ext.connections)) return;
  const nodeOf = (key: unknown) => {
    const ch = typeof key === 'string' ? channels.get(key) : undefined;
    return ch && !ch.skipped ? ch.publishTo?.id ?? ch.consumeFrom : undefined;
  };
  ext.connections.slice(0, 50_000).forEach((c, i) => {
    if (!isRecord(c) || !['bind', 'alternate', 'dead-letter', 'subscription'].includes(String(c.kind))) return;
    const from = nodeOf(c.from);
    const to = nodeOf(c.to);
    const kind = c.kind as 'bind' | 'alternate' | 'dead-letter' | 'subscription';
    if (!from || !to || b.hasRoute(kind, from, to, str(c.routingKey))) return;
    const props: Rec = Object.fromEntries(Object.entries(c).filter(([key]) => !['id', 'kind', 'from', 'to'].includes(key)));
    b.connect(kind, from, to, props, `x-queuewright.connections[${i}]`);
  });
}
