import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { RULES } from '../registry';
import { testRule } from '../rule-tester';
import { makeDesign, type TestDesignInput } from '../../design/build-design';
import { partitionsForTargetThroughput } from './partitions-for-target-throughput';

/** `collector` writes into `views` at the declared rate; `groups` read it. */
function clickstream(requirements: Record<string, unknown>, topic: Record<string, unknown>, groups: Array<Record<string, unknown>> = []): TestDesignInput {
  return {
    requirements: { ordering: 'none', ...requirements },
    nodes: [{ kind: 'producer', id: 'collector' }, { kind: 'kafka-topic', id: 'views', ...topic }, ...groups.map((g) => ({ kind: 'consumer-group', ...g }) as { kind: string; id: string })],
    connections: [{ from: 'collector', to: 'views' }, ...groups.map((g) => ({ from: 'views', to: g.id as string }))],
  };
}

const peak40k = { throughput: 20000, peakThroughput: 40000, messageSizeBytes: 800 };

testRule(partitionsForTargetThroughput, {
  valid: [
    { name: 'the defaults: 1,000 msg/s of 1 KB on one partition', design: clickstream({}, { partitions: 1 }) },
    {
      name: "two services writing one flow share the design's throughput (6 MB/s, not 12)",
      design: {
        requirements: { ordering: 'none', throughput: 6000, messageSizeBytes: 1000 },
        nodes: [
          { kind: 'producer', id: 'eu' },
          { kind: 'producer', id: 'us' },
          { kind: 'kafka-topic', id: 'views', partitions: 1 },
        ],
        connections: [
          { from: 'eu', to: 'views' },
          { from: 'us', to: 'views' },
        ],
      },
    },
    { name: '40,000 msg/s of 800 B on 12 partitions', design: clickstream(peak40k, { partitions: 12 }) },
    {
      name: "a group with no members beyond the partitions is a group-sizing question, not the topic's",
      design: clickstream({ throughput: 2000 }, { partitions: 6 }, [{ id: 'slow', instances: 6, processingMsP50: 200 }]),
    },
    {
      name: 'members beyond the partitions that the rate does not need',
      design: clickstream({ throughput: 100 }, { partitions: 2 }, [{ id: 'fast', instances: 8, processingMsP50: 5 }]),
    },
    {
      name: 'hot standbys are idle by design',
      design: clickstream({ throughput: 1000 }, { partitions: 6 }, [{ id: 'indexer', instances: 8, standbyInstances: 2, processingMsP50: 50 }]),
    },
    {
      name: 'members spread over the partitions of every topic the group reads',
      design: {
        requirements: { ordering: 'none', throughput: 1000 },
        nodes: [
          { kind: 'producer', id: 'collector' },
          { kind: 'kafka-topic', id: 'views', partitions: 2 },
          { kind: 'kafka-topic', id: 'clicks', partitions: 10 },
          { kind: 'consumer-group', id: 'loader', instances: 12, processingMsP50: 50 },
        ],
        connections: [
          { from: 'collector', to: 'views' },
          { from: 'views', to: 'loader' },
          { from: 'clicks', to: 'loader' },
        ],
      },
    },
    { name: 'an ephemeral tail is not sized for', design: clickstream({ throughput: 1000 }, { partitions: 1 }, [{ id: 'tail', instances: 4, lifecycle: 'ephemeral' }]) },
    { name: 'a strictly ordered topic must stay at one partition', design: clickstream({ ...peak40k, ordering: 'strict' }, { partitions: 1 }) },
    {
      name: 'a topic written only by a stream processor (its output rate is not declared)',
      design: {
        requirements: peak40k,
        nodes: [
          { kind: 'producer', id: 'collector' },
          { kind: 'kafka-topic', id: 'views', partitions: 12 },
          { kind: 'consumer-group', id: 'sessionizer', instances: 4 },
          { kind: 'kafka-topic', id: 'sessions', partitions: 1 },
        ],
        connections: [
          { from: 'collector', to: 'views' },
          { from: 'views', to: 'sessionizer' },
          { from: 'sessionizer', to: 'sessions' },
        ],
      },
    },
    { name: 'a dead-letter topic', design: clickstream(peak40k, { partitions: 1, role: 'dead-letter' }) },
  ],
  invalid: [
    {
      name: '40,000 msg/s of 800 B at peak on the broker default of one partition',
      design: clickstream(peak40k, { partitions: undefined }),
      findings: [{ target: 'views', messageIncludes: 'has 1 partition(s) but needs 4 for its declared peak: 32 MB/s needs 4 at about 10 MB/s per partition; 40,000 msg/s needs 4' }],
      output: { nodes: { views: { partitions: 4 } } },
    },
    {
      name: 'large records: bytes bound',
      design: clickstream({ throughput: 100, messageSizeBytes: 400_000 }, { partitions: 3 }),
      findings: [{ target: 'views', messageIncludes: '40 MB/s needs 4' }],
      output: { nodes: { views: { partitions: 4 } } },
    },
    {
      name: 'small records: records bound',
      design: clickstream({ throughput: 50_000, messageSizeBytes: 100 }, { partitions: 2 }),
      findings: [{ target: 'views', messageIncludes: '50,000 msg/s needs 5' }],
      output: { nodes: { views: { partitions: 5 } } },
    },
    {
      name: 'a group runs members the rate keeps busy, but the partitions leave them idle',
      design: clickstream({ throughput: 800 }, { partitions: 6 }, [{ id: 'payments', instances: 3, concurrency: 4, processingMsP50: 15 }]),
      findings: [{ target: 'views', messageIncludes: 'consumer group "payments" keeps 12 members busy at 800 msg/s and 15 ms per message' }],
      output: { nodes: { views: { partitions: 12 } } },
    },
    {
      name: 'only the members the rate needs count',
      design: clickstream({ throughput: 100 }, { partitions: 2 }, [{ id: 'enricher', instances: 10, processingMsP50: 50 }]),
      findings: [{ target: 'views', messageIncludes: 'keeps 5 members busy' }],
      output: { nodes: { views: { partitions: 5 } } },
    },
    {
      name: 'a planned count the new one passes goes (it would be a decrease)',
      design: clickstream(peak40k, { partitions: 1, plannedPartitions: 3 }),
      findings: [{ target: 'views', messageIncludes: 'needs 4' }],
      output: { nodes: { views: { partitions: 4 } } },
    },
    {
      name: 'producers that declare their own throughput add up',
      design: {
        requirements: { ordering: 'none', throughput: 6000, messageSizeBytes: 1000 },
        nodes: [
          { kind: 'producer', id: 'eu', requirements: { throughput: 6000 } },
          { kind: 'producer', id: 'us', requirements: { throughput: 6000 } },
          { kind: 'kafka-topic', id: 'views', partitions: 1 },
        ],
        connections: [
          { from: 'eu', to: 'views' },
          { from: 'us', to: 'views' },
        ],
      },
      findings: [{ target: 'views', messageIncludes: '12 MB/s needs 2' }],
      output: { nodes: { views: { partitions: 2 } } },
    },
  ],
});

describe('kafka/partitions-for-target-throughput beside kafka/idle-consumers', () => {
  it('replaces the advice to trim a group whose members the throughput needs', () => {
    const design = makeDesign(clickstream(peak40k, { partitions: 1 }, [{ id: 'sessionizer', instances: 4 }]));
    const ids = runRules(design, RULES).map((f) => f.ruleId);
    expect(ids).toContain('kafka/partitions-for-target-throughput');
    expect(ids).not.toContain('kafka/idle-consumers');
  });

  it('drops a planned count the new one passes, so no decrease is planned', () => {
    const design = makeDesign(clickstream(peak40k, { partitions: 1, plannedPartitions: 3 }));
    const [finding] = runRules(design, [partitionsForTargetThroughput]);
    const fixed = finding.fix!.apply(design);
    expect(fixed.nodes.find((n) => n.id === 'views')).not.toHaveProperty('plannedPartitions');
    expect(runRules(fixed, RULES).map((f) => f.ruleId)).not.toContain('kafka/no-partition-decrease');
  });
});
