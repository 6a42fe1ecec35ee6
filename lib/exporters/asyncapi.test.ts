import { Parser } from '@asyncapi/parser';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { arbMixedDesign, arbName } from '../testing/arbitrary-design';
import { requireSharedDir } from '../testing/shared-dir';
import { makeDesign } from '../design/build-design';
import { asyncapiDocument, asyncapiExporter, jsonSchemaProblem } from './asyncapi';
import { expectGolden, FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { sharedPath } from '../testing/shared-dir';
import { artemisFixtureDesign } from '../testing/artemis-fixture';

const parser = new Parser();

let compiled: ValidateFunction | undefined;
/**
 * `../shared/schemas/asyncapi/3.0.0.json` compiled with ajv. The bundle embeds
 * the draft-07 meta-schema, so ajv's own copy is left out (`meta: false`).
 */
function asyncapiSchema(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(sharedPath('schemas', 'asyncapi', '3.0.0.json'), 'utf8'));
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, meta: false });
  addFormats(ajv);
  compiled = ajv.compile(schema);
  return compiled;
}

function schemaErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
requireSharedDir('AsyncAPI exports against ../shared/schemas/asyncapi/3.0.0.json');

function exportText(design: Design): string {
  const result = asyncapiExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.files[0].content;
}

/** Error-level diagnostics of @asyncapi/parser (severity 0). */
async function parserErrors(text: string): Promise<string[]> {
  const { document, diagnostics } = await parser.parse(text);
  const errors = diagnostics.filter((d) => d.severity === 0).map((d) => `${d.code}: ${d.message} at ${d.path.join('/')}`);
  if (errors.length === 0 && !document) errors.push('no document');
  return errors;
}

/** The fixtures with golden files (every fixture, present or future, is still checked by the parser below). */
const GOLDEN = ['kafka-order-pipeline', 'nats-event-streams', 'nats-work-queue', 'rabbitmq-topic-routing', 'rabbitmq-work-queue', 'sns-sqs-fanout'];

describe('asyncapi exporter: golden files', () => {
  it.each(GOLDEN)('%s', (fixture) => {
    expectGolden('asyncapi', fixture, asyncapiExporter.export(loadFixture(fixture)));
  });
});

