import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './shared-dir';
import { refuseInFastRun } from './real-tools';

/**
 * Reading exports back the way Go tools do (scripts/go-check): compose-go,
 * the Compose specification's own loader (what `docker compose` runs), and
 * the YAML 1.1 readers behind topicctl (gopkg.in/yaml.v2) and kubectl
 * (sigs.k8s.io/yaml). The checker is built once from its pinned go.mod, its
 * modules coming from the Go module proxy, into `.cache/go-check`.
 */

const SOURCE = path.join(REPO_ROOT, 'scripts', 'go-check');
const BINARY = path.join(REPO_ROOT, '.cache', 'go-check', 'go-check');

function goPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' });
  const bin = found.stdout.trim();
  return found.status === 0 && bin !== '' ? bin : undefined;
}

/**
 * Call at the top of a test file that reads files with Go tools: without Go the tests fail, saying
 * what to install. It builds the checker here, while the file is collected, because a first build
 * on a busy machine can outlast any one test's timeout (`npm test` builds it before the run).
 */
export function requireGo(what: string): void {
  refuseInFastRun(what, 'Go');
  if (!goPath())
    throw new Error(
      `${what}: Go 1.24 or later is not on PATH (PATH="$(bash scripts/fetch-go.sh):$PATH" gets it from the Go module proxy; the first build fetches compose-go and yaml.v2 the same way).`,
    );
  goCheckBinary();
}

function newestSource(): number {
  return Math.max(...readdirSync(SOURCE).map((f) => statSync(path.join(SOURCE, f)).mtimeMs));
}

/** The checker binary, built when missing or older than its sources. */
export function goCheckBinary(): string {
  refuseInFastRun('a Go check', 'Go');
  if (existsSync(BINARY) && statSync(BINARY).mtimeMs >= newestSource()) return BINARY;
  mkdirSync(path.dirname(BINARY), { recursive: true });
  // Test files run in parallel: each builds to its own path and renames, so no one runs a half-written file.
  const temp = `${BINARY}.${process.pid}.${Date.now()}`;
  const result = spawnSync('go', ['build', '-o', temp, '.'], {
    cwd: SOURCE,
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' },
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`building scripts/go-check failed:\n${result.stderr}`);
  renameSync(temp, BINARY);
  return BINARY;
}

export type GoCheck = 'compose' | 'yaml-v2' | 'k8s-yaml';

export type GoCheckResult = { ok: true; value: unknown } | { ok: false; error: string };

/** Runs one check on `text` (written to a temporary file named `fileName`). */
export function goCheck(command: GoCheck, text: string, fileName = 'input.yaml'): GoCheckResult {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-go-check-'));
  try {
    const file = path.join(dir, fileName);
    writeFileSync(file, text);
    try {
      const out = execFileSync(goCheckBinary(), [command, file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      return { ok: true, value: JSON.parse(out) };
    } catch (error) {
      const failure = error as { status?: number; stderr?: string };
      if (failure.status === 1) return { ok: false, error: String(failure.stderr).trim() };
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The documents of a YAML file as a Go yaml.v2 or kubectl reader sees them; throws when it refuses the file. */
export function readYamlLikeGo(text: string, reader: 'yaml-v2' | 'k8s-yaml' = 'yaml-v2'): unknown[] {
  const result = goCheck(reader, text);
  if (!result.ok) throw new Error(`${reader} refused the file: ${result.error}`);
  return result.value as unknown[];
}
