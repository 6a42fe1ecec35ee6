import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, portOpen } from './ports';

/**
 * A throw-away nats-server with JetStream for tests: Debian's nats-server
 * (2.9.10) on 127.0.0.1 and a free port, its store in a temporary folder.
 * `stop()` ends it and removes the folder.
 */

export function natsServerPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  const bin = found.stdout.trim();
  return found.status === 0 && bin !== '' ? bin : undefined;
}

/** Like requireRabbitmq: without nats-server the tests fail, saying what to install. */
export function requireNatsServer(what: string): void {
  if (!natsServerPath()) throw new Error(`${what}: nats-server is not installed (apt-get install nats-server; bash .ci/run installs every test prerequisite).`);
}

export interface NatsServer {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startNatsServer(): Promise<NatsServer> {
  const bin = natsServerPath();
  if (!bin) throw new Error('nats-server is not installed');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-nats-'));
  const port = await freePort();
  const logFile = path.join(dir, 'nats.log');
  const child: ChildProcess = spawn(bin, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', path.join(dir, 'store'), '-l', logFile, '-n', `qw-test-${process.pid}`], {
    stdio: 'ignore',
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no log)');
  const stop = async () => {
    if (!exited) {
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (exited) {
      const text = log();
      await stop();
      throw new Error(`nats-server exited while starting:\n${text}`);
    }
    if ((await portOpen(port)) && /Server is ready/.test(log())) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('nats-server did not start within 15 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `nats://127.0.0.1:${port}`, log, stop };
}
