import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS } from './docs-registry';
import { RULES } from './registry';

const root = resolve(__dirname, '..', '..');

/**
 * What the studio loads without being asked: the page, the review engine it
 * imports once idle, and the review worker. Panels behind `next/dynamic` or
 * `import()` (the export dialog, whose Markdown report reads the docs) load
 * when a person opens them, so dynamic imports are not followed.
 */
const STUDIO_ENTRIES = ['app/page.tsx', 'lib/rules/review.ts', 'components/studio/review.worker.ts'];

function resolveModule(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return undefined; // a package
  return ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((p) => existsSync(p) && p.match(/\.tsx?$/));
}

/** The modules an import pulls in at run time: type-only imports and exports are erased, dynamic imports load later. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const allTypes = clause?.isTypeOnly || (!clause?.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly));
      if (!allTypes) out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      out.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** Every module reachable from the entries, each with the chain that reached it. */
function reachable(entries: readonly string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue: Array<[file: string, chain: string[]]> = entries.map((e) => [join(root, e), [e]]);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file, chain] = next;
    const name = relative(root, file);
    if (seen.has(name)) continue;
    seen.set(name, chain);
    for (const specifier of staticImports(file)) {
      const target = resolveModule(file, specifier);
      if (target) queue.push([target, [...chain, relative(root, target)]]);
    }
  }
  return seen;
}

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
