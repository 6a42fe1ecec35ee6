import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../lib/testing/ports';

/**
 * Another production server from the build the suite's own server made,
 * started with its own environment (the live-import policy), on a free port
 * of 127.0.0.1, so a spec can test the server as an operator configures it
 * without changing the one every other spec shares. Its standard output is
 * kept: the server's log lines are part of what is tested.
 */
export interface ProductionServer {
  port: number;
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

const ROOT = path.join(__dirname, '..');

export async function startProductionServer(env: Record<string, string>, options: { command?: 'next-start' | 'npm-serve' } = {}): Promise<ProductionServer> {
  const port = await freePort();
  const childEnv = { ...cleanEnv(), ...env, PORT: String(port), NODE_ENV: 'production' } as const;
  const child: ChildProcess =
    options.command === 'npm-serve'
      ? spawn('npm', ['run', 'serve'], { cwd: ROOT, env: childEnv, detached: true })
      : spawn(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: ROOT, env: childEnv, detached: true });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited before answering:\n${output}`);
    try {
      if ((await fetch(`${url}/api/import/cluster`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

/** The test runner's environment without any live-import policy of its own. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = { NEXT_TELEMETRY_DISABLED: '1' };
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('QUEUEWRIGHT_') && k !== 'HOST' && k !== 'PORT') env[k] = v;
  return env;
}
