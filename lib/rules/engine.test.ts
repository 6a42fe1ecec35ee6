import { describe, expect, it } from 'vitest';
import { updateDesign } from '../design';
import { INTERNAL_ERROR_RULE, formatMessage, runRules } from './engine';
import { RULES } from './registry';
import { defineRule, type Rule } from './rule';
import { computeScore } from './score';
import { makeDesign } from '../design/build-design';

function rule(id: string, severity: Rule['meta']['severity'], check: Rule['check'], category: Rule['meta']['category'] = 'delivery'): Rule {
  return defineRule({
    meta: {
      id,
      category,
      severity,
      summary: 'test rule summary',
      messages: { hit: 'Node {name} is {state}', plain: 'design-wide' },
    },
    check,
  });
}

const design = makeDesign({
  nodes: [
    { kind: 'kafka-topic', id: 'b' },
    { kind: 'kafka-topic', id: 'a' },
  ],
});
const perNode = rule('test/per-node', 'warning', ({ design: d, report }) => {
  for (const n of d.nodes) report({ target: { type: 'node', id: n.id }, messageId: 'hit', data: { name: n.name, state: 'bad' } });
});

describe('rule engine', () => {
  it('stamps rule id, severity and category and fills message templates', () => {
    expect(runRules(design, [perNode])).toEqual([
      { ruleId: 'test/per-node', severity: 'warning', category: 'delivery', message: 'Node a is bad', target: { type: 'node', id: 'a' } },
      { ruleId: 'test/per-node', severity: 'warning', category: 'delivery', message: 'Node b is bad', target: { type: 'node', id: 'b' } },
    ]);
  });

  it('sorts by severity, rule, target and message, whatever order rules run in', () => {
    const error = rule('test/z-error', 'error', ({ report }) => report({ target: { type: 'design' }, messageId: 'plain' }));
    const info = rule('test/a-info', 'info', ({ report }) => report({ target: { type: 'node', id: 'a' }, messageId: 'plain' }));
    const one = runRules(design, [info, perNode, error]);
    const two = runRules(design, [error, perNode, info]);
    expect(one).toEqual(two);
    expect(one.map((f) => f.ruleId)).toEqual(['test/z-error', 'test/per-node', 'test/per-node', 'test/a-info']);
  });

  it('turns a rule that throws into an internal-error finding; the other rules still report', () => {
    const broken = rule('test/broken', 'error', () => {
      throw new Error('boom');
    });
    const findings = runRules(design, [broken, perNode]);
    expect(findings.map((f) => f.ruleId)).toEqual([INTERNAL_ERROR_RULE, 'test/per-node', 'test/per-node']);
    expect(findings[0].message).toContain('test/broken could not run: boom');
    expect(computeScore(findings).deductions.map((d) => d.finding.ruleId)).toEqual(['test/per-node', 'test/per-node']);
  });

  it('applies the preset and per-rule overrides', () => {
    const strict = updateDesign(design, { review: { preset: 'strict', overrides: {} } });
    expect(runRules(strict, [perNode]).map((f) => f.severity)).toEqual(['error', 'error']);
    const off = updateDesign(design, { review: { preset: 'recommended', overrides: { 'test/per-node': 'off' } } });
    expect(runRules(off, [perNode])).toEqual([]);
    const info = updateDesign(design, { review: { preset: 'strict', overrides: { 'test/per-node': 'info' } } });
    expect(runRules(info, [perNode]).map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('marks findings on a node that accepted the risk, with the reason', () => {
    const accepted = makeDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'a', acceptedRisks: [{ rule: 'test/per-node', reason: 'temporary topic' }] },
        { kind: 'kafka-topic', id: 'b' },
      ],
    });
    const findings = runRules(accepted, [perNode]);
    expect(findings.map((f) => f.accepted)).toEqual([{ reason: 'temporary topic' }, undefined]);
  });

  it('leaves unknown placeholders visible instead of dropping them', () => {
    expect(formatMessage('a {known} and {unknown}', { known: 1 })).toBe('a 1 and {unknown}');
  });

  it('gives the same findings and score for the same design, every time', () => {
    const d = makeDesign({
      nodes: [
        { kind: 'producer', id: 'p', kafka: { acks: '0' } },
        { kind: 'kafka-topic', id: 't', replicationFactor: 1, config: { 'min.insync.replicas': 1 } },
        { kind: 'consumer-group', id: 'g', instances: 9 },
      ],
      connections: [
        { from: 'p', to: 't' },
        { from: 't', to: 'g' },
      ],
    });
    const first = computeScore(runRules(d, RULES));
    const again = computeScore(runRules(structuredClone(d), RULES));
    expect(again.overall).toBe(first.overall);
    expect(again.deductions.map((x) => [x.finding.ruleId, x.finding.message])).toEqual(first.deductions.map((x) => [x.finding.ruleId, x.finding.message]));
  });
});

describe('score', () => {
  const findingsOf = (severities: Array<[Rule['meta']['severity'], Rule['meta']['category']]>) =>
    severities.map(([severity, category], i) => ({ ruleId: `r/${i}`, severity, category, message: '', target: { type: 'design' as const } }));

  it('is 100 minus error 20, warning 5, info 1 per category; overall is banded by the worst finding; schema counts as operability', () => {
    const score = computeScore(
      findingsOf([
        ['error', 'delivery'],
        ['warning', 'delivery'],
        ['info', 'schema'],
      ]),
    );
    expect(score.categories).toEqual({ ordering: 100, delivery: 75, durability: 100, 'error-handling': 100, scalability: 100, operability: 99 });
    expect(score.overall).toBe(65); // 69 for the error, 3 for the warning, 1 for the info
    expect(score.deductions.map((d) => d.points)).toEqual([20, 5, 1]);
  });

  it('never goes below zero', () => {
    const all = ['ordering', 'delivery', 'durability', 'error-handling', 'scalability', 'operability'] as const;
    const score = computeScore(findingsOf(all.flatMap((c) => Array.from({ length: 6 }, () => ['error', c] as [Rule['meta']['severity'], Rule['meta']['category']]))));
    expect(score.overall).toBe(0);
    expect(score.categories.ordering).toBe(0);
  });

  it('deducts nothing for accepted risks', () => {
    const [finding] = findingsOf([['error', 'delivery']]);
    expect(computeScore([{ ...finding, accepted: { reason: 'ok' } }]).overall).toBe(100);
  });
});
