import { lognormalMean } from './lognormal';
import type { Network } from './network';
import { propagateRates } from './rate-propagation';

/**
 * About the most messages each station will hold at once over a run: its
 * backlog's growth where arrivals outrun its threads (rate in minus threads
 * over mean processing time, for the whole run), plus a message in hand per
 * thread. The engine reserves its message arrays for their sum,
 * so that a backlog of millions is not copied into ever larger arrays.
 * `simulated` says which stations run message by message (0 for the others).
 * Rates are those the stations receive (realisedRates), not the offered load:
 * behind a consumer that cannot keep up, the next topic only gets what it processes.
 */
export function expectedBacklogs(network: Network, simulated: (station: number) => boolean, durationS: number): Float64Array {
  const rates = realisedRates(network);
  return Float64Array.from(network.stations, (spec, t) => {
    if (!simulated(t)) return 0;
    const drain = spec.serverConsumer.reduce((sum, g) => sum + 1000 / lognormalMean(network.consumers[g].processing), 0);
    return Math.max(0, rates[t] - drain) * durationS + spec.serverConsumer.length;
  });
}

/**
 * Messages per second into each station when each consumer publishes onward
 * at most what its threads process (all its threads, over every channel it
 * reads, at the mean processing time): the offered rates of stationRates
 * throttled by the slowest consumer upstream. Throttling one consumer lowers
 * what the next receives, and so raises the share the next passes on: the
 * shares are found by alternating passes, whose every second pass is an upper
 * bound on the rates (more passed on upstream never means less downstream)
 * that only tightens; a chain settles in about its depth in pairs of passes.
 * The estimate only sizes memory, so an upper bound after 8 pairs will do.
 */
export function realisedRates(network: Network): number[] {
  const { stations, consumers } = network;
  const capacity = new Float64Array(consumers.length);
  for (const s of stations) for (const g of s.serverConsumer) capacity[g] += 1000 / lognormalMean(consumers[g].processing);
  const passOnAt = (rates: readonly number[]) => {
    const input = new Float64Array(consumers.length);
    stations.forEach((s, t) => s.consumers.forEach((g) => (input[g] += rates[t] / s.consumers.length)));
    return Float64Array.from(input, (r, g) => (r > capacity[g] ? capacity[g] / r : 1));
  };
  let upper = propagateRates(network).rates;
  for (let pair = 0; pair < 8; pair++) {
    const lower = propagateRates(network, 'mean', passOnAt(upper)).rates;
    const next = propagateRates(network, 'mean', passOnAt(lower)).rates;
    const settled = next.every((r, t) => Math.abs(r - upper[t]) <= 1e-9 * Math.max(1, upper[t]));
    upper = next;
    if (settled) break;
  }
  return upper;
}
