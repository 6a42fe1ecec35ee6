import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterSchema, kindDefinition, type Design, type DesignNode } from '../design';
import { arbNatsDesign, arbRabbitDesign } from '../testing/arbitrary-design';
import { withKafkaPrincipals } from '../testing/arbitrary-kafka-principals';
import { withRabbitPolicies } from '../testing/arbitrary-rabbitmq-policies';
import type { Exporter, ExportFile, ExportResult } from './exporter';
import { arbArtemisDesign } from '../testing/artemis-arbitrary';
import { artemisBrokerXmlExporter } from './artemis-broker-xml';
import { julieOpsExporter } from './julie-ops';
import { NATS_NOT_CARRIED_FILE, natsJetstreamExporter } from './nats-jetstream';
import { notCarried, writtenNodes, type Carries } from './not-carried';
import { rabbitmqDefinitionsExporter } from './rabbitmq-definitions';
import { strimziExporter } from './strimzi';
import { kafkaDesignArb, withPlacements } from '../testing/exports/arbitraries';
import { topicctlExporter } from './topicctl';
import { arbPubsubDesign } from '../testing/arbitrary-pubsub-design';
import { terraformPubsubExporter } from './terraform-pubsub';
import { arbServicebusDesign } from '../testing/arbitrary-servicebus-design';
import { terraformServicebusExporter } from './terraform-servicebus';
import { arbPulsarDesign } from '../testing/arbitrary-pulsar-design';
import { terraformPulsarExporter } from './terraform-pulsar';

/**
 * Each format that can hold a design declares what it keeps (`carries`), and
 * its files list the rest. Proved fact by fact on generated designs: a fact
 * the list names (a node, a field a node sets, a connection, a cluster or
 * design setting) can be taken away and the files stay as they were (but for
 * the list); a fact the format says it keeps changes the files when it is
 * taken away, for at least one design (a field may be written only in some
 * designs: a producer's instances only with a transactional.id).
 */

type Rec = Record<string, unknown>;

interface Fact {
  /** The declaration it tests: `kafka-topic.partitions`, `connection.consume`, `cluster.principals`, `node.producer`. */
  spec: string;
  carried: boolean;
  /** A cluster field the format checks or derives from without keeping it: taking it away may change the files. */
  used: boolean;
  without(design: Design): Design;
}

/** `value` without `field` (or without one key of it), refilled from the schema's defaults; undefined when it is required. */
function reset(value: Rec, field: string, key: string | undefined, parse: (v: Rec) => { success: boolean; data?: unknown }): Rec | undefined {
  let next: Rec;
  if (key === undefined) {
    const { [field]: _gone, ...rest } = value;
    next = rest;
  } else {
    const { [key]: _gone, ...inner } = value[field] as Rec;
    next = { ...value, [field]: inner };
  }
  const parsed = parse(next);
  return parsed.success ? (parsed.data as Rec) : undefined;
}

/** The facts of a design, each with whether the format keeps it. */
function factsOf(design: Design, carries: Carries): Fact[] {
  const facts: Fact[] = [];
  const written = writtenNodes(design, carries);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  /** Facts of an object's set fields: whole fields, or the keys of a field the spec keeps key by key. */
  const fieldFacts = (
    value: Rec,
    kept: readonly string[],
    prefix: string,
    parse: (v: Rec) => { success: boolean; data?: unknown },
    replace: (d: Design, next: Rec) => Design,
    used: readonly string[] = [],
  ) => {
    for (const field of Object.keys(value)) {
      if (['kind', 'id', 'name', 'cluster', 'broker'].includes(field)) continue;
      const byKey = kept.some((k) => k.startsWith(`${field}.`));
      const keys = byKey && value[field] !== null && typeof value[field] === 'object' ? Object.keys(value[field] as Rec) : [undefined];
      for (const key of keys) {
        const next = reset(value, field, key, parse);
        if (next === undefined || same(next, value)) continue;
        const spec = key === undefined ? field : `${field}.${key}`;
        facts.push({ spec: `${prefix}.${spec}`, carried: kept.includes(spec), used: used.includes(field), without: (d) => replace(d, next) });
      }
    }
  };
  for (const node of design.nodes) {
    const kept = carries.nodes[node.kind];
    const withoutNode = (d: Design): Design => ({ ...d, nodes: d.nodes.filter((n) => n.id !== node.id), connections: d.connections.filter((c) => c.from !== node.id && c.to !== node.id) });
    facts.push({ spec: `node.${node.kind}`, carried: written.has(node.id), used: false, without: withoutNode });
    if (!written.has(node.id)) continue;
    const schema = kindDefinition(node.kind)!.schema;
    const uses = (carries.uses ?? []).filter((u) => u.startsWith(`${node.kind}.`)).map((u) => u.slice(node.kind.length + 1));
    fieldFacts(
      node as Rec,
      kept!.fields,
      node.kind,
      (v) => schema.safeParse(v),
      (d, next) => ({ ...d, nodes: d.nodes.map((n) => (n.id === node.id ? (next as DesignNode) : n)) }),
      uses,
    );
  }
  for (const c of design.connections) {
    const carried = carries.connections.includes(c.kind) && written.has(c.from) && written.has(c.to);
    facts.push({ spec: `connection.${c.kind}`, carried, used: false, without: (d) => ({ ...d, connections: d.connections.filter((x) => x.id !== c.id) }) });
  }
  for (const cluster of design.clusters) {
    fieldFacts(
      cluster as Rec,
      carries.cluster,
      'cluster',
      (v) => clusterSchema.safeParse(v),
      (d, next) => ({ ...d, clusters: d.clusters.map((x) => (x.id === cluster.id ? (next as Design['clusters'][number]) : x)) }),
      (carries.uses ?? []).filter((u) => !u.includes('.')),
    );
  }
  for (const field of ['notes', 'layout'] as const) {
    if (design[field] !== undefined) facts.push({ spec: `design.${field}`, carried: carries.design.includes(field), used: false, without: (d) => ({ ...d, [field]: undefined }) });
  }
  return facts;
}

