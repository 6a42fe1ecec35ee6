import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachableModules } from '@/lib/testing/module-graph';

/**
 * What the studio page downloads before anything is asked of it: the modules
 * app/page.tsx reaches through static imports. `npm run bench` measures the
 * bytes (firstload_js_gzip_kb_downloaded); this keeps what was moved out of
 * them from creeping back through a new import.
 */
const page = reachableModules(['app/page.tsx']);
const root = join(__dirname, '..', '..');

function chainsTo(match: (module: string) => boolean): string[] {
  return [...page].filter(([name]) => match(name)).map(([, chain]) => chain.join(' → '));
}

describe('the studio page up front', () => {
  it('reaches the design registry and the blank review (else the walk proves nothing)', () => {
    expect(page.has('lib/design/kinds/index.ts')).toBe(true);
    expect(page.has('lib/rules/blank-review.ts')).toBe(true);
  });

  it('holds no field description of nodes or connections: the node inspector and the JSON Schema load them (design-field-descriptions.ts)', () => {
    expect(chainsTo((name) => name.endsWith('.descriptions.ts') || name === 'lib/design/design-field-descriptions.ts')).toEqual([]);
    const inspector = reachableModules(['components/inspector/selection-inspector.tsx', 'lib/design/json-schema.ts']);
    expect(inspector.has('lib/design/kinds/pubsub-topic.descriptions.ts'), 'the walk finds them where they are used (so it can fail)').toBe(true);
  });

  it('holds no node kind that describes its fields inline with .meta() (they go in <kind>.descriptions.ts)', () => {
    const kinds = [...page.keys()].filter((name) => name.startsWith('lib/design/kinds/'));
    expect(kinds.length).toBeGreaterThan(20);
    expect(kinds.filter((name) => readFileSync(join(root, name), 'utf8').includes('.meta('))).toEqual([]);
  });

  it('shows the template gallery of an empty canvas from its cards, without the templates or the diagram layout (lib/templates/gallery.ts)', () => {
    const emptyStart = reachableModules(['components/templates/empty-start.tsx']);
    expect(emptyStart.has('lib/templates/gallery.ts')).toBe(true);
    const heavy = [...emptyStart].filter(([name]) => name === 'lib/templates/index.ts' || name === 'lib/exporters/diagram-svg.ts' || name === 'lib/layout/layered-layout.ts');
    expect(heavy.map(([, chain]) => chain.join(' → '))).toEqual([]);
  });

  it('holds no node summary nor the broker defaults behind it: the canvas loads them with its first node (node-summary-on-demand.ts)', () => {
    expect(chainsTo((name) => name === 'lib/brokers/node-summary.ts' || name === 'lib/brokers/resolve.ts')).toEqual([]);
    // Nor a broker's own summaries or resolvers, which they join (lib/brokers/<broker>/summary.ts, resolve.ts, resolvers.ts).
    expect(chainsTo((name) => /^lib\/brokers\/([\w-]+\/(summary|resolve)|resolvers)\.ts$/.test(name))).toEqual([]);
    expect(reachableModules(['lib/brokers/node-summary.ts']).has('lib/brokers/kafka/summary.ts'), 'the walk finds them where they are joined (so it can fail)').toBe(true);
    expect(page.has('lib/brokers/node-summary-on-demand.ts'), 'the canvas reaches the loader (so the walk can fail)').toBe(true);
  });

  it('holds no finding row: the findings panel loads it once there is a finding to show', () => {
    expect(page.has('components/findings/findings-panel.tsx'), 'the panel is up front (so the walk can fail)').toBe(true);
    expect(chainsTo((name) => name === 'components/findings/finding-row.tsx')).toEqual([]);
  });

  it('holds no rule: the rules load once the design holds something to review (blank-review.ts)', () => {
    expect(chainsTo((name) => name === 'lib/rules/registry.ts' || name === 'lib/rules/review.ts' || name === 'lib/rules/engine.ts')).toEqual([]);
  });
});
