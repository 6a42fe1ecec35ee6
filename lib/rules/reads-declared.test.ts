import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { arbMixedDesign, arbNatsDesign, arbRabbitDesign } from '../testing/arbitrary-design';
import { arbPubsubDesign } from '../testing/arbitrary-pubsub-design';
import { arbArtemisDesign } from '../testing/artemis-arbitrary';
import { loadCorpus } from '../testing/labelled-corpus';
import { undeclaredReads } from './reads-guard';
import { RULES } from './registry';

/**
 * Every rule's `meta.reads` holds beyond its own test cases (RuleTester checks
 * those): on the corpus's designs and on generated designs of every family,
 * no rule reads a node of a kind it does not declare.
 */
function expectDeclared(design: Parameters<typeof undeclaredReads>[1]) {
  for (const rule of RULES) {
    if (!rule.meta.reads) continue;
    const { kinds, sameReports } = undeclaredReads(rule, design);
    expect(kinds, `${rule.meta.id} reads nodes of these kinds: add them to meta.reads`).toEqual([]);
    expect(sameReports, `${rule.meta.id} reports otherwise when held to meta.reads`).toBe(true);
  }
}

describe('meta.reads', () => {
  it('holds on every corpus design', () => {
    for (const entry of loadCorpus().entries) expectDeclared(entry.design);
  });

  it('holds on generated designs of every family', () => {
    const arbDesign = fc.oneof(arbitraryDesign({ maxNodes: 16 }), arbMixedDesign(), arbNatsDesign(), arbRabbitDesign(), arbPubsubDesign(), arbArtemisDesign());
    fc.assert(fc.property(arbDesign, expectDeclared), { numRuns: 150 });
    // Every rule, guarded and not, on each design: minutes on a shared machine under load.
  }, 300_000);
});
