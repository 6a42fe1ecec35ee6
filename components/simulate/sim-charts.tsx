'use client';

import { useEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SimResult } from '@/lib/sim';

/** Lines a chart draws at most: the busiest queues (by peak depth), so it stays readable on a large design. */
const MAX_LINES = 6;
const COLOURS = ['#3b5bdb', '#d9480f', '#0b7285', '#a61e4d', '#5c940d', '#862e9c'];

function Chart({ title, testId, times, lines, unit, atMs }: { title: string; testId: string; times: number[]; lines: Array<{ label: string; values: number[] }>; unit: string; atMs: number | null }) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const width = Math.max(240, Math.min(520, box.current.clientWidth || 360));
    plot.current = new uPlot(
      {
        width,
        height: 140,
        legend: { show: true },
        scales: { x: { time: false } },
        axes: [
          { label: 'simulated minutes', values: (_u, ticks) => ticks.map((t) => (t / 60).toFixed(t % 60 === 0 ? 0 : 1)) },
          { label: unit, size: 56 },
        ],
        series: [{ label: 's' }, ...lines.map((l, i) => ({ label: l.label, stroke: COLOURS[i % COLOURS.length], width: 1.5 }))],
      },
      [times.map((t) => t / 1000), ...lines.map((l) => l.values)],
      box.current,
    );
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
  }, [times, lines, unit]);
  // The scrubbed moment, as the chart's cursor.
  useEffect(() => {
    const u = plot.current;
    if (!u || atMs === null) return;
    u.setCursor({ left: u.valToPos(atMs / 1000, 'x'), top: 10 });
  }, [atMs]);
  return (
    <figure data-testid={testId} className="min-w-0">
      <figcaption className="font-semibold">{title}</figcaption>
      <div ref={box} role="img" aria-label={`${title}: ${lines.map((l) => l.label).join(', ')}`} />
    </figure>
  );
}

/** Time series of a finished run, depth and processed rate per queue. Loaded with uPlot only after a run. */
export function SimCharts({ result, atMs }: { result: SimResult; atMs: number | null }) {
  const { series } = result;
  // Built once per run: a new array would make the chart draw itself again on every scrub.
  const { depth, rate } = useMemo(() => {
    const busiest = result.report.stations
      .map((s, i) => ({ s, i }))
      .sort((a, b) => b.s.peakDepth - a.s.peakDepth || b.s.processed - a.s.processed)
      .slice(0, MAX_LINES);
    return {
      depth: busiest.map(({ s, i }) => ({ label: s.label, values: result.series.depth[i] })),
      rate: busiest.map(({ s, i }) => ({ label: s.label, values: result.series.ratePerS[i] })),
    };
  }, [result]);
  return (
    <div data-testid="simulate.charts" className="mt-3 grid grid-cols-1 gap-3 xl:grid-cols-2">
      <Chart title="Waiting messages (depth / lag)" testId="simulate.chart.depth" times={series.timesMs} lines={depth} unit="messages" atMs={atMs} />
      <Chart title="Processed per second" testId="simulate.chart.rate" times={series.timesMs} lines={rate} unit="msg/s" atMs={atMs} />
    </div>
  );
}
