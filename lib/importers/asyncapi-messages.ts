import { cloudEventsEnvelopeOf } from './asyncapi-cloudevents';
import { bindingsOf, type ChannelInfo, type MessageInfo, type Rec, type ServerInfo } from './asyncapi-model';
import type { RefResolver } from './asyncapi-refs';
import { isRecord, short, str, type DesignBuilder } from './builder';

/**
 * AsyncAPI messages → each channel's messageSchema: name, format (from
 * schemaFormat / contentType) and the payload schema as text with local
 * `$ref`s resolved. The design keeps one schema per channel.
 */

export function applyMessages(channels: Map<string, ChannelInfo>, servers: Record<string, ServerInfo>, refs: RefResolver, b: DesignBuilder): void {
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
  // A CloudEvents envelope: in structured mode the message schema is the payload's `data`, of the envelope's content type.
  const cloudEvents = cloudEventsEnvelopeOf(message, refs);
  if (cloudEvents?.data !== undefined) payload = refs.deref(cloudEvents.data);
  const contentType = cloudEvents?.envelope.mode === 'structured' ? (cloudEvents.envelope.dataContentType ?? '') : (str(message.contentType) ?? '');
  // A payload that only says "an object" describes nothing: JSON without a schema, or nothing at all.
  if (
    schemaFormat === undefined &&
    isRecord(payload) &&
    Object.keys(payload).every((k) => ['type', 'description', 'title', '$comment'].includes(k)) &&
    (payload.type === undefined || payload.type === 'object')
  ) {
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
  if (cloudEvents) out.envelope = cloudEvents.envelope;
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
