import { describe, expect, it } from 'vitest';
import { makeDesign } from '../../design/build-design';
import { runRules } from '../engine';
import { testRule } from '../rule-tester';
import { redeliveryDelayForRetries } from './redelivery-delay-for-retries';

const consumed = (settings: Record<string, unknown>) => ({
  nodes: [
    { kind: 'artemis-address', id: 'orders', settings },
    { kind: 'artemis-queue', id: 'q' },
    { kind: 'consumer-group', id: 'worker' },
  ],
  connections: [
    { from: 'orders', to: 'q' },
    { from: 'q', to: 'worker' },
  ],
});

testRule(redeliveryDelayForRetries, {
  valid: [
    { name: 'a redelivery delay', design: consumed({ 'redelivery-delay': 500 }) },
    { name: 'one delivery attempt: no redelivery', design: consumed({ 'redelivery-delay': 0, 'max-delivery-attempts': 1 }) },
    { name: 'an address nobody consumes', design: { nodes: [{ kind: 'artemis-address', id: 'orders', settings: { 'redelivery-delay': 0 } }] } },
  ],
  invalid: [
    {
      name: 'redelivery-delay 0 with the default attempts: the multiplier and cap are set too',
      design: consumed({ 'redelivery-delay': 0, 'max-delivery-attempts': 10 }),
      findings: [{ target: 'orders', messageIncludes: 'redelivery-delay=0), up to 10 times' }],
      output: { nodes: { orders: { settings: { 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 60_000, 'max-delivery-attempts': 10 } } } },
    },
    {
      name: 'redelivering for ever at once; a chosen multiplier is kept',
      design: consumed({ 'redelivery-delay': 0, 'max-delivery-attempts': -1, 'redelivery-delay-multiplier': 1.5 }),
      findings: [{ target: 'orders', messageIncludes: 'at once (redelivery-delay=0), for ever (max-delivery-attempts=-1)' }],
      output: { nodes: { orders: { settings: { 'redelivery-delay': 1000, 'redelivery-delay-multiplier': 1.5, 'max-redelivery-delay': 60_000 } } } },
    },
  ],
});

describe('artemis/redelivery-delay-for-retries', () => {
  it('names the Artemis default when the design leaves the delay unset', () => {
    const findings = runRules(makeDesign(consumed({}), { recommended: false }), [redeliveryDelayForRetries]);
    expect(findings.map((f) => f.message)[0]).toContain('(redelivery-delay=0 (unset: Artemis default)), up to 10 times');
  });
});
