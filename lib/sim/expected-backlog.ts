import { lognormalMean } from './lognormal';
import type { Network } from './network';

/**
 * About the most messages each station will hold at once over a run: its
 * backlog's growth where arrivals outrun its threads (rate in minus threads
 * over mean processing time, for the whole run), plus a message in hand per
 * thread. The engine reserves its message arrays for their sum,
 * so that a backlog of millions is not copied into ever larger arrays.
 * `simulated` says which stations run message by message (0 for the others).
 */
export function expectedBacklogs(network: Network, rates: readonly number[], simulated: (station: number) => boolean, durationS: number): Float64Array {
  return Float64Array.from(network.stations, (spec, t) => {
    if (!simulated(t)) return 0;
    let drain = 0;
    for (const g of spec.serverConsumer) drain += 1000 / lognormalMean(network.consumers[g].processing);
    return Math.max(0, rates[t] - drain) * durationS + spec.serverConsumer.length;
  });
}
