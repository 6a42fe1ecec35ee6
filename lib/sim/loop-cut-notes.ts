import type { Network } from './network-types';
import { propagateRates } from './rate-propagation';

/**
 * The report's word on each loop whose rate was cut (rate-propagation.ts):
 * which publish closes it, and what the capacity figures and the cost
 * estimate count there instead of a rate that would grow without end.
 */
export function loopCutNotes(network: Pick<Network, 'emitters' | 'stations' | 'consumers'>): string[] {
  const { stations, consumers } = network;
  return propagateRates(network).cuts.map(
    (cut) =>
      `Loop closed by ${consumers[cut.from].name} → ${stations[cut.station].channelName} → ${consumers[cut.to].name}: capacity and cost count each message once around it ` +
      `(${consumers[cut.to].name}'s queue gets them, but they are not counted as published again: each step of a saga runs once); the simulation itself forwards them every time`,
  );
}
