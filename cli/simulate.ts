import { durationToMs, formatDesignErrors } from '../lib/design';
import { readDesign } from '../lib/design/read-design';
import { applyCostEdits, type EditedCostInputs } from '../lib/capacity/cost-edits';
import { estimateCost, type CostEstimate } from '../lib/capacity/cost-estimate';
import { costNeeds, createSimulation, parseScenario, SCENARIO_HELP, SCENARIO_NAMES, SimInputError, type DesignCostNeeds, type SimReport, type SimResult } from '../lib/sim';
import { costText } from './cost-text';
import { CliError, EXIT, readInput, type ExitCode, type Io } from './io';
import { choice, text, type ParsedCommandLine } from './options';

/**
 * `queuewright simulate <design|-> [--scenario a,b] [--seed N] [--duration 1h] [--format text|json] [--prices file.json]`:
 * runs the design under load and the named failures, and prints the report
 * and the monthly cost at the declared rates (text for people, JSON for
 * tools; the JSON holds the sampled series too). `--prices` replaces
 * published prices and assumptions: `{"prices": {"brokerInstanceHour": 0.06},
 * "assumptions": {"hoursPerMonth": 720}}`. The same arguments print the same bytes.
 */

const MAX_DURATION_MS = 7 * 86_400_000;

export async function simulateCommand(command: ParsedCommandLine, io: Io): Promise<ExitCode> {
  const format = choice(command.values.format, ['text', 'json'] as const, 'text', 'format');
  if (command.positionals.length !== 1) throw new CliError('simulate takes one design file (a path, or - for standard input).');
  const seedText = text(command.values, 'seed') ?? '1';
  if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > 0xffffffff) throw new CliError(`--seed must be a whole number from 0 to 4294967295, not "${seedText}".`);
  const durationText = text(command.values, 'duration') ?? '1h';
  const durationMs = durationToMs(durationText);
  if (durationMs === undefined || durationMs <= 0 || durationMs > MAX_DURATION_MS) {
    throw new CliError(`--duration must be a duration from 1ms to 7d such as 90s, 30m or 1h, not "${durationText}".`);
  }
  const scenario = text(command.values, 'scenario') ?? 'steady';
  const parsed = parseScenario(scenario, durationMs);
  if (!parsed.ok) throw new CliError(`--scenario: ${parsed.error}.\n${SCENARIO_NAMES.map((n) => `  ${n.padEnd(12)} ${SCENARIO_HELP[n]}`).join('\n')}`);

  const costInputs = await readCostEdits(text(command.values, 'prices'), io);
  const input = await readInput(command.positionals[0], io);
  const result = readDesign(input.text);
  if (!result.ok) throw new CliError(`${input.name} is not a readable design:\n${formatDesignErrors(result.errors)}`);
  if (result.notices.length > 0) io.stderr.write(`queuewright: ${input.name}: keys the design does not know were ignored:\n${formatDesignErrors(result.notices)}\n`);

  let run: SimResult;
  let cost: DesignCostNeeds;
  try {
    const sim = createSimulation(result.design, parsed.steps, Number(seedText), { durationMs });
    cost = costNeeds(sim.network);
    run = sim.run();
  } catch (error) {
    if (error instanceof SimInputError) throw new CliError(`--scenario: ${error.message}.`);
    throw error;
  }
  const estimate = estimateCost(cost.needs, costInputs.prices, costInputs.assumptions);
  io.stdout.write(format === 'json' ? `${JSON.stringify({ ...run, cost: { estimate, unpriced: cost.unpriced } }, null, 2)}\n` : reportText(input.name, run.report, estimate, cost.unpriced));
  return EXIT.ok;
}

