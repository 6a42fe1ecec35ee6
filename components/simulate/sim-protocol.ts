import type { Design } from '@/lib/design';
import type { DesignCostNeeds, SimResult } from '@/lib/sim';

/**
 * The messages between the studio and its simulation worker
 * (simulate.worker.ts). Plain data: a design goes in, live snapshots and the
 * final result come out.
 */

/** Simulated seconds per wall-clock second; 0 = as fast as the worker can step. */
export type SimSpeed = number;

export type SimRequest =
  | { type: 'start'; runId: number; design: Design; scenario: string; seed: number; durationMs: number; speed: SimSpeed }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'speed'; speed: SimSpeed }
  | { type: 'stop' };

/** One station (a queue, partition set or stream with the consumers that drain it) at a moment of the run. */
export interface LiveStation {
  id: string;
  /** The channel node and the consumer nodes the station stands for, so the canvas can badge them. */
  channelId: string;
  consumerIds: string[];
  depth: number;
  /** Messages processed per simulated second since the previous snapshot. */
  ratePerS: number;
  /** Share of the consumer threads' time spent working since the previous snapshot, 0–1. */
  utilisation: number;
}

export interface LiveFrame {
  /** Simulated time of the snapshot, ms. */
  atMs: number;
  stations: LiveStation[];
}

export type SimAnswer =
  | { type: 'live'; runId: number; progress: number; frame: LiveFrame; events: number }
  | { type: 'done'; runId: number; result: SimResult; cost: DesignCostNeeds }
  | { type: 'error'; runId: number; message: string };
