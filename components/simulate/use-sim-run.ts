'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Design } from '@/lib/design';
import type { DesignCostNeeds, SimResult } from '@/lib/sim';
import type { LiveFrame, SimAnswer, SimRequest, SimSpeed } from './sim-protocol';

/** Where the built worker is served from (scripts/build-workers.mjs bundles simulate.worker.ts). */
const SIM_WORKER_URL = '/workers/simulate.js';

/** Frames kept for scrubbing a run in progress; past it every other one is dropped, so memory stays bounded on long runs. */
const MAX_FRAMES = 600;

export type SimStatus = 'idle' | 'running' | 'paused' | 'done' | 'error';

export interface SimRunState {
  status: SimStatus;
  progress: number;
  events: number;
  /** Snapshots to scrub: live ones while it runs, the run's own samples once it is done. */
  frames: LiveFrame[];
  result: SimResult | null;
  /** What the cost estimate needs of the design that ran. */
  cost: DesignCostNeeds | null;
  error: string | null;
}

const IDLE: SimRunState = { status: 'idle', progress: 0, events: 0, frames: [], result: null, cost: null, error: null };

/** The run's samples as frames, for scrubbing a finished run (report order = series order). */
export function framesOfResult(result: SimResult): LiveFrame[] {
  const { series, report } = result;
  return series.timesMs.map((atMs, k) => ({
    atMs,
    stations: report.stations.map((s, i) => ({
      id: s.id,
      channelId: s.channel,
      consumerIds: s.consumers,
      depth: series.depth[i][k] ?? 0,
      ratePerS: series.ratePerS[i][k] ?? 0,
      utilisation: series.utilisation[i][k] ?? 0,
    })),
  }));
}

/**
 * One simulation at a time in a Web Worker (simulate.worker.ts): the page's
 * main thread only receives small snapshots, ten a second, and the result.
 */
export function useSimRun() {
  const [state, setState] = useState<SimRunState>(IDLE);
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);

  const send = useCallback((request: SimRequest) => worker.current?.postMessage(request), []);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const start = useCallback(
    (design: Design, scenario: string, seed: number, durationMs: number, speed: SimSpeed) => {
      if (!worker.current) {
        try {
          worker.current = new Worker(SIM_WORKER_URL);
        } catch {
          setState({ ...IDLE, status: 'error', error: 'This browser cannot start the simulation worker.' });
          return;
        }
        worker.current.onmessage = (event: MessageEvent<SimAnswer>) => {
          const answer = event.data;
          if (answer.runId !== runId.current) return;
          if (answer.type === 'live') {
            setState((s) => {
              const frames = s.frames.length >= MAX_FRAMES ? s.frames.filter((_, i) => i % 2 === 0) : s.frames.slice();
              frames.push(answer.frame);
              return { ...s, progress: answer.progress, events: answer.events, frames };
            });
          } else if (answer.type === 'done') {
            setState((s) => ({ ...s, status: 'done', progress: 1, events: answer.result.report.events, result: answer.result, cost: answer.cost, frames: framesOfResult(answer.result) }));
          } else {
            setState((s) => ({ ...s, status: 'error', error: answer.message }));
          }
        };
        worker.current.onerror = (event) => {
          event.preventDefault();
          setState((s) => ({ ...s, status: 'error', error: 'The simulation worker failed.' }));
        };
      }
      runId.current++;
      setState({ ...IDLE, status: 'running' });
      send({ type: 'start', runId: runId.current, design, scenario, seed, durationMs, speed });
    },
    [send],
  );

  const pause = useCallback(() => {
    send({ type: 'pause' });
    setState((s) => (s.status === 'running' ? { ...s, status: 'paused' } : s));
  }, [send]);

  const resume = useCallback(() => {
    send({ type: 'resume' });
    setState((s) => (s.status === 'paused' ? { ...s, status: 'running' } : s));
  }, [send]);

  const setSpeed = useCallback((speed: SimSpeed) => send({ type: 'speed', speed }), [send]);

  const stop = useCallback(() => {
    send({ type: 'stop' });
    runId.current++;
    setState(IDLE);
  }, [send]);

  return { state, start, pause, resume, setSpeed, stop };
}
