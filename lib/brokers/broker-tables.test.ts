import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOLVERS } from './resolvers';

/**
 * Each broker keeps its resolvers in `<broker>/resolve.ts` and its summaries
 * in `<broker>/summary.ts`, one table each; resolvers.ts and node-summary.ts
 * join them. The compiler names a kind with no summary, but not a broker's
 * resolvers left out of the join (a kind may have none), nor two tables
 * claiming one kind (the later spread wins): this finds every table by folder.
 */

const here = __dirname;
const FOLDERS = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

async function tablesIn(file: 'resolve' | 'summary', suffix: string): Promise<Array<{ folder: string; name: string; table: Record<string, unknown> }>> {
  const found = [];
  for (const folder of FOLDERS.filter((f) => existsSync(join(here, f, `${file}.ts`)))) {
    const module = (await import(`./${folder}/${file}.ts`)) as Record<string, unknown>;
    const tables = Object.entries(module).filter(([name]) => name.endsWith(suffix));
    expect(
      tables.map(([name]) => name),
      `${folder}/${file}.ts exports one table named *${suffix}`,
    ).toHaveLength(1);
    const [name, table] = tables[0];
    found.push({ folder, name, table: table as Record<string, unknown> });
  }
  return found;
}

function claimedTwice(tables: Array<{ name: string; table: Record<string, unknown> }>): string[] {
  const owner = new Map<string, string>();
  const twice: string[] = [];
  for (const { name, table } of tables) {
    for (const kind of Object.keys(table)) {
      if (owner.has(kind)) twice.push(`${kind}: ${owner.get(kind)} and ${name}`);
      else owner.set(kind, name);
    }
  }
  return twice;
}

describe("the brokers' tables", () => {
  it('joins every resolve.ts table into RESOLVERS, each kind from the one table that owns it', async () => {
    const tables = await tablesIn('resolve', '_RESOLVERS');
    expect(tables.map((t) => t.folder)).toEqual(expect.arrayContaining(['kafka', 'servicebus', 'services']));
    expect(claimedTwice(tables)).toEqual([]);
    const joined = RESOLVERS as Record<string, unknown>;
    for (const { name, table } of tables) {
      for (const [kind, resolver] of Object.entries(table)) expect(joined[kind], `${name}['${kind}'] in RESOLVERS (resolvers.ts)`).toBe(resolver);
    }
    expect(Object.keys(joined).sort()).toEqual(tables.flatMap((t) => Object.keys(t.table)).sort());
  });

  it('gives each kind its summary from one summary.ts table', async () => {
    const tables = await tablesIn('summary', '_SUMMARIES');
    expect(tables.map((t) => t.folder)).toEqual(expect.arrayContaining(['kafka', 'servicebus', 'services']));
    expect(claimedTwice(tables)).toEqual([]);
  });
});
