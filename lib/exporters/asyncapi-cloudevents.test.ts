import { Parser } from '@asyncapi/parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { asyncapiExporter } from './asyncapi';

requireSharedDir('AsyncAPI CloudEvents exports against ../shared/schemas/asyncapi/3.0.0.json');

type Obj = Record<string, unknown>;
const parser = new Parser();

const envelope = { standard: 'cloudevents', type: 'com.example.order.placed', source: '/orders', subject: 'orders/{id}', dataContentType: 'application/json' } as const;
const definition =
  '{"type":"object","required":["orderId"],"properties":{"orderId":{"type":"string"},"lines":{"type":"array","items":{"$ref":"#/definitions/Line"}}},"definitions":{"Line":{"type":"object"}}}';

/** A design with one channel of `kind` whose messages travel in `mode`. */
function designWith(kind: string, mode: 'binary' | 'structured') {
  return makeDesign({
    nodes: [
      { kind: 'producer', id: 'api', name: 'api' },
      {
        kind,
        id: 'orders',
        name: 'orders',
        ...(kind === 'nats-stream' ? { subjects: ['orders.>'] } : {}),
        messageSchema: { name: 'OrderPlaced', format: 'json-schema', definition, envelope: { ...envelope, mode } },
      },
    ],
    connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'orders' }],
  });
}

function exported(kind: string, mode: 'binary' | 'structured'): { text: string; message: Obj } {
  const result = asyncapiExporter.export(designWith(kind, mode));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  const text = result.files[0].content;
  const doc = parseYaml(text) as { channels: Record<string, { messages: Record<string, Obj> }> };
  return { text, message: doc.channels.orders.messages.OrderPlaced };
}

function validateAgainstAsyncapi(text: string): string[] {
  const schema = JSON.parse(readFileSync(sharedPath('schemas', 'asyncapi', '3.0.0.json'), 'utf8'));
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, meta: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  validate(parseYaml(text));
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

async function parserErrors(text: string): Promise<string[]> {
  const { diagnostics } = await parser.parse(text);
  return diagnostics.filter((d) => d.severity === 0).map((d) => `${d.code}: ${d.message} at ${d.path.join('/')}`);
}

describe('asyncapi exporter: CloudEvents binary mode', () => {
  it.each([
    ['kafka-topic', 'ce_'],
    ['rabbitmq-exchange', 'cloudEvents_'],
    ['rabbitmq-queue', 'cloudEvents_'],
    ['nats-stream', 'ce-'],
  ])('%s: the attributes are headers named %s…, the REQUIRED ones required', async (kind, prefix) => {
    const { text, message } = exported(kind, 'binary');
    const headers = message.headers as { required: string[]; properties: Record<string, Obj> };
    expect(headers.required).toEqual(['specversion', 'id', 'source', 'type'].map((a) => `${prefix}${a}`));
    expect(headers.properties[`${prefix}type`]).toEqual({ type: 'string', const: 'com.example.order.placed' });
    expect(headers.properties[`${prefix}source`]).toEqual({ type: 'string', const: '/orders' });
    expect(headers.properties[`${prefix}specversion`]).toEqual({ type: 'string', const: '1.0' });
    expect(headers.properties[`${prefix}subject`]).toMatchObject({ examples: ['orders/{id}'] });
    // The data is the body as it is: the message's own schema, its $refs where the document keeps it.
    expect(message.contentType).toBe('application/json');
    expect((message.payload as { schema: Obj }).schema).toMatchObject({ required: ['orderId'] });
    expect(await parserErrors(text)).toEqual([]);
    expect(validateAgainstAsyncapi(text)).toEqual([]);
  });

  it('puts datacontenttype where each binding says: Kafka content-type header, AMQP content-type property, NATS ce-datacontenttype', () => {
    const kafka = exported('kafka-topic', 'binary').message.headers as { properties: Obj };
    expect(kafka.properties['content-type']).toEqual({ type: 'string', const: 'application/json' });
    expect(kafka.properties).not.toHaveProperty('ce_datacontenttype');
    const amqp = exported('rabbitmq-queue', 'binary').message.headers as { properties: Obj };
    expect(Object.keys(amqp.properties).filter((k) => /content/i.test(k))).toEqual([]);
    const nats = exported('nats-stream', 'binary').message.headers as { properties: Obj };
    expect(nats.properties['ce-datacontenttype']).toEqual({ type: 'string', const: 'application/json' });
  });

  it('writes no headers on SQS, which has no CloudEvents binding, and says so', () => {
    const { message } = exported('sqs-queue', 'binary');
    expect(message.headers).toBeUndefined();
    expect(message.description).toContain('no protocol binding');
  });
});

describe('asyncapi exporter: CloudEvents structured mode', () => {
  it.each(['kafka-topic', 'rabbitmq-queue', 'nats-stream', 'sns-topic'])('%s: application/cloudevents+json, attributes beside data, data the message schema', async (kind) => {
    const { text, message } = exported(kind, 'structured');
    expect(message.contentType).toBe('application/cloudevents+json');
    expect(message.headers).toBeUndefined();
    const payload = (message.payload as { schema: { required: string[]; properties: Record<string, Obj> } }).schema;
    expect(payload.required).toEqual(['specversion', 'id', 'source', 'type']);
    expect(payload.properties.type).toEqual({ type: 'string', const: 'com.example.order.placed' });
    expect(payload.properties.datacontenttype).toEqual({ type: 'string', const: 'application/json' });
    expect(payload.properties.data).toMatchObject({ required: ['orderId'] });
    expect(await parserErrors(text)).toEqual([]);
    expect(validateAgainstAsyncapi(text)).toEqual([]);
  });

  it("relocates the data schema's $refs to where data sits, so the parser resolves them", async () => {
    const { document } = await parser.parse(exported('kafka-topic', 'structured').text);
    const payload = document!.channels().get('orders')!.messages().all()[0].payload()!;
    expect(payload.properties()!.data.properties()!.lines.items()).toMatchObject({});
    expect((payload.properties()!.data.properties()!.lines.items() as { type(): string }).type()).toBe('object');
  });

  it('wraps a payload without a schema definition too', () => {
    const design = makeDesign({ nodes: [{ kind: 'kafka-topic', id: 't', name: 't', messageSchema: { format: 'avro', envelope: { ...envelope, mode: 'structured' } } }] });
    const result = asyncapiExporter.export(design);
    if (!result.ok) throw new Error('export failed');
    const message = Object.values((parseYaml(result.files[0].content) as { channels: { t: { messages: Record<string, Obj> } } }).channels.t.messages)[0];
    expect(message.payload).toMatchObject({ type: 'object', properties: { data: { description: 'Avro' } } });
  });
});