/** The files without the list of what they cannot carry, so that two exports can be compared. */
function withoutList(result: ExportResult): ExportFile[] {
  if (!result.ok) return [];
  return result.files
    .filter((f) => f.path !== NATS_NOT_CARRIED_FILE)
    .map((f) => {
      if (f.path.endsWith('.xml')) return { ...f, content: f.content.replace(/<!-- Not carried by [\s\S]*?-->\n/, '') };
      if (!f.path.endsWith('.json')) return { ...f, content: f.content.replace(/^# Not carried by [^\n]*\n(?:# - [^\n]*\n)*/m, '') };
      const doc = JSON.parse(f.content) as Rec;
      if (typeof doc.explanation === 'string') {
        const kept = doc.explanation.replace(/\s*Not carried by .*$/s, '');
        if (kept === '') delete doc.explanation;
        else doc.explanation = kept;
      }
      return { ...f, content: JSON.stringify(doc) };
    });
}

/** Notes, accepted risks, a message schema, a layout, a design note, cluster notes and settings, and a node of another kind. */
function decorated(designs: fc.Arbitrary<Design>): fc.Arbitrary<Design> {
  return designs.chain((design) =>
    fc
      .record({
        notes: fc.array(fc.option(fc.constantFrom('why this node', 'owned by payments'), { nil: undefined }), { minLength: design.nodes.length, maxLength: design.nodes.length }),
        risks: fc.array(fc.boolean(), { minLength: design.nodes.length, maxLength: design.nodes.length }),
        schemaName: fc.option(fc.constantFrom('OrderPlaced', 'Invoice'), { nil: undefined }),
        layout: fc.boolean(),
        designNotes: fc.option(fc.constant('reviewed in March'), { nil: undefined }),
        clusterNotes: fc.option(fc.constant('the main cluster'), { nil: undefined }),
        clusterSetting: fc.option(fc.constantFrom(['message.max.bytes', 2_000_000], ['log_levels', 'info']), { nil: undefined }),
        environment: fc.constantFrom('production', 'staging', 'development'),
        projection: fc.boolean(),
      })
      .map((d): Design => ({
        ...design,
        ...(d.designNotes ? { notes: d.designNotes } : {}),
        ...(d.layout ? { layout: Object.fromEntries(design.nodes.map((n, i) => [n.id, { x: i * 100, y: 40 }])) } : {}),
        clusters: design.clusters.map((c) => ({
          ...c,
          environment: d.environment,
          ...(d.clusterNotes ? { notes: d.clusterNotes } : {}),
          ...(d.clusterSetting ? { config: { ...c.config, [d.clusterSetting[0] as string]: d.clusterSetting[1] } } : {}),
        })),
        nodes: [
          ...(design.nodes.map((n, i) => ({
            ...n,
            ...(d.notes[i] ? { notes: d.notes[i] } : {}),
            ...(d.risks[i] ? { acceptedRisks: [{ rule: 'some/rule', reason: 'accepted on purpose' }] } : {}),
            ...(d.schemaName && 'messageSchema' in n ? { messageSchema: { ...n.messageSchema, name: d.schemaName } } : {}),
          })) as DesignNode[]),
          ...(d.projection ? [kindDefinition('projection')!.schema.parse({ kind: 'projection', id: 'read-model', name: 'Read model' }) as DesignNode] : []),
        ],
      })),
  );
}

/** RabbitMQ designs with a default user, and an alternate exchange declared elsewhere. */
const rabbitDesigns = fc.tuple(withRabbitPolicies(arbRabbitDesign()), fc.boolean(), fc.boolean()).map(([d, user, external]): Design => {
  const exchange = d.nodes.find((n) => n.kind === 'rabbitmq-exchange' && !n.name.startsWith('amq.'));
  const elsewhere = {
    ...(kindDefinition('rabbitmq-exchange')!.schema.parse({ kind: 'rabbitmq-exchange', id: 'elsewhere', name: 'declared.elsewhere', cluster: 'rabbit', external: true }) as DesignNode),
    vhost: exchange && 'vhost' in exchange ? exchange.vhost : '/',
  } as DesignNode;
  return {
    ...d,
    clusters: d.clusters.map((c) => ({ ...c, version: '3.12.4', ...(user ? { config: { ...c.config, default_user: 'guest' } } : {}) })),
    nodes: external && exchange ? [...d.nodes, elsewhere] : d.nodes,
    connections:
      external && exchange && !d.connections.some((c) => c.kind === 'alternate' && c.from === exchange.id)
        ? [...d.connections, { id: 'to-elsewhere', kind: 'alternate', from: exchange.id, to: 'elsewhere' }]
        : d.connections,
  };
});

const FORMATS: Array<[Exporter, fc.Arbitrary<Design>]> = [
  [rabbitmqDefinitionsExporter, decorated(rabbitDesigns)],
  [natsJetstreamExporter, decorated(arbNatsDesign({ maxReplicas: 3 }))],
  [topicctlExporter, decorated(withPlacements(kafkaDesignArb()))],
  [strimziExporter, decorated(withKafkaPrincipals(kafkaDesignArb()))],
  [julieOpsExporter, decorated(withKafkaPrincipals(kafkaDesignArb()))],
  [terraformPubsubExporter, decorated(arbPubsubDesign())],
  [artemisBrokerXmlExporter, decorated(arbArtemisDesign())],
  [terraformServicebusExporter, decorated(arbServicebusDesign())],
  [terraformPulsarExporter, decorated(arbPulsarDesign())],
];

describe.each(FORMATS.map(([exporter, designs]) => ({ id: exporter.id, exporter, designs })))('what $id cannot carry is listed, and only that', ({ exporter, designs }) => {
  const carries = exporter.carries!;
  it('taking away a listed fact leaves the files as they were; taking away a kept one changes them', () => {
    const changed = new Map<string, boolean>();
    let exported = 0;
    fc.assert(
      fc.property(designs, (design) => {
        const before = exporter.export(design);
        fc.pre(before.ok);
        exported++;
        const files = withoutList(before);
        for (const fact of factsOf(design, carries)) {
          const after = exporter.export(fact.without(design));
          if (fact.carried) changed.set(fact.spec, (changed.get(fact.spec) ?? false) || !after.ok || JSON.stringify(after.files) !== JSON.stringify(before.ok && before.files));
          else if (!fact.used) {
            expect(after.ok, `${fact.spec}: the export refuses the design without it`).toBe(true);
            expect(withoutList(after), `${fact.spec} is listed as not carried, but the files change without it`).toEqual(files);
          }
        }
        // And the list names each fact the format leaves out: there is one when there are such facts.
        const left = factsOf(design, carries).filter((f) => !f.carried);
        expect(notCarried(design, carries).length > 0).toBe(left.length > 0);
      }),
      { numRuns: 25 },
    );
    expect(exported).toBeGreaterThan(10);
    expect(
      [...changed].filter(([, c]) => !c).map(([spec]) => spec),
      'kept, but the files never changed without it',
    ).toEqual([]);
    // Every declaration was put to the test by some design.
    const declared = [
      ...Object.entries(carries.nodes).flatMap(([kind, kept]) => [`node.${kind}`, ...kept.fields.map((f) => `${kind}.${f}`)]),
      ...carries.connections.map((c) => `connection.${c}`),
      ...carries.cluster.map((f) => `cluster.${f}`),
    ];
    expect(
      declared.filter((spec) => !changed.has(spec)),
      'declared kept, but no design had it',
    ).toEqual([]);
  }, 120_000);
});
