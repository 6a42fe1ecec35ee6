import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './shared-dir';
import { refuseInFastRun } from './real-tools';

/**
 * Kafka's installation for tests: the jars `scripts/kafka/fetch.sh` resolves from Maven Central
 * into `.cache/kafka/libs`, the JDK that runs them, and Kafka's own command-line classes run from
 * them (`runKafkaTool`), with `writeToolWrappers` putting `kafka-topics.sh` / `kafka-configs.sh`
 * look-alikes on a PATH so scripts written for a Kafka installation run unchanged. The brokers
 * themselves are kafka-broker.ts.
 */

/** The Kafka release the tests run (scripts/kafka/pom.xml pins the same). */
export const KAFKA_VERSION = '4.1.1';
export const KAFKA_LIBS = path.join(REPO_ROOT, '.cache', 'kafka', 'libs');
export const KAFKA_CLASSPATH = `${KAFKA_LIBS}/*`;
/** Small heaps and the C1 compiler only: the tests start many short-lived JVMs on 2 cores. */
export const TOOL_JVM = ['-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true'];

/** The shell command names of Kafka's distribution and the classes behind them (bin/*.sh in the release). */
export const KAFKA_TOOL_CLASSES = {
  'kafka-topics.sh': 'org.apache.kafka.tools.TopicCommand',
  'kafka-configs.sh': 'kafka.admin.ConfigCommand',
  'kafka-console-producer.sh': 'org.apache.kafka.tools.ConsoleProducer',
  'kafka-console-consumer.sh': 'org.apache.kafka.tools.consumer.ConsoleConsumer',
  'kafka-consumer-groups.sh': 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
  'kafka-storage.sh': 'kafka.tools.StorageTool',
  'kafka-broker-api-versions.sh': 'org.apache.kafka.tools.BrokerApiVersionsCommand',
  'kafka-acls.sh': 'org.apache.kafka.tools.AclCommand',
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
  refuseInFastRun(what, 'a Kafka broker');
  const missing =
    !javaPath() || !javacPath()
      ? 'a JDK is not installed (apt-get install openjdk-17-jdk-headless)'
      : !kafkaFetched()
        ? 'the Kafka jars are not fetched (run: bash scripts/kafka/fetch.sh — needs mvn)'
        : undefined;
  if (missing) throw new Error(`${what}: ${missing}; bash .ci/run installs every test prerequisite.`);
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

/** A log4j2 configuration that writes to `file` (or standard error) at `level`. */
export function log4jConfig(file: string | undefined, level: string): string {
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
  return { command: 'java', args: [...TOOL_JVM, ...share, `-Dlog4j2.configurationFile=${toolLog4j()}`, '-cp', KAFKA_CLASSPATH, className, ...args] };
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
  const java = (args: string[]) => new Promise<number>((resolve) => execFile('java', args, { timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error) => resolve(error ? 1 : 0)));
  const codes = await Promise.all(
    runs.map(([className, args], i) => java([...TOOL_JVM, `-XX:DumpLoadedClassList=${lists[i]}`, `-Dlog4j2.configurationFile=${toolLog4j()}`, '-cp', KAFKA_CLASSPATH, className, ...args])),
  );
  if (codes.some((c) => c !== 0)) return false;
  const all = [...new Set(lists.flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter(Boolean))].join('\n');
  const list = path.join(dir, 'tools.classlist');
  writeFileSync(list, `${all}\n`);
  const archive = path.join(dir, 'tools.jsa');
  if ((await java([...TOOL_JVM, '-Xshare:dump', `-XX:SharedClassListFile=${list}`, `-XX:SharedArchiveFile=${archive}`, '-cp', KAFKA_CLASSPATH])) !== 0) return false;
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
    writeFileSync(file, `#!/usr/bin/env bash\n# ${name} from Kafka ${KAFKA_VERSION}'s jars (written by lib/testing/kafka-tools.ts).\nexec ${quoted} "$@"\n`);
    chmodSync(file, 0o755);
  }
  return dir;
}
