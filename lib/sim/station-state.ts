import { Deque } from './deque';
import type { FluidCounters } from './fluid';
import type { StationSpec } from './network';

/** A station's engine state; its counters are the ones the fluid model also writes (FluidCounters). */
export interface StationState extends FluidCounters {
  spec: StationSpec;
  /** Waiting messages: one shared lane, or one per thread (Kafka partitions, SQS FIFO groups). */
  lanes: Deque[];
  /** Per lane, the thread that drains it (-1: none). */
  laneServer: number[];
  /** Per thread: its lane, whether its instance is up, the message in hand (-1: none), when it finishes and how long it works. */
  serverLane: Int32Array;
  serverUp: Uint8Array;
  serverMsg: Int32Array;
  serverDoneAt: Float64Array;
  serverServiceUs: Float64Array;
  /** Free threads of a shared lane, taken from the end. */
  idle: number[];
  /** Bytes waiting, counted only where a byte limit needs them (countsBytes). */
  bytes: number;
  countsBytes: boolean;
  paused: boolean;
  deadLettered: number;
  duplicated: number;
  redelivered: number;
  /** The counters at the last sample, for the series' per-window figures. */
  lastProcessed: number;
  lastBusy: number;
  lastDepth: number;
}

export function createStationState(spec: StationSpec): StationState {
  const servers = spec.serverConsumer.length;
  const lanes = spec.laned ? Math.max(1, servers) : 1;
  const state: StationState = {
    spec,
    lanes: Array.from({ length: lanes }, () => new Deque()),
    laneServer: Array.from({ length: lanes }, (_, l) => (l < servers ? l : -1)),
    serverLane: new Int32Array(servers).map((_, s) => (spec.laned ? s : 0)),
    serverUp: new Uint8Array(servers).fill(1),
    serverMsg: new Int32Array(servers).fill(-1),
    serverDoneAt: new Float64Array(servers),
    serverServiceUs: new Float64Array(servers),
    idle: [],
    depth: 0,
    bytes: 0,
    countsBytes: Number.isFinite(spec.maxLengthBytes),
    paused: false,
    peakDepth: 0,
    peakAt: 0,
    drainedAt: 0,
    arrived: 0,
    processed: 0,
    busyUs: 0,
    waitUs: 0,
    waits: 0,
    lostBy: {},
    deadLettered: 0,
    duplicated: 0,
    redelivered: 0,
    lastProcessed: 0,
    lastBusy: 0,
    lastDepth: 0,
  };
  // Popped from the end: reversed so thread 0 is taken first.
  if (!spec.laned) for (let s = servers - 1; s >= 0; s--) state.idle.push(s);
  return state;
}
