import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The project's root: module names below are relative to it (`lib/rules/registry.ts`). */
const root = resolve(__dirname, '..', '..');

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

/**
 * Every module of ours reachable from `entries` (paths from the project root)
 * through static imports, each with the chain that reached it: what a bundle
 * holds before any `import()` or `next/dynamic` runs. Packages are not followed.
 */
export function reachableModules(entries: readonly string[]): Map<string, string[]> {
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
