/**
 * Closed forms of the M/M/c queue (Poisson arrivals at rate λ, exponential
 * service at rate μ per server, c servers, one FIFO queue): the simulation is
 * checked against them, and capacity estimates use them.
 */

export interface QueueingResult {
  /** Offered load per server, λ / (cμ). */
  utilisation: number;
  /** Probability an arrival has to wait (Erlang C). */
  probabilityOfWait: number;
  /** Mean time in the queue before service starts. */
  meanWait: number;
  /** Mean time in the system (wait + service). */
  meanTimeInSystem: number;
}

/**
 * Erlang C for c servers at offered traffic a = λ/μ, computed with the
 * Erlang B recurrence (stable for large c, unlike the factorial form).
 */
export function erlangC(servers: number, offeredTraffic: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredTraffic * b) / (k + offeredTraffic * b);
  const rho = offeredTraffic / servers;
  return b / (1 - rho + rho * b);
}

/** M/M/c closed forms; throws when the queue is unstable (utilisation ≥ 1), where no steady state exists. */
export function mmc(arrivalRate: number, serviceRate: number, servers: number): QueueingResult {
  if (!(arrivalRate > 0) || !(serviceRate > 0) || !Number.isInteger(servers) || servers < 1) {
    throw new Error(`M/M/c needs positive rates and a whole number of servers (λ=${arrivalRate}, μ=${serviceRate}, c=${servers})`);
  }
  const offered = arrivalRate / serviceRate;
  const utilisation = offered / servers;
  if (utilisation >= 1) throw new Error(`M/M/${servers} with utilisation ${utilisation.toFixed(3)} has no steady state`);
  const probabilityOfWait = erlangC(servers, offered);
  const meanWait = probabilityOfWait / (servers * serviceRate - arrivalRate);
  return { utilisation, probabilityOfWait, meanWait, meanTimeInSystem: meanWait + 1 / serviceRate };
}
