import type { Design } from '../design';
import { stationRates } from './capacity';
import { ARRIVE, Engine, FLUID, REBALANCE, SAMPLE, SCENARIO, type OtherEvents } from './engine';
import { FluidModel } from './fluid';
import { expectedBacklogs } from './expected-backlog';
import { planFluid } from './fluid-plan';
import { compileNetwork, type Network } from './network';
import type { SimResult } from './report';
import type { ScenarioStep } from './scenario';
import { applyScenarioStep, rebalance } from './scenario-effects';
import { SeriesSampler } from './series-sampler';
import { buildResult } from './sim-result';

export { FLUID_APPROXIMATION, NOT_MODELLED } from './sim-result';

/**
 * The discrete-event engine over a compiled design. Time is in integer
 * microseconds (held in doubles, exact to 2^53 µs ≈ 285 years), every random
 * draw comes from one seeded generator in event order, and ties are broken by
 * scheduling order: the same design, scenario, seed and options give the same
 * result byte for byte.
 *
 * A worker drives it in slices (`step(maxEvents)` until it returns true, with
 * `progress`, `live()` and a partial `result()` between slices); `simulate`
 * runs it to the end. The per-message handlers live in engine.ts, failures in
 * failure-handling.ts, scenarios in scenario-effects.ts, the fluid part in
 * fluid.ts and the report in sim-result.ts.
 */

export interface SimOptions {
  durationMs: number;
  /** Series sample interval; default: the duration / 120, at least 1 s. */
  sampleMs?: number;
  /** Event budget: the run stops early (and says so) past it; default 200 million. */
  maxEvents?: number;
  /** Messages held at once (waiting, in flight, delayed) before the run stops early and says so; default 8 million (about 300 MB). */
  maxLiveMessages?: number;
  /** Processing-time distribution: lognormal from p50/p99 (default), or exponential with median p50 (for the queueing-theory checks). */
  processing?: 'lognormal' | 'exponential';
  /** Distinct entity keys producers draw from (`entity-id`); default 10,000. */
  keySpace?: number;
  /**
   * Station arrivals the run simulates message by message at most (expected
   * from the declared rates over the duration): connected parts of the design
   * beyond it, busiest first, run as fluid (lib/sim/fluid.ts) when they can.
   * Default 400,000 (the reference scenarios fit); Infinity keeps every message.
   */
  perMessageLimit?: number;
  /** The fluid part's tick; default the run / 1,800, at least 100 ms (2 s for an hour), at most the run. */
  fluidTickMs?: number;
}

export class Simulation implements OtherEvents {
  readonly network: Network;
  private readonly engine: Engine;
  private readonly sampler: SeriesSampler;
  private readonly durationUs: number;
  private readonly maxEvents: number;
  private events = 0;
  private finished = false;
  private readonly outcomes: string[] = [];
  /** The fluid part of a hybrid run, or null when every message is simulated. */
  private readonly fluid: FluidModel | null = null;
  private readonly fluidTickUs: number = 0;

  constructor(
    design: Design,
    private readonly steps: readonly ScenarioStep[],
    readonly seed: number,
    options: SimOptions,
  ) {
    this.network = compileNetwork(design);
    this.durationUs = Math.round(options.durationMs * 1000);
    this.maxEvents = options.maxEvents ?? 200_000_000;
    const exponential = options.processing === 'exponential';
    const engine = (this.engine = new Engine(this.network, seed, {
      durationUs: this.durationUs,
      maxLiveMessages: options.maxLiveMessages ?? 8_000_000,
      exponential,
      keySpace: options.keySpace ?? 10_000,
    }));
    this.sampler = new SeriesSampler(this.network.stations.length, Math.round((options.sampleMs ?? Math.max(1000, options.durationMs / 120)) * 1000));
    const rates = stationRates(this.network);
    const plan = this.fluidPlan(options, rates);
    if (plan && (plan.labels.length > 0 || plan.emitter.includes(1))) {
      this.fluid = new FluidModel(this.network, plan, exponential);
      this.fluidTickUs = Math.min(this.durationUs, Math.round((options.fluidTickMs ?? Math.max(100, options.durationMs / 1800)) * 1000));
      engine.queue.push(this.fluidTickUs, FLUID, this.fluidTickUs, 0);
    }
    engine.reserve(expectedBacklogs(this.network, (t) => this.fluid?.plan.station[t] !== 1, options.durationMs / 1000));
    const { emitters } = this.network;
    for (let e = 0; e < emitters.length; e++) if (emitters[e].ratePerSecond > 0 && !this.fluid?.plan.emitter[e]) engine.queue.push(engine.interarrival(e), ARRIVE, e, 0);
    steps.forEach((step, i) => {
      engine.queue.push(step.startMs * 1000, SCENARIO, i, 0);
      engine.queue.push(step.endMs * 1000, SCENARIO, i, 1);
    });
    engine.queue.push(this.sampler.sampleUs, SAMPLE, 0, 0);
  }

