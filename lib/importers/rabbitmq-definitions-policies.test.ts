import { describe, expect, it } from 'vitest';
import { DesignBuilder } from './builder';
import { policyMatcher, type Policy } from './rabbitmq-definitions-policies';

const policy = (name: string, pattern: string): Policy => ({ index: 0, name, vhost: '/', pattern, applyTo: 'all', priority: 0, definition: { 'max-length': 1 } });
const notes = (b: DesignBuilder) => {
  b.addCluster('c', 'rabbitmq', {}, '');
  const built = b.build('t');
  return built.ok ? built.report.filter((n) => n.path === 'policies') : [];
};

describe('policy matching budget', () => {
  it('counts one pattern test per policy per target, matches until the budget is spent, then says so once', () => {
    const b = new DesignBuilder();
    const policyFor = policyMatcher(b, [policy('a', '^q'), policy('b', '^never$')], 6);
    const target = { kind: 'queue' as const, vhost: '/', name: 'q1', queueType: 'classic' };
    for (let i = 0; i < 3; i++) expect(policyFor(target)?.name).toBe('a');
    expect(policyFor(target)).toBeUndefined();
    expect(policyFor(target)).toBeUndefined();
    expect(notes(b)).toHaveLength(1);
  });

  it('spends nothing when there are no policies', () => {
    const b = new DesignBuilder();
    const policyFor = policyMatcher(b, [], 0);
    expect(policyFor({ kind: 'exchange', vhost: '/', name: 'x' })).toBeUndefined();
    expect(notes(b)).toHaveLength(0);
  });
});
