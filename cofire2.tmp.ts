import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { RULES } from './lib/rules/registry';
import { runRules } from './lib/rules/engine';
import { makeDesign } from './lib/rules/test-design';
import { designFromData, indexGraph, type Design } from './lib/design';
import type { Finding } from './lib/rules/rule';

const designs: Array<[string, Design]> = [];
for (const r of RULES) { try { designs.push([r.meta.id, makeDesign(r.meta.examples.failing)]); } catch {} }
for (const fam of readdirSync('eval/corpus')) for (const f of readdirSync(`eval/corpus/${fam}`)) {
  const doc = parse(readFileSync(`eval/corpus/${fam}/${f}`, 'utf8'));
  const r = designFromData(doc.design, { allowGraphProblems: true }); if (r.ok) designs.push([`${fam}/${f}`, r.design]);
}
const key = (f: Finding) => `${f.ruleId}@${f.target.type === 'design' ? '' : f.target.id}`;
const pairs = new Map<string, { count: number; where: string[] }>();
for (const [name, d] of designs) {
  const g = indexGraph(d);
  const fs = runRules(d, RULES).filter((f) => f.severity !== 'info');
  const nodesOf = (f: Finding, gg = g) => f.target.type === 'node' ? [f.target.id] : f.target.type === 'connection' ? (() => { const c = gg.connectionById.get(f.target.id); return c ? [c.from, c.to] : []; })() : [];
  for (const a of fs) {
    if (!a.fix) continue;
    let after: Finding[];
    try { after = runRules(a.fix.apply(d), RULES); } catch { continue; }
    const still = new Set(after.map(key));
    for (const b of fs) {
      if (b.ruleId === a.ruleId || still.has(key(b))) continue;
      if (!nodesOf(a).some((n) => nodesOf(b).includes(n))) continue;
      const k = `${a.ruleId} fixes ${b.ruleId}`;
      const e = pairs.get(k) ?? { count: 0, where: [] }; e.count++; if (e.where.length < 2) e.where.push(name); pairs.set(k, e);
    }
  }
}
console.log(pairs.size);
for (const [k, v] of [...pairs].sort((a, b) => b[1].count - a[1].count)) console.log(v.count, k, '|', v.where.join(' | '));
