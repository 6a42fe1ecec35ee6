/**
 * Processing times are drawn from a lognormal fitted to the p50 and p99 a
 * consumer declares: the median of a lognormal is e^μ, and its p99 is
 * e^(μ + z₀.₉₉ σ). Service times of real handlers are right-skewed and
 * positive, which a lognormal captures with exactly these two numbers.
 */
export const Z_99 = 2.3263478740408408;

export interface Lognormal {
  mu: number;
  sigma: number;
}

/** The lognormal with median `p50` and 99th percentile `p99` (σ = 0 when p99 ≤ p50: a constant time). */
export function fitLognormal(p50: number, p99: number): Lognormal {
  if (!(p50 > 0)) return { mu: -Infinity, sigma: 0 };
  const sigma = p99 > p50 ? (Math.log(p99) - Math.log(p50)) / Z_99 : 0;
  return { mu: Math.log(p50), sigma };
}

/** The mean of a lognormal, e^(μ + σ²/2). */
export function lognormalMean({ mu, sigma }: Lognormal): number {
  return Math.exp(mu + (sigma * sigma) / 2);
}
