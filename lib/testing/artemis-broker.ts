import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, portOpen } from './ports';
import { refuseInFastRun } from './real-tools';

/**
 * A throw-away ActiveMQ Artemis broker for tests: the binary distribution that
 * scripts/artemis/fetch.sh unpacks into .cache/artemis, an instance made with
 * `artemis create` in a temporary folder, the design's `<address-settings>` and
 * `<addresses>` in place of the instance's own, one acceptor (every protocol) on
 * 127.0.0.1 and a free port. `stop()` ends the broker and removes the folder.
 */

/** Keep in step with scripts/artemis/fetch.sh. */
export const ARTEMIS_VERSION = '2.40.0';
const USER = 'qw';
const PASSWORD = 'qw';
const run = promisify(execFile);

export function artemisHome(): string {
  return path.resolve(process.cwd(), '.cache', 'artemis', `apache-artemis-${ARTEMIS_VERSION}`);
}

/** Like requireNatsServer: without the distribution the tests fail, saying how to get it. */
export function requireArtemis(what: string): void {
  refuseInFastRun(what, 'an ActiveMQ Artemis broker');
  if (!existsSync(path.join(artemisHome(), 'bin', 'artemis'))) {
    throw new Error(`${what}: Artemis ${ARTEMIS_VERSION} is not in .cache/artemis (bash scripts/artemis/fetch.sh; bash .ci/run installs every test prerequisite).`);
  }
}

export interface ArtemisBroker {
  /** The acceptor's address for Core clients and the CLI (`tcp://127.0.0.1:<port>`). */
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  /** The broker.xml the broker runs with. */
  brokerXml: string;
  /** Runs the instance's `artemis` command against the broker (`queue stat`, `address show`, …) and returns what it printed. */
  cli(args: readonly string[]): Promise<string>;
  log(): string;
  stop(): Promise<void>;
}

/** Where the section `tag` of a broker.xml is (from its line's indentation), comments skipped. */
function section(xml: string, tag: string): { start: number; end: number } | undefined {
  // Comments blanked to the same length, so positions still fit the original text.
  const masked = xml.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
  const match = new RegExp(`[ \\t]*<${tag}>[\\s\\S]*?</${tag}>|[ \\t]*<${tag}/>`).exec(masked);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function replaceSection(xml: string, tag: string, replacement: string): string {
  const at = section(xml, tag);
  if (!at) throw new Error(`The instance's broker.xml has no <${tag}> section`);
  return xml.slice(0, at.start) + replacement + xml.slice(at.end);
}

/** One acceptor, for every protocol, on 127.0.0.1:`port`. */
function acceptorsOn(port: number): string {
  return `      <acceptors>\n         <acceptor name="artemis">tcp://127.0.0.1:${port}</acceptor>\n      </acceptors>`;
}

/**
 * The instance's broker.xml with the exported file's `<address-settings>` and `<addresses>` in place of
 * its own, and its acceptors replaced by one on `port`. Exported for the test that checks the splice.
 */
export function spliceBrokerXml(instanceXml: string, exportedXml: string, port: number): string {
  let xml = instanceXml;
  for (const tag of ['address-settings', 'addresses']) {
    const at = section(exportedXml, tag);
    xml = replaceSection(xml, tag, at ? exportedXml.slice(at.start, at.end) : `<${tag}/>`);
  }
  return replaceSection(xml, 'acceptors', acceptorsOn(port));
}

async function stopBroker(child: ChildProcess, exited: () => boolean): Promise<void> {
  if (exited()) return;
  const done = new Promise((resolve) => child.once('exit', resolve));
  // The JVM's shutdown hook stops the broker cleanly on SIGTERM.
  child.kill('SIGTERM');
  await Promise.race([done, new Promise((r) => setTimeout(r, 15_000))]);
  if (!exited()) child.kill('SIGKILL');
}

/** Why a start is tried again: a broker that exits while starting has almost always lost its port. */
class ExitedWhileStarting extends Error {}

export interface ArtemisOptions {
  /** A broker.xml whose `<address-settings>` and `<addresses>` the broker runs with (the exporter's). */
  brokerXml: string;
  /**
   * `sections` (the default): those two sections go into the instance's own broker.xml, which keeps its
   * security. `whole`: the file is the broker's whole configuration, only its acceptors moved to a free
   * port (without security settings no client may send, but the broker starts and deploys it).
   */
  use?: 'sections' | 'whole';
  timeoutMs?: number;
}

/** Starts a broker; on one exiting while it starts (its port taken meanwhile), tries again on a new port. */
export async function startArtemis(options: ArtemisOptions): Promise<ArtemisBroker> {
  requireArtemis('a test');
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof ExitedWhileStarting) || attempt === 3) throw error;
    }
  }
}

async function createInstance(dir: string): Promise<string> {
  const instance = path.join(dir, 'broker');
  const create = [
    'create',
    '--silent',
    '--allow-anonymous',
    '--user',
    USER,
    '--password',
    PASSWORD,
    '--no-web',
    '--no-autotune',
    '--no-fsync',
    '--no-amqp-acceptor',
    '--no-stomp-acceptor',
    '--no-mqtt-acceptor',
    '--no-hornetq-acceptor',
    '--host',
    '127.0.0.1',
    // Two cores and several brokers on the machine: 512 MB (the profile's -Xms) is plenty for a test.
    '--java-memory',
    '512M',
    instance,
  ];
  await run(path.join(artemisHome(), 'bin', 'artemis'), create, { timeout: 60_000 });
  return instance;
}

async function startOnce(options: ArtemisOptions): Promise<ArtemisBroker> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-artemis-'));
  const instance = await createInstance(dir);
  const port = await freePort();
  const brokerXmlPath = path.join(instance, 'etc', 'broker.xml');
  const brokerXml = options.use === 'whole' ? replaceSection(options.brokerXml, 'acceptors', acceptorsOn(port)) : spliceBrokerXml(readFileSync(brokerXmlPath, 'utf8'), options.brokerXml, port);
  writeFileSync(brokerXmlPath, brokerXml);
  const logFile = path.join(instance, 'log', 'artemis.log');
  let output = '';
  const child = spawn(path.join(instance, 'bin', 'artemis'), ['run'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => (output = (output + String(d)).slice(-200_000)));
  child.stderr?.on('data', (d) => (output = (output + String(d)).slice(-200_000)));
  let exited = false;
  child.on('exit', () => (exited = true));
  const log = () => output || (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no log)');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await stopBroker(child, () => exited);
    rmSync(dir, { recursive: true, force: true });
  };
  // Generous: a loaded two-core machine starts a JVM broker slowly; this guards against a hang, not a slow start.
  const timeout = options.timeoutMs ?? 150_000;
  const deadline = Date.now() + timeout;
  // AMQ221007: "Server is now active"; the port alone opens before the addresses are deployed.
  while (!(/AMQ221007/.test(output) && (await portOpen(port)))) {
    if (exited) {
      const text = log();
      await stop();
      throw new ExitedWhileStarting(`Artemis exited while starting:\n${text.slice(-4000)}`);
    }
    if (Date.now() > deadline) {
      const text = log();
      await stop();
      throw new Error(`Artemis did not start within ${timeout / 1000} s:\n${text.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const url = `tcp://127.0.0.1:${port}`;
  const cli = async (args: readonly string[]) => {
    const { stdout } = await run(path.join(instance, 'bin', 'artemis'), [...args, '--url', url, '--user', USER, '--password', PASSWORD], { timeout: 60_000 });
    return stdout;
  };
  return { url, host: '127.0.0.1', port, user: USER, password: PASSWORD, brokerXml, cli, log, stop };
}
