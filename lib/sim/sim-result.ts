import { capacityFigures } from './capacity';
import type { Engine } from './engine';
import type { FluidModel } from './fluid';
import type { PathReport, SimResult, StationReport } from './report';
import { round } from './round';
import type { ScenarioStep } from './scenario';
import type { SeriesSampler } from './series-sampler';
import type { StationState } from './station-state';

/** Said in a hybrid run's report: what the fluid part approximates. */
export const FLUID_APPROXIMATION =
  'busy parts of the design listed under fluid ran as amounts per tick, not message by message: waits come from the backlog and the Allen–Cunneen M/G/c formula, latency percentiles from processing-time quantiles plus mean upstream latency, keys spread evenly over partitions';

/** Said in every report: what the engine leaves out. */
export const NOT_MODELLED = [
  'network and broker latency (publish to delivery is instant; only queueing and processing take time)',
  'producer batching (linger.ms, batch.size), compression and broker disk or network limits',
  'Kafka auto-commit replays after a crash (records processed since the last commit); rebalances of cooperative assignors',
  'leader election pauses and an acks=0/1 leader loss, which is an estimate',
  'bursts other than the spike scenario (a producer runs steady or on its daily curve, from midnight UTC)',
  "SQS FIFO groups are spread over consumer threads by key (a free thread does not take another thread's group)",
];

/** Everything a run's report is made from. */
export interface RunRecord {
  engine: Engine;
  seed: number;
  durationUs: number;
  steps: readonly ScenarioStep[];
  events: number;
  maxEvents: number;
  outcomes: readonly string[];
  sampler: SeriesSampler;
  fluid: FluidModel | null;
  fluidTickUs: number;
}

const ms = (us: number) => round(us / 1000, 3);

/** The report and series of a run, at whatever point it reached. */
export function buildResult(run: RunRecord): SimResult {
  const { engine, fluid } = run;
  const stations = engine.stations.map((st) => stationReport(engine, st));
  const sum = (f: (s: StationReport) => number) => stations.reduce((a, s) => a + f(s), 0);
  const unroutable = Math.round(engine.unroutable + (fluid?.unroutable ?? 0));
  const saturated = run.sampler.saturated;
  return {
    report: {
      seed: run.seed,
      durationMs: ms(run.durationUs),
      simulatedMs: ms(engine.now),
      scenarios: run.steps.map((s) => `${s.name} ${s.startMs}–${s.endMs} ms${s.factor !== 1 ? ` ×${s.factor}` : ''}${s.target ? ` @${s.target}` : ''}`),
      events: run.events,
      published: Math.round(engine.published + (fluid?.published ?? 0)),
      totals: {
        processed: sum((s) => s.processed),
        lost: sum((s) => s.lost) + unroutable,
        deadLettered: sum((s) => s.deadLettered),
        duplicated: sum((s) => s.duplicated),
        redelivered: sum((s) => s.redelivered),
        refusedByBroker: engine.refusedByBroker,
      },
      paths: pathReports(engine, run.durationUs / 1_000_000),
      stations,
      saturatedFirst: saturated ? { station: engine.stations[saturated.station].spec.id, atMs: ms(saturated.at) } : null,
      scenarioOutcomes: outcomesOf(run, unroutable),
      capacity: capacityFigures(engine.network),
      notModelled: [...engine.network.notes, ...NOT_MODELLED, ...(fluid ? [FLUID_APPROXIMATION] : [])],
      ...(fluid ? { fluid: { stations: fluid.plan.labels, tickMs: round(run.fluidTickUs / 1000, 3) } } : {}),
    },
    series: run.sampler.series,
  };
}

function stationReport(engine: Engine, st: StationState): StationReport {
  const threads = st.spec.serverConsumer.length;
  const { consumers } = engine.network;
  // Counts are whole message by message; the fluid part's are amounts, rounded here.
  const lost = Math.round(Object.values(st.lostBy).reduce((a, b) => a + b, 0));
  return {
    id: st.spec.id,
    label: st.spec.label,
    family: st.spec.family,
    channel: st.spec.channelId,
    consumers: st.spec.consumers.map((g) => consumers[g].id),
    threads,
    arrived: Math.round(st.arrived),
    processed: Math.round(st.processed),
    utilisation: threads > 0 && engine.now > 0 ? round(st.busyUs / (threads * engine.now)) : 0,
    meanWaitMs: st.waits > 0 ? ms(st.waitUs / st.waits) : 0,
    peakDepth: Math.round(st.peakDepth),
    peakDepthAtMs: ms(st.peakAt),
    timeToDrainMs: st.peakDepth <= threads ? 0 : st.drainedAt >= 0 ? ms(st.drainedAt - st.peakAt) : null,
    endDepth: Math.round(st.depth),
    lost,
    lostBy: Object.fromEntries(
      Object.entries(st.lostBy)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, Math.round(v)]),
    ),
    deadLettered: st.deadLettered,
    duplicated: st.duplicated,
    redelivered: st.redelivered,
  };
}

function pathReports(engine: Engine, durationS: number): PathReport[] {
  const { emitters, consumers } = engine.network;
  const stationCount = engine.stations.length;
  return [...engine.paths.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, h]) => {
      const e = emitters[Math.floor(key / stationCount)];
      const st = engine.stations[key % stationCount].spec;
      return {
        from: e.fromId,
        to: st.consumers.map((g) => consumers[g].id).join(','),
        label: `${e.label} ⇒ ${st.label}`,
        delivered: Math.round(h.count),
        throughputPerS: round(h.count / durationS, 2),
        latency: { p50Ms: ms(h.quantile(0.5)), p99Ms: ms(h.quantile(0.99)), maxMs: ms(h.max), meanMs: ms(h.mean()) },
      };
    });
}

function outcomesOf(run: RunRecord, unroutable: number): string[] {
  const { engine } = run;
  const outcomes = [...run.outcomes];
  if (run.steps.some((s) => s.name === 'poison')) outcomes.push(engine.poisonFate || 'poison message: still being redelivered at the end of the run');
  if (unroutable > 0) outcomes.push(`${unroutable} RabbitMQ/SNS messages routed to no queue and were dropped`);
  if (engine.lostAckedEstimate > 0) outcomes.push(`estimated acknowledged-then-lost Kafka messages: ${Math.round(engine.lostAckedEstimate)}`);
  if (engine.stopReason !== '') outcomes.push(engine.stopReason);
  if (run.events >= run.maxEvents) outcomes.push(`the event budget (${run.maxEvents}) ran out at ${ms(engine.now)} ms of simulated time`);
  return outcomes;
}
