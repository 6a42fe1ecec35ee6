/**
 * How a producer's rate moves over the day: the one home of the daily
 * traffic curve for the simulation (arrivals by thinning, the fluid part's
 * injection), its capacity figures and the review's capacity rules (which
 * size for the peak).
 *
 * A producer's declared rate is its mean over the day. Steady traffic stays
 * at it; a daily curve is a sinusoid with its busiest hour at `peakHour`
 * (UTC) and a declared ratio of the busiest rate to the quietest,
 * `peakToTrough` = R: rate(h) = mean × (1 + a cos(2π (h − peakHour) / 24))
 * with amplitude a = (R − 1) / (R + 1), so the day's mean stays the declared
 * rate and the peak is mean × (1 + a) = mean × 2R / (R + 1).
 */
export interface TrafficCurve {
  pattern: 'steady' | 'daily';
  /** Busiest rate over quietest (daily), at least 1. */
  peakToTrough: number;
  /** Hour of the day (UTC, 0–24) the rate peaks at (daily). */
  peakHour: number;
}

export const STEADY: TrafficCurve = { pattern: 'steady', peakToTrough: 1, peakHour: 0 };

/** The sinusoid's amplitude a (0 for steady traffic). */
export function dailyAmplitude(curve: TrafficCurve | undefined): number {
  if (!curve || curve.pattern !== 'daily' || !(curve.peakToTrough > 1)) return 0;
  return (curve.peakToTrough - 1) / (curve.peakToTrough + 1);
}

/** The rate at `hourOfDay` over the mean: 1 + a cos(2π (h − peakHour) / 24). */
export function rateFactorAt(amplitude: number, peakHour: number, hourOfDay: number): number {
  return amplitude === 0 ? 1 : 1 + amplitude * Math.cos((2 * Math.PI * (hourOfDay - peakHour)) / 24);
}

/** The busiest rate over the mean (1 for steady traffic): what capacity must be sized for. */
export function peakFactor(curve: TrafficCurve | undefined): number {
  return peakOverMean(dailyAmplitude(curve));
}

/** The busiest rate over the mean of a curve of amplitude `a`: 1 + a. */
export function peakOverMean(amplitude: number): number {
  return 1 + amplitude;
}
