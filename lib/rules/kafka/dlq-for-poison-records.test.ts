import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { inputError } from '../fix';
import { applyAllFixes, testRule } from '../rule-tester';
import { makeDesign, withWriter } from '../../design/build-design';
import { dlqForPoisonRecords } from './dlq-for-poison-records';

const topic = { kind: 'kafka-topic', id: 'orders', name: 'orders.placed', cluster: 'k', partitions: 12, config: { 'retention.ms': 1209600000 } };
const kafka = { id: 'k', name: 'k', broker: 'kafka' };
const consume = { from: 'orders', to: 'g' };

testRule(dlqForPoisonRecords, {
  valid: [
    {
      name: 'a dead-letter connection',
      design: withWriter(
        {
          nodes: [topic, { kind: 'consumer-group', id: 'g' }, { kind: 'kafka-topic', id: 'dlq', role: 'dead-letter' }],
          clusters: [kafka],
          connections: [consume, { from: 'g', to: 'dlq' }],
        },
        'orders',
      ),
    },
    {
      name: 'a retry topic',
      design: withWriter(
        {
          nodes: [topic, { kind: 'consumer-group', id: 'g' }, { kind: 'kafka-topic', id: 'retry', role: 'retry' }],
          clusters: [kafka],
          connections: [consume, { from: 'g', to: 'retry' }],
        },
        'orders',
      ),
    },
    {
      name: 'at-most-once flow',
      design: withWriter({ requirements: { delivery: 'at-most-once' }, clusters: [kafka], nodes: [topic, { kind: 'consumer-group', id: 'g' }], connections: [consume] }, 'orders'),
    },
    {
      name: 'a group that reads the dead-letter topic',
      design: {
        nodes: [
          { kind: 'kafka-topic', id: 'dlq', role: 'dead-letter' },
          { kind: 'consumer-group', id: 'g' },
        ],
        connections: [{ from: 'dlq', to: 'g' }],
      },
    },
  ],
  invalid: [
    {
      name: 'no failure path: the fix adds a DLQ as durable as the source',
      design: withWriter({ clusters: [kafka], nodes: [topic, { kind: 'consumer-group', id: 'g' }], connections: [consume] }, 'orders'),
      findings: [{ target: 'g', messageIncludes: '"orders.placed"' }],
      output: {
        nodes: {
          'orders.placed.dlq': {
            kind: 'kafka-topic',
            name: 'orders.placed.dlq',
            cluster: 'k',
            role: 'dead-letter',
            partitions: 12,
            replicationFactor: 3,
            depthAlert: true,
            config: { 'min.insync.replicas': 2, 'retention.ms': 1209600000 },
          },
        },
        connections: { 'g--orders.placed.dlq': { kind: 'dead-letter', from: 'g', to: 'orders.placed.dlq' } },
      },
    },
    {
      name: 'an underscore name gets an underscore suffix',
      design: withWriter(
        {
          nodes: [
            { kind: 'kafka-topic', id: 'orders', name: 'orders_placed' },
            { kind: 'consumer-group', id: 'g' },
          ],
          connections: [consume],
        },
        'orders',
      ),
      findings: [{ target: 'g' }],
      output: { nodes: { orders_placed_dlq: { name: 'orders_placed_dlq', role: 'dead-letter' } } },
    },
  ],
});

