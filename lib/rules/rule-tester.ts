import { describe, expect, it } from 'vitest';
import { resolveDesign, settingSources } from '../brokers/resolve';
import type { Design } from '../design';
import { docsOf } from './docs-registry';
import { runRules } from './engine';
import { nodeScopeBreaches } from './node-scope-guard';
import { undeclaredReads } from './reads-guard';
import type { Finding, Rule } from './rule';
import { makeDesign, type TestDesignInput } from '../design/build-design';

export interface ValidCase {
  name: string;
  design: TestDesignInput;
}

export interface ExpectedFinding {
  /** Id of the node or connection the finding targets; omit for design-level findings. */
  target?: string;
  /** A fragment the message must contain. */
  messageIncludes?: string;
}

export interface InvalidCase {
  name: string;
  design: TestDesignInput;
  /** The findings the rule must report, in the engine's order. */
  findings: ExpectedFinding[];
  /**
   * For a rule with a fix: what the design looks like after every fix was
   * applied: deep-partials of nodes and connections by id, and of the design.
   * The fixed design must then pass the rule.
   */
  output?: FixedDesign;
}

export interface FixedDesign {
  nodes?: Record<string, Record<string, unknown>>;
  connections?: Record<string, Record<string, unknown>>;
  design?: Record<string, unknown>;
}

const MAX_FIX_ROUNDS = 20;

function expectFixed(fixed: Design, output: FixedDesign) {
  for (const [id, partial] of Object.entries(output.nodes ?? {})) {
    expect(
      fixed.nodes.find((n) => n.id === id),
      `node ${id}`,
    ).toMatchObject(partial);
  }
  for (const [id, partial] of Object.entries(output.connections ?? {})) {
    expect(
      fixed.connections.find((c) => c.id === id),
      `connection ${id}`,
    ).toMatchObject(partial);
  }
  if (output.design) expect(fixed).toMatchObject(output.design);
}

const NESTED_SETTINGS = ['kafka.', 'rabbitmq.', 'nats.', 'config.', 'settings.'];

/** The effective value at a settings path (`kafka.acks`, `config.retention.ms`, `partitions`). */
function settingAt(node: object | undefined, path: string): unknown {
  const prefix = NESTED_SETTINGS.find((p) => path.startsWith(p));
  const record = node as Record<string, unknown> | undefined;
  if (!prefix) return record?.[path];
  return (record?.[prefix.slice(0, -1)] as Record<string, unknown> | undefined)?.[path.slice(prefix.length)];
}

/**
 * Settings a fix wrote into the design although their effective value did not
 * change, e.g. by spreading the resolved settings back into the node: a fix
 * makes explicit only what it sets, or the design would claim what the user
 * never chose.
 */
export function needlesslySet(before: Design, after: Design): string[] {
  const found: string[] = [];
  const resolvedBefore = resolveDesign(before);
  const resolvedAfter = resolveDesign(after);
  for (const node of after.nodes) {
    const old = resolvedBefore.nodes.find((n) => n.id === node.id);
    if (!old) continue;
    const now = resolvedAfter.nodes.find((n) => n.id === node.id);
    const sourcesBefore = settingSources(before, node.id);
    for (const [path, source] of settingSources(after, node.id)) {
      if (source.origin !== 'design' || sourcesBefore.get(path)?.origin === 'design') continue;
      if (JSON.stringify(settingAt(old, path)) === JSON.stringify(settingAt(now, path))) found.push(`${node.id}: ${path}`);
    }
  }
  return found;
}

/** Applies fixes one at a time until the rule reports nothing fixable; each fix writes only what it changes. */
export function applyAllFixes(rule: Rule, design: Design): Design {
  let current = design;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const fixable = runRules(current, [rule]).find((f) => f.fix);
    if (!fixable) return current;
    const next = fixable.fix!.apply(current);
    expect(needlesslySet(current, next), `"${fixable.fix!.label}" made settings explicit without changing them`).toEqual([]);
    current = next;
  }
  throw new Error(`${rule.meta.id}: fixes did not converge in ${MAX_FIX_ROUNDS} rounds`);
}

/** The rule reads no node kind it leaves out of `meta.reads` (reads-guard.ts), and finds the same when held to it; a node-scoped rule finds on each node alone what it finds on the whole (node-scope-guard.ts). */
function expectReadsDeclared(rule: Rule, design: Design) {
  expect(nodeScopeBreaches(rule, design), `${rule.meta.id} is not node-scoped (meta.scope)`).toEqual([]);
  if (!rule.meta.reads) return;
  const { kinds, sameReports } = undeclaredReads(rule, design);
  expect(kinds, `${rule.meta.id} reads nodes of these kinds: add them to meta.reads`).toEqual([]);
  expect(sameReports, `${rule.meta.id} reports otherwise when held to meta.reads`).toBe(true);
}

function describeTarget(f: Finding): string | undefined {
  return f.target.type === 'design' ? undefined : f.target.id;
}

/**
 * ESLint-style rule tests: valid designs report nothing, invalid ones report
 * exactly the expected findings, fixes leave a design the rule accepts, and
 * the rule's documented examples (from its `.docs.ts`, through the docs
 * registry) behave as documented. A rule needs sources, at least one valid
 * and one invalid case.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('is documented with sources, and tested with valid and invalid cases', () => {
      const docs = docsOf(rule.meta.id);
      expect(docs, `${rule.meta.id} has an entry in docs-registry.ts`).toBeDefined();
      expect(docs!.sources.length, 'sources').toBeGreaterThan(0);
      expect(cases.valid.length, 'valid cases').toBeGreaterThan(0);
      expect(cases.invalid.length, 'invalid cases').toBeGreaterThan(0);
    });

    it('reports on its documented failing example and not on its passing one', () => {
      const { examples } = docsOf(rule.meta.id)!;
      expect(runRules(makeDesign(examples.failing), [rule]).length).toBeGreaterThan(0);
      expect(runRules(makeDesign(examples.passing), [rule])).toEqual([]);
      expectReadsDeclared(rule, makeDesign(examples.failing));
      expectReadsDeclared(rule, makeDesign(examples.passing));
    });

    for (const valid of cases.valid) {
      it(`valid: ${valid.name}`, () => {
        const design = makeDesign(valid.design);
        const findings = runRules(design, [rule]);
        expect(findings.map((f) => f.message)).toEqual([]);
        expectReadsDeclared(rule, design);
      });
    }

    for (const invalid of cases.invalid) {
      it(`invalid: ${invalid.name}`, () => {
        // As ESLint's tester: a case that expects no finding is a valid one, and listing it here would let the rule fall silent unnoticed.
        expect(invalid.findings.length, 'an invalid case expects at least one finding').toBeGreaterThan(0);
        const design = makeDesign(invalid.design);
        const findings = runRules(design, [rule]);
        expect(findings.map(describeTarget)).toEqual(invalid.findings.map((f) => f.target));
        invalid.findings.forEach((expected, i) => {
          if (expected.messageIncludes) expect(findings[i].message).toContain(expected.messageIncludes);
          expect(findings[i].ruleId).toBe(rule.meta.id);
        });
        expectReadsDeclared(rule, design);
        if (findings.some((f) => f.fix)) {
          const fixed = applyAllFixes(rule, design);
          expect(runRules(fixed, [rule]).filter((f) => f.fix)).toEqual([]);
          if (findings.every((f) => f.fix)) expect(runRules(fixed, [rule])).toEqual([]);
          if (invalid.output) expectFixed(fixed, invalid.output);
        } else if (invalid.output) {
          throw new Error('This case names a fixed design, but the rule offered no fix');
        }
      });
    }
  });
}
