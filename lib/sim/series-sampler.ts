import type { SimResult } from './report';
import { round } from './round';
import type { StationState } from './station-state';

/**
 * The run's time series (per station: depth, processed rate, utilisation per
 * sample window) and the first station seen saturating, sampled every
 * `sampleUs` of simulated time.
 */
export class SeriesSampler {
  readonly series: SimResult['series'];
  /** The first station busy ≥ 95 % with a growing backlog, and when. */
  saturated: { station: number; at: number } | null = null;

  constructor(
    stationCount: number,
    readonly sampleUs: number,
  ) {
    this.series = { timesMs: [], depth: [], ratePerS: [], utilisation: [] };
    for (let t = 0; t < stationCount; t++) {
      this.series.depth.push([]);
      this.series.ratePerS.push([]);
      this.series.utilisation.push([]);
    }
  }

  /** Closes the window ending `now`. */
  sample(stations: readonly StationState[], now: number): void {
    const windowS = this.sampleUs / 1_000_000;
    this.series.timesMs.push(round(now / 1000, 0));
    stations.forEach((st, t) => {
      const threads = st.spec.serverConsumer.length;
      const util = threads > 0 ? (st.busyUs - st.lastBusy) / (threads * this.sampleUs) : 0;
      this.series.depth[t].push(Math.round(st.depth));
      this.series.ratePerS[t].push(round((st.processed - st.lastProcessed) / windowS, 1));
      this.series.utilisation[t].push(round(Math.min(1, util), 3));
      if (!this.saturated && threads > 0 && util >= 0.95 && st.depth > st.lastDepth && st.depth > threads) this.saturated = { station: t, at: now };
      if (st.drainedAt < 0 && st.depth <= threads) st.drainedAt = now;
      st.lastBusy = st.busyUs;
      st.lastProcessed = st.processed;
      st.lastDepth = st.depth;
    });
  }
}
