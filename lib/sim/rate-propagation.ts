import { peakOverMean } from '../capacity/traffic-curve';
import type { Network } from './network-types';

/**
 * Messages per second into each station: producers' publishes, carried
 * through the onward publishes of stream processors (each message a consumer
 * processes is published once on each of its publish connections, as the
 * engine does), at the producers' daily mean or peak.
 *
 * Loops. A design may close a loop: a saga's orchestrator sends a command, the
 * service replies, the reply comes back to the orchestrator, which sends the
 * next command; a retry topic feeds its worker again. Carried literally, a loop
 * multiplies its messages without end (an orchestrator that publishes on three
 * command topics for each of its four inputs has a loop gain of 4), yet the
 * design does not say when a saga is over. The model here is the one a saga
 * has: each message of one saga instance crosses each step once. A message that
 * comes back to a consumer it already passed (on its own path from the
 * producer) reaches that consumer's queue, and counts in its rate there, but is
 * not forwarded again: that connection is the loop's back edge, cut. Loops are
 * found per producer publish, by a depth-first walk in the order the design
 * lists its connections, so a loop entered at two places is cut where each
 * entry closes it. What remains is acyclic, so every rate is finite and exact
 * (no iteration cap: a chain of any length carries its rate to the end).
 * The cuts are reported (compileNetwork adds a note for each).
 */

export interface LoopCut {
  /** The consumer whose onward publish closes the loop. */
  from: number;
  /** The station it publishes into. */
  station: number;
  /** The consumer of that station already on the message's path: it does not forward the message again. */
  to: number;
}

export interface RatePropagation {
  rates: number[];
  /** Each back edge cut, once, in the order found. */
  cuts: LoopCut[];
}

type RateNetwork = Pick<Network, 'emitters' | 'stations' | 'consumers'>;

/** An onward hop: consumer → (relay) → station → consumer, with the consumer's share of the station (competing groups split it). */
interface Hop {
  station: number;
  to: number;
  share: number;
}

/**
 * `passOn`: per consumer, the share of what reaches it that it publishes
 * onward (default 1, all of it: capacity sizes for the offered load; the
 * simulator's memory estimate passes on only what a consumer can process).
 */
export function propagateRates(network: RateNetwork, at: 'mean' | 'peak' = 'mean', passOn?: ArrayLike<number>): RatePropagation {
  const { emitters, stations, consumers } = network;
  const rates = new Array<number>(stations.length).fill(0);
  const hops = consumers.map((c) => c.relays.flatMap((r) => emitters[r].targets.flatMap((t) => hopsInto(network, t))));
  const cuts: LoopCut[] = [];
  const cutSeen = new Set<number>();
  for (const e of emitters) {
    if (!(e.ratePerSecond > 0)) continue;
    const rate = e.ratePerSecond * (at === 'peak' ? peakOverMean(e.dailyAmplitude) : 1);
    const inflow = new Map<number, number>();
    for (const t of e.targets) {
      rates[t] += rate;
      for (const h of hopsInto(network, t)) inflow.set(h.to, (inflow.get(h.to) ?? 0) + rate * h.share);
    }
    const walk = acyclicWalk(hops, [...inflow.keys()]);
    for (const g of walk.order) {
      const out = (inflow.get(g) ?? 0) * (passOn?.[g] ?? 1);
      for (const r of consumers[g].relays) for (const t of emitters[r].targets) rates[t] += out;
      for (const h of hops[g]) {
        if (!walk.back.has(g * consumers.length + h.to)) inflow.set(h.to, (inflow.get(h.to) ?? 0) + out * h.share);
        else if (!cutSeen.has((g * stations.length + h.station) * consumers.length + h.to)) {
          cutSeen.add((g * stations.length + h.station) * consumers.length + h.to);
          cuts.push({ from: g, station: h.station, to: h.to });
        }
      }
    }
  }
  return { rates, cuts };
}

function hopsInto(network: RateNetwork, t: number): Hop[] {
  const groups = network.stations[t].consumers;
  return groups.map((g) => ({ station: t, to: g, share: 1 / groups.length }));
}

/**
 * A depth-first walk of the consumers reachable from `entries` (iterative: a
 * chain of thousands must not overflow the stack): their topological order
 * once back edges are removed, and the back edges (`from × consumers + to`,
 * an edge into a consumer still on the walk's path).
 */
function acyclicWalk(hops: readonly Hop[][], entries: readonly number[]): { order: number[]; back: Set<number> } {
  const n = hops.length;
  const state = new Uint8Array(n); // 0 unseen, 1 on the path, 2 done
  const back = new Set<number>();
  const postorder: number[] = [];
  const path: number[] = [];
  const next: number[] = [];
  for (const entry of entries) {
    if (state[entry] !== 0) continue;
    state[entry] = 1;
    path.push(entry);
    next.push(0);
    while (path.length > 0) {
      const g = path[path.length - 1];
      const i = next[next.length - 1]++;
      if (i === hops[g].length) {
        state[g] = 2;
        postorder.push(g);
        path.pop();
        next.pop();
        continue;
      }
      const h = hops[g][i].to;
      if (state[h] === 1) back.add(g * n + h);
      else if (state[h] === 0) {
        state[h] = 1;
        path.push(h);
        next.push(0);
      }
    }
  }
  return { order: postorder.reverse(), back };
}
