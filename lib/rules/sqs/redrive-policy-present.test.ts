import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { applyAllFixes, testRule } from '../rule-tester';
import { makeDesign } from '../../design/build-design';
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

describe('sqs/redrive-policy-present reuse', () => {
  // An SNS fan-out to two work queues: one pipeline, so one dead-letter queue for both.
  const fanout = (secondFifo: boolean) =>
    makeDesign({
      clusters: [{ id: 'aws', name: 'AWS', broker: 'sqs-sns' }],
      nodes: [
        { kind: 'sns-topic', id: 'orders', cluster: 'aws' },
        { kind: 'sqs-queue', id: 'billing', cluster: 'aws' },
        { kind: 'sqs-queue', id: 'shipping', name: secondFifo ? 'shipping.fifo' : 'shipping', fifo: secondFifo, cluster: 'aws' },
        { kind: 'consumer-group', id: 'biller' },
        { kind: 'consumer-group', id: 'shipper' },
      ],
      connections: [
        { from: 'orders', to: 'billing' },
        { from: 'orders', to: 'shipping' },
        { from: 'billing', to: 'biller' },
        { from: 'shipping', to: 'shipper' },
      ],
    });

  it('fixed on two queues of one pipeline: one dead-letter queue', () => {
    const design = fanout(false);
    const first = runRules(design, [redrivePolicyPresent]);
    expect(first).toHaveLength(2);
    const once = first[0].fix!.apply(design);
    const second = runRules(once, [redrivePolicyPresent]);
    expect(second.map((f) => f.fix?.label)).toEqual(['Redrive to dead-letter queue "billing-dlq"']);
    const twice = second[0].fix!.apply(once);
    expect(twice.nodes.filter((n) => n.kind === 'sqs-queue' && n.role === 'dead-letter').map((n) => n.name)).toEqual(['billing-dlq']);
    expect(
      twice.connections
        .filter((c) => c.kind === 'dead-letter')
        .map((c) => `${c.from}→${c.to}`)
        .sort(),
    ).toEqual(['billing→billing-dlq', 'shipping→billing-dlq']);
  });

  it('does not share a standard dead-letter queue with a FIFO queue', () => {
    const fixed = applyAllFixes(redrivePolicyPresent, fanout(true));
    expect(
      fixed.nodes
        .filter((n) => n.kind === 'sqs-queue' && n.role === 'dead-letter')
        .map((n) => n.name)
        .sort(),
    ).toEqual(['billing-dlq', 'shipping-dlq.fifo']);
  });
});
