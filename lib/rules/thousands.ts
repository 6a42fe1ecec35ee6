/**
 * `12000` → `12,000`, as finding messages write counts. Not toLocaleString:
 * its first call loads the locale data, which costs the command line about
 * 14 ms of its start, and messages must read the same on every machine.
 */
export function thousands(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
