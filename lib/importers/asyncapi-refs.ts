import { isRecord } from './builder';

/**
 * Local `$ref` resolution for AsyncAPI documents, bounded so that hostile
 * input cannot hang or blow up the import: reference chains are followed at
 * most `MAX_HOPS` times, cycles are cut, and a deep copy with references
 * resolved stops after a node budget (a "billion laughs" made of `$ref`s
 * expands to nothing more than the budget). External references (other
 * files, URLs) are never fetched: the import sends no traffic anywhere.
 *
 * `@asyncapi/parser` is not used here: it is asynchronous (the Importer
 * contract is synchronous), it may fetch remote `$ref`s, and it refuses
 * documents with any validation error, while an import should bring in what
 * it can and report the rest.
 */

const MAX_HOPS = 32;
/** Nodes copied by all `resolveDeep` calls of one import together, and by one call. */
const DEFAULT_BUDGET = 100_000;
const CALL_BUDGET = 20_000;

export type RefProblem = { ref: string; kind: 'external' | 'missing' | 'cycle' | 'budget' };

export class RefResolver {
  private budget: number;
  readonly problems: RefProblem[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly root: unknown,
    budget = DEFAULT_BUDGET,
  ) {
    this.budget = budget;
  }

  /** Follows `$ref` until a value that is not a reference; undefined when it cannot be resolved. */
  deref(value: unknown): unknown {
    let current = value;
    const visited = new Set<string>();
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const ref = refOf(current);
      if (ref === undefined) return current;
      if (visited.has(ref)) {
        this.problem(ref, 'cycle');
        return undefined;
      }
      visited.add(ref);
      if (!ref.startsWith('#')) {
        this.problem(ref, 'external');
        return undefined;
      }
      const target = this.pointer(ref);
      if (target === undefined) {
        this.problem(ref, 'missing');
        return undefined;
      }
      current = target;
    }
    this.problem(String(refOf(current)), 'cycle');
    return undefined;
  }

  /** The value a local JSON pointer (`#/a/b`) names, or undefined. */
  pointer(ref: string): unknown {
    if (ref === '#' || ref === '#/') return this.root;
    if (!ref.startsWith('#/')) return undefined;
    let current: unknown = this.root;
    for (const raw of ref.slice(2).split('/')) {
      let key: string;
      try {
        key = decodeURIComponent(raw);
      } catch {
        key = raw;
      }
      key = key.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(current)) {
        if (!/^\d+$/.test(key)) return undefined;
        current = current[Number(key)];
      } else if (isRecord(current) && Object.hasOwn(current, key)) current = current[key];
      else return undefined;
    }
    return current;
  }

  /**
   * A copy of `value` with local references resolved, for storing a schema as
   * a standalone text. A reference to a place inside `value` itself becomes a
   * reference relative to it (`#/definitions/A`, `#`), so a self-contained
   * schema comes back as it was written; references elsewhere in the
   * document are copied in. References that cannot be resolved (external,
   * cyclic, over budget) stay as `{ "$ref": … }`.
   */
  resolveDeep(value: unknown): unknown {
    let callBudget = CALL_BUDGET;
    const root = this.deref(value);
    if (root === undefined) return value;
    // Where each object inside the root sits, as a JSON pointer relative to it.
    const inside = new Map<object, string>();
    const index: Array<{ node: unknown; pointer: string; depth: number }> = [{ node: root, pointer: '', depth: 0 }];
    while (index.length > 0 && inside.size < CALL_BUDGET) {
      const { node, pointer, depth } = index.pop()!;
      if (node === null || typeof node !== 'object' || inside.has(node) || depth > 64) continue;
      inside.set(node, pointer);
      const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node as Record<string, unknown>);
      for (const [k, v] of entries) index.push({ node: v, pointer: `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth: depth + 1 });
    }
    const walk = (node: unknown, stack: Set<string>, depth: number): unknown => {
      if (this.budget <= 0 || callBudget <= 0) {
        this.problem('', 'budget');
        return null;
      }
      this.budget--;
      callBudget--;
      if (node === null || typeof node !== 'object' || depth > 64) return node;
      const ref = refOf(node);
      if (ref !== undefined) {
        if (!ref.startsWith('#')) {
          this.problem(ref, 'external');
          return { $ref: ref };
        }
        const target = this.pointer(ref);
        if (target === undefined) {
          this.problem(ref, 'missing');
          return { $ref: ref };
        }
        if (target !== null && typeof target === 'object' && inside.has(target)) return { $ref: `#${inside.get(target)}` };
        if (stack.has(ref)) return { $ref: ref };
        stack.add(ref);
        const out = walk(target, stack, depth + 1);
        stack.delete(ref);
        return out;
      }
      if (Array.isArray(node)) return node.map((item) => walk(item, stack, depth + 1));
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) if (k !== '__proto__') out[k] = walk(v, stack, depth + 1);
      return out;
    };
    return walk(root, new Set(), 0);
  }

  private problem(ref: string, kind: RefProblem['kind']): void {
    const key = `${kind}:${ref}`;
    if (this.seen.has(key) || this.problems.length >= 100) return;
    this.seen.add(key);
    this.problems.push({ ref, kind });
  }
}

export function refOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

/** `#/channels/a~1b` → `a/b` when the pointer names a direct child of `#/<section>`. */
export function childOf(ref: string | undefined, section: string): string | undefined {
  if (!ref) return undefined;
  const prefix = `#/${section}/`;
  if (!ref.startsWith(prefix)) return undefined;
  const rest = ref.slice(prefix.length);
  if (rest.includes('/')) return undefined;
  let key = rest;
  try {
    key = decodeURIComponent(rest);
  } catch {
    // keep as is
  }
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Deep merge for traits: `base` first, `over` wins. Bounded by the data's own depth (≤ 64). */
export function mergeTraits(base: unknown, over: unknown): unknown {
  if (!isRecord(base) || !isRecord(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) if (k !== '__proto__') out[k] = Object.hasOwn(out, k) ? mergeTraits(out[k], v) : v;
  return out;
}
