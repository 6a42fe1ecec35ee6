'use client';

import type { SimReport } from '@/lib/sim';
import { clock, latency } from './clock';

const n = (v: number) => v.toLocaleString('en');
const th = 'px-1.5 py-1 text-left font-semibold';
const td = 'px-1.5 py-0.5 tabular-nums';

/**
 * The report of a finished run: per path throughput and end-to-end latency;
 * per queue (the stations a path crosses) peak lag, time to drain, and what
 * was lost, duplicated or dead-lettered; the first node to saturate; and the
 * capacity each node needs, with its formula and inputs.
 */
export function SimReportView({ report }: { report: SimReport }) {
  return (
    <div data-testid="simulate.report" className="space-y-3">
      <p data-testid="simulate.report.totals">
        Simulated {clock(report.simulatedMs)} with seed {report.seed}: {n(report.published)} published · {n(report.totals.processed)} processed · {n(report.totals.lost)} lost ·{' '}
        {n(report.totals.duplicated)} duplicated · {n(report.totals.deadLettered)} dead-lettered · {n(report.totals.redelivered)} redelivered
        {report.totals.refusedByBroker > 0 ? ` · ${n(report.totals.refusedByBroker)} refused by the broker` : ''}.{' '}
        <span data-testid="simulate.report.saturated">First to saturate: {report.saturatedFirst ? `${report.saturatedFirst.station} at ${clock(report.saturatedFirst.atMs)}` : 'none'}.</span>
      </p>
      <PathsTable paths={report.paths} />
      <StationsTable stations={report.stations} />
      <CapacityList capacity={report.capacity} />
      {report.scenarioOutcomes.length > 0 && (
        <div>
          <h3 className="font-semibold">What happened</h3>
          <ul className="list-disc pl-4">
            {report.scenarioOutcomes.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary className="cursor-pointer">Not modelled</summary>
        <ul className="list-disc pl-4 text-[var(--muted)]">
          {report.notModelled.map((o, i) => (
            <li key={i}>{o}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** Per path: delivered, throughput and end-to-end latency. */
function PathsTable({ paths }: { paths: SimReport['paths'] }) {
  return (
    <table className="w-full border-collapse" data-testid="simulate.report.paths">
      <caption className="text-left font-semibold">Paths (end-to-end latency)</caption>
      <thead>
        <tr className="border-b border-[var(--border)]">
          <th className={th}>Path</th>
          <th className={th}>Delivered</th>
          <th className={th}>Throughput</th>
          <th className={th}>p50</th>
          <th className={th}>p99</th>
          <th className={th}>max</th>
        </tr>
      </thead>
      <tbody>
        {paths.map((p) => (
          <tr key={`${p.from}→${p.to}`}>
            <td className="px-1.5 py-0.5">{p.label}</td>
            <td className={td}>{n(p.delivered)}</td>
            <td className={td}>{p.throughputPerS}/s</td>
            <td className={td}>{latency(p.latency.p50Ms)}</td>
            <td className={td}>{latency(p.latency.p99Ms)}</td>
            <td className={td}>{latency(p.latency.maxMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Per queue (the stations a path crosses): how busy, peak lag, time to drain, and what was lost, duplicated or dead-lettered. */
function StationsTable({ stations }: { stations: SimReport['stations'] }) {
  return (
    <table className="w-full border-collapse" data-testid="simulate.report.stations">
      <caption className="text-left font-semibold">Queues and consumers</caption>
      <thead>
        <tr className="border-b border-[var(--border)]">
          <th className={th}>Queue</th>
          <th className={th}>Busy</th>
          <th className={th}>Peak lag</th>
          <th className={th}>Drained in</th>
          <th className={th}>Lost</th>
          <th className={th}>Duplicated</th>
          <th className={th}>Dead-lettered</th>
        </tr>
      </thead>
      <tbody>
        {stations.map((s) => (
          <tr key={s.id}>
            <td className="px-1.5 py-0.5">{s.label}</td>
            <td className={td}>{Math.round(s.utilisation * 100)} %</td>
            <td className={td}>{n(s.peakDepth)}</td>
            <td className={td}>{s.timeToDrainMs === null ? 'not drained' : clock(s.timeToDrainMs)}</td>
            <td
              className={td}
              title={Object.entries(s.lostBy)
                .map(([why, count]) => `${why}: ${count}`)
                .join(', ')}
            >
              {n(s.lost)}
            </td>
            <td className={td}>{n(s.duplicated)}</td>
            <td className={td}>{n(s.deadLettered)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The capacity each node needs, with its formula and inputs. */
function CapacityList({ capacity }: { capacity: SimReport['capacity'] }) {
  return (
    <div data-testid="simulate.report.capacity">
      <h3 className="font-semibold">Capacity at the declared rates</h3>
      <ul className="space-y-1">
        {capacity.map((c, i) => (
          <li key={i}>
            <span className="font-medium">{c.nodeId}</span>: {c.quantity} = {c.value < 0 ? c.unit : `${c.value}${c.quantity.includes(c.unit) ? '' : ` ${c.unit}`}`}
            {c.declared !== undefined ? ` (declared ${c.declared})` : ''}
            <div className="text-[var(--muted)]">
              {c.formula};{' '}
              {Object.entries(c.inputs)
                .map(([k, v]) => `${k} = ${v}`)
                .join(', ')}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
