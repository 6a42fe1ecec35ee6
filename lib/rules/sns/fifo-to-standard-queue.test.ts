import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { RULES } from '../registry';
import { testRule } from '../rule-tester';
import { makeDesign, type TestDesignInput } from '../../design/build-design';
import { fifoToStandardQueue } from './fifo-to-standard-queue';

/** pricing → prices (SNS) → queue → storefront; `readers` add consumers of the queue. */
function fanout(options: { topicFifo?: boolean; queueFifo?: boolean; ordering?: string; readers?: Array<Record<string, unknown>> } = {}): TestDesignInput {
  const readers = options.readers ?? [{ id: 'storefront' }];
  return {
    requirements: { ordering: options.ordering ?? 'per-key' },
    nodes: [
      { kind: 'producer', id: 'pricing' },
      { kind: 'sns-topic', id: 'prices', name: options.topicFifo === false ? 'prices' : 'prices.fifo', fifo: options.topicFifo ?? true },
      { kind: 'sqs-queue', id: 'q', name: options.queueFifo ? 'storefront.fifo' : 'storefront', fifo: options.queueFifo ?? false },
      ...readers.map((r) => ({ kind: 'consumer-group', ...r }) as { kind: string; id: string }),
    ],
    connections: [{ from: 'pricing', to: 'prices' }, { from: 'prices', to: 'q', kind: 'subscription', queuePolicyAllowsTopic: true }, ...readers.map((r) => ({ from: 'q', to: r.id as string }))],
  };
}

testRule(fifoToStandardQueue, {
  valid: [
    { name: 'FIFO topic to a FIFO queue', design: fanout({ queueFifo: true }) },
    { name: "a flow that needs no order (AWS's cost-saving pairing)", design: fanout({ ordering: 'none' }) },
    { name: 'a consumer that declares it needs no order', design: fanout({ readers: [{ id: 'analytics', requirements: { ordering: 'none' } }] }) },
    { name: 'a standard topic to a standard queue (no order to lose here)', design: fanout({ topicFifo: false }) },
    { name: 'a queue nobody consumes', design: fanout({ readers: [] }) },
  ],
  invalid: [
    {
      name: 'an ordered flow through a standard queue',
      design: fanout(),
      findings: [{ target: 'prices--q', messageIncludes: 'delivers to standard queue "storefront", but "storefront" needs per-key ordering' }],
    },
    {
      name: 'a consumer that declares strict order behind a flow that needs none',
      design: fanout({ ordering: 'none', readers: [{ id: 'ledger', requirements: { ordering: 'strict' } }, { id: 'analytics' }] }),
      findings: [{ target: 'prices--q', messageIncludes: '"ledger" needs strict ordering' }],
    },
    {
      name: 'several ordered consumers are named together',
      design: fanout({ readers: [{ id: 'storefront' }, { id: 'search' }] }),
      findings: [{ target: 'prices--q', messageIncludes: '"storefront", "search" need per-key ordering' }],
    },
  ],
});

describe('sns/fifo-to-standard-queue beside sqs/ordering-needs-fifo', () => {
  it('is the one finding for a standard queue behind a FIFO topic', () => {
    const ids = runRules(makeDesign(fanout()), RULES).map((f) => f.ruleId);
    expect(ids).toContain('sns/fifo-to-standard-queue');
    expect(ids).not.toContain('sqs/ordering-needs-fifo');
  });

  it('leaves a standard queue fed directly to sqs/ordering-needs-fifo', () => {
    const design = makeDesign({
      requirements: { ordering: 'per-key' },
      nodes: [
        { kind: 'producer', id: 'p' },
        { kind: 'sqs-queue', id: 'q' },
      ],
      connections: [{ from: 'p', to: 'q' }],
    });
    expect(runRules(design, RULES).map((f) => f.ruleId)).toContain('sqs/ordering-needs-fifo');
  });
});
