import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, portOpen } from './ports';
import { refuseInFastRun } from './real-tools';

/**
 * A throw-away nats-server with JetStream for tests, or a JetStream cluster of
 * several: Debian's nats-server (2.9.10) on 127.0.0.1 and free ports, each
 * server with its store in a temporary folder. A cluster's servers route to
 * each other and share one JetStream meta group, so streams with `nodes`
 * replicas can be made. `stop()` ends them and removes the folder.
 */

export function natsServerPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  const bin = found.stdout.trim();
  return found.status === 0 && bin !== '' ? bin : undefined;
}

/** Like requireRabbitmq: without nats-server the tests fail, saying what to install. */
export function requireNatsServer(what: string): void {
  refuseInFastRun(what, 'a NATS server');
  if (!natsServerPath()) throw new Error(`${what}: nats-server is not installed (apt-get install nats-server; bash .ci/run installs every test prerequisite).`);
}

export interface NatsServer {
  /** Client URL of the first server (a client learns the others from it). */
  url: string;
  /** Client URLs of every server. */
  urls: string[];
  log(): string;
  stop(): Promise<void>;
}

export interface NatsServerOptions {
  /** Servers in the JetStream cluster (default 1: a single server without clustering). */
  nodes?: number;
  timeoutMs?: number;
  /** A user every client must log in as (a single server only). */
  auth?: { user: string; password: string };
}

interface Running {
  child: ChildProcess;
  exited: () => boolean;
  logFile: string;
}

async function stopServer(server: Running): Promise<void> {
  if (server.exited()) return;
  const done = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await Promise.race([done, new Promise((r) => setTimeout(r, 5000))]);
  if (!server.exited()) server.child.kill('SIGKILL');
}

/** Whether the server's JetStream is ready: as a single server, or with a meta leader elected among all `nodes`. */
async function jetstreamReady(monitorPort: number, nodes: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${monitorPort}/jsz`, { signal: AbortSignal.timeout(2000) });
    if (!response.ok) return false;
    const jsz = (await response.json()) as { disabled?: boolean; meta_cluster?: { leader?: string; cluster_size?: number; replicas?: Array<{ current?: boolean }> } };
    if (jsz.disabled) return false;
    if (nodes === 1) return true;
    const meta = jsz.meta_cluster;
    return Boolean(meta?.leader) && (meta?.cluster_size ?? 0) === nodes;
  } catch {
    return false;
  }
}

/** Why a start is tried again: a server that exits while starting has almost always lost its port to another process. */
class ExitedWhileStarting extends Error {}

/**
 * Starts the servers, and on a server exiting during start tries again with
 * new ports: the ports are free when chosen, but another test (a broker of a
 * parallel test file) can take one before nats-server binds it.
 */
export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  refuseInFastRun('a test', 'a NATS server');
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof ExitedWhileStarting) || attempt === 3) throw error;
    }
  }
}

async function startOnce(options: NatsServerOptions): Promise<NatsServer> {
  const bin = natsServerPath();
  if (!bin) throw new Error('nats-server is not installed');
  const count = options.nodes ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 9) throw new Error(`A test NATS cluster has 1 to 9 servers, not ${count}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-nats-'));
  const ports: Array<{ client: number; cluster: number; monitor: number }> = [];
  for (let i = 0; i < count; i++) {
    const [client, cluster, monitor] = await Promise.all([freePort(), freePort(), freePort()]);
    ports.push({ client, cluster, monitor });
  }
  const routes = ports.map((p) => `nats-route://127.0.0.1:${p.cluster}`).join(',');
  const servers: Running[] = ports.map((p, i) => {
    const home = path.join(dir, `server-${i + 1}`);
    mkdirSync(home);
    const logFile = path.join(home, 'nats.log');
    const args = ['-js', '-a', '127.0.0.1', '-p', String(p.client), '-m', String(p.monitor), '-sd', path.join(home, 'store'), '-l', logFile, '-n', `qw-${process.pid}-${i + 1}`];
    // JetStream clustering needs a cluster name and routes to every peer (a server ignores the route to itself).
    if (count > 1) args.push('--cluster_name', `qw-${process.pid}`, '--cluster', `nats://127.0.0.1:${p.cluster}`, '--routes', routes);
    if (options.auth) args.push('--user', options.auth.user, '--pass', options.auth.password);
    const child: ChildProcess = spawn(bin, args, { stdio: 'ignore' });
    let exited = false;
    child.on('exit', () => (exited = true));
    return { child, exited: () => exited, logFile };
  });
  const log = () => servers.map((s, i) => `${count > 1 ? `--- server ${i + 1}\n` : ''}${existsSync(s.logFile) ? readFileSync(s.logFile, 'utf8') : '(no log)'}`).join('\n');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(servers.map(stopServer));
    rmSync(dir, { recursive: true, force: true });
  };
  const timeout = options.timeoutMs ?? 15_000 + 10_000 * (count - 1);
  const deadline = Date.now() + timeout;
  for (;;) {
    const gone = servers.findIndex((s) => s.exited());
    if (gone >= 0) {
      // The log of the server that exited first: the others only say they lost a route.
      const text = existsSync(servers[gone].logFile) ? readFileSync(servers[gone].logFile, 'utf8') : '(no log)';
      await stop();
      throw new ExitedWhileStarting(`nats-server ${gone + 1} of ${count} exited while starting:\n${text.slice(-4000)}`);
    }
    const ready = await Promise.all(ports.map(async (p) => (await portOpen(p.client)) && (await jetstreamReady(p.monitor, count))));
    if (ready.every(Boolean)) break;
    if (Date.now() > deadline) {
      const text = log();
      await stop();
      throw new Error(`nats-server did not start within ${timeout / 1000} s:\n${text.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const urls = ports.map((p) => `nats://127.0.0.1:${p.client}`);
  return { url: urls[0], urls, log, stop };
}
