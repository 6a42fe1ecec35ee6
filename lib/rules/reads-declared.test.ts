import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedConnectionKinds, NODE_KINDS, type Design } from '../design';
import { makeDesign, type TestDesignInput } from '../design/build-design';
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

/**
 * Every pair of kinds wired by every connection the pair allows, both ways,
 * between a producer and two consumer groups, with the first node in each
 * role: the failure cycles and retry stages generated designs seldom draw.
 */
function pairDesigns(): Design[] {
  const designs: Design[] = [];
  for (const a of NODE_KINDS) {
    for (const b of NODE_KINDS) {
      for (const role of [undefined, 'retry', 'dead-letter']) {
        const nodes = [
          { kind: 'producer', id: 'p' },
          { kind: a, id: 'a', ...(role ? { role } : {}) },
          { kind: b, id: 'b' },
          { kind: 'consumer-group', id: 'g' },
          { kind: 'consumer-group', id: 'h' },
        ];
        const connections = nodes.flatMap((x) =>
          nodes.flatMap((y) => (x === y ? [] : allowedConnectionKinds(x.kind, y.kind).map((kind) => ({ id: `${x.id}-${kind}-${y.id}`, from: x.id, to: y.id, kind })))),
        );
        try {
          designs.push(makeDesign({ nodes, connections } as TestDesignInput));
        } catch {
          // A kind without roles: its design without one is already there.
        }
      }
    }
  }
  return designs;
}

describe('meta.reads', () => {
  it('holds on every pair of kinds wired every way they allow', () => {
    for (const design of pairDesigns()) expectDeclared(design);
  }, 300_000);

  it('holds on every corpus design', () => {
    for (const entry of loadCorpus().entries) expectDeclared(entry.design);
  });

  it('holds on generated designs of every family', () => {
    const arbDesign = fc.oneof(arbitraryDesign({ maxNodes: 16 }), arbMixedDesign(), arbNatsDesign(), arbRabbitDesign(), arbPubsubDesign(), arbArtemisDesign());
    fc.assert(fc.property(arbDesign, expectDeclared), { numRuns: 150 });
    // Every rule, guarded and not, on each design: minutes on a shared machine under load.
  }, 300_000);
});