describe('asyncapi exporter: @asyncapi/parser accepts the exports', () => {
  it.each(FIXTURES)('%s has no error diagnostic', async (fixture) => {
    expect(await parserErrors(exportText(loadFixture(fixture)))).toEqual([]);
  });

  it('writes Artemis addresses and queues as channels on a jms server, with the sends and receives of their services', async () => {
    const text = exportText(artemisFixtureDesign());
    expect(await parserErrors(text)).toEqual([]);
    const doc = parseYaml(text) as { channels: Record<string, unknown>; operations: Record<string, unknown>; servers: Record<string, { protocol: string }> };
    expect(Object.keys(doc.channels)).toEqual(expect.arrayContaining(['orders', 'orders.billing', 'orders.DLQ', 'jobs']));
    expect(Object.keys(doc.operations)).toEqual(['order-api.send.orders', 'biller.receive.orders.billing', 'shipper.receive.orders.shipping']);
    expect(doc.servers.artemis.protocol).toBe('jms');
  });

  it('resolves the rewritten $refs of a JSON Schema payload to the schema definitions', async () => {
    const { document } = await parser.parse(exportText(loadFixture('rabbitmq-topic-routing')));
    const channel = document!.channels().get('shop.events')!;
    const payload = channel.messages().all()[0].payload()!;
    expect(payload.required()).toEqual(['eventId', 'type', 'order']);
    const order = payload.properties()!.order;
    expect(order.required()).toEqual(['id', 'totalCents']);
    expect(order.properties()!.lines.items()).toMatchObject({});
  });

  it('keeps the Kafka and AMQP bindings the design implies', async () => {
    const { document } = await parser.parse(exportText(loadFixture('kafka-order-pipeline')));
    const topic = document!.channels().get('orders.fulfilled')!;
    expect(topic.bindings().get('kafka')!.value()).toEqual({
      topic: 'orders.fulfilled',
      partitions: 12,
      replicas: 3,
      topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': 604800000, 'max.message.bytes': 2097152 },
    });
    const receive = document!.operations().get('payment-service.receive.orders.validated')!;
    expect(receive.action()).toBe('receive');
    expect(receive.bindings().get('kafka')!.value()).toMatchObject({ groupId: { type: 'string', enum: ['payment-service'] } });
    const rabbit = (await parser.parse(exportText(loadFixture('rabbitmq-work-queue')))).document!;
    expect(rabbit.channels().get('work.tasks')!.bindings().get('amqp')!.value()).toMatchObject({ is: 'queue', queue: { name: 'work.tasks', durable: true, vhost: '/' } });
    expect(rabbit.operations().get('task-api.send.work')!.bindings().get('amqp')!.value()).toMatchObject({ cc: ['task'], deliveryMode: 2, mandatory: true });
  });

  it("keeps server ids unique when an sqs-sns cluster's <id>-sqs is another cluster's id", async () => {
    const design = makeDesign({
      clusters: [
        { id: 'aws', name: 'AWS', broker: 'sqs-sns' },
        { id: 'aws-sqs', name: 'Kafka', broker: 'kafka' },
      ],
      nodes: [
        { kind: 'sqs-queue', id: 'q', cluster: 'aws' },
        { kind: 'kafka-topic', id: 't', cluster: 'aws-sqs' },
      ],
    });
    const { document } = await parser.parse(exportText(design));
    expect(
      document!
        .channels()
        .get('q')!
        .servers()
        .all()
        .map((s) => s.protocol()),
    ).toEqual(['sqs']);
    expect(
      document!
        .channels()
        .get('t')!
        .servers()
        .all()
        .map((s) => s.protocol()),
    ).toEqual(['kafka']);
  });

  it('writes only the topicConfiguration keys the kafka binding lists', () => {
    const design = makeDesign({
      nodes: [
        {
          kind: 'kafka-topic',
          id: 't',
          config: { 'cleanup.policy': 'compact,delete', 'retention.ms': -1, 'min.insync.replicas': 2, 'segment.ms': 1000, 'retention.bytes': 10, 'delete.retention.ms': 5 },
        },
      ],
    });
    const result = asyncapiDocument(design);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const channel = (result.document.channels as Record<string, { bindings: { kafka: { topicConfiguration: unknown } } }>).t;
    expect(channel.bindings.kafka.topicConfiguration).toEqual({ 'cleanup.policy': ['compact', 'delete'], 'retention.ms': -1, 'retention.bytes': 10, 'delete.retention.ms': 5 });
  });

  it('accepts many generated designs (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(arbMixedDesign(), async (design) => {
        const text = exportText(design);
        expect(await parserErrors(text)).toEqual([]);
        // What the parser read is what the design says, awkward names included.
        const { document } = await parser.parse(text);
        expect(document!.info().title()).toBe(design.name);
        for (const node of design.nodes) {
          if (node.kind === 'producer' || node.kind === 'consumer-group') continue;
          const channel = document!
            .channels()
            .all()
            .find((c) => (c.json('x-queuewright-node') as { id: string }).id === node.id)!;
          expect(channel.json('title')).toBe(node.name);
          if (node.kind === 'rabbitmq-exchange') expect(channel.bindings().get('amqp')!.value()).toMatchObject({ exchange: { name: node.name, vhost: node.vhost } });
          if (node.kind === 'kafka-topic') expect(channel.bindings().get('kafka')!.value()).toMatchObject({ topic: node.name });
        }
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it('carries every name through YAML unchanged (quoted where a YAML reader would retype it)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbName, { minLength: 1, maxLength: 6 }), (names) => {
        const design = makeDesign({
          name: names[0],
          nodes: names.map((name, i) => ({ kind: i % 2 ? 'rabbitmq-queue' : 'kafka-topic', id: `n${i}`, name, messageSchema: { name, format: 'json' } })),
        });
        const doc = parseYaml(exportText(design), { version: '1.1' }) as {
          info: { title: string };
          channels: Record<string, { title: string; messages: Record<string, { name: string }>; 'x-queuewright-node': { id: string } }>;
        };
        expect(doc.info.title).toBe(names[0]);
        // Keys come from the names (an integer-like key sorts first in YAML maps read back), so find each by its node.
        const channelOf = (id: string) => Object.values(doc.channels).find((c) => c['x-queuewright-node'].id === id)!;
        names.forEach((name, i) => {
          expect(channelOf(`n${i}`).title).toBe(name);
          expect(Object.values(channelOf(`n${i}`).messages)[0].name).toBe(name);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('asyncapi exporter: JSON Schema payloads', () => {
  const withDefinition = (definition: string) => makeDesign({ nodes: [{ kind: 'kafka-topic', id: 't', messageSchema: { name: 'Event', format: 'json-schema', definition } }] });

  it('refuses a schema that points outside itself, naming the node', () => {
    const result = asyncapiExporter.export(withDefinition('{"$ref":"https://example.com/order.json"}'));
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ nodeId: 't', message: expect.stringContaining('outside itself') })] });
  });

  it('refuses a $ref to nothing, an invalid schema and text that is not JSON or YAML', () => {
    for (const [definition, reason] of [
      ['{"properties":{"a":{"$ref":"#/definitions/missing"}}}', 'points to nothing'],
      ['{"type":"strnig"}', 'type must be one of'],
      ['{"required":["a","a"]}', 'distinct'],
      ['{"items":[]}', 'non-empty list'],
      ['[1, 2]', 'JSON object'],
      ['{"a": ', 'syntax'],
    ] as const) {
      const result = asyncapiExporter.export(withDefinition(definition));
      expect(result.ok, definition).toBe(false);
      if (!result.ok) expect(result.errors[0].message).toContain(reason);
    }
  });

  it('accepts a recursive schema', async () => {
    expect(await parserErrors(exportText(withDefinition('{"type":"object","properties":{"children":{"type":"array","items":{"$ref":"#"}}}}')))).toEqual([]);
  });

  it('agrees with the draft-07 meta-schema on arbitrary schema-like values', () => {
    const keyword = fc.constantFrom(
      'type',
      'required',
      'properties',
      'items',
      'enum',
      'minLength',
      'maximum',
      'allOf',
      'not',
      'additionalProperties',
      'dependencies',
      'pattern',
      'title',
      'x-note',
      'default',
      'multipleOf',
      'uniqueItems',
      '$comment',
    );
    const value = fc.letrec((tie) => ({
      schema: fc.oneof({ depthSize: 'small' }, fc.boolean(), fc.dictionary(keyword, tie('value'), { maxKeys: 4 })),
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('string', 'object', 'integer', 'strnig', 'a', -1, 0, 1.5, 3, true, null),
        fc.array(fc.oneof(fc.constantFrom('a', 'b', 'string', 'number', 1), tie('schema')), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'b'), tie('schema'), { maxKeys: 2 }),
        tie('schema'),
      ),
    }));
    const validate = asyncapiSchema();
    fc.assert(
      fc.property(
        value.schema.filter((s) => typeof s === 'object'),
        (schema) => {
          const problem = jsonSchemaProblem(schema);
          const result = asyncapiExporter.export(withDefinition(JSON.stringify(schema)));
          expect(result.ok).toBe(problem === undefined);
          if (!result.ok) return;
          const doc = parseYaml(result.files[0].content);
          expect(validate(doc), schemaErrors(validate).join('\n')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('asyncapi exporter: valid against the AsyncAPI 3.0.0 JSON Schema', () => {
  it.each(FIXTURES)('%s', (fixture) => {
    const validate = asyncapiSchema();
    const doc = parseYaml(exportText(loadFixture(fixture)));
    expect(validate(doc), schemaErrors(validate).join('\n')).toBe(true);
  });

  it('generated designs (fast-check)', () => {
    const validate = asyncapiSchema();
    fc.assert(
      fc.property(arbMixedDesign(), (design) => {
        const doc = parseYaml(exportText(design));
        expect(validate(doc), schemaErrors(validate).join('\n')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('asyncapi exporter: names are identities', () => {
  it('keys channels and operations by names and takes group.id and client.id from names, not ids', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'producer-2', name: 'Order API' },
        { kind: 'kafka-topic', id: 'kafka-topic-2', name: 'orders.placed' },
        { kind: 'consumer-group', id: 'consumer-group-2', name: 'Payment' },
      ],
      connections: [
        { id: 'a', kind: 'publish', from: 'producer-2', to: 'kafka-topic-2' },
        { id: 'b', kind: 'consume', from: 'kafka-topic-2', to: 'consumer-group-2' },
      ],
    });
    const result = asyncapiDocument(design);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const doc = result.document as { channels: Record<string, unknown>; operations: Record<string, { bindings: { kafka: Record<string, { enum: string[] }> } }> };
    expect(Object.keys(doc.channels)).toEqual(['orders.placed']);
    expect(Object.keys(doc.operations)).toEqual(['order-api.send.orders.placed', 'Payment.receive.orders.placed']);
    expect(doc.operations['Payment.receive.orders.placed'].bindings.kafka.groupId.enum).toEqual(['Payment']);
    expect(doc.operations['order-api.send.orders.placed'].bindings.kafka.clientId.enum).toEqual(['order-api']);
  });

  it('writes no server for a cluster no node lives on', () => {
    const design = makeDesign({
      clusters: [
        { id: 'kafka', name: 'Kafka', broker: 'kafka' },
        { id: 'rabbit', name: 'RabbitMQ', broker: 'rabbitmq' },
      ],
      nodes: [{ kind: 'rabbitmq-queue', id: 'q', name: 'work', cluster: 'rabbit' }],
    });
    const result = asyncapiDocument(design);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(Object.keys(result.document.servers as object)).toEqual(['rabbit']);
  });
});
