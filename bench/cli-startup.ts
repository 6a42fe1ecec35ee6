import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDesignYaml } from '../lib/design/write-design-yaml';
import { generateDesign } from './generate-design';

/**
 * `queuewright lint` of a 10-node design as CI runs it: a whole process, from
 * spawn to exit (Node's start, loading the compiled command line, the rules,
 * reading, reviewing, printing). Median of `runs`, after one warm-up run.
 */
export function cliLintMs(root: string, nodeCount = 10, runs = 11): number {
  const build = spawnSync('node', [join(root, 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build:cli failed');
  const dir = mkdtempSync(join(tmpdir(), 'queuewright-bench-'));
  const file = join(dir, 'design.yaml');
  writeFileSync(file, writeDesignYaml(generateDesign(nodeCount)));
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    const result = spawnSync('node', [join(root, 'bin', 'queuewright.mjs'), 'lint', file], { encoding: 'utf8' });
    const ms = performance.now() - start;
    if (result.status !== 0 && result.status !== 1) throw new Error(`queuewright lint failed: ${result.stderr}`);
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}
