/**
 * The CPU time (ms) this process spends in `run`: hang guards limit the work
 * a call does, which a busy machine (broker tests beside the file) does not
 * change, while it stretches wall time past any limit.
 */
export function cpuMs<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}
