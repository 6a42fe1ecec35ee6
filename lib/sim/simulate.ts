import type { Design } from '../design';
import type { SimResult } from './report';
import { parseScenario, SimInputError, type ScenarioStep } from './scenario';
import { Simulation, type SimOptions } from './simulator';

/**
 * Runs a design under a scenario to the end: the pure form the command line
 * and the tests use. `scenario` is a list such as `crash,spike:3` (see
 * scenario.ts) or steps already parsed. A worker that must stay responsive
 * creates a `Simulation` itself and calls `step` in slices.
 */
export function simulate(design: Design, scenario: string | readonly ScenarioStep[], seed: number, options: SimOptions): SimResult {
  return createSimulation(design, scenario, seed, options).run();
}

/** A simulation ready to step; throws a SimInputError naming the problem for a bad scenario, seed or duration. */
export function createSimulation(design: Design, scenario: string | readonly ScenarioStep[], seed: number, options: SimOptions): Simulation & { run(): SimResult } {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new SimInputError(`seed must be a whole number from 0 to 4294967295, not ${seed}`);
  if (!(options.durationMs > 0) || options.durationMs > 366 * 86_400_000) throw new SimInputError(`duration must be above 0 and at most a year, not ${options.durationMs} ms`);
  if (options.perMessageLimit !== undefined && !(options.perMessageLimit >= 0)) throw new SimInputError(`perMessageLimit must be 0 or more (Infinity: every message), not ${options.perMessageLimit}`);
  if (options.fluidTickMs !== undefined && !(options.fluidTickMs >= 1 && options.fluidTickMs < Infinity)) throw new SimInputError(`fluidTickMs must be at least 1 ms, not ${options.fluidTickMs}`);
  let steps: readonly ScenarioStep[];
  if (typeof scenario === 'string') {
    const parsed = parseScenario(scenario, options.durationMs);
    if (!parsed.ok) throw new SimInputError(parsed.error);
    steps = parsed.steps;
  } else steps = scenario;
  const sim = new Simulation(design, steps, seed, options);
  const groups = sim.network.consumers.map((c) => c.id);
  for (const step of steps) {
    if (step.target !== undefined && !groups.includes(step.target)) {
      throw new SimInputError(`scenario ${step.name}@${step.target}: no consumer group "${step.target}" reads a channel in this design${groups.length > 0 ? ` (groups: ${groups.join(', ')})` : ''}`);
    }
  }
  return Object.assign(sim, {
    run(): SimResult {
      while (!sim.step(1_000_000));
      const result = sim.result();
      // The report is built: the next run in this process may have the message arrays.
      sim.recycleMemory();
      return result;
    },
  });
}
