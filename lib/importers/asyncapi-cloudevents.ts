import { cloudEventsEnvelopeSchema, type CloudEventsEnvelope } from '../design';
import type { Rec } from './asyncapi-model';
import type { RefResolver } from './asyncapi-refs';
import { isRecord, str } from './builder';

/**
 * A CloudEvents envelope read back from an AsyncAPI message: binary mode
 * from headers named as a CloudEvents binding names them (`ce_type`,
 * `cloudEvents_type`, `cloudEvents:type`, `ce-type`), structured mode from
 * the `application/cloudevents+json` content type and a payload whose
 * `type` and `source` are fixed. Only `type` and `source` fixed to one value
 * (`const`, or an `enum` of one) make an envelope a design can hold; the
 * payload of a structured message is its `data`.
 */

const PREFIXES = ['ce_', 'cloudEvents_', 'cloudEvents:', 'ce-'];

/** A multi-format schema's schema, or the schema itself. */
function schemaOf(value: unknown, refs: RefResolver): unknown {
  const v = refs.deref(value);
  return isRecord(v) && typeof v.schemaFormat === 'string' && 'schema' in v ? refs.deref(v.schema) : v;
}

/** The one value a property schema fixes, if it fixes one string. */
function fixed(properties: Rec, name: string, refs: RefResolver): string | undefined {
  const p = refs.deref(properties[name]);
  if (!isRecord(p)) return undefined;
  if (typeof p.const === 'string') return p.const;
  return Array.isArray(p.enum) && p.enum.length === 1 && typeof p.enum[0] === 'string' ? p.enum[0] : undefined;
}

/** The example subject a property schema gives, if any. */
function example(properties: Rec, name: string, refs: RefResolver): string | undefined {
  const p = refs.deref(properties[name]);
  return isRecord(p) && Array.isArray(p.examples) && typeof p.examples[0] === 'string' && p.examples[0] !== '' ? p.examples[0] : undefined;
}

function envelopeFrom(properties: Rec, prefix: string, mode: CloudEventsEnvelope['mode'], refs: RefResolver, contentType?: string): CloudEventsEnvelope | undefined {
  const read = (name: string) => fixed(properties, `${prefix}${name}`, refs);
  const candidate = {
    standard: 'cloudevents',
    mode,
    type: read('type'),
    source: read('source'),
    ...(read('specversion') !== undefined ? { specversion: read('specversion') } : {}),
    ...((read('datacontenttype') ?? contentType) !== undefined ? { dataContentType: read('datacontenttype') ?? contentType } : {}),
    ...(read('dataschema') !== undefined ? { dataSchema: read('dataschema') } : {}),
    ...(example(properties, `${prefix}subject`, refs) !== undefined ? { subject: example(properties, `${prefix}subject`, refs) } : {}),
  };
  const parsed = cloudEventsEnvelopeSchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** The envelope of `message`, and for structured mode the schema of its data (the payload to read instead). */
export function cloudEventsEnvelopeOf(message: Rec, refs: RefResolver): { envelope: CloudEventsEnvelope; data?: unknown } | undefined {
  const contentType = str(message.contentType) ?? '';
  if (/^application\/cloudevents\+json/i.test(contentType)) {
    const payload = schemaOf(message.payload, refs);
    const properties = isRecord(payload) ? refs.deref(payload.properties) : undefined;
    if (!isRecord(properties)) return undefined;
    const envelope = envelopeFrom(properties, '', 'structured', refs);
    return envelope ? { envelope, data: properties.data } : undefined;
  }
  const headers = schemaOf(message.headers, refs);
  const properties = isRecord(headers) ? refs.deref(headers.properties) : undefined;
  if (!isRecord(properties)) return undefined;
  const prefix = PREFIXES.find((p) => fixed(properties, `${p}type`, refs) !== undefined);
  if (prefix === undefined) return undefined;
  // Kafka carries datacontenttype as its content-type header; AMQP as the message's content type.
  const dataContentType = fixed(properties, 'content-type', refs) ?? (contentType !== '' ? contentType : undefined);
  const envelope = envelopeFrom(properties, prefix, 'binary', refs, dataContentType);
  return envelope ? { envelope } : undefined;
}