  /** Which parts run fluid (null: none may), by the per-message budget and the scenario's targets. */
  private fluidPlan(options: SimOptions, rates: readonly number[]) {
    const limit = options.perMessageLimit ?? 400_000;
    const { steps } = this;
    if (!(limit < Infinity) || steps.some((s) => s.name === 'broker-loss' || s.name === 'hot-key')) return null;
    // Failure scenarios aimed at a group keep its part per message (no target: group 0, as applyScenarioStep does).
    const { consumers } = this.network;
    const excluded = new Set<number>();
    for (const step of steps) {
      if (step.name !== 'crash' && step.name !== 'slow' && step.name !== 'outage' && step.name !== 'poison') continue;
      if (step.target === undefined) excluded.add(0);
      else consumers.forEach((c, g) => c.id === step.target && excluded.add(g));
      if (step.name === 'poison' && step.target === undefined) consumers.forEach((_, g) => excluded.add(g));
    }
    return planFluid(this.network, rates, options.durationMs / 1000, limit, excluded);
  }

  /** Simulated time reached, 0–1. */
  get progress(): number {
    return Math.min(1, this.engine.now / this.durationUs);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Runs up to `maxEvents` events; true once the run is over. */
  step(maxEvents: number): boolean {
    if (this.finished || !(maxEvents > 0)) return this.finished;
    const engine = this.engine;
    const limit = Math.min(maxEvents, Math.max(0, this.maxEvents - this.events));
    const handled = engine.handleUntil(limit, this.durationUs, this);
    this.events += handled;
    if (handled >= maxEvents) return false;
    // Stopped before the slice's budget: nothing left before the end (the run reaches it), the event budget, or stopReason.
    const q = engine.queue;
    if (!q.peek() || q.time > this.durationUs) engine.now = this.durationUs;
    this.finished = true;
    return true;
  }

  /** The events that are not per message (Engine.handleTop passes them on). */
  handleOther(kind: number, a: number, b: number): void {
    if (kind === SCENARIO) applyScenarioStep(this.engine, this.steps, a, b === 0, this.outcomes);
    else if (kind === SAMPLE) this.sample();
    else if (kind === REBALANCE) rebalance(this.engine, a);
    else if (kind === FLUID) this.fluidTick(a);
  }

  private sample(): void {
    const { now, queue } = this.engine;
    this.sampler.sample(this.engine.stations, now);
    if (now + this.sampler.sampleUs <= this.durationUs) queue.push(now + this.sampler.sampleUs, SAMPLE, 0, 0);
  }

  /** The fluid part moves the `dtUs` ending now; the next tick ends at the next multiple or at the end of the run. */
  private fluidTick(dtUs: number): void {
    const { now, queue } = this.engine;
    this.fluid!.tick(now, dtUs, this.engine.rateFactor, this.engine.stations, this.engine.pathOf);
    const next = Math.min(this.durationUs, now + this.fluidTickUs);
    if (next > now) queue.push(next, FLUID, next - now, 0);
  }

  /** Live numbers for a canvas between slices: per station (report order) depth and processed so far. */
  live(): Array<{ id: string; depth: number; processed: number }> {
    return this.engine.stations.map((s) => ({ id: s.spec.id, depth: Math.round(s.depth), processed: Math.round(s.processed) }));
  }

  /** Once the run is over and its result built: the message arrays go to the next run that fits in them (MessagePool.recycle). */
  recycleMemory(): void {
    if (!this.finished) throw new Error('recycleMemory: the run is not over');
    this.engine.msgs.recycle();
  }

  /** The result: run `step` until it returns true first. */
  result(): SimResult {
    return buildResult({
      engine: this.engine,
      events: this.events,
      maxEvents: this.maxEvents,
      outcomes: this.outcomes,
      sampler: this.sampler,
      fluid: this.fluid,
      fluidTickUs: this.fluidTickUs,
      seed: this.seed,
      durationUs: this.durationUs,
      steps: this.steps,
    });
  }
}
