import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, portOpen } from './ports';
import { refuseInFastRun } from './real-tools';

/**
 * A throw-away moto server (an emulator of the AWS APIs, here for SQS and SNS)
 * on 127.0.0.1 and a free port, from the virtual environment that
 * scripts/moto/fetch.sh installs into .cache/moto. Each server keeps its state
 * in memory, so a test's queues and topics are its own. `stop()` ends it.
 */

// From the working folder, the repository's root for vitest and Playwright alike (Playwright loads this file as CommonJS, where import.meta is not available).
export const MOTO_SERVER = path.resolve('.cache/moto/bin/moto_server');

/** Like requireNatsServer: without moto the tests fail, saying how to install it. */
export function requireMoto(what: string): void {
  refuseInFastRun(what, 'the moto AWS emulator');
  if (!existsSync(MOTO_SERVER)) throw new Error(`${what}: moto is not installed in .cache/moto (run bash scripts/moto/fetch.sh; npm test runs it).`);
}

export interface MotoServer {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  log(): string;
  stop(): Promise<void>;
}

export interface MotoServerOptions {
  /** Extra environment, e.g. INITIAL_NO_AUTH_ACTION_COUNT=0 to check credentials against moto's IAM. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

class ExitedWhileStarting extends Error {}

/** Starts moto, and on it exiting while starting (its port taken by a parallel test's process) tries again with a new port. */
export async function startMotoServer(options: MotoServerOptions = {}): Promise<MotoServer> {
  requireMoto('a test');
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof ExitedWhileStarting) || attempt === 3) throw error;
    }
  }
}

async function startOnce(options: MotoServerOptions): Promise<MotoServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-moto-'));
  const logFile = path.join(dir, 'moto.log');
  const port = await freePort();
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(MOTO_SERVER, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', out, out],
    env: { ...process.env, ...options.env },
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no log)');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // moto (Flask, Python) takes a few seconds to import on a loaded machine.
  const timeout = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeout;
  const endpoint = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) {
      const text = log();
      await stop();
      throw new ExitedWhileStarting(`moto_server exited while starting:\n${text.slice(-4000)}`);
    }
    if (await portOpen(port)) {
      // moto's own reset endpoint answers once the app is serving.
      const ready = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
    }
    if (Date.now() > deadline) {
      const text = log();
      await stop();
      throw new Error(`moto_server did not start within ${timeout / 1000} s:\n${text.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { endpoint, log, stop };
}
