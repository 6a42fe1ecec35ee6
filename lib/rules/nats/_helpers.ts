/**
 * NATS subject matching. A subject is a list of tokens separated by `.`; in a
 * pattern `*` matches exactly one token and `>` (last token only) matches one
 * or more tokens. JetStream refuses overlapping filters on a work-queue stream,
 * and a consumer only receives what its filters match, so several rules need to
 * know whether two patterns can match the same subject.
 */

import { subjectsCollide } from '../../brokers/nats/subjects';

/** Whether any pattern of `a` overlaps any pattern of `b`. */
export function anySubjectOverlap(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => subjectsCollide(x, y)));
}

/** The first subject pair of `a` × `b` that overlaps, for messages. */
export function firstOverlap(a: readonly string[], b: readonly string[]): [string, string] | undefined {
  for (const x of a) for (const y of b) if (subjectsCollide(x, y)) return [x, y];
  return undefined;
}

/** Matches every subject: what a consumer without filter subjects receives of its stream. */
export const ALL_SUBJECTS = '>';
