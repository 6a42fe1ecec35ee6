import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDesignJson } from '../lib/design';
import { listen } from '../lib/testing/listeners';
import { makeDesign } from '../lib/design/build-design';

/**
 * The installed command as a process: compiled ahead of time (no transpiler
 * among its dependencies), its streams, and its exit codes. The compile runs
 * first so these tests never run a stale build.
 */

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'queuewright.mjs');
const dir = mkdtempSync(join(tmpdir(), 'queuewright-bin-'));
const flawed = writeDesignJson(
  makeDesign({
    nodes: [
      { kind: 'producer', id: 'api', kafka: { acks: '1' } },
      { kind: 'kafka-topic', id: 'orders', replicationFactor: 1 },
    ],
    connections: [{ from: 'api', to: 'orders' }],
  }),
);
writeFileSync(join(dir, 'flawed.json'), flawed);

beforeAll(() => {
  const build = spawnSync('node', [join(root, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stderr}`);
}, 60_000);

/** Runs the command to its end; resolves with its exit code and output (no time limit of our own: a hang fails the test). */
function runBin(args: string[], stdio: { stdout?: number | 'pipe'; closeStdout?: boolean; input?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [bin, ...args], { cwd: dir, stdio: ['pipe', stdio.stdout ?? 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // The reader goes away before the command writes anything: every write meets a closed pipe.
    if (stdio.closeStdout) child.stdout?.destroy();
    else child.stdout?.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdin!.end(stdio.input ?? '');
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the queuewright command', () => {
  it('answers --version from the compiled build', async () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    expect(await runBin(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('runs through npx from the project, with the documented exit codes', () => {
    const result = spawnSync('npx', ['--no-install', 'queuewright', 'lint', join(dir, 'flawed.json')], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('kafka/acks-all-for-at-least-once');
  }, 30_000);

  it('reads standard input for -', async () => {
    const result = await runBin(['lint', '-'], { input: flawed });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<stdin>\n');
  });

  it('a closed pipe is one line on stderr and exit 2, never a stack trace', async () => {
    const result = await runBin(['rules', '--format', 'json'], { closeStdout: true });
    expect(result.stderr).toBe('queuewright: cannot write standard output: the reading end was closed (EPIPE)\n');
    expect(result.code).toBe(2);
  });

  it('a full disk behind > is one line on stderr and exit 2', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await runBin(['rules'], { stdout: full });
      expect(result.stderr).toBe('queuewright: cannot write standard output: no space left on device (ENOSPC)\n');
      expect(result.code).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('exits once its work is done, even when a cluster never answered', async () => {
    const silent = await listen();
    try {
      const result = await runBin(['import', '--from', 'kafka', '--bootstrap', `127.0.0.1:${silent.port}`, '--timeout', '1']);
      expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^queuewright: .*did not answer.*\n$/) });
      expect(silent.accepted).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  }, 30_000);

  it('needs no transpiler at run time: tsx and esbuild are development dependencies only', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(Object.keys(pkg.dependencies)).not.toContain('esbuild');
    expect(pkg.devDependencies).toMatchObject({ tsx: expect.any(String), esbuild: expect.any(String) });
    expect(pkg.scripts.prepare).toBe('node scripts/build-cli.mjs');
    const built = readdirSync(join(root, 'dist', 'cli')).filter((f) => f.endsWith('.mjs'));
    for (const f of built) expect(readFileSync(join(root, 'dist', 'cli', f), 'utf8')).not.toMatch(/from ["'](tsx|esbuild)/);
    expect(readFileSync(bin, 'utf8')).not.toContain('tsx');
  });
});
