'use client';

import { Button } from '../ui/button';
import { clock } from './clock';
import { SIM_FIELD } from './sim-run-settings';
import type { SimRunState } from './use-sim-run';

/** Speeds in simulated seconds per second; 0 = as fast as the worker steps. */
const SPEEDS: Array<{ value: number; label: string }> = [
  { value: 1, label: 'Real time' },
  { value: 10, label: '10 s/s' },
  { value: 60, label: '1 min/s' },
  { value: 600, label: '10 min/s' },
  { value: 3600, label: '1 h/s' },
  { value: 0, label: 'Fastest' },
];

/**
 * The Simulate panel's header: Run (disabled with the problem as its title), Pause / Resume, speed,
 * the scrubber (null = follow the run) and the clock of the frame on screen, and Close.
 */
export function SimRunControls(props: {
  state: SimRunState;
  problem: string | null;
  onRun(): void;
  onPause(): void;
  onResume(): void;
  speed: number;
  onSpeed(speed: number): void;
  frameIndex: number;
  atMs: number;
  durationMs: number;
  onScrub(frame: number | null): void;
  onClose(): void;
}) {
  const { state, problem, speed, frameIndex } = props;
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-[var(--border)] px-3 py-1.5">
      <h2 className="text-[13px] font-semibold">Simulate</h2>
      <Button variant="primary" data-testid="simulate.run" disabled={problem !== null} title={problem ?? 'Run the design under the chosen scenarios'} onClick={props.onRun}>
        {state.status === 'idle' || state.status === 'error' ? 'Run' : 'Run again'}
      </Button>
      <Button data-testid="simulate.pause" disabled={state.status !== 'running' && state.status !== 'paused'} onClick={state.status === 'running' ? props.onPause : props.onResume}>
        {state.status === 'paused' ? 'Resume' : 'Pause'}
      </Button>
      <label className="flex items-center gap-1 text-[12px]">
        Speed
        <select className={SIM_FIELD} data-testid="simulate.speed" value={speed} onChange={(e) => props.onSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <input
        type="range"
        aria-label="Scrub through the run"
        data-testid="simulate.scrub"
        className="min-w-[80px] flex-1"
        min={0}
        max={Math.max(0, state.frames.length - 1)}
        value={Math.max(0, frameIndex)}
        disabled={state.frames.length < 2}
        onChange={(e) => {
          const value = Number(e.target.value);
          props.onScrub(value >= state.frames.length - 1 && state.status !== 'done' ? null : value);
        }}
      />
      <span data-testid="simulate.time" className="whitespace-nowrap text-[12px] tabular-nums" aria-live="off">
        {clock(props.atMs)} / {clock(props.durationMs)}
      </span>
      <span data-testid="simulate.progress" className="sr-only" role="status">
        {state.status === 'done' ? 'Run finished' : state.status === 'running' ? 'Running' : state.status === 'paused' ? 'Paused' : ''}
      </span>
      <button type="button" aria-label="Close the simulation" onClick={props.onClose} className="ml-auto px-1 text-[16px] text-[var(--muted)] hover:text-[var(--text)]">
        ×
      </button>
    </div>
  );
}