describe('kafka/dlq-for-poison-records fix', () => {
  it('keeps a topic without a cluster off any cluster, and adds no cluster', () => {
    const design = makeDesign(
      withWriter(
        {
          nodes: [
            { kind: 'kafka-topic', id: 'orders' },
            { kind: 'consumer-group', id: 'g' },
          ],
          connections: [consume],
        },
        'orders',
      ),
    );
    const fixed = applyAllFixes(dlqForPoisonRecords, design);
    expect(fixed.clusters).toEqual([]);
    expect(fixed.nodes.find((n) => n.id === 'orders.dlq')).not.toHaveProperty('cluster');
  });

  it('reuses the dead-letter topic another reader of the source already has', () => {
    const design = makeDesign(
      withWriter(
        {
          clusters: [kafka],
          nodes: [topic, { kind: 'consumer-group', id: 'g' }, { kind: 'consumer-group', id: 'h' }, { kind: 'kafka-topic', id: 'shared', cluster: 'k', role: 'dead-letter' }],
          connections: [consume, { from: 'orders', to: 'h' }, { from: 'h', to: 'shared' }],
        },
        'orders',
      ),
    );
    const fixed = applyAllFixes(dlqForPoisonRecords, design);
    expect(fixed.nodes).toHaveLength(design.nodes.length);
    expect(fixed.connections).toContainEqual(expect.objectContaining({ kind: 'dead-letter', from: 'g', to: 'shared' }));
  });

  it('connects a second group to the dead-letter topic the first one got', () => {
    const design = makeDesign(
      withWriter(
        {
          clusters: [kafka],
          nodes: [topic, { kind: 'consumer-group', id: 'g' }, { kind: 'consumer-group', id: 'h' }],
          connections: [consume, { from: 'orders', to: 'h' }],
        },
        'orders',
      ),
    );
    const fixed = applyAllFixes(dlqForPoisonRecords, design);
    expect(fixed.nodes.filter((n) => n.kind === 'kafka-topic')).toHaveLength(2);
    expect(
      fixed.connections
        .filter((c) => c.kind === 'dead-letter')
        .map((c) => c.from)
        .sort(),
    ).toEqual(['g', 'h']);
    expect(runRules(fixed, [dlqForPoisonRecords])).toEqual([]);
  });

  // A pipeline orders.placed → validation → orders.validated → payment: both groups fail to the same dead-letter topic.
  const pipeline = () =>
    makeDesign(
      withWriter(
        {
          clusters: [kafka],
          nodes: [
            topic,
            { kind: 'consumer-group', id: 'validation' },
            { kind: 'kafka-topic', id: 'validated', name: 'orders.validated', cluster: 'k', partitions: 12, config: { 'retention.ms': 1209600000 } },
            { kind: 'consumer-group', id: 'payment' },
          ],
          connections: [
            { from: 'orders', to: 'validation' },
            { from: 'validation', to: 'validated' },
            { from: 'validated', to: 'payment' },
          ],
        },
        'orders',
      ),
    );

  it("gives the pipeline one dead-letter topic, named after its topics' common prefix: fixed on two consumers of two topics, one DLQ", () => {
    const design = pipeline();
    const first = runRules(design, [dlqForPoisonRecords]);
    expect(first.map((f) => f.target)).toEqual([
      { type: 'node', id: 'payment' },
      { type: 'node', id: 'validation' },
    ]);
    const once = first.find((f) => f.target.type === 'node' && f.target.id === 'validation')!.fix!.apply(design);
    const second = runRules(once, [dlqForPoisonRecords]);
    expect(second.map((f) => f.fix?.label)).toEqual(['Dead-letter to "orders.dlq"']);
    const twice = second[0].fix!.apply(once);
    const deadLetterTopics = twice.nodes.filter((n) => n.kind === 'kafka-topic' && n.role === 'dead-letter');
    expect(deadLetterTopics.map((n) => n.name)).toEqual(['orders.dlq']);
    expect(
      twice.connections
        .filter((c) => c.kind === 'dead-letter')
        .map((c) => `${c.from}→${c.to}`)
        .sort(),
    ).toEqual(['payment→orders.dlq', 'validation→orders.dlq']);
    expect(runRules(twice, [dlqForPoisonRecords])).toEqual([]);
  });

  it("asks whether to share the pipeline's dead-letter topic or give the group its own, and does what was chosen", () => {
    const design = pipeline();
    const once = runRules(design, [dlqForPoisonRecords])
      .find((f) => f.target.type === 'node' && f.target.id === 'validation')!
      .fix!.apply(design);
    const [second] = runRules(once, [dlqForPoisonRecords]);
    const inputs = second.fix!.inputs!;
    expect(inputs).toEqual([
      expect.objectContaining({
        id: 'target',
        type: 'choice',
        suggested: 'shared',
        options: [
          { value: 'shared', label: 'Share "orders.dlq"' },
          { value: 'own', label: 'Its own, "orders.validated.payment.dlq"' },
        ],
      }),
    ]);
    expect(inputError(inputs[0], 'elsewhere')).toMatch(/choose one of/);
    const own = second.fix!.apply(once, { target: 'own' });
    const deadLetterTopics = own.nodes.filter((n) => n.kind === 'kafka-topic' && n.role === 'dead-letter');
    expect(deadLetterTopics.map((n) => n.name).sort()).toEqual(['orders.dlq', 'orders.validated.payment.dlq']);
    expect(
      own.connections
        .filter((c) => c.kind === 'dead-letter')
        .map((c) => `${c.from}→${c.to}`)
        .sort(),
    ).toEqual(['payment→orders.validated.payment.dlq', 'validation→orders.dlq']);
    expect(runRules(own, [dlqForPoisonRecords])).toEqual([]);
  });

  it('raises the shared dead-letter topic to a stronger new source instead of adding a second one', () => {
    const design = pipeline();
    const withDlq = makeDesign(
      withWriter(
        {
          clusters: [kafka],
          nodes: [
            ...design.nodes.filter((n) => n.kind !== 'producer'),
            { kind: 'kafka-topic', id: 'dlq', name: 'orders.dlq', cluster: 'k', role: 'dead-letter', depthAlert: true, replicationFactor: 3, config: { 'retention.ms': 604800000 } },
          ],
          connections: [
            { from: 'orders', to: 'validation' },
            { from: 'validation', to: 'validated' },
            { from: 'validated', to: 'payment' },
            { from: 'validation', to: 'dlq' },
          ],
        },
        'orders',
      ),
    );
    const fixed = applyAllFixes(dlqForPoisonRecords, withDlq);
    expect(fixed.nodes.filter((n) => n.kind === 'kafka-topic' && n.role === 'dead-letter').map((n) => n.id)).toEqual(['dlq']);
    expect(fixed.nodes.find((n) => n.id === 'dlq')).toMatchObject({ config: { 'retention.ms': 1209600000 } });
  });

  it('does not reuse a dead-letter topic of another pipeline or another cluster', () => {
    const design = makeDesign(
      withWriter(
        {
          clusters: [kafka, { id: 'other', name: 'other', broker: 'kafka' }],
          nodes: [
            topic,
            { kind: 'consumer-group', id: 'g' },
            { kind: 'kafka-topic', id: 'elsewhere', name: 'audit.dlq', cluster: 'k', role: 'dead-letter' },
            { kind: 'kafka-topic', id: 'x', name: 'x', cluster: 'other' },
            { kind: 'consumer-group', id: 'xg' },
            { kind: 'kafka-topic', id: 'other-dlq', name: 'x.dlq', cluster: 'other', role: 'dead-letter' },
          ],
          connections: [consume, { from: 'x', to: 'xg' }, { from: 'xg', to: 'other-dlq' }],
        },
        'orders',
      ),
    );
    const fix = runRules(design, [dlqForPoisonRecords]).find((f) => f.target.type === 'node' && f.target.id === 'g')!.fix!;
    expect(fix.label).toBe('Add dead-letter topic "orders.placed.dlq"');
  });
});
