import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, portOpen } from './ports';
import { refuseInFastRun } from './real-tools';

/**
 * A throw-away RabbitMQ node for tests: Debian's rabbitmq-server (3.10.8) on
 * 127.0.0.1 only (AMQP, management, Erlang distribution and its own epmd on
 * free ports), with its mnesia, logs, cookie and config in a temporary folder,
 * a unique node name, and only the plugins asked for. `stop()` shuts it down,
 * ends the epmd it started and removes the folder.
 */

const execFileAsync = promisify(execFile);
const RABBIT_BIN = '/usr/lib/rabbitmq/bin';

export function rabbitmqInstalled(): boolean {
  return existsSync(path.join(RABBIT_BIN, 'rabbitmq-server')) && existsSync(path.join(RABBIT_BIN, 'rabbitmqctl'));
}

/** Call at the top of a test file that needs a broker: without one the tests fail, saying what to install. */
export function requireRabbitmq(what: string): void {
  refuseInFastRun(what, 'a RabbitMQ broker');
  if (!rabbitmqInstalled()) throw new Error(`${what}: rabbitmq-server is not installed (apt-get install rabbitmq-server; bash .ci/run installs every test prerequisite).`);
}

async function waitForPort(port: number, timeoutMs: number, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error('the broker process exited while starting');
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`port ${port} did not open within ${timeoutMs} ms`);
}

export interface RabbitBroker {
  amqpPort: number;
  managementPort?: number;
  /** amqp URL for guest on `vhost` (guest may log in from loopback). */
  amqpUrl(vhost?: string): string;
  /** Runs rabbitmqctl against this node. */
  ctl(args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** The environment that points RabbitMQ's tools (rabbitmqctl, rabbitmqadmin) at this node. */
  env: Record<string, string>;
  /** The node's log text so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Enable rabbitmq_management (needed by rabbitmqadmin). */
  management?: boolean;
  /** More plugins to enable, e.g. rabbitmq_federation (whose policy keys the broker refuses without it). */
  plugins?: string[];
  timeoutMs?: number;
}

/** Writes the node's directories, enabled plugins and rabbitmq.conf (AMQP, and management when asked, on loopback only). */
function writeNodeFiles(dir: string, amqpPort: number, managementPort: number, options: StartOptions): void {
  for (const sub of ['mnesia', 'log', 'plugins-expand']) mkdirSync(path.join(dir, sub));
  const plugins = [...(options.management ? ['rabbitmq_management'] : []), ...(options.plugins ?? [])];
  writeFileSync(path.join(dir, 'enabled_plugins'), `[${plugins.join(',')}].\n`);
  writeFileSync(path.join(dir, 'rabbitmq-env.conf'), '');
  writeFileSync(
    path.join(dir, 'rabbitmq.conf'),
    [
      `listeners.tcp.default = 127.0.0.1:${amqpPort}`,
      ...(options.management ? [`management.tcp.port = ${managementPort}`, 'management.tcp.ip = 127.0.0.1'] : []),
      'log.console = false',
      'log.file.level = info',
      '',
    ].join('\n'),
  );
}

/** The node's environment: every file under `dir`, every port its own, Erlang distribution on loopback only. */
export function nodeEnv(dir: string, nodeName: string, ports: { amqpPort: number; distPort: number; epmdPort: number }): Record<string, string> {
  const loopbackOnly = '-kernel inet_dist_use_interface {127,0,0,1}';
  return {
    PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin',
    LANG: 'C.UTF-8',
    HOME: dir,
    RABBITMQ_NODENAME: nodeName,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(ports.amqpPort),
    RABBITMQ_DIST_PORT: String(ports.distPort),
    ERL_EPMD_PORT: String(ports.epmdPort),
    ERL_EPMD_ADDRESS: '127.0.0.1',
    RABBITMQ_MNESIA_BASE: path.join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: path.join(dir, 'log'),
    RABBITMQ_ENABLED_PLUGINS_FILE: path.join(dir, 'enabled_plugins'),
    RABBITMQ_CONFIG_FILE: path.join(dir, 'rabbitmq'),
    RABBITMQ_CONF_ENV_FILE: path.join(dir, 'rabbitmq-env.conf'),
    RABBITMQ_PLUGINS_EXPAND_DIR: path.join(dir, 'plugins-expand'),
    RABBITMQ_PID_FILE: path.join(dir, 'pid'),
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: loopbackOnly,
    RABBITMQ_CTL_ERL_ARGS: loopbackOnly,
  };
}

export async function startRabbitBroker(options: StartOptions = {}): Promise<RabbitBroker> {
  refuseInFastRun('a test', 'a RabbitMQ broker');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-rabbit-'));
  const [amqpPort, distPort, epmdPort, managementPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  const nodeName = `qw${process.pid}x${Math.random().toString(36).slice(2, 8)}@localhost`;
  writeNodeFiles(dir, amqpPort, managementPort, options);
  const env = nodeEnv(dir, nodeName, { amqpPort, distPort, epmdPort });
  const child: ChildProcess = spawn(path.join(RABBIT_BIN, 'rabbitmq-server'), [], { env: env as NodeJS.ProcessEnv, cwd: dir, detached: true, stdio: 'ignore' });
  let exited = false;
  child.on('exit', () => (exited = true));
  const log = () => {
    const file = path.join(dir, 'log', `${nodeName}.log`);
    return existsSync(file) ? readFileSync(file, 'utf8') : '(no log yet)';
  };
  const ctl = async (args: string[]) => {
    const { stdout, stderr } = await execFileAsync(path.join(RABBIT_BIN, 'rabbitmqctl'), args, { env: env as NodeJS.ProcessEnv, cwd: dir, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
    return { stdout, stderr };
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      if (!exited) await ctl(['shutdown']);
    } catch {
      // Fall through to ending the process group.
    }
    if (!exited && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    // The node started its own epmd on our port; end that one (only that one).
    await execFileAsync('epmd', ['-kill'], { env: env as NodeJS.ProcessEnv }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const timeout = options.timeoutMs ?? 45_000;
    await waitForPort(amqpPort, timeout, () => !exited);
    if (options.management) await waitForPort(managementPort, timeout, () => !exited);
  } catch (error) {
    const text = log();
    await stop();
    throw new Error(`RabbitMQ did not start: ${(error as Error).message}\n${text.slice(-4000)}`);
  }
  return {
    amqpPort,
    managementPort: options.management ? managementPort : undefined,
    amqpUrl: (vhost = '/') => `amqp://guest:guest@127.0.0.1:${amqpPort}/${encodeURIComponent(vhost)}`,
    ctl,
    env,
    log,
    stop,
  };
}
