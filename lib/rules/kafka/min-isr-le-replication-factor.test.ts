import { describe, expect, it } from 'vitest';
import { testRule } from '../rule-tester';
import { runRules } from '../engine';
import { makeDesign } from '../../design/build-design';
import { MIN_ISR_CAPPED_SINCE, minIsrLeReplicationFactor } from './min-isr-le-replication-factor';

const kafka = (version: string) => [{ id: 'k', name: 'k', broker: 'kafka' as const, version }];

testRule(minIsrLeReplicationFactor, {
  valid: [
    { name: 'defaults (RF 3, min ISR 2)', design: { nodes: [{ kind: 'kafka-topic', id: 't' }] } },
    { name: 'min ISR equal to RF', design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 2, config: { 'min.insync.replicas': 2 } }] } },
    {
      name: 'Redpanda ignores min.insync.replicas',
      design: {
        clusters: [{ id: 'rp', name: 'rp', broker: 'redpanda' }],
        nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'rp', replicationFactor: 1, config: { 'min.insync.replicas': 2 } }],
      },
    },
  ],
  invalid: [
    {
      name: 'RF 1 with the default min ISR 2, no version: the minimum is capped, one copy',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', replicationFactor: 1 }] },
      findings: [{ target: 't', messageIncludes: 'acks=all writes succeed with one copy, not the 2' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 1 } } } },
    },
    {
      name: 'RF 3 with min ISR 4, no version: capped, every replica must stay in sync',
      design: { nodes: [{ kind: 'kafka-topic', id: 't', config: { 'min.insync.replicas': 4 } }] },
      findings: [{ target: 't', messageIncludes: 'needs all 3 replicas in sync' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 2 } } } },
    },
    {
      name: 'Kafka 3.6: the minimum is never met, every acks=all write fails',
      design: { clusters: kafka('3.6'), nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k', replicationFactor: 1, config: { 'min.insync.replicas': 2 } }] },
      findings: [{ target: 't', messageIncludes: 'Kafka 3.6 never meets the minimum, so every acks=all write fails with NotEnoughReplicas' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 1 } } } },
    },
    {
      name: 'Kafka 4.1.1: the broker caps the minimum (acks=all to an RF 1 topic with min ISR 2 succeeds)',
      design: { clusters: kafka('4.1.1'), nodes: [{ kind: 'kafka-topic', id: 't', cluster: 'k', replicationFactor: 1, config: { 'min.insync.replicas': 2 } }] },
      findings: [{ target: 't', messageIncludes: 'Kafka 4.1.1 caps the minimum at the replication factor' }],
      output: { nodes: { t: { config: { 'min.insync.replicas': 1 } } } },
    },
  ],
});

describe('kafka/min-isr-le-replication-factor per Kafka version', () => {
  const message = (version?: string) => {
    const design = makeDesign({
      ...(version ? { clusters: kafka(version) } : {}),
      nodes: [{ kind: 'kafka-topic', id: 't', ...(version ? { cluster: 'k' } : {}), replicationFactor: 2, config: { 'min.insync.replicas': 3 } }],
    });
    return runRules(design, [minIsrLeReplicationFactor])[0]?.message ?? '';
  };

  it(`says every acks=all write fails only before Kafka ${MIN_ISR_CAPPED_SINCE}`, () => {
    for (const version of ['2.8', '3.5.1', '3.6.2']) {
      expect(message(version), version).toContain('every acks=all write fails with NotEnoughReplicas');
    }
    for (const version of ['3.7', '3.7.0', '3.9', '4.0', '4.1.1']) {
      expect(message(version), version).toContain('caps the minimum at the replication factor');
      expect(message(version), version).not.toContain('fails');
    }
    expect(message()).toContain('a current release, 3.7 or later, is assumed');
  });
});
