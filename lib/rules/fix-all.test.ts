import { describe, expect, it } from 'vitest';
import { consumerLagMonitored } from './core/consumer-lag-monitored';
import { runRules } from './engine';
import { applyFixToAll } from './fix-all';
import { dlqForPoisonRecords } from './kafka/dlq-for-poison-records';
import { makeDesign, withWriter } from '../design/build-design';

const pipeline = () =>
  makeDesign(
    withWriter(
      {
        clusters: [{ id: 'k', name: 'k', broker: 'kafka' }],
        nodes: [
          { kind: 'kafka-topic', id: 'placed', name: 'orders.placed', cluster: 'k' },
          { kind: 'consumer-group', id: 'validation' },
          { kind: 'kafka-topic', id: 'validated', name: 'orders.validated', cluster: 'k' },
          { kind: 'consumer-group', id: 'payment' },
          { kind: 'consumer-group', id: 'audit' },
        ],
        connections: [
          { from: 'placed', to: 'validation' },
          { from: 'validation', to: 'validated' },
          { from: 'validated', to: 'payment' },
          { from: 'placed', to: 'audit' },
        ],
      },
      'placed',
    ),
  );

describe('applyFixToAll', () => {
  it('fixes every finding of a rule in one change, each fix seeing the ones before: one dead-letter topic for three groups', () => {
    const design = pipeline();
    const targets = runRules(design, [dlqForPoisonRecords]).map((f) => f.target);
    expect(targets).toHaveLength(3);
    const fixed = applyFixToAll(design, dlqForPoisonRecords, targets);
    expect(runRules(fixed, [dlqForPoisonRecords])).toEqual([]);
    expect(fixed.nodes.filter((n) => n.kind === 'kafka-topic' && n.role === 'dead-letter')).toHaveLength(1);
    expect(fixed.connections.filter((c) => c.kind === 'dead-letter')).toHaveLength(3);
  });

  it("answers every fix's inputs with the values given", () => {
    const design = pipeline();
    const targets = runRules(design, [consumerLagMonitored]).map((f) => f.target);
    const fixed = applyFixToAll(design, consumerLagMonitored, targets, { seconds: 90 });
    expect(fixed.nodes.filter((n) => n.kind === 'consumer-group').map((n) => n.kind === 'consumer-group' && n.lagAlertSeconds)).toEqual([90, 90, 90]);
  });

  it('skips a target the rule no longer reports, and leaves the design untouched when nothing applies', () => {
    const design = pipeline();
    expect(applyFixToAll(design, dlqForPoisonRecords, [{ type: 'node', id: 'gone' }])).toBe(design);
  });
});
