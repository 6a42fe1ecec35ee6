import { cloudEventsBinding, type CloudEventsBinding } from '../brokers/cloudevents/bindings';
import type { CloudEventsEnvelope, NodeKind } from '../design';

/**
 * An AsyncAPI message for a channel whose messages travel in a CloudEvents
 * envelope. Binary mode: the attributes are the message's `headers`, named
 * as the transport's CloudEvents binding names them (`ce_type` on Kafka,
 * `cloudEvents_type` on AMQP, `ce-type` on NATS), the REQUIRED ones
 * required, and the payload is the data as it is. Structured mode: the
 * content type is `application/cloudevents+json` and the payload is the JSON
 * event format, attributes beside `data`, which holds the message schema.
 */

type Obj = Record<string, unknown>;

export const STRUCTURED_CONTENT_TYPE = 'application/cloudevents+json';

/** The attributes every CloudEvent carries (spec: REQUIRED Attributes). */
const REQUIRED_ATTRIBUTES = ['specversion', 'id', 'source', 'type'] as const;

/** The attributes as JSON Schema: fixed values where the design fixes them, the shape where they vary per event (`id`, `time`). */
function attributeSchemas(envelope: CloudEventsEnvelope, withContentType: boolean): Record<string, Obj> {
  const out: Record<string, Obj> = {
    specversion: { type: 'string', const: envelope.specversion },
    id: { type: 'string', minLength: 1, description: 'Identifies the event; source + id is unique for each distinct event.' },
    source: { type: 'string', const: envelope.source },
    type: { type: 'string', const: envelope.type },
    time: { type: 'string', format: 'date-time' },
  };
  if (envelope.subject !== undefined) out.subject = { type: 'string', minLength: 1, examples: [envelope.subject] };
  if (withContentType && envelope.dataContentType !== undefined) out.datacontenttype = { type: 'string', const: envelope.dataContentType };
  if (envelope.dataSchema !== undefined) out.dataschema = { type: 'string', const: envelope.dataSchema };
  return out;
}

/** Binary mode: each attribute a header named by the binding; `datacontenttype` where the binding puts it. */
function binaryHeaders(envelope: CloudEventsEnvelope, binding: CloudEventsBinding): Obj {
  const prefixed = binding.dataContentTypeIn === 'prefixed-header';
  const properties: Obj = Object.fromEntries(Object.entries(attributeSchemas(envelope, prefixed)).map(([name, schema]) => [`${binding.headerPrefix}${name}`, schema]));
  if (binding.dataContentTypeIn === 'content-type-header' && envelope.dataContentType !== undefined) properties['content-type'] = { type: 'string', const: envelope.dataContentType };
  return { type: 'object', required: REQUIRED_ATTRIBUTES.map((a) => `${binding.headerPrefix}${a}`), properties };
}

/** Structured mode: the JSON event format, with the message's own schema as `data`. */
export function structuredPayload(envelope: CloudEventsEnvelope, data: Obj): Obj {
  return { type: 'object', required: [...REQUIRED_ATTRIBUTES], properties: { ...attributeSchemas(envelope, true), data } };
}

/**
 * The message fields a CloudEvents envelope sets: content type, headers and
 * description. `dataContentType` is the content type of the data without an
 * envelope (from the schema format); the payload is the caller's.
 */
export function cloudEventsMessageFields(kind: NodeKind, envelope: CloudEventsEnvelope, dataContentType: string | undefined): Obj {
  if (envelope.mode === 'structured')
    return { contentType: STRUCTURED_CONTENT_TYPE, description: `CloudEvents ${envelope.specversion}, structured mode: \`${envelope.type}\` from \`${envelope.source}\`.` };
  const out: Obj = {};
  const contentType = envelope.dataContentType ?? dataContentType;
  if (contentType !== undefined) out.contentType = contentType;
  const binding = cloudEventsBinding(kind);
  if (!binding) {
    out.description = `CloudEvents ${envelope.specversion}, binary mode: \`${envelope.type}\` from \`${envelope.source}\`. The CloudEvents project defines no protocol binding for this transport, so the attributes have no agreed header names.`;
    return out;
  }
  out.description = `CloudEvents ${envelope.specversion}, binary mode (${binding.name}): \`${envelope.type}\` from \`${envelope.source}\`.`;
  out.headers = binaryHeaders(envelope, binding);
  return out;
}
