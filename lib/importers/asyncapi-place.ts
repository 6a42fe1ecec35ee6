import { brokerOfAsyncapiBinding } from '../brokers/asyncapi';
import { CLUSTER_NAMES, kindDefinition, type Broker } from '../design';
import { placeAmqp } from './asyncapi-amqp';
import { bindingsOf, type ChannelInfo, type Rec, type ServerInfo, type Shared } from './asyncapi-model';
import type { RefResolver } from './asyncapi-refs';
import { bool, describe, int, isRecord, keyPath, short, str, type DesignBuilder } from './builder';
import { kafkaTopicConfig, noteUnsetMinIsr } from './kafka-config';

/**
 * AsyncAPI channels → broker objects: each channel is put on a cluster (its
 * servers', else one added for the broker its bindings name) and becomes a
 * Kafka topic, RabbitMQ queue or exchange, NATS stream, SQS queue or SNS
 * topic. Two channels naming the same broker object share one node.
 */

/** The broker family of a channel kind named by `x-queuewright-kind` (as Queuewright's exporter may write it). */
function channelKindBroker(kind: string): Broker | undefined {
  const definition = kindDefinition(kind);
  return definition?.look.shape === 'channel' ? definition.broker : undefined;
}

/** Where a channel goes, with what it says about itself. */
interface Placed {
  ch: ChannelInfo;
  bindings: Rec;
  declaredKind?: string;
  server?: ServerInfo;
  cluster: string;
  broker: Broker;
}

export function placeChannels(channels: Map<string, ChannelInfo>, servers: Record<string, ServerInfo>, refs: RefResolver, b: DesignBuilder): void {
  const placer = new ChannelPlacer(servers, refs, b);
  for (const ch of channels.values()) placer.place(ch);
  placer.finish();
}

class ChannelPlacer {
  private readonly serverList: ServerInfo[];
  private readonly implied = new Map<Broker, string>();
  private readonly nodeByObject = new Map<string, string>();
  private readonly multiNoted = new Set<string>();
  private natsNoted = false;
  private sizeDefaults = 0;
  private unsetMinIsr = 0;

  constructor(
    private readonly servers: Record<string, ServerInfo>,
    private readonly refs: RefResolver,
    private readonly b: DesignBuilder,
  ) {
    this.serverList = Object.values(servers);
  }

