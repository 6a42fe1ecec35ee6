import type { RabbitmqPolicy } from '../design';

/**
 * Which policy RabbitMQ applies to a queue or an exchange
 * (`rabbit_policy:match/2`): of the policies of its vhost whose `apply-to`
 * covers it and whose pattern matches its name, the one of highest priority.
 * The import uses it to tell what each queue gets, the exports to write only
 * what a queue has beyond its policies.
 */

export type PolicyTarget = { vhost: string; name: string } & ({ kind: 'exchange' } | { kind: 'queue'; queueType: 'classic' | 'quorum' | 'stream' | string });

/** Whether a policy's `apply-to` covers a queue of `queueType`, or an exchange. */
export function appliesTo(applyTo: string, target: PolicyTarget): boolean {
  if (applyTo === 'all') return true;
  if (target.kind === 'exchange') return applyTo === 'exchanges';
  if (applyTo === 'queues') return true;
  const type = target.queueType;
  return (applyTo === 'classic_queues' && type === 'classic') || (applyTo === 'quorum_queues' && type === 'quorum') || (applyTo === 'streams' && type === 'stream');
}

/** A policy with its pattern compiled once (`regex` is undefined when the pattern is not one the import evaluates). */
export interface CompiledPolicy<P extends Pick<RabbitmqPolicy, 'vhost' | 'pattern' | 'applyTo' | 'priority'> = RabbitmqPolicy> {
  policy: P;
  regex?: RegExp;
}

export function compilePolicies<P extends Pick<RabbitmqPolicy, 'vhost' | 'pattern' | 'applyTo' | 'priority'>>(policies: readonly P[]): Array<CompiledPolicy<P>> {
  return policies.map((policy) => {
    const compiled = safeRegex(policy.pattern);
    return { policy, regex: compiled.ok ? compiled.regex : undefined };
  });
}

/** The policy that applies to `target`: the highest priority among the matching ones (the first of equals). */
export function effectivePolicy<P extends Pick<RabbitmqPolicy, 'vhost' | 'pattern' | 'applyTo' | 'priority'>>(policies: ReadonlyArray<CompiledPolicy<P>>, target: PolicyTarget): P | undefined {
  let best: P | undefined;
  for (const { policy, regex } of policies) {
    if (policy.vhost !== target.vhost || !regex || !appliesTo(policy.applyTo, target)) continue;
    if (best && policy.priority <= best.priority) continue;
    if (regex.test(target.name)) best = policy;
  }
  return best;
}

/**
 * Compiles a policy pattern (Erlang PCRE; JavaScript regexes agree on the
 * common subset) unless it could backtrack for long: patterns longer than
 * 1000 characters, back-references, quantified groups that contain a
 * quantifier or an alternation, and more than two unbounded quantifiers are
 * refused. Names are at most 255 characters, so what remains runs fast.
 */
export function safeRegex(pattern: string): { ok: true; regex: RegExp } | { ok: false; reason: string } {
  if (pattern.length > 1000) return { ok: false, reason: 'is longer than 1000 characters' };
  // Escapes are read pairwise, so `\\1` (a backslash, then 1) is not taken for a back-reference.
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') continue;
    const next = pattern[i + 1] ?? '';
    if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) return { ok: false, reason: 'uses back-references, which the import does not evaluate' };
    i++;
  }
  if (/\(\?[<]?[=!]/.test(pattern)) return { ok: false, reason: 'uses look-around, which the import does not evaluate' };
  // Strip escapes and character classes, then look at the structure.
  const plain = pattern.replace(/\\./g, 'x').replace(/\[(?:\\.|[^\]\\])*\]/g, 'x');
  const unbounded = (plain.match(/[*+]|\{\d*,\}/g) ?? []).length;
  if (unbounded > 2) return { ok: false, reason: 'has more than two unbounded repetitions and could take too long to evaluate' };
  const stack: Array<{ risky: boolean }> = [];
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i];
    if (ch === '(') stack.push({ risky: false });
    else if (ch === ')') {
      const group = stack.pop();
      const next = plain[i + 1];
      const quantified = next === '*' || next === '+' || next === '{' || next === '?';
      if (group?.risky && quantified && next !== '?') return { ok: false, reason: 'repeats a group that itself repeats or alternates (it could take too long to evaluate)' };
      if (group?.risky && stack.length > 0) stack[stack.length - 1].risky = true;
      if (quantified && stack.length > 0) stack[stack.length - 1].risky = true;
    } else if ((ch === '*' || ch === '+' || ch === '{' || ch === '|') && stack.length > 0) stack[stack.length - 1].risky = true;
  }
  try {
    return { ok: true, regex: new RegExp(pattern.replace(/\(\?i\)/g, '')) };
  } catch {
    return { ok: false, reason: 'is not a valid regular expression' };
  }
}
