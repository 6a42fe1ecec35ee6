/**
 * `npm run bench`: every performance metric of the project, written to
 * bench/results.json (one key per metric, each with the machine's load
 * average when it was taken: on shared 2-core machines a number means little
 * without it) and printed with its goal. Browser metrics need a production
 * build; it is made if missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dragFrameP95 } from './canvas-drag';
import { cliLintMs } from './cli-startup';
import { firstLoadJsKb } from './firstload';
import { GOALS, meetsGoal } from './goals';
import { measured, recordResults, type MetricResult } from './results-file';
import { rescoreMedianMs } from './rules';
import { shareEncodeDecodeMedianMs, shareLinkChars, shareLinkCharsRealistic, shareLinkTextFloorChars, shareRatioVsLzString, shareRatioVsLzStringSameInput } from './share';
import { rescoreRealisticFreshMs, rescoreRealisticWarmMs } from './rescore-realistic';
import { firstLoadDownloadedKb } from './firstload-downloaded';
import { inputToFrameP95 } from './canvas-input';
import { importMainThreadBlockMs } from './import-block';
import { shareOpenMs } from './share-open';
import { auditMs1000Resources } from './audit';
import { simMetricInFreshProcess } from './sim';
import { simMainThreadBlockMs } from './sim-block';

const root = join(__dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 3199);

async function waitFor(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function main() {
  const results: Record<string, MetricResult> = {};
  // A metric that fails is reported and fails the run, but does not hide the metrics after it.
  const failed: string[] = [];
  const record = async (key: string, measure: () => number | Promise<number>) => {
    try {
      const value = await measure();
      results[key] = measured(value);
      console.log(`${key}: ${value} (load ${results[key].load1})`);
    } catch (error) {
      failed.push(key);
      console.error(`${key}: FAILED — ${(error as Error).message.split('\n')[0]}`);
    }
  };

  await record('rules_rescore_ms_median_200_nodes', () => rescoreMedianMs(200));
  await record('rules_rescore_ms_median_1000_nodes', () => rescoreMedianMs(1000));
  await record('share_link_chars_100_nodes', () => shareLinkChars(100));
  await record('share_link_chars_ratio_vs_lzstring', () => shareRatioVsLzString(100));
  await record('share_encode_decode_ms_200_nodes', () => shareEncodeDecodeMedianMs(200));
  await record('cli_lint_ms_10_nodes', () => cliLintMs(root));
  await record('rules_rescore_ms_realistic_1000_nodes', () => rescoreRealisticWarmMs(1000));
  await record('rules_rescore_ms_realistic_10000_nodes', () => rescoreRealisticWarmMs(10_000, 7));
  await record('rules_rescore_ms_realistic_1000_nodes_fresh_process', () => rescoreRealisticFreshMs(1000));
  await record('share_link_chars_realistic_100_nodes', () => shareLinkCharsRealistic(100));
  await record('share_link_text_floor_chars_realistic_100_nodes', () => shareLinkTextFloorChars(100));
  await record('share_link_ratio_vs_lzstring_same_input', () => shareRatioVsLzStringSameInput(100));
  await record('audit_ms_1000_resources', () => auditMs1000Resources());
  // Each in a new process, as the studio's worker and the command line run a simulation (sim.ts).
  await record('sim_events_per_s', () => simMetricInFreshProcess('sim_events_per_s'));
  await record('sim_ms_1h_200_nodes', () => simMetricInFreshProcess('sim_ms_1h_200_nodes'));
  await record('sim_events_per_s_single_queue', () => simMetricInFreshProcess('sim_events_per_s_single_queue'));

  if (!existsSync(join(root, '.next', 'BUILD_ID')) || process.env.BENCH_REBUILD) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed');
  }

  const server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], { cwd: root, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, detached: true });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await waitFor(url, 60_000);
    await record('firstload_js_gzip_kb', () => firstLoadJsKb(root, url));
    await record('canvas_drag_frame_ms_p95_200_nodes', () => dragFrameP95(url, 200));
    await record('canvas_drag_frame_ms_p95_500_nodes', () => dragFrameP95(url, 500));
    await record('share_open_ms_10000_nodes', () => shareOpenMs(url, 10_000));
    await record('firstload_js_gzip_kb_downloaded', () => firstLoadDownloadedKb(url));
    await record('canvas_drag_input_to_frame_ms_p95_500_nodes', () => inputToFrameP95(url, 500, 'drag'));
    await record('canvas_drag_input_to_frame_ms_p95_1000_nodes', () => inputToFrameP95(url, 1000, 'drag'));
    await record('canvas_pan_input_to_frame_ms_p95_1000_nodes', () => inputToFrameP95(url, 1000, 'pan'));
    await record('import_main_thread_block_ms_max_5000_nodes', () => importMainThreadBlockMs(url, 5000));
    await record('sim_main_thread_block_ms_max', () => simMainThreadBlockMs(url, 200));
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }

  recordResults(results);
  const rows = Object.entries(results).map(([metric, { value, load1 }]) => {
    const goal = GOALS[metric];
    return `| ${metric} | ${value} ${goal?.unit ?? ''} | ${goal?.higherIsBetter ? '≥' : '≤'} ${goal?.goal ?? '?'} | ${load1} | ${meetsGoal(metric, value) ? 'met' : 'MISSED'} |`;
  });
  console.log(['| metric | result | goal | load | |', '|---|---|---|---|---|', ...rows].join('\n'));
  if (failed.length > 0) throw new Error(`${failed.length} metric(s) could not be measured: ${failed.join(', ')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