  place(ch: ChannelInfo): void {
    const placed = this.locate(ch);
    if (!placed) return;
    const { b } = this;
    if (ch.address !== undefined && /\{[^}]*\}/.test(ch.address)) {
      b.note(`${ch.path}.address`, `The address "${short(ch.address)}" has parameters; at run time there is one per value, the design holds one.`);
    }
    const name = (fallback: unknown) => str(fallback) ?? ch.address ?? str(ch.raw.title) ?? ch.key;
    const shared: Shared = (kind, vhost, objectName, create) => {
      const key = `${placed.cluster}\u0000${kind}\u0000${vhost}\u0000${objectName}`;
      const existing = this.nodeByObject.get(key);
      if (existing) {
        b.note(ch.path, `Channel "${short(ch.key)}" names the same ${kind.replace('-', ' ')} as another channel ("${short(objectName)}"); they share one node.`);
        return existing;
      }
      const id = create();
      if (id) this.nodeByObject.set(key, id);
      return id;
    };
    switch (placed.broker) {
      case 'kafka':
        return this.placeKafka(placed, shared, name);
      case 'rabbitmq':
        return placeAmqp(ch, placed.bindings, this.refs, b, placed.cluster, shared, name);
      case 'nats':
        return this.placeNats(placed, shared);
      case 'sqs-sns':
        return this.placeSqsSns(placed, shared, name);
      default:
        ch.skipped = `${placed.broker} is not supported`;
    }
  }

  /** Notes what applies to every channel, once. */
  finish(): void {
    const { sizeDefaults } = this;
    if (sizeDefaults > 0) {
      this.b.note(
        'channels',
        `${sizeDefaults} Kafka ${sizeDefaults === 1 ? 'topic does' : 'topics do'} not give partitions and replicas in a kafka binding; the design leaves them unset, so the broker's num.partitions and default.replication.factor apply.`,
      );
    }
    noteUnsetMinIsr(this.b, this.unsetMinIsr, 'channels');
  }

  /** The channel's broker and cluster, or undefined (the channel marked skipped) when it has none Queuewright models. */
  private locate(ch: ChannelInfo): Placed | undefined {
    const { b } = this;
    const bindings = bindingsOf(ch.raw.bindings, this.refs);
    const extension = isRecord(ch.raw['x-queuewright-node']) ? (ch.raw['x-queuewright-node'] as Rec) : undefined;
    const declaredKind = str(ch.raw['x-queuewright-kind']) ?? str(extension?.kind);
    const kindBroker = declaredKind !== undefined ? channelKindBroker(declaredKind) : undefined;
    if (declaredKind !== undefined && !kindBroker) b.note(`${ch.path}.x-queuewright-kind`, `${describe(declaredKind)} is not a channel kind; ignored.`);
    // What the channel says about its broker: Queuewright's own extension first, then its bindings.
    const bindingBrokers = [...(kindBroker ? [kindBroker] : []), ...Object.keys(bindings).flatMap((k) => brokerOfAsyncapiBinding(k) ?? [])];
    if (this.serverList.length === 0) {
      const broker = bindingBrokers[0];
      if (!broker) {
        ch.skipped = 'the document has no servers and the channel has no Kafka, AMQP, NATS, SQS or SNS binding, so its broker is unknown';
        b.note(ch.path, `Channel "${short(ch.key)}" is skipped: ${ch.skipped}.`);
        return undefined;
      }
      return { ch, bindings, declaredKind, cluster: this.impliedCluster(broker), broker };
    }
    const candidates = this.candidateServers(ch);
    if (!candidates) return undefined;
    if (kindBroker && !candidates.some((c) => c.broker === kindBroker)) {
      // A channel that says what it is, but is on no server of its broker (Queuewright writes such a channel
      // for a node on no cluster), gets a cluster of its own broker rather than another broker's server.
      return { ch, bindings, declaredKind, cluster: this.impliedCluster(kindBroker), broker: kindBroker };
    }
    const server = this.chooseServer(ch, candidates, bindings, declaredKind, bindingBrokers);
    return { ch, bindings, declaredKind, server, cluster: server.cluster!, broker: server.broker! };
  }

  /** The channel's servers of a modelled broker; undefined (the channel marked skipped) when there are none. */
  private candidateServers(ch: ChannelInfo): ServerInfo[] | undefined {
    const { b, servers } = this;
    const ids = ch.serverIds ?? this.serverList.map((s) => s.id);
    const unknown = ids.filter((id) => !Object.hasOwn(servers, id));
    if (unknown.length > 0) b.note(`${ch.path}.servers`, `Unknown server${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${short(u)}"`).join(', ')}; ignored.`);
    const candidates = ids.flatMap((id) => (Object.hasOwn(servers, id) && servers[id].broker ? [servers[id]] : []));
    if (candidates.length > 0) return candidates;
    const protocols = [...new Set(ids.flatMap((id) => (Object.hasOwn(servers, id) ? [servers[id].protocol || '(none)'] : [])))];
    ch.skipped = `its servers use ${protocols.join(', ') || 'no known protocol'}`;
    b.note(ch.path, `Channel "${short(ch.key)}" is skipped: ${ch.skipped}, which Queuewright does not model.`);
    return undefined;
  }

  /** The server a channel is placed on: the one its bindings point to, else the first; several are noted. */
  private chooseServer(ch: ChannelInfo, candidates: ServerInfo[], bindings: Rec, declaredKind: string | undefined, bindingBrokers: Broker[]): ServerInfo {
    const { b } = this;
    const wantsSns = declaredKind === 'sns-topic' || (declaredKind === undefined && bindings.sns !== undefined);
    const wantsSqs = declaredKind === 'sqs-queue' || (declaredKind === undefined && bindings.sqs !== undefined);
    const server =
      candidates.find((s) => s.broker === 'sqs-sns' && ((wantsSns && s.protocol === 'sns') || (wantsSqs && s.protocol === 'sqs'))) ??
      candidates.find((s) => bindingBrokers.includes(s.broker!)) ??
      candidates[0];
    const families = [...new Set(candidates.map((s) => s.broker!))];
    if (families.length > 1 && !candidates.some((s) => bindingBrokers.includes(s.broker!))) {
      b.note(
        ch.path,
        `Channel "${short(ch.key)}" is on servers of several brokers (${families.map((f) => CLUSTER_NAMES[f]).join(', ')}) and no binding says which it belongs to; it was placed on the first, "${short(server.id)}" (${CLUSTER_NAMES[server.broker!]}).`,
      );
    }
    const broker = server.broker!;
    const same = candidates.filter((s) => s.broker === broker);
    const signature = same.map((s) => s.id).join('\u0000');
    if (same.length > 1 && !this.multiNoted.has(signature)) {
      this.multiNoted.add(signature);
      b.note(
        'servers',
        `Channels on the ${CLUSTER_NAMES[broker]} servers ${same.map((s) => `"${short(s.id)}"`).join(', ')} are placed on the first, "${short(server.id)}"; the design holds one copy of each (the others are usually the same topology in another environment).`,
      );
    }
    return server;
  }

  /** A cluster for channels whose broker no server has (the document names none, or none of that broker). */
  private impliedCluster(broker: Broker): string {
    let id = this.implied.get(broker);
    if (!id) {
      id = this.b.addCluster(CLUSTER_NAMES[broker], broker, {}, 'servers');
      this.implied.set(broker, id);
      this.b.note(
        'servers',
        `The document has no ${this.serverList.length > 0 ? `${CLUSTER_NAMES[broker]} ` : ''}servers; a ${CLUSTER_NAMES[broker]} cluster was added for its ${CLUSTER_NAMES[broker]} channels.`,
      );
    }
    return id;
  }

  private placeKafka({ ch, bindings, cluster }: Placed, shared: Shared, name: (fallback: unknown) => string): void {
    const { b } = this;
    const kb = this.refs.deref(bindings.kafka);
    const k = isRecord(kb) ? kb : {};
    const topic = name(k.topic);
    const props: Rec = { cluster };
    if (k.partitions !== undefined) props.partitions = int(k.partitions) ?? k.partitions;
    if (k.replicas !== undefined) props.replicationFactor = int(k.replicas) ?? k.replicas;
    if (k.partitions === undefined || k.replicas === undefined) this.sizeDefaults++;
    const { config, hasMinIsr } = kafkaTopicConfig(this.refs.deref(k.topicConfiguration), `${ch.path}.bindings.kafka.topicConfiguration`, b);
    if (!hasMinIsr) this.unsetMinIsr++;
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
  }

  private placeNats({ ch, cluster }: Placed, shared: Shared): void {
    const { b } = this;
    const streamName = (str(ch.raw.title) ?? ch.key).slice(0, 1000);
    const subject = (ch.address ?? ch.key).replace(/\{[^}]*\}/g, '*');
    if (!this.natsNoted) {
      this.natsNoted = true;
      b.note('channels', 'AsyncAPI describes NATS subjects, not JetStream streams: each NATS channel became a stream capturing its subject.');
    }
    const id = shared('nats-stream', '', streamName, () => b.addNode('nats-stream', streamName, { cluster, subjects: [subject] }, ch.path));
    if (id) {
      ch.publishTo = { id, subject: ch.address };
      ch.consumeFrom = id;
    }
  }

  private placeSqsSns({ ch, bindings, declaredKind, server, cluster }: Placed, shared: Shared, name: (fallback: unknown) => string): void {
    const { b, refs } = this;
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
      return;
    }
    const qb = refs.deref(bindings.sqs);
    const q = isRecord(qb) && isRecord(refs.deref(qb.queue)) ? (refs.deref(qb.queue) as Rec) : {};
    const queueName = name(q.name);
    const props = sqsProps(q, cluster);
    const id = shared('sqs-queue', '', queueName, () => b.addNode('sqs-queue', queueName, props, ch.path));
    if (id) {
      ch.publishTo = { id };
      ch.consumeFrom = id;
      const redrive = refs.deref(q.redrivePolicy);
      if (isRecord(redrive)) b.note(`${ch.path}.bindings.sqs.queue.redrivePolicy`, 'The redrive policy is not represented; add the dead-letter queue in the design.');
    }
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
