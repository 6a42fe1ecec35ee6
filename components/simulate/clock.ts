/** Simulated time as a clock reads it: `m:ss`, or `h:mm:ss` past an hour. */
export function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** A latency: milliseconds below ten seconds, seconds below ten minutes, then a clock. */
export function latency(ms: number): string {
  if (ms < 10_000) return `${ms} ms`;
  if (ms < 600_000) return `${(ms / 1000).toFixed(1)} s`;
  return clock(ms);
}
