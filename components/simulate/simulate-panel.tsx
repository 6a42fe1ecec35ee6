'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { durationToMs, updateDesign } from '@/lib/design';
import { deepEqual } from '@/lib/design/deep-equal';
import { useStudioStore } from '../studio/store-context';
import { NO_COST_EDITS, type CostEdits } from '@/lib/capacity/cost-edits';
import { SimCost } from './sim-cost';
import { showFrame } from './sim-overlay-store';
import { SimReportView } from './sim-report';
import { SimRunControls } from './sim-run-controls';
import { SimRunSettings } from './sim-run-settings';
import { useSimRun } from './use-sim-run';
import { useSimSettings } from './use-sim-settings';

// uPlot loads with the charts, after a run: never in the studio's first load, nor with the panel's controls.
const SimCharts = lazy(() => import('./sim-charts').then((m) => ({ default: m.SimCharts })));

/**
 * The Simulate panel: scenarios, duration and seed (kept with the design, so
 * a shared link replays the same run), Run / Pause, speed and a scrubber; the
 * canvas badges show the moment on screen; the report, charts and the monthly
 * cost (with editable prices) follow the run.
 */
export function SimulatePanel({ onClose }: { onClose(): void }) {
  const store = useStudioStore();
  const { settings, setSettings, seedText, setSeedText, problem } = useSimSettings();
  const [speed, setSpeed] = useState(600);
  const [scrub, setScrub] = useState<number | null>(null);
  const { state, start, pause, resume, setSpeed: sendSpeed, stop } = useSimRun();
  // Prices the user typed stay while the panel is open: the next run is costed with them too.
  const [costEdits, setCostEdits] = useState<CostEdits>(NO_COST_EDITS);

  const frameIndex = scrub === null ? state.frames.length - 1 : Math.min(scrub, state.frames.length - 1);
  const frame = frameIndex >= 0 ? state.frames[frameIndex] : null;
  // The canvas shows the frame on screen; closing the panel clears it.
  useEffect(() => showFrame(frame ?? null), [frame]);
  useEffect(() => () => showFrame(null), []);

  const run = () => {
    if (problem) return;
    const next = { ...settings, seed: Number(seedText) };
    const design = store.getState().design;
    // The run travels with the design (file, share link): a colleague replays the same one.
    if (!deepEqual(design.simulation, next)) store.getState().change((d) => updateDesign(d, { simulation: next }));
    setScrub(null);
    start(store.getState().design, next.scenario, next.seed, durationToMs(next.duration)!, speed);
  };

  return (
    <section aria-label="Simulate" data-testid="simulate" data-status={state.status} className="flex h-[45%] min-h-[240px] flex-col border-t border-[var(--border)] bg-[var(--panel)]">
      <SimRunControls
        state={state}
        problem={problem}
        onRun={run}
        onPause={pause}
        onResume={resume}
        speed={speed}
        onSpeed={(value) => {
          setSpeed(value);
          sendSpeed(value);
        }}
        frameIndex={frameIndex}
        atMs={frame?.atMs ?? 0}
        durationMs={durationToMs(settings.duration) ?? 0}
        onScrub={setScrub}
        onClose={() => {
          stop();
          onClose();
        }}
      />
      <div className="min-h-0 flex-1 overflow-auto px-3 py-2 text-[12px]">
        <SimRunSettings settings={settings} setSettings={setSettings} seedText={seedText} setSeedText={setSeedText} />
        {problem && (
          <p role="alert" data-testid="simulate.problem" className="mb-2 text-[var(--error)]">
            {problem}
          </p>
        )}
        {state.error && (
          <p role="alert" data-testid="simulate.error" className="mb-2 text-[var(--error)]">
            The run stopped: {state.error}
          </p>
        )}
        {(state.status === 'running' || state.status === 'paused') && (
          <p className="mb-2 text-[var(--muted)]" data-testid="simulate.live">
            {Math.round(state.progress * 100)} % simulated · {state.events.toLocaleString('en')} events · the canvas shows each node&apos;s rate and waiting messages
          </p>
        )}
        {state.result && (
          <>
            <SimReportView report={state.result.report} />
            <Suspense fallback={<p className="text-[var(--muted)]">Loading charts…</p>}>
              <SimCharts result={state.result} atMs={frame?.atMs ?? null} />
            </Suspense>
            {state.cost && <SimCost cost={state.cost} edits={costEdits} onEdit={setCostEdits} />}
          </>
        )}
      </div>
    </section>
  );
}
