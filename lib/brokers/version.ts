/**
 * Versions of clients and brokers as designs write them (`3.7`, `2.2.4`,
 * `4.1.1-rc1`). An undeclared version is read as a current release: defaults
 * tables then give today's behaviour and say "version not declared".
 */

/** `3.7.1` → [3, 7, 1]; anything that is not a dotted number reads as missing parts (0). */
export function parseVersion(version: string): number[] {
  return version.split(/[.-]/).map((part) => {
    const n = Number.parseInt(part, 10);
    return Number.isNaN(n) ? 0 : n;
  });
}

/** Compares two dotted versions part by part: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether `version` is at least `minimum`; an undeclared version is a current release, so it is. */
export function atLeast(version: string | undefined, minimum: string): boolean {
  return version === undefined || compareVersions(version, minimum) >= 0;
}
