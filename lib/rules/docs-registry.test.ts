import { describe, expect, it } from 'vitest';
import { reachableModules as reachable } from '../testing/module-graph';
import { RULE_DOCS } from './docs-registry';
import { RULES } from './registry';

/**
 * What the studio loads without being asked: the page, the review engine it
 * imports once idle (as soon as the design holds anything), and the review worker. Panels behind `next/dynamic` or
 * `import()` (the export dialog, whose Markdown report reads the docs) load
 * when a person opens them, so dynamic imports are not followed.
 */
const STUDIO_ENTRIES = ['app/page.tsx', 'lib/rules/review.ts', 'components/studio/review.worker.ts'];

describe('the docs registry', () => {
  it('holds docs for exactly the registered rules', () => {
    expect(Object.keys(RULE_DOCS).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('stays out of what the studio loads up front: no rule docs, no examples', () => {
    const modules = reachable(STUDIO_ENTRIES);
    expect(modules.has('lib/rules/registry.ts'), 'the walk reaches the rule registry (else it proves nothing)').toBe(true);
    const docs = [...modules].filter(([name]) => name === 'lib/rules/docs-registry.ts' || name.endsWith('.docs.ts') || name.endsWith('/_examples.ts'));
    expect(docs.map(([, chain]) => chain.join(' → '))).toEqual([]);
  });

  it('is found by the same walk from the Markdown report, which reads it (so the walk can fail)', () => {
    const modules = reachable(['lib/exporters/markdown-report.ts']);
    expect(modules.has('lib/rules/docs-registry.ts')).toBe(true);
    expect(modules.has('lib/rules/kafka/acks-all-for-at-least-once.docs.ts')).toBe(true);
  });
});
