import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { emptyFindingsText, filterFindings, findingKey, fixableByRule, openCounts, targetLabel, targetNodeIds } from './findings-view';
import type { Finding } from './rule';

const design = makeDesign({
  clusters: [{ id: 'k', name: 'k', broker: 'kafka' }],
  nodes: [
    { kind: 'kafka-topic', id: 'orders', name: 'orders.placed', cluster: 'k' },
    { kind: 'consumer-group', id: 'billing', name: 'billing' },
    { kind: 'consumer-group', id: 'audit', name: 'audit' },
  ],
  connections: [
    { id: 'c1', from: 'orders', to: 'billing' },
    { id: 'c2', from: 'orders', to: 'audit' },
  ],
});
const connections = new Map(design.connections.map((c) => [c.id, c]));
const names = new Map(design.nodes.map((n) => [n.id, n.name]));

type Shown = Finding & { fixLabel?: string };
const finding = (over: Partial<Shown>): Shown => ({ ruleId: 'r', severity: 'warning', category: 'delivery', message: 'm', target: { type: 'design' }, ...over });

const onBilling = finding({ ruleId: 'lag', severity: 'error', target: { type: 'node', id: 'billing' }, fixLabel: 'Add alert' });
const onAudit = finding({ ruleId: 'lag', severity: 'error', target: { type: 'node', id: 'audit' }, fixLabel: 'Add alert' });
const onLink = finding({ ruleId: 'dlq', category: 'error-handling', target: { type: 'connection', id: 'c1' } });
const accepted = finding({ ruleId: 'lag', severity: 'error', target: { type: 'node', id: 'orders' }, fixLabel: 'Add alert', accepted: { reason: 'batch job' } });
const onDesign = finding({ ruleId: 'schema', severity: 'info', category: 'schema' });
const all = [onBilling, onAudit, onLink, accepted, onDesign];

describe('findings view', () => {
  it('keys a finding by rule and target', () => {
    expect(findingKey(onBilling)).toBe('lag:billing');
    expect(findingKey(onLink)).toBe('dlq:c1');
    expect(findingKey(onDesign)).toBe('schema:');
  });

  it('points a finding at its node, both ends of its connection, or nothing', () => {
    expect(targetNodeIds(onBilling.target, connections)).toEqual(['billing']);
    expect(targetNodeIds(onLink.target, connections)).toEqual(['orders', 'billing']);
    expect(targetNodeIds({ type: 'connection', id: 'gone' }, connections)).toEqual([]);
    expect(targetNodeIds(onDesign.target, connections)).toEqual([]);
  });

  it('names a target by its node names, falling back to the id', () => {
    expect(targetLabel(onBilling.target, names, connections)).toBe('billing');
    expect(targetLabel(onLink.target, names, connections)).toBe('orders.placed → billing');
    expect(targetLabel({ type: 'node', id: 'gone' }, names, connections)).toBe('gone');
    expect(targetLabel({ type: 'connection', id: 'gone' }, names, connections)).toBe('gone');
    expect(targetLabel(onDesign.target, names, connections)).toBe('design');
  });

  it('filters by severity, category and node (a connection matches both its ends)', () => {
    expect(filterFindings(all, { severity: 'all', category: 'all', node: '' }, connections)).toEqual(all);
    expect(filterFindings(all, { severity: 'error', category: 'all', node: '' }, connections)).toEqual([onBilling, onAudit, accepted]);
    expect(filterFindings(all, { severity: 'all', category: 'error-handling', node: '' }, connections)).toEqual([onLink]);
    expect(filterFindings(all, { severity: 'all', category: 'all', node: 'billing' }, connections)).toEqual([onBilling, onLink]);
    expect(filterFindings(all, { severity: 'info', category: 'all', node: 'billing' }, connections)).toEqual([]);
  });

  it('counts open findings by severity, leaving accepted risks out', () => {
    expect(openCounts(all)).toEqual({ error: 2, warning: 1, info: 1 });
    expect(openCounts([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('groups the open, fixable findings by rule for "Fix all"', () => {
    const byRule = fixableByRule(all);
    expect([...byRule.keys()]).toEqual(['lag']);
    expect(byRule.get('lag')).toEqual([onBilling, onAudit]);
  });

  it('says why the list is empty', () => {
    expect(emptyFindingsText(false, 3, 3)).toBe('Reviewing…');
    expect(emptyFindingsText(true, 0, 0)).toBe('Add nodes to get a review.');
    expect(emptyFindingsText(true, 0, 3)).toBe('No findings: the design passes every rule.');
    expect(emptyFindingsText(true, 3, 3)).toBe('No finding matches the filters.');
  });
});
