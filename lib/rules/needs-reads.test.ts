import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveDesign } from '../brokers/resolve';
import type { Design } from '../design';
import { makeDesign } from '../design/build-design';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { arbMixedDesign, arbRabbitDesign } from '../testing/arbitrary-design';
import { loadCorpus } from '../testing/labelled-corpus';
import { NEEDS_DECLARERS, NEEDS_READS, requirementsAt } from './needs';
import { guardedDesign } from './reads-guard';

/**
 * A design shares the last design's needs when the kinds in NEEDS_READS, the
 * requirements of the kinds in NEEDS_DECLARERS, the connections, the
 * requirements and the nodes' ids, kinds and names are unchanged (needs.ts):
 * so needs must read nothing else of any node beyond id and kind.
 * Each design is copied first, so nothing is shared with an earlier one.
 */
const DECLARATIONS = Object.fromEntries(NEEDS_DECLARERS.map((kind) => [kind, ['requirements']]));

function needsOf(design: Design, guarded: boolean) {
  const resolved = resolveDesign(structuredClone(design));
  const asked = guarded ? guardedDesign(resolved, NEEDS_READS, DECLARATIONS) : resolved;
  return design.nodes.map((node) => requirementsAt(asked, node.id));
}

describe('needs read what NEEDS_READS declares', () => {
  it('on every corpus design', () => {
    for (const entry of loadCorpus().entries) expect(needsOf(entry.design, true), entry.file).toEqual(needsOf(entry.design, false));
  });

  it('on generated designs of every kind', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryDesign({ maxNodes: 14 }), arbMixedDesign(), arbRabbitDesign()), (design) => {
        expect(needsOf(design, true)).toEqual(needsOf(design, false));
      }),
      { numRuns: 200 },
    );
    // Needs of every node, guarded and not, on each design: a minute on a shared machine under load.
  }, 120_000);
});

describe('needs in a dead-letter cycle', () => {
  // Each queue dead-letters into the other: the node asked first misses what comes round the loop.
  const cycle = makeDesign({
    nodes: [
      { kind: 'producer', id: 'orders', requirements: { delivery: 'at-most-once', ordering: 'none' } },
      { kind: 'producer', id: 'payments', requirements: { delivery: 'exactly-once', ordering: 'strict' } },
      { kind: 'sqs-queue', id: 'a' },
      { kind: 'sqs-queue', id: 'b' },
    ],
    connections: [
      { from: 'orders', to: 'a' },
      { from: 'payments', to: 'b' },
      { from: 'a', to: 'b', kind: 'dead-letter' },
      { from: 'b', to: 'a', kind: 'dead-letter' },
    ],
  });

  it('are the same whichever node is asked first, so no rule depends on which rules ran before it', () => {
    const askedFirst = (first: string, second: string) => {
      const design = resolveDesign(structuredClone(cycle));
      const answers = { [first]: requirementsAt(design, first), [second]: requirementsAt(design, second) };
      return { a: answers.a, b: answers.b };
    };
    expect(askedFirst('a', 'b')).toEqual(askedFirst('b', 'a'));
  });
});
