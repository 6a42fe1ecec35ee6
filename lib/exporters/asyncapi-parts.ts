import type { ResolvedNode } from '../brokers/resolved-design';
import type { Connection, MessageSchema } from '../design';
import { parseDataText } from '../design/safe-parse-text';
import { isObject, jsonSchemaProblem, relocateRefs, type Json } from './asyncapi-json-schema';
import { cloudEventsMessageFields, structuredPayload } from './asyncapi-cloudevents';
import type { ExportError } from './exporter';

/**
 * The text of an AsyncAPI channel and operation: address, description,
 * message (payload schema or a description of the format), summary, and the
 * keys and pointers that name them.
 */

type Obj = Record<string, unknown>;

const JSON_SCHEMA_FORMAT = 'application/schema+json;version=draft-07';

/** A JSON pointer token (RFC 6901) as it appears in a `$ref` fragment. */
export function pointerToken(text: string): string {
  return encodeURIComponent(text.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/%24/g, '$');
}

/** A map key safe in component names and `$ref`s: `[A-Za-z0-9._-]`. */
export function safeKey(text: string, fallback: string): string {
  const key = text.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '');
  return key === '' ? fallback : key;
}

function safeAddress(text: string): string | null {
  return /[?#{}]/.test(text) ? null : text;
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

/** The payload schema of the message's data: the JSON Schema definition (draft-07, its `$ref`s relocated to `base`), or an object that names the format. */
function dataSchema(node: ResolvedNode & { messageSchema: MessageSchema }, base: string, errors: ExportError[]): { draft07?: Json; plain?: Obj } {
  const schema = node.messageSchema;
  if (schema.format === 'json-schema' && schema.definition !== undefined && schema.definition.trim() !== '') {
    const fail = (reason: string) => errors.push({ nodeId: node.id, message: `The JSON Schema of "${node.name}" cannot go into AsyncAPI: ${reason}.` });
    const parsed = parseDataText(schema.definition);
    if (!parsed.ok) fail(parsed.problem.message);
    else if (!isObject(parsed.data)) fail('it must be a JSON object');
    else {
      const problem = jsonSchemaProblem(parsed.data);
      if (problem) fail(`it is not a valid JSON Schema (draft-07): ${problem}`);
      else {
        const relocated = relocateRefs(parsed.data as Json, base);
        if (!relocated.ok) fail(relocated.reason);
        else return { draft07: relocated.value };
      }
    }
    return {};
  }
  const parts = [FORMAT_LABEL[schema.format]];
  if (schema.format !== 'none' && schema.version) parts.push(`Schema version ${schema.version}.`);
  if (schema.registry) parts.push('Registered in a schema registry.');
  return { plain: { type: 'object', description: parts.join(' ') } };
}

/**
 * A channel's message. With a CloudEvents envelope, binary mode adds the
 * attribute headers and structured mode wraps the data in the JSON event
 * format (asyncapi-cloudevents.ts).
 */
export function channelMessage(node: ResolvedNode & { messageSchema: MessageSchema }, base: string, errors: ExportError[]): Obj {
  const schema = node.messageSchema;
  const message: Obj = { name: schema.name ?? `${node.name} message` };
  if (schema.name) message.title = schema.name;
  const envelope = schema.envelope;
  const structured = envelope?.mode === 'structured';
  const data = dataSchema(node, structured ? `${base}/payload/schema/properties/data` : `${base}/payload/schema`, errors);
  const contentType = CONTENT_TYPES[schema.format];
  if (envelope) Object.assign(message, cloudEventsMessageFields(node.kind, envelope, schema.format === 'cloudevents' ? undefined : contentType));
  else if (contentType) message.contentType = contentType;
  if (data.draft07 !== undefined) message.payload = { schemaFormat: JSON_SCHEMA_FORMAT, schema: structured ? structuredPayload(envelope, data.draft07 as Obj) : data.draft07 };
  else if (data.plain) message.payload = structured ? structuredPayload(envelope, data.plain) : data.plain;
  return message;
}

export function channelAddress(node: ResolvedNode): string | null {
  if (node.kind === 'nats-stream') {
    const subjects = node.subjects.length > 0 ? node.subjects : [node.name];
    return subjects.length === 1 ? safeAddress(subjects[0]) : null;
  }
  return safeAddress(node.name);
}

export function channelDescription(node: ResolvedNode): string | undefined {
  const parts: string[] = [];
  if (node.kind === 'nats-stream') parts.push(`JetStream stream "${node.name}" on subjects ${(node.subjects.length > 0 ? node.subjects : [node.name]).map((s) => `\`${s}\``).join(', ')}.`);
  if ('role' in node && node.role !== 'normal') parts.push(node.role === 'dead-letter' ? 'Dead-letter channel.' : 'Retry channel.');
  if (node.notes) parts.push(node.notes);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

export function operationSummary(connection: Connection, actor: ResolvedNode, channel: ResolvedNode, action: 'send' | 'receive'): string {
  if (action === 'receive') return `${actor.name} receives from ${channel.name}.`;
  const verb = connection.kind === 'dead-letter' ? 'dead-letters failed messages to' : 'sends to';
  const details: string[] = [];
  if (connection.routingKey !== undefined) details.push(`routing key \`${connection.routingKey}\``);
  if (connection.subject !== undefined) details.push(`subject \`${connection.subject}\``);
  return `${actor.name} ${verb} ${channel.name}${details.length > 0 ? ` (${details.join(', ')})` : ''}.`;
}
