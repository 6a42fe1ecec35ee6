import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, portOpen } from './ports';
import { REPO_ROOT } from './shared-dir';

/**
 * A throw-away Apache Kafka broker for tests: Kafka 4.x in KRaft mode (one
 * process that is both broker and controller, no ZooKeeper), run from the jars
 * `scripts/kafka/fetch.sh` resolves from Maven Central into
 * `.cache/kafka/libs`. It listens on 127.0.0.1 only, on free ports, with a
 * fresh data directory formatted under a random cluster id. `stop()` shuts it
 * down (controlled shutdown, then a kill if it hangs) and removes the folder.
 *
 * Kafka's own command-line classes run from the same jars (`tool`), and
 * `toolWrappers` puts `kafka-topics.sh` / `kafka-configs.sh` look-alikes on a
 * PATH so scripts written for a Kafka installation run unchanged.
 */

/** The Kafka release the tests run (scripts/kafka/pom.xml pins the same). */
export const KAFKA_VERSION = '4.1.1';
export const KAFKA_LIBS = path.join(REPO_ROOT, '.cache', 'kafka', 'libs');
const CLASSPATH = `${KAFKA_LIBS}/*`;
/** Small heaps and the C1 compiler only: the tests start many short-lived JVMs on 2 cores. */
const TOOL_JVM = ['-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true'];
const BROKER_JVM = ['-Xmx512m', '-Xms128m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true'];

/** The shell command names of Kafka's distribution and the classes behind them (bin/*.sh in the release). */
export const KAFKA_TOOL_CLASSES = {
  'kafka-topics.sh': 'org.apache.kafka.tools.TopicCommand',
  'kafka-configs.sh': 'kafka.admin.ConfigCommand',
  'kafka-console-producer.sh': 'org.apache.kafka.tools.ConsoleProducer',
  'kafka-console-consumer.sh': 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  'kafka-consumer-groups.sh': 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
  'kafka-storage.sh': 'kafka.tools.StorageTool',
} as const;

function onPath(command: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const bin = found.stdout.trim();
  return found.status === 0 && bin !== '' ? bin : undefined;
}

/** The java on PATH, or undefined. */
export function javaPath(): string | undefined {
  return onPath('java');
}

/** The javac on PATH (a JDK, which the client checker needs), or undefined. */
export function javacPath(): string | undefined {
  return onPath('javac');
}

/** Whether `scripts/kafka/fetch.sh` completed (it writes the stamp last). */
export function kafkaFetched(): boolean {
  return existsSync(path.join(KAFKA_LIBS, '.fetched'));
}

/** Call at the top of a test file that needs a Kafka broker: without java or the jars the tests fail, saying how to get them. */
export function requireKafka(what: string): void {
  const missing = !javaPath() || !javacPath()
    ? 'a JDK is not installed (apt-get install openjdk-17-jdk-headless)'
    : !kafkaFetched()
      ? 'the Kafka jars are not fetched (run: bash scripts/kafka/fetch.sh — needs mvn)'
      : undefined;
  if (missing) throw new Error(`${what}: ${missing}; bash .ci/run installs every test prerequisite.`);
}

/**
 * A Kafka cluster id: 16 random bytes, base64url without padding, as `kafka-storage.sh random-uuid`
 * prints. Like Kafka's own `Uuid.randomUuid()`, never one that starts with `-`: `kafka-storage
 * format --cluster-id -…` takes it for a flag (one start in 64 failed before).
 */
