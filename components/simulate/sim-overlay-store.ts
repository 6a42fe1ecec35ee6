import { createStore } from 'zustand/vanilla';
import type { LiveFrame } from './sim-protocol';

/**
 * What the canvas shows of a simulation at the moment on screen (the live
 * one, or the one the user scrubbed to): per node, its rate and depth and how
 * busy it is. Kept apart from the studio store and from the flow nodes: each
 * node's badge subscribes to its own entry, so a tick re-renders the badges
 * whose numbers changed and never rebuilds the flow nodes (to-flow.ts).
 * It lives in the first load (the nodes read it); it holds no chart code.
 */

export interface NodeLive {
  /** Messages processed per simulated second by the consumers of this node (a channel) or by this consumer group. */
  ratePerS: number;
  /** Messages waiting: queue depth, consumer lag. */
  depth: number;
  /** Busiest station's utilisation, 0–1. */
  utilisation: number;
}

export interface SimOverlayState {
  byNode: Readonly<Record<string, NodeLive>>;
}

export const simOverlayStore = createStore<SimOverlayState>(() => ({ byNode: {} }));

/** Per node: a channel sums its stations (partitions, bound queues); a consumer group sums the stations it drains. */
export function nodeLiveOf(frame: LiveFrame): Record<string, NodeLive> {
  const byNode: Record<string, NodeLive> = {};
  const add = (id: string, rate: number, depth: number, utilisation: number) => {
    const entry = (byNode[id] ??= { ratePerS: 0, depth: 0, utilisation: 0 });
    entry.ratePerS += rate;
    entry.depth += depth;
    entry.utilisation = Math.max(entry.utilisation, utilisation);
  };
  for (const s of frame.stations) {
    add(s.channelId, s.ratePerS, s.depth, s.utilisation);
    for (const id of s.consumerIds) add(id, s.ratePerS, s.depth, s.utilisation);
  }
  return byNode;
}

/** Shows `frame` on the canvas, keeping the entries whose numbers did not change (so their badges do not re-render). */
export function showFrame(frame: LiveFrame | null): void {
  if (!frame) {
    simOverlayStore.setState({ byNode: {} });
    return;
  }
  const before = simOverlayStore.getState().byNode;
  const next = nodeLiveOf(frame);
  for (const [id, live] of Object.entries(next)) {
    const old = before[id];
    if (old && old.ratePerS === live.ratePerS && old.depth === live.depth && old.utilisation === live.utilisation) next[id] = old;
  }
  simOverlayStore.setState({ byNode: next });
}
