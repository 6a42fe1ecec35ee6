import { parseDataText } from '../design/safe-parse-text';
import { applyMessages } from './asyncapi-messages';
import { readV2, readV3 } from './asyncapi-channels';
import type { ChannelInfo, Rec } from './asyncapi-model';
import { placeChannels } from './asyncapi-place';
import { RefResolver } from './asyncapi-refs';
import { embeddedDesign, exactDesign } from './asyncapi-queuewright';
import { readServers } from './asyncapi-servers';
import { addServices } from './asyncapi-services';
import { DesignBuilder, fileStem, guard, head, isRecord, parseErrors, short, str } from './builder';
import type { ImportResult, Importer } from './importer';

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
 *
 * Each part has its own reader beside this file: servers, channels (both
 * versions), placement on brokers (AMQP apart), services and messages.
 */
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
    b.note(
      'x-queuewright',
      'Queuewright exported this document, and it was changed since: the design is read from its AsyncAPI fields, with the x-queuewright-* extensions filling in what those do not say (channel kinds, services, bindings, alternate and dead-letter exchanges).',
    );
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
      p.kind === 'external'
        ? 'is an external reference; it was not fetched (the import never downloads anything)'
        : p.kind === 'missing'
          ? 'points to nothing in this document'
          : p.kind === 'cycle'
            ? 'is part of a reference cycle'
            : 'was not expanded: the document has too many references to resolve';
    b.note(p.ref ? `$ref ${short(p.ref)}` : '$ref', `This reference ${what}.`);
  }

  if (b.nodeCount === 0) {
    const protocols = [
      ...new Set(
        Object.values(servers)
          .filter((x) => !x.broker)
          .map((x) => x.protocol || '(none)'),
      ),
    ];
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
    return ch && !ch.skipped ? (ch.publishTo?.id ?? ch.consumeFrom) : undefined;
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
