import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { applyAllFixes, testRule } from '../rule-tester';
import { makeDesign } from '../test-design';
import { redrivePolicyPresent } from './redrive-policy-present';

const worker = { kind: 'consumer-group', id: 'worker' };

testRule(redrivePolicyPresent, {
  valid: [
    {
      name: 'queue with a redrive policy',
      design: {
        nodes: [{ kind: 'sqs-queue', id: 'jobs' }, { kind: 'sqs-queue', id: 'jobs-dlq', role: 'dead-letter' }, worker],
        connections: [
          { from: 'jobs', to: 'worker' },
          { from: 'jobs', to: 'jobs-dlq', maxReceiveCount: 5 },
        ],
      },
    },
    { name: 'queue without consumers', design: { nodes: [{ kind: 'sqs-queue', id: 'jobs' }] } },
    {
      name: 'a dead-letter queue read by a redrive worker',
      design: { nodes: [{ kind: 'sqs-queue', id: 'jobs-dlq', role: 'dead-letter' }, worker], connections: [{ from: 'jobs-dlq', to: 'worker', kind: 'consume' }] },
    },
  ],
  invalid: [
    {
      name: 'standard queue without a DLQ',
      design: { clusters: [{ id: 'aws', name: 'AWS', broker: 'sqs-sns' }], nodes: [{ kind: 'sqs-queue', id: 'jobs', cluster: 'aws' }, worker], connections: [{ from: 'jobs', to: 'worker' }] },
      findings: [{ target: 'jobs', messageIncludes: 'until its retention expires.' }],
      output: {
        nodes: { 'jobs-dlq': { name: 'jobs-dlq', fifo: false, cluster: 'aws', messageRetentionPeriod: 1_209_600, role: 'dead-letter', depthAlert: true } },
        connections: { 'jobs--jobs-dlq': { kind: 'dead-letter', from: 'jobs', to: 'jobs-dlq', maxReceiveCount: 5 } },
      },
    },
    {
      name: 'FIFO queue without a DLQ gets a FIFO DLQ',
      design: { nodes: [{ kind: 'sqs-queue', id: 'jobs', name: 'jobs.fifo', fifo: true, kmsManagedKey: 'customer-managed' }, worker], connections: [{ from: 'jobs', to: 'worker' }] },
      findings: [{ target: 'jobs', messageIncludes: 'blocking its message group' }],
      output: {
        nodes: { 'jobs-dlq': { name: 'jobs-dlq.fifo', fifo: true, kmsManagedKey: 'customer-managed' } },
        connections: { 'jobs--jobs-dlq': { maxReceiveCount: 5 } },
      },
    },
  ],
});

describe('sqs/redrive-policy-present fix', () => {
  it('picks a free name and id when "<name>-dlq" is taken', () => {
    const design = makeDesign({
      nodes: [{ kind: 'sqs-queue', id: 'jobs' }, { kind: 'sqs-queue', id: 'jobs-dlq', name: 'jobs-dlq' }, worker],
      connections: [{ from: 'jobs', to: 'worker' }],
    });
    const fixed = applyAllFixes(redrivePolicyPresent, design);
    expect(fixed.nodes.map((n) => n.id)).toContain('jobs-dlq-2');
    expect(fixed.nodes.find((n) => n.id === 'jobs-dlq-2')?.name).toBe('jobs-dlq-2');
    expect(runRules(fixed, [redrivePolicyPresent])).toEqual([]);
  });

  it('places the new queue below its source', () => {
    const design = { ...makeDesign({ nodes: [{ kind: 'sqs-queue', id: 'jobs' }, worker], connections: [{ from: 'jobs', to: 'worker' }] }), layout: { jobs: { x: 10, y: 20 } } };
    expect(applyAllFixes(redrivePolicyPresent, design).layout?.['jobs-dlq']).toEqual({ x: 10, y: 160 });
  });
});
