import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { makeDesign } from '../../design/build-design';
import { testRule } from '../rule-tester';
import { consumerLagMonitored } from './consumer-lag-monitored';

testRule(consumerLagMonitored, {
  valid: [
    {
      name: 'a lag alert',
      design: {
        nodes: [
          { kind: 'sqs-queue', id: 'q' },
          { kind: 'consumer-group', id: 'svc', lagAlert: true },
        ],
        connections: [{ from: 'q', to: 'svc' }],
      },
    },
    { name: 'a group that reads nothing (another rule)', design: { nodes: [{ kind: 'consumer-group', id: 'svc' }] } },
  ],
  invalid: [
    {
      name: 'no lag alert',
      design: {
        nodes: [
          { kind: 'nats-stream', id: 'jobs' },
          { kind: 'consumer-group', id: 'svc' },
        ],
        connections: [{ from: 'jobs', to: 'svc' }],
      },
      findings: [{ target: 'svc', messageIncludes: 'pile up in "jobs"' }],
      output: { nodes: { svc: { lagAlert: true } } },
    },
  ],
});

describe('core/consumer-lag-monitored fix', () => {
  const design = (retentionMs: number) =>
    makeDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'orders', config: { 'retention.ms': retentionMs } },
        { kind: 'consumer-group', id: 'svc' },
      ],
      connections: [{ from: 'orders', to: 'svc' }],
    });

  it('asks for the threshold, suggesting five minutes, and writes the chosen one', () => {
    const [finding] = runRules(design(604_800_000), [consumerLagMonitored]);
    expect(finding.fix!.inputs).toEqual([expect.objectContaining({ id: 'seconds', unit: 'seconds', suggested: 300 })]);
    const fixed = finding.fix!.apply(design(604_800_000), { seconds: 120 });
    expect(fixed.nodes.find((n) => n.id === 'svc')).toMatchObject({ lagAlert: true, lagAlertSeconds: 120 });
  });

  it('suggests at most a tenth of a short retention, so the alert fires before data is deleted', () => {
    const [finding] = runRules(design(1_200_000), [consumerLagMonitored]);
    expect(finding.fix!.inputs![0]).toMatchObject({ suggested: 120 });
  });
});
