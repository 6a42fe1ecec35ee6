import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KAFKA_LIBS, kafkaFetched, log4jConfig } from './kafka-tools';
import { freePort } from './ports';

/**
 * A throw-away Kafka Connect worker in standalone mode, for tests: Kafka's own
 * `ConnectStandalone` (what `connect-standalone.sh` runs) from the jars
 * `scripts/kafka/fetch.sh` resolves, against a test broker, with its REST API
 * on a free 127.0.0.1 port. The file connectors and the JSON converter are on
 * its class path, so FileStreamSource/Sink connectors can be created through
 * the REST API. `stop()` ends the worker and removes its folder.
 */

const WORKER_JVM = ['-Xmx384m', '-Xms96m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true'];

export interface ConnectWorker {
  /** `http://127.0.0.1:<port>` of the REST API. */
  url: string;
  /** The worker's log so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export interface ConnectWorkerOptions {
  bootstrap: string;
  /** How long the worker may take to answer its REST API (default 180 s: it scans its class path for plugins first). */
  timeoutMs?: number;
}

const EXITED = 'the Connect worker exited while starting';

/** Starts a worker; a worker that exits while starting (its port taken meanwhile) is started again on new ports, up to three times. */
export async function startConnectWorker(options: ConnectWorkerOptions): Promise<ConnectWorker> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error as Error).message.includes(EXITED) || attempt === 3) throw error;
    }
  }
}

async function startOnce({ bootstrap, timeoutMs = 180_000 }: ConnectWorkerOptions): Promise<ConnectWorker> {
  if (!kafkaFetched()) throw new Error('The Kafka jars are not fetched: run bash scripts/kafka/fetch.sh');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-connect-'));
  const port = await freePort();
  const { properties, log4j, logFile } = writeWorkerConfig(dir, bootstrap, port);
  const child: ChildProcess = spawn('java', [...WORKER_JVM, `-Dlog4j2.configurationFile=${log4j}`, '-cp', `${KAFKA_LIBS}/*`, 'org.apache.kafka.connect.cli.ConnectStandalone', properties], {
    cwd: dir,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 100_000) stderr += chunk.toString('utf8');
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.unref();
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  const reap = () => kill('SIGKILL');
  process.once('exit', reap);
  const log = () => `${existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no worker log yet)'}${stderr ? `\n--- stderr\n${stderr}` : ''}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      kill('SIGTERM');
      await Promise.race([exit, new Promise((r) => setTimeout(r, 20_000))]);
      if (!exited) {
        kill('SIGKILL');
        await Promise.race([exit, new Promise((r) => setTimeout(r, 5_000))]);
      }
    }
    child.stderr?.destroy();
    process.removeListener('exit', reap);
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (exited) throw new Error(EXITED);
      // The REST API answers GET / once the worker has started (herder running).
      const ready = await fetch(`${url}/connectors`, { signal: AbortSignal.timeout(5_000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`its REST API did not answer within ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    const text = log();
    await stop();
    throw new Error(`Kafka Connect did not start: ${(error as Error).message}\n${text.slice(-8000)}`);
  }
  return { url, log, stop };
}

/** The worker's properties (bootstrap, REST listener, JSON converters, file offsets) and its log4j2 configuration, written in `dir`. */
function writeWorkerConfig(dir: string, bootstrap: string, port: number): { properties: string; log4j: string; logFile: string } {
  const logFile = path.join(dir, 'worker.log');
  const properties = path.join(dir, 'worker.properties');
  writeFileSync(
    properties,
    [
      `bootstrap.servers=${bootstrap}`,
      `listeners=http://127.0.0.1:${port}`,
      // The worker's converters, for connectors that name none (the exported ones may override them).
      'key.converter=org.apache.kafka.connect.json.JsonConverter',
      'value.converter=org.apache.kafka.connect.json.JsonConverter',
      `offset.storage.file.filename=${path.join(dir, 'offsets')}`,
      'offset.flush.interval.ms=1000',
      // The plugins are on the class path; no plugin.path to scan.
      'plugin.discovery=only_scan',
      '',
    ].join('\n'),
  );
  const log4j = path.join(dir, 'log4j2.properties');
  writeFileSync(log4j, log4jConfig(logFile, 'info'));
  return { properties, log4j, logFile };
}
