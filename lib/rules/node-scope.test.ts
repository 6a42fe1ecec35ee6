import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodesOfKind, type Design } from '../design';
import { makeDesign } from '../design/build-design';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { arbMixedDesign, arbNatsDesign, arbRabbitDesign } from '../testing/arbitrary-design';
import { arbPubsubDesign } from '../testing/arbitrary-pubsub-design';
import { arbArtemisDesign } from '../testing/artemis-arbitrary';
import { loadCorpus } from '../testing/labelled-corpus';
import { runRules } from './engine';
import { nodeScopeBreaches } from './node-scope-guard';
import { RULES } from './registry';
import { defineRule, type Rule, type RuleContext } from './rule';

/**
 * `meta.scope: 'node'` (node-scope.ts) holds beyond each rule's own cases
 * (RuleTester checks those), and the engine checks again only the nodes an
 * edit replaced.
 */

const NODE_SCOPED = RULES.filter((rule) => rule.meta.scope === 'node');

function expectNodeScoped(design: Design) {
  for (const rule of NODE_SCOPED) expect(nodeScopeBreaches(rule, design), rule.meta.id).toEqual([]);
}

/** `rule` with every check's design size recorded in `seen`. */
function counted(rule: Rule, seen: number[]): Rule {
  return { meta: rule.meta, check: (context: RuleContext) => (seen.push(context.design.nodes.length), rule.check(context)) };
}

describe('node-scoped rules', () => {
  it('exist: the engine has rules to check node by node', () => {
    expect(NODE_SCOPED.length).toBeGreaterThan(10);
  });

  it('report on every corpus design what they report on its nodes alone', () => {
    for (const entry of loadCorpus().entries) expectNodeScoped(entry.design);
  });

  it('report on generated designs of every family what they report on their nodes alone', () => {
    const arbDesign = fc.oneof(arbitraryDesign({ maxNodes: 16 }), arbMixedDesign(), arbNatsDesign(), arbRabbitDesign(), arbPubsubDesign(), arbArtemisDesign());
    fc.assert(fc.property(arbDesign, expectNodeScoped), { numRuns: 150 });
  }, 120_000);

  it('a rule that reads another node is no node-scoped rule: the guard says where', () => {
    // Claims node scope, but judges a topic by the other topics of the design.
    const crowded = defineRule({
      meta: { id: 'test/crowded', category: 'operability', severity: 'info', summary: 'test', messages: { m: 'crowded' }, reads: ['kafka-topic'], scope: 'node' },
      check({ design, report }) {
        const topics = nodesOfKind(design, 'kafka-topic');
        if (topics.length > 1) for (const t of topics) report({ target: { type: 'node', id: t.id }, messageId: 'm' });
      },
    });
    const design = makeDesign({
      nodes: [
        { kind: 'kafka-topic', id: 'a' },
        { kind: 'kafka-topic', id: 'b' },
      ],
    });
    expect(nodeScopeBreaches(crowded, design)).toHaveLength(2);
  });

  it('after an edit of one node, are checked again on that node alone, and find what a fresh review finds', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'producer', id: 'p' },
        { kind: 'kafka-topic', id: 't1' },
        { kind: 'kafka-topic', id: 't2', config: { 'min.compaction.lag.ms': 5 } },
        { kind: 'kafka-topic', id: 't3' },
        { kind: 'consumer-group', id: 'g' },
      ],
      connections: [
        { from: 'p', to: 't1' },
        { from: 't1', to: 'g' },
      ],
    });
    const seen: number[] = [];
    const rules = NODE_SCOPED.map((rule) => counted(rule, seen));
    runRules(design, rules);
    const topic = design.nodes.find((n) => n.id === 't3')!;
    const edited: Design = { ...design, nodes: design.nodes.map((n) => (n === topic ? { ...topic, notes: 'edited', name: 'bad name!' } : n)) };
    seen.length = 0;
    const findings = runRules(edited, rules);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([1]));
    const comparable = (list: typeof findings) => list.map((f) => ({ ...f, fix: f.fix?.label }));
    expect(comparable(findings)).toEqual(comparable(runRules(structuredClone(edited), NODE_SCOPED)));
    expect(findings.some((f) => f.target.type === 'node' && f.target.id === 't3')).toBe(true);
  });
});
