import { describe, expect, it } from 'vitest';
import { designFromData } from '../lib/design';
import { defineRule, type Report } from '../lib/rules';
import type { CorpusEntry } from '../lib/testing/labelled-corpus';
import { scoreDesign, tally } from './score';

/** A stand-in rule that reports exactly what a test asks, so scoring is tested apart from the real rules. */
function stubRule(id: string, severity: 'error' | 'warning' | 'info', reports: Report[]) {
  return defineRule({
    meta: {
      id,
      category: 'delivery',
      severity,
      summary: 'stub',
      messages: { m: 'stub' },
    },
    check: ({ report }) => reports.forEach(report),
  });
}

const design = (() => {
  const read = designFromData({
    queuewright: 2,
    nodes: [
      { kind: 'producer', id: 'p', name: 'p' },
      { kind: 'kafka-topic', id: 't', name: 't' },
    ],
    connections: [{ id: 'c', kind: 'publish', from: 'p', to: 't' }],
  });
  if (!read.ok) throw new Error('test design does not parse');
  return read.design;
})();

function entry(mustFire: CorpusEntry['mustFire'], mustNotFire: CorpusEntry['mustNotFire'] = []): CorpusEntry {
  return { name: 'kafka/test', family: 'kafka', file: 'test.yaml', about: '', sources: [], design, mustFire, mustNotFire };
}

const rules = [
  stubRule('x/node', 'error', [{ target: { type: 'node', id: 'p' }, messageId: 'm' }]),
  stubRule('x/connection', 'warning', [{ target: { type: 'connection', id: 'c' }, messageId: 'm' }]),
  stubRule('x/design', 'warning', [{ target: { type: 'design' }, messageId: 'm' }]),
  stubRule('x/advice', 'info', [{ target: { type: 'node', id: 't' }, messageId: 'm' }]),
];

describe('scoring', () => {
  it('matches a finding to a label by rule id and target, design findings by an omitted target', () => {
    const score = scoreDesign(entry([{ rule: 'x/node', target: 'p' }, { rule: 'x/connection', target: 'c' }, { rule: 'x/design' }]), rules);
    expect(score.misses).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(tally([score])).toMatchObject({ items: 3, matchedItems: 3, findings: 3, matchedFindings: 3, recall: 1, precision: 1 });
  });

  it('ignores info findings, counts a missing/ label as a miss, and reports unexpected findings as false positives and sprung traps', () => {
    const score = scoreDesign(
      entry(
        [
          { rule: 'x/node', target: 'p' },
          { rule: 'missing/new-rule', target: 't', why: 'no rule yet' },
          { rule: 'x/node', target: 't' },
        ],
        [{ rule: 'x/design', why: 'not a defect' }],
      ),
      rules,
    );
    expect(score.misses.map((m) => `${m.rule} ${m.target}`)).toEqual(['missing/new-rule t', 'x/node t']);
    expect(score.falsePositives.map((f) => f.ruleId)).toEqual(['x/connection', 'x/design']);
    expect(score.trapsSprung.map((t) => t.finding.ruleId)).toEqual(['x/design']);
    expect(tally([score])).toMatchObject({ items: 3, matchedItems: 1, findings: 3, matchedFindings: 1, trapsSprung: 1 });
  });

  it('counts a clean design with no findings as perfect', () => {
    expect(tally([scoreDesign(entry([]), [])])).toMatchObject({ recall: 1, precision: 1 });
  });
});
