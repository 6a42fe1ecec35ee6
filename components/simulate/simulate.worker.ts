/// <reference lib="webworker" />
import { costNeeds, createSimulation, SimInputError } from '@/lib/sim';
import type { LiveStation, SimAnswer, SimRequest } from './sim-protocol';

/**
 * Runs a simulation off the page's main thread, in slices: each slice steps
 * `createSimulation` for at most SLICE_MS of wall time (or until the played
 * speed's simulated time is reached), posts a live snapshot now and then, and
 * yields so that pause, speed and stop messages get in between slices.
 */

/** Wall time one slice may take before the worker checks its messages again. */
const SLICE_MS = 12;
/** Events stepped between clock checks (a few hundred microseconds of work). */
const CHUNK_EVENTS = 2_000;
/** Wall time between live snapshots: ten a second is smooth enough for badges and cheap to post. */
const LIVE_EVERY_MS = 100;

type Run = ReturnType<typeof createSimulation>;

let run: Run | null = null;
let runId = 0;
let durationMs = 0;
let paused = false;
let speed = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
/** Wall clock and simulated time when playback last (re)started at the current speed. */
let anchorWall = 0;
let anchorSimMs = 0;
let lastLive = 0;
let previous: { atMs: number; processed: number[] } | null = null;
let stationMeta: Array<{ channelId: string; consumerIds: string[] }> = [];

const post = (answer: SimAnswer) => self.postMessage(answer);
const simulatedMs = (sim: Run) => sim.progress * durationMs;

function schedule(): void {
  if (timer === null && run && !paused) timer = setTimeout(slice, 0);
}

function reanchor(): void {
  anchorWall = performance.now();
  anchorSimMs = run ? simulatedMs(run) : 0;
}

function liveStations(sim: Run, atMs: number, utilisation: number[][]): LiveStation[] {
  const live = sim.live();
  const processed = live.map((s) => s.processed);
  const seconds = previous ? (atMs - previous.atMs) / 1000 : 0;
  const stations = live.map((s, i) => {
    const meta = stationMeta[i];
    const ratePerS = seconds > 0 && previous ? Math.max(0, (processed[i] - previous.processed[i]) / seconds) : 0;
    return { id: s.id, channelId: meta.channelId, consumerIds: meta.consumerIds, depth: s.depth, ratePerS, utilisation: 0 };
  });
  previous = { atMs, processed };
  // Utilisation from the run's own samples (busy thread time per sample window): the latest one taken.
  stations.forEach((s, i) => {
    const u = utilisation[i];
    s.utilisation = u && u.length > 0 ? u[u.length - 1] : 0;
  });
  return stations;
}

function postLive(sim: Run): void {
  const atMs = simulatedMs(sim);
  // The partial result between slices (the engine allows it): its samples and event count.
  const { report, series } = sim.result();
  post({ type: 'live', runId, progress: sim.progress, frame: { atMs, stations: liveStations(sim, atMs, series.utilisation) }, events: report.events });
  lastLive = performance.now();
}

function slice(): void {
  timer = null;
  const sim = run;
  if (!sim || paused) return;
  const start = performance.now();
  try {
    let finished = sim.done;
    while (!finished && performance.now() - start < SLICE_MS) {
      if (speed > 0 && simulatedMs(sim) >= anchorSimMs + (performance.now() - anchorWall) * speed) break;
      finished = sim.step(CHUNK_EVENTS);
    }
    if (finished) {
      postLive(sim);
      // The cost follows the design at its declared rates, not the run: read from the network the run compiled.
      post({ type: 'done', runId, result: sim.result(), cost: costNeeds(sim.network) });
      run = null;
      return;
    }
    if (performance.now() - lastLive >= LIVE_EVERY_MS) postLive(sim);
  } catch (error) {
    post({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) });
    run = null;
    return;
  }
  schedule();
}

self.onmessage = (event: MessageEvent<SimRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'start': {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      run = null;
      runId = request.runId;
      try {
        run = createSimulation(request.design, request.scenario, request.seed, { durationMs: request.durationMs });
      } catch (error) {
        const message = error instanceof SimInputError || error instanceof Error ? error.message : String(error);
        post({ type: 'error', runId, message });
        return;
      }
      durationMs = request.durationMs;
      speed = request.speed;
      paused = false;
      previous = null;
      const { stations, consumers } = run.network;
      stationMeta = stations.map((s) => ({ channelId: s.channelId, consumerIds: s.consumers.map((g) => consumers[g].id) }));
      reanchor();
      postLive(run);
      schedule();
      return;
    }
    case 'pause':
      paused = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (run) postLive(run);
      return;
    case 'resume':
      paused = false;
      reanchor();
      schedule();
      return;
    case 'speed':
      speed = request.speed;
      reanchor();
      return;
    case 'stop':
      if (timer !== null) clearTimeout(timer);
      timer = null;
      run = null;
      return;
  }
};
