const US_PER_HOUR = 3_600_000_000;

/** The hour of the simulated day at `us` µs into a run: a run starts at midnight UTC (daily traffic curves peak by the clock). */
export function hourOfDay(us: number): number {
  return (us / US_PER_HOUR) % 24;
}
