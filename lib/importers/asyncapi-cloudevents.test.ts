import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { asyncapiExporter } from '../exporters/asyncapi';
import { toYaml } from '../exporters/yaml';
import { asyncapiImporter } from './asyncapi';

type Rec = Record<string, unknown>;

const definition = '{"type":"object","required":["orderId"],"properties":{"orderId":{"type":"string"}}}';
const envelope = (mode: string) => ({
  standard: 'cloudevents',
  mode,
  specversion: '1.0',
  type: 'com.example.order.placed',
  source: 'https://example.com/orders',
  dataContentType: 'application/json',
  dataSchema: 'https://example.com/s.json',
  subject: 'orders/{id}',
});

/** Every `x-queuewright*` key removed: the document as another tool would write it. */
function withoutExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExtensions);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Rec)
      .filter(([k]) => !k.startsWith('x-queuewright'))
      .map(([k, v]) => [k, withoutExtensions(v)]),
  );
}

function throughForeignDocument(design: Design): Design {
  const out = asyncapiExporter.export(design);
  if (!out.ok) throw new Error(out.errors[0].message);
  const back = asyncapiImporter.import(toYaml(withoutExtensions(parse(out.files[0].content))), 'foreign.yaml');
  if (!back.ok) throw new Error(back.errors[0].message);
  return back.design;
}

describe('AsyncAPI import: CloudEvents envelopes from the AsyncAPI fields alone', () => {
  it.each([
    ['kafka-topic', 'binary'],
    ['rabbitmq-queue', 'binary'],
    ['nats-stream', 'binary'],
    ['kafka-topic', 'structured'],
    ['sqs-queue', 'structured'],
  ])('%s in %s mode: the envelope and the data schema come back', (kind, mode) => {
    const broker = { 'kafka-topic': 'kafka', 'rabbitmq-queue': 'rabbitmq', 'nats-stream': 'nats', 'sqs-queue': 'sqs-sns' }[kind]!;
    const design = makeDesign({
      clusters: [{ id: 'main', name: 'main', broker }],
      nodes: [
        { kind: 'producer', id: 'api', name: 'api' },
        {
          kind,
          id: 'orders',
          name: 'orders',
          cluster: 'main',
          ...(kind === 'nats-stream' ? { subjects: ['orders'] } : {}),
          messageSchema: { name: 'OrderPlaced', format: 'json-schema', definition, envelope: envelope(mode) },
        },
      ],
      connections: [{ id: 'p', kind: 'publish', from: 'api', to: 'orders' }],
    });
    const channel = throughForeignDocument(design).nodes.find((n) => n.name === 'orders') as { messageSchema: Rec };
    expect(channel.messageSchema.envelope).toEqual(envelope(mode));
    expect(channel.messageSchema.format).toBe('json-schema');
    expect(JSON.parse(channel.messageSchema.definition as string)).toEqual(JSON.parse(definition));
  });

  it('reads no envelope from headers that fix no CloudEvents type', () => {
    const doc = {
      asyncapi: '3.0.0',
      info: { title: 't', version: '1' },
      servers: { k: { host: 'localhost:9092', protocol: 'kafka' } },
      channels: {
        orders: {
          address: 'orders',
          servers: [{ $ref: '#/servers/k' }],
          messages: { m: { headers: { type: 'object', properties: { ce_type: { type: 'string' }, ce_source: { const: '/o' } } }, payload: { type: 'object' } } },
        },
      },
      operations: { send: { action: 'send', channel: { $ref: '#/channels/orders' } } },
    };
    const back = asyncapiImporter.import(toYaml(doc), 'plain.yaml');
    if (!back.ok) throw new Error(back.errors[0].message);
    const topic = back.design.nodes.find((n) => n.kind === 'kafka-topic');
    expect(topic && 'messageSchema' in topic && topic.messageSchema.envelope).toBeUndefined();
    expect(topic).toBeDefined();
  });
});
