/** Names `uniqueId` never hands out as they are. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `uniqueId` (lib/design/ids.ts) for many ids in a row: the same answers
 * (`base`, else the first free `base-2`, `base-3`, …) but each base's search
 * resumes where it stopped, so a link with ten thousand nodes of the same
 * name costs linear time, not quadratic. Valid because ids are only added:
 * a suffix that was taken stays taken.
 */
export class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  /** The id `uniqueId(base, taken)` gives now. */
  candidate(base: string): string {
    if (!this.taken.has(base) && !RESERVED.has(base)) return base;
    let n = this.next.get(base) ?? 2;
    while (this.taken.has(`${base}-${n}`)) n++;
    this.next.set(base, n);
    return `${base}-${n}`;
  }

  add(id: string): void {
    this.taken.add(id);
  }
}
