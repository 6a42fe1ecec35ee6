import type { NodeKind } from '../design';
import { bindingsOf, type ChannelInfo, type OperationInfo, type Rec } from './asyncapi-model';
import type { RefResolver } from './asyncapi-refs';
import { isRecord, keyPath, short, str, type DesignBuilder } from './builder';

/**
 * AsyncAPI operations → services. Operations of one service (by
 * `x-queuewright-service`, else the Kafka binding's clientId / groupId, else
 * the NATS queue group, else the document's title) become one node: a
 * consumer group when it receives anything, otherwise a producer. A `reply`
 * channel is sent to by a receiver and received from by a sender.
 */

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

export function addServices(channels: Map<string, ChannelInfo>, operations: OperationInfo[], refs: RefResolver, b: DesignBuilder, title: string): void {
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
    const props = serviceNodeProps(service, kind, b);
    const id = b.addNode(kind, service.name, props, service.path);
    if (!id) continue;
    for (const op of service.ops) {
      const ch = channels.get(op.channelKey)!;
      if (op.action === 'send') publish(b, id, ch, op.path, op.routingKey);
      else consume(b, id, ch, op.path);
      if (op.reply) {
        const replyChannel = op.reply.channelKey !== undefined ? channels.get(op.reply.channelKey) : undefined;
        if (!replyChannel) {
          b.note(
            op.reply.path,
            op.reply.dynamic ? 'The reply address is read from each message at run time; the design cannot show it.' : 'The reply channel is not a channel of this document; not represented.',
          );
        } else if (replyChannel.skipped || (!replyChannel.publishTo && !replyChannel.consumeFrom)) {
          b.note(op.reply.path, `The reply channel "${short(replyChannel.key)}" is skipped; the reply is not represented.`);
        } else if (op.action === 'receive') publish(b, id, replyChannel, op.reply.path);
        else consume(b, id, replyChannel, op.reply.path);
      }
    }
  }
}

/** A service node's fields: a consumer keeps its group and ack mode, a producer its publisher settings with their defaults. */
function serviceNodeProps(service: Service, kind: NodeKind, b: DesignBuilder): Rec {
  const props: Rec = { ...service.props };
  if (kind === 'consumer-group') {
    delete props.rabbitmq;
    if (service.props.rabbitmq && isRecord(service.props.rabbitmq) && Object.keys(service.props.rabbitmq).some((k) => k !== 'ack')) {
      b.note(
        service.path,
        `Service "${short(service.name)}" both receives and sends; the design keeps publisher settings (delivery mode, mandatory, priority) only for producers, so they are not kept.`,
      );
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
  return props;
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