/** The `--prices` file: replacements for published prices and default assumptions; refused whole, naming each wrong entry. */
async function readCostEdits(name: string | undefined, io: Io): Promise<EditedCostInputs> {
  if (name === undefined) return applyCostEdits({ prices: {}, assumptions: {} });
  const file = await readInput(name, io);
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    throw new CliError(`--prices ${file.name} is not JSON: ${(error as Error).message}.`);
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const shape = 'an object such as {"prices": {"brokerInstanceHour": 0.06}, "assumptions": {"hoursPerMonth": 720}}';
  if (!isObject(data)) throw new CliError(`--prices ${file.name} must hold ${shape}.`);
  const extra = Object.keys(data).filter((k) => k !== 'prices' && k !== 'assumptions');
  if (extra.length > 0) throw new CliError(`--prices ${file.name}: unknown key ${extra.map((k) => `"${k}"`).join(', ')}; it must hold ${shape}.`);
  for (const part of ['prices', 'assumptions'] as const)
    if (data[part] !== undefined && !isObject(data[part])) throw new CliError(`--prices ${file.name}: "${part}" must be an object of numbers by name.`);
  const edited = applyCostEdits({ prices: (data.prices ?? {}) as Record<string, unknown>, assumptions: (data.assumptions ?? {}) as Record<string, unknown> });
  if (edited.problems.length > 0) throw new CliError(`--prices ${file.name}:\n${edited.problems.map((p) => `  ${p}`).join('\n')}`);
  return edited;
}

/** The report for a terminal: paths, then stations with trouble first, then what happened and what is not modelled. */
export function reportText(name: string, report: SimReport, estimate: CostEstimate, unpriced: readonly string[]): string {
  const lines: string[] = [];
  const n = (v: number) => String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  lines.push(`${name}: simulated ${report.simulatedMs / 1000} s, seed ${report.seed}, scenarios: ${report.scenarios.length > 0 ? report.scenarios.join('; ') : 'steady'}`);
  lines.push(
    `  ${n(report.events)} events · ${n(report.published)} published · ${n(report.totals.processed)} processed · ${n(report.totals.lost)} lost · ${n(report.totals.deadLettered)} dead-lettered · ${n(report.totals.duplicated)} duplicated · ${n(report.totals.redelivered)} redelivered${report.totals.refusedByBroker > 0 ? ` · ${n(report.totals.refusedByBroker)} refused by the broker` : ''}`,
  );
  lines.push(`  First saturated: ${report.saturatedFirst ? `${report.saturatedFirst.station} at ${Math.round(report.saturatedFirst.atMs / 1000)} s` : 'none'}`);
  lines.push('', 'Paths (end-to-end latency, ms)');
  for (const p of report.paths) {
    lines.push(`  ${p.label}`, `      ${p.throughputPerS}/s · p50 ${p.latency.p50Ms} · p99 ${p.latency.p99Ms} · max ${p.latency.maxMs}`);
  }
  lines.push('', 'Queues and consumers');
  for (const s of report.stations) {
    const trouble = [
      s.lost > 0
        ? `lost ${n(s.lost)} (${Object.entries(s.lostBy)
            .map(([k, v]) => `${k}: ${n(v)}`)
            .join(', ')})`
        : '',
      s.deadLettered > 0 ? `dead-lettered ${n(s.deadLettered)}` : '',
      s.duplicated > 0 ? `duplicated ${n(s.duplicated)}` : '',
      s.redelivered > 0 ? `redelivered ${n(s.redelivered)}` : '',
    ].filter((x) => x !== '');
    lines.push(`  ${s.label} [${s.family}, ${s.threads} thread${s.threads === 1 ? '' : 's'}]`);
    lines.push(
      `      ${n(s.processed)} processed · utilisation ${Math.round(s.utilisation * 100)} % · wait ${s.meanWaitMs} ms · peak depth ${n(s.peakDepth)} · drain ${s.timeToDrainMs === null ? 'not drained' : `${Math.round(s.timeToDrainMs / 1000)} s`} · end depth ${n(s.endDepth)}`,
    );
    if (trouble.length > 0) lines.push(`      ${trouble.join(' · ')}`);
  }
  lines.push('', `Capacity at the declared rates`);
  for (const c of report.capacity) {
    const inputs = Object.entries(c.inputs)
      .map(([k, v]) => `${k} = ${v}`)
      .join(', ');
    const unit = c.value < 0 || c.quantity.includes(c.unit) ? '' : ` ${c.unit}`;
    lines.push(`  ${c.nodeId}: ${c.quantity} = ${c.value < 0 ? c.unit : c.value}${unit}${c.declared !== undefined ? ` (declared ${c.declared})` : ''}`, `      ${c.formula}; ${inputs}`);
  }
  lines.push(...costText(estimate, unpriced));
  if (report.scenarioOutcomes.length > 0) lines.push('', 'What happened', ...report.scenarioOutcomes.map((o) => `  ${o}`));
  lines.push('', 'Not modelled', ...report.notModelled.map((o) => `  ${o}`));
  return `${lines.join('\n')}\n`;
}
