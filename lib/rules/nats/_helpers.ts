/**
 * NATS subject matching. A subject is a list of tokens separated by `.`; in a
 * pattern `*` matches exactly one token and `>` (last token only) matches one
 * or more tokens. JetStream refuses overlapping filters on a work-queue stream,
 * and a consumer only receives what its filters match, so several rules need to
 * know whether two patterns can match the same subject.
 */

/** Whether some concrete subject matches both `a` and `b` (each may contain wildcards). */
export function subjectsOverlap(a: string, b: string): boolean {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; ; i++) {
    const p = x[i];
    const q = y[i];
    // Both patterns ended together: same length, every token compatible.
    if (p === undefined || q === undefined) return p === q;
    // `>` swallows the rest of the other pattern, which has at least this one token left.
    if (p === '>' || q === '>') return true;
    if (p !== '*' && q !== '*' && p !== q) return false;
  }
}

/** Whether any pattern of `a` overlaps any pattern of `b`. */
export function anySubjectOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => subjectsOverlap(x, y)));
}

/** The first subject pair of `a` × `b` that overlaps, for messages. */
export function firstOverlap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  for (const x of a) for (const y of b) if (subjectsOverlap(x, y)) return [x, y];
  return undefined;
}

/** Matches every subject: what a consumer without filter subjects receives of its stream. */
export const ALL_SUBJECTS = '>';