export function randomClusterId(random: (size: number) => Buffer = randomBytes): string {
  for (;;) {
    const id = random(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ToolOptions {
  /** Text fed to the tool's standard input (the console producer reads it). */
  input?: string;
  timeoutMs?: number;
  cwd?: string;
}

function log4jConfig(file: string | undefined, level: string): string {
  return [
    'status = error',
    ...(file
      ? [`appender.out.type = File`, `appender.out.name = out`, `appender.out.fileName = ${file}`]
      : [`appender.out.type = Console`, `appender.out.name = out`, `appender.out.target = SYSTEM_ERR`]),
    'appender.out.layout.type = PatternLayout',
    'appender.out.layout.pattern = [%d] %p %m (%c)%n',
    `rootLogger.level = ${level}`,
    'rootLogger.appenderRef.out.ref = out',
    '',
  ].join('\n');
}

/** The warn-level log4j configuration the tools use (written once per process, next to the jars). */
function toolLog4j(): string {
  const file = path.join(os.tmpdir(), `qw-kafka-tools-log4j2-${process.pid}.properties`);
  if (!existsSync(file)) {
    writeFileSync(file, log4jConfig(undefined, 'warn'));
    process.once('exit', () => rmSync(file, { force: true }));
  }
  return file;
}

/** A class-data-sharing archive of the tools' classes, once `prepareFastTools` made one. */
let toolArchive: string | undefined;

/** The java command line that runs one of Kafka's main classes from the fetched jars. */
export function toolCommand(className: string, args: readonly string[]): { command: string; args: string[] } {
  // -Xshare:auto falls back to plain class loading if the archive does not match; -Xlog keeps that quiet.
  const share = toolArchive ? [`-XX:SharedArchiveFile=${toolArchive}`, '-Xshare:auto', '-Xlog:cds=off', '-Xlog:cds+dynamic=off'] : [];
  return { command: 'java', args: [...TOOL_JVM, ...share, `-Dlog4j2.configurationFile=${toolLog4j()}`, '-cp', CLASSPATH, className, ...args] };
}

/**
 * Halves the start-up of every later tool run (about 0.8 s to 0.4 s): runs
 * kafka-topics and kafka-configs once, read-only, against `bootstrap` to list
 * the classes they load, and dumps those into a class-data-sharing archive in
 * `dir`. Tests that run hundreds of tool commands call it once after the broker
 * is up; if anything fails the tools simply start the ordinary way.
 */
export async function prepareFastTools(bootstrap: string, dir: string): Promise<boolean> {
  const lists = [path.join(dir, 'topics.classlist'), path.join(dir, 'configs.classlist')];
  const runs: Array<[string, string[]]> = [
    [KAFKA_TOOL_CLASSES['kafka-topics.sh'], ['--bootstrap-server', bootstrap, '--list']],
    [KAFKA_TOOL_CLASSES['kafka-configs.sh'], ['--bootstrap-server', bootstrap, '--describe', '--entity-type', 'topics']],
  ];
  const java = (args: string[]) =>
    new Promise<number>((resolve) => execFile('java', args, { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error) => resolve(error ? 1 : 0)));
  const codes = await Promise.all(runs.map(([className, args], i) => java([...TOOL_JVM, `-XX:DumpLoadedClassList=${lists[i]}`, `-Dlog4j2.configurationFile=${toolLog4j()}`, '-cp', CLASSPATH, className, ...args])));
  if (codes.some((c) => c !== 0)) return false;
  const all = [...new Set(lists.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter(Boolean))].join('\n');
  const list = path.join(dir, 'tools.classlist');
  writeFileSync(list, `${all}\n`);
  const archive = path.join(dir, 'tools.jsa');
  if ((await java([...TOOL_JVM, '-Xshare:dump', `-XX:SharedClassListFile=${list}`, `-XX:SharedArchiveFile=${archive}`, '-cp', CLASSPATH])) !== 0) return false;
  toolArchive = archive;
  return true;
}

/** Runs one of Kafka's main classes (e.g. `org.apache.kafka.tools.TopicCommand`) and returns its exit code and output. */
export function runKafkaTool(className: string, args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
  const { command, args: argv } = toolCommand(className, args);
  return new Promise((resolve, reject) => {
    const child = execFile(command, argv, { cwd: options.cwd, timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(new Error(`${className} did not finish: ${error.message}\n${stderr}`));
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/**
 * Writes `kafka-topics.sh`, `kafka-configs.sh`, … into `dir`: each execs java
 * with the matching Kafka class, so a script written for a Kafka installation
 * runs as-is with `dir` first on PATH.
 */
export function writeToolWrappers(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, className] of Object.entries(KAFKA_TOOL_CLASSES)) {
    const { command, args } = toolCommand(className, []);
    const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const file = path.join(dir, name);
    writeFileSync(file, `#!/usr/bin/env bash\n# ${name} from Kafka ${KAFKA_VERSION}'s jars (written by lib/testing/kafka-broker.ts).\nexec ${quoted} "$@"\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}

export interface SaslUser {
  username: string;
  password: string;
}

export interface KafkaBrokerOptions {
  /** Adds a SASL_PLAINTEXT listener (mechanism PLAIN) that accepts exactly these users. */
  saslUsers?: SaslUser[];
  timeoutMs?: number;
}

export interface KafkaBroker {
  /** `127.0.0.1:<port>` of the PLAINTEXT listener. */
  bootstrap: string;
  /** `127.0.0.1:<port>` of the SASL_PLAINTEXT listener, when users were given. */
  saslBootstrap?: string;
  clusterId: string;
  /** Runs a Kafka tool class against this broker's jars (pass `--bootstrap-server` yourself). */
  tool(className: string, args: readonly string[], options?: ToolOptions): Promise<ToolResult>;
  /** The broker's log so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Quotes a value for a JAAS configuration line. */
function jaasString(value: string): string {
  // Kafka's JAAS parser has no escapes: a quote, backslash or semicolon cannot be carried.
  if (/["\\;]/.test(value)) throw new Error('Test SASL users and passwords cannot contain ", \\ or ;');
  return `"${value}"`;
}

/**
 * Starts a single-node KRaft broker and resolves once it serves metadata
 * (a topic listing through Kafka's own TopicCommand succeeds).
 */
export async function startKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  if (!kafkaFetched()) throw new Error('The Kafka jars are not fetched: run bash scripts/kafka/fetch.sh');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-kafka-'));
  const [port, controllerPort, saslPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const clusterId = randomClusterId();
  const sasl = options.saslUsers && options.saslUsers.length > 0 ? options.saslUsers : undefined;
  const listeners = [`PLAINTEXT://127.0.0.1:${port}`, `CONTROLLER://127.0.0.1:${controllerPort}`, ...(sasl ? [`SASL_PLAINTEXT://127.0.0.1:${saslPort}`] : [])];
  const properties = [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=${listeners.join(',')}`,
    `advertised.listeners=${listeners.filter((l) => !l.startsWith('CONTROLLER')).join(',')}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
    `log.dirs=${path.join(dir, 'data')}`,
    // One node: every internal topic gets one replica, or groups and transactions never start.
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=3',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=3',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // Topics exist only when a test creates them, so what is read back is exactly what was made.
    'auto.create.topics.enable=false',
    'num.partitions=1',
    ...(sasl
      ? [
          'sasl.enabled.mechanisms=PLAIN',
          `listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required ${sasl
            .map((u) => `user_${u.username}=${jaasString(u.password)}`)
            .join(' ')};`,
        ]
      : []),
    '',
  ].join('\n');
  const config = path.join(dir, 'server.properties');
  writeFileSync(config, properties);
  const logFile = path.join(dir, 'broker.log');
  const log4j = path.join(dir, 'log4j2.properties');
  writeFileSync(log4j, log4jConfig(logFile, 'info'));
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no log yet)');

  const format = await runKafkaTool('kafka.tools.StorageTool', ['format', '--cluster-id', clusterId, '--config', config], { timeoutMs: 60_000 });
  if (format.code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`kafka-storage format failed (exit ${format.code}):\n${format.stdout}\n${format.stderr}`);
  }

  const child: ChildProcess = spawn('java', [...BROKER_JVM, `-Dlog4j2.configurationFile=${log4j}`, '-cp', CLASSPATH, 'kafka.Kafka', config], {
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
  // A test process that dies without stop() must not leave a broker behind (it runs detached, in its own group).
  const reap = () => {
    if (!exited && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };
  process.once('exit', reap);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited && child.pid !== undefined) {
      // SIGTERM runs Kafka's shutdown hook (controlled shutdown, logs closed cleanly).
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exit, new Promise((r) => setTimeout(r, 20_000))]);
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        await Promise.race([exit, new Promise((r) => setTimeout(r, 5_000))]);
      }
    }
    child.stderr?.destroy();
    process.removeListener('exit', reap);
    rmSync(dir, { recursive: true, force: true });
  };

  const bootstrap = `127.0.0.1:${port}`;
  const tool = (className: string, args: readonly string[], toolOptions?: ToolOptions) => runKafkaTool(className, args, toolOptions);
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 90_000);
    while (!(await portOpen(port))) {
      if (exited) throw new Error('the broker process exited while starting');
      if (Date.now() > deadline) throw new Error(`port ${port} did not open in time`);
      await new Promise((r) => setTimeout(r, 250));
    }
    // The port opens before the broker is unfenced; a listing through the admin API proves it serves metadata.
    for (;;) {
      const listed = await tool(KAFKA_TOOL_CLASSES['kafka-topics.sh'], ['--bootstrap-server', bootstrap, '--list'], { timeoutMs: 30_000 });
      if (listed.code === 0) break;
      if (exited) throw new Error('the broker process exited while starting');
      if (Date.now() > deadline) throw new Error(`the broker did not answer in time:\n${listed.stderr}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } catch (error) {
    const text = `${log().slice(-4000)}\n${stderr.slice(-2000)}`;
    await stop();
    throw new Error(`Kafka did not start: ${(error as Error).message}\n${text}`);
  }
  return {
    bootstrap,
    saslBootstrap: sasl ? `127.0.0.1:${saslPort}` : undefined,
    clusterId,
    tool,
    log,
    stop,
  };
}
