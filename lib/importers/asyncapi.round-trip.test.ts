import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { indexGraph, type Design } from '../design';
import { asyncapiExporter } from '../exporters/asyncapi';
import { toYaml } from '../exporters/yaml';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { arbMixedDesign } from '../testing/arbitrary-design';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { asyncapiImporter } from './asyncapi';

/**
 * Round trips through AsyncAPI 3.0.
 *
 * design → AsyncAPI → design gives the very design: what AsyncAPI cannot
 * hold (queue types and arguments, bindings between exchanges and queues,
 * alternate and dead-letter exchanges, which service each operation belongs
 * to, nodes on no cluster, services, event stores, requirements, layout …)
 * is kept in `x-queuewright-*` extensions, which the document says. An edited
 * document is read from its AsyncAPI fields, the extensions filling in what
 * those do not say.
 *
 * Corpus documents → design → AsyncAPI: the export is a valid AsyncAPI
 * document for @asyncapi/parser, and reads back as the same design (what the
 * first import could not represent is in its report).
 */

requireSharedDir('AsyncAPI round trips');
const RUNS = Number(process.env.ROUND_TRIP_RUNS ?? 100);

function roundTrip(design: Design): Design | undefined {
  const out = asyncapiExporter.export(design);
  if (!out.ok) return undefined;
  const back = asyncapiImporter.import(out.files[0].content, out.files[0].path);
  if (!back.ok) throw new Error(back.errors.map((e) => `${e.path ?? ''}: ${e.message}`).join('\n'));
  expect(back.report).toEqual([]);
  return back.design;
}

describe('design → AsyncAPI → design', () => {
  it('gives the very design, for any design (fast-check)', () => {
    let exported = 0;
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const back = roundTrip(design);
        if (back === undefined) return;
        exported++;
        expect(back).toEqual(design);
      }),
      { numRuns: RUNS },
    );
    expect(exported).toBeGreaterThan(RUNS / 2);
  }, 60_000);

  it('gives the very design for mixed designs: NATS, SQS and SNS channels on no cluster, bindings, alternate and dead-letter exchanges, services (fast-check)', () => {
    fc.assert(
      fc.property(arbMixedDesign(), (design) => {
        const back = roundTrip(design);
        if (back === undefined) throw new Error('the export refused a generated design');
        expect(back).toEqual(design);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('reads an edited document from its AsyncAPI fields, with the extensions filling in the rest', () => {
    const design = arbMixedDesign()
      .filter((d) => d.nodes.some((n) => n.kind === 'kafka-topic' && n.cluster !== undefined))
      .map((d) => d);
    const [sample] = fc.sample(design, { numRuns: 1, seed: 7 });
    const withLinks: Design = {
      ...sample,
      clusters: [...sample.clusters],
      nodes: [
        ...sample.nodes,
        { ...sample.nodes.find((n) => n.kind === 'kafka-topic')!, id: 'edited-topic', name: 'edited.topic', cluster: 'kafka' },
        {
          kind: 'nats-stream',
          id: 'loose-stream',
          name: 'LOOSE',
          subjects: ['loose.>'],
          retention: 'limits',
          storage: 'file',
          num_replicas: 3,
          max_bytes: -1,
          max_msgs: -1,
          max_msg_size: -1,
          discard: 'old',
          duplicate_window: '2m',
          role: 'normal',
          messageSchema: { format: 'none', registry: false },
          depthAlert: false,
          acceptedRisks: [],
        },
        {
          kind: 'rabbitmq-exchange',
          id: 'ex',
          name: 'ex',
          vhost: 'v',
          type: 'topic',
          durable: true,
          autoDelete: false,
          internal: false,
          messageSchema: { format: 'none', registry: false },
          acceptedRisks: [],
          cluster: 'rabbit',
        },
        {
          kind: 'rabbitmq-queue',
          id: 'q',
          name: 'q',
          vhost: 'v',
          type: 'quorum',
          durable: true,
          exclusive: false,
          autoDelete: false,
          arguments: { 'x-delivery-limit': 5 },
          role: 'normal',
          messageSchema: { format: 'none', registry: false },
          depthAlert: false,
          acceptedRisks: [],
          cluster: 'rabbit',
        },
      ] as Design['nodes'],
      connections: [
        ...sample.connections,
        { id: 'bind-ex-q', kind: 'bind', from: 'ex', to: 'q', routingKey: 'orders.#' },
        { id: 'dl-q-ex', kind: 'dead-letter', from: 'q', to: 'ex', routingKey: 'dead' },
      ],
    };
    const out = asyncapiExporter.export(withLinks);
    if (!out.ok) throw new Error(out.errors[0].message);
    const doc = parse(out.files[0].content) as { channels: Record<string, { bindings?: { kafka?: { partitions: number } } }> };
    doc.channels['edited.topic'].bindings!.kafka!.partitions = 48;
    const back = asyncapiImporter.import(toYaml(doc), 'edited.yaml');
    if (!back.ok) throw new Error(back.errors[0].message);
    const graph = indexGraph(back.design);
    const byName = (name: string) => back.design.nodes.find((n) => n.name === name)!;
    expect(back.report.map((n) => n.message)).toEqual(expect.arrayContaining([expect.stringContaining('Queuewright exported this document, and it was changed since')]));
    expect(byName('edited.topic')).toMatchObject({ kind: 'kafka-topic', partitions: 48 });
    // A NATS stream on no cluster stays a NATS stream, though the document has a Kafka server.
    expect(byName('LOOSE').kind).toBe('nats-stream');
    const kinds = back.design.connections.map((c) => `${c.kind} ${graph.nodeById.get(c.from)!.name} -> ${graph.nodeById.get(c.to)!.name}${c.routingKey !== undefined ? ` [${c.routingKey}]` : ''}`);
    expect(kinds).toEqual(expect.arrayContaining(['bind ex -> q [orders.#]', 'dead-letter q -> ex [dead]']));
    // Services stay apart: one node per service of the design.
    const services = (d: Design) =>
      d.nodes
        .filter((n) => n.kind === 'producer' || n.kind === 'consumer-group')
        .map((n) => n.name)
        .sort();
    expect(services(back.design)).toEqual(services(withLinks).filter((name) => withLinks.connections.some((c) => [c.from, c.to].includes(withLinks.nodes.find((n) => n.name === name)!.id))));
  });
});

describe('AsyncAPI corpus: document → design → AsyncAPI', () => {
  const dir = sharedPath('corpus', 'asyncapi');
  const importable = readdirSync(dir)
    .sort()
    .filter((file) => asyncapiImporter.import(readFileSync(path.join(dir, file), 'utf8'), file).ok);

  it('has documents to check', () => {
    expect(importable.length).toBeGreaterThanOrEqual(7);
  });

  it.each(importable)(
    '%s: the export is valid AsyncAPI and reads back as the same design',
    async (file) => {
      const first = asyncapiImporter.import(readFileSync(path.join(dir, file), 'utf8'), file);
      if (!first.ok) throw new Error('refused');
      const out = asyncapiExporter.export(first.design);
      if (!out.ok) throw new Error(out.errors.map((e) => e.message).join('\n'));
      const { diagnostics } = await new Parser().parse(out.files[0].content);
      expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
      const again = asyncapiImporter.import(out.files[0].content, out.files[0].path);
      expect(again.ok && again.design).toEqual(first.design);
    },
    30_000,
  );
});
