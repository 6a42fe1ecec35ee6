import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, portOpen } from './ports';
import { refuseInFastRun } from './real-tools';
import { KAFKA_CLASSPATH, KAFKA_TOOL_CLASSES, kafkaFetched, log4jConfig, runKafkaTool, type ToolOptions, type ToolResult } from './kafka-tools';

/**
 * A throw-away Apache Kafka broker, or cluster, for tests: Kafka 4.x in KRaft
 * mode (each node one process that is both broker and controller, no
 * ZooKeeper), run from the jars `scripts/kafka/fetch.sh` resolves from Maven
 * Central into `.cache/kafka/libs`. Nodes listen on 127.0.0.1 only, on free
 * ports, with fresh data directories formatted under one random cluster id.
 * `stop()` shuts them down (controlled shutdown, then a kill if one hangs) and
 * removes the folder.
 * Kafka's own command-line tools are kafka-tools.ts.
 */

const BROKER_JVM = ['-Xmx512m', '-Xms128m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Djava.awt.headless=true'];

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

export interface SaslUser {
  username: string;
  password: string;
}

export interface KafkaBrokerOptions {
  /**
   * Brokers in the cluster (default 1). Each is a combined broker and KRaft
   * controller with its own ports and data folder; together they form the
   * controller quorum, so a topic with replication factor `nodes` can be made.
   */
  nodes?: number;
  /** `broker.rack` of each node (by index), for rack-aware placement. */
  racks?: readonly string[];
  /** Adds a SASL_PLAINTEXT listener (mechanism PLAIN) that accepts exactly these users. */
  saslUsers?: SaslUser[];
  /**
   * Turns on KRaft's StandardAuthorizer with `allow.everyone.if.no.acl.found=false`:
   * a principal may do only what an ACL grants. The PLAINTEXT and controller
   * listeners' principal (`User:ANONYMOUS`, the harness itself, its tools and
   * the brokers between them) is a super user, and so is each SASL user named
   * in `superUsers`; every other SASL user needs ACLs (`kafka-acls.sh`).
   */
  authorizer?: { superUsers?: readonly string[] };
  /** More server.properties lines for every node (a broker-wide setting a test reads back). */
  serverProperties?: Readonly<Record<string, string>>;
  timeoutMs?: number;
}

export interface KafkaBroker {
  /** `127.0.0.1:<port>` of the PLAINTEXT listener (of every node, comma-separated, for a cluster). */
  bootstrap: string;
  /** The PLAINTEXT listener of each node, by node id (1, 2, …). */
  nodes: ReadonlyArray<{ id: number; bootstrap: string }>;
  /** `127.0.0.1:<port>` of the SASL_PLAINTEXT listener, when users were given. */
  saslBootstrap?: string;
  clusterId: string;
  /** Runs a Kafka tool class against this broker's jars (pass `--bootstrap-server` yourself). */
  tool(className: string, args: readonly string[], options?: ToolOptions): Promise<ToolResult>;
  /** The brokers' logs so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Quotes a value for a JAAS configuration line. */
function jaasString(value: string): string {
  // Kafka's JAAS parser has no escapes: a quote, backslash or semicolon cannot be carried.
  if (/["\\;]/.test(value)) throw new Error('Test SASL users and passwords cannot contain ", \\ or ;');
  return `"${value}"`;
}

interface NodePorts {
  id: number;
  port: number;
  controllerPort: number;
  saslPort: number;
}

/** server.properties lines of `KafkaBrokerOptions.authorizer`. */
function authorizerProperties(authorizer: KafkaBrokerOptions['authorizer']): string[] {
  if (!authorizer) return [];
  for (const user of authorizer.superUsers ?? []) if (/[;\s]/.test(user)) throw new Error(`A test super user name cannot contain ; or spaces: ${user}`);
  return [
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'allow.everyone.if.no.acl.found=false',
    `super.users=${['ANONYMOUS', ...(authorizer.superUsers ?? [])].map((u) => `User:${u}`).join(';')}`,
  ];
}

/** One node's server.properties. Internal topics get as many replicas as the cluster can hold, up to 3. */
function nodeProperties(
  node: NodePorts,
  all: NodePorts[],
  dataDir: string,
  sasl: SaslUser[] | undefined,
  rack: string | undefined,
  options: Pick<KafkaBrokerOptions, 'authorizer' | 'serverProperties'> = {},
): string {
  const internalReplicas = Math.min(3, all.length);
  const listeners = [`PLAINTEXT://127.0.0.1:${node.port}`, `CONTROLLER://127.0.0.1:${node.controllerPort}`, ...(sasl ? [`SASL_PLAINTEXT://127.0.0.1:${node.saslPort}`] : [])];
  return [
    'process.roles=broker,controller',
    `node.id=${node.id}`,
    `controller.quorum.voters=${all.map((n) => `${n.id}@127.0.0.1:${n.controllerPort}`).join(',')}`,
    `listeners=${listeners.join(',')}`,
    `advertised.listeners=${listeners.filter((l) => !l.startsWith('CONTROLLER')).join(',')}`,
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
    `log.dirs=${dataDir}`,
    ...(rack !== undefined ? [`broker.rack=${rack}`] : []),
    // Internal topics need as many replicas as there are brokers (at most 3), or groups and transactions never start.
    `offsets.topic.replication.factor=${internalReplicas}`,
    'offsets.topic.num.partitions=3',
    `transaction.state.log.replication.factor=${internalReplicas}`,
    `transaction.state.log.min.isr=${Math.min(2, internalReplicas)}`,
    'transaction.state.log.num.partitions=3',
    `share.coordinator.state.topic.replication.factor=${internalReplicas}`,
    `share.coordinator.state.topic.min.isr=${Math.min(2, internalReplicas)}`,
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
    ...authorizerProperties(options.authorizer),
    ...Object.entries(options.serverProperties ?? {}).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

interface RunningNode {
  child: ChildProcess;
  exited: () => boolean;
  exit: Promise<void>;
  stderr: () => string;
}

function startNodeProcess(dir: string, config: string, log4j: string): RunningNode {
  const child: ChildProcess = spawn('java', [...BROKER_JVM, `-Dlog4j2.configurationFile=${log4j}`, '-cp', KAFKA_CLASSPATH, 'kafka.Kafka', config], {
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
  return { child, exited: () => exited, exit, stderr: () => stderr };
}

async function stopNodeProcess(node: RunningNode): Promise<void> {
  const pid = node.child.pid;
  if (!node.exited() && pid !== undefined) {
    // SIGTERM runs Kafka's shutdown hook (controlled shutdown, logs closed cleanly).
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await Promise.race([node.exit, new Promise((r) => setTimeout(r, 20_000))]);
    if (!node.exited()) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      await Promise.race([node.exit, new Promise((r) => setTimeout(r, 5_000))]);
    }
  }
  node.child.stderr?.destroy();
}

/** Brokers that answer a metadata request, as `kafka-broker-api-versions.sh` lists them. */
function brokersListed(output: string): number {
  return (output.match(/^\S+:\d+ \(id: \d+ rack: /gm) ?? []).length;
}

/**
 * Starts a KRaft cluster of `nodes` brokers (default one) and resolves once
 * every broker serves metadata: a topic listing through Kafka's own
 * TopicCommand succeeds and the cluster reports all its brokers.
 */
export async function startKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  refuseInFastRun('a test', 'a Kafka broker');
  // A broker that exits while starting has almost always lost a port chosen free to another test's process: new ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startKafkaOnce(options);
    } catch (error) {
      if (!(error as Error).message.startsWith(`Kafka did not start: ${EXITED_WHILE_STARTING}`) || attempt === 3) throw error;
    }
  }
}

const EXITED_WHILE_STARTING = 'a broker process exited while starting';

/** Free ports for each node's client, controller and SASL listeners. */
async function allocatePorts(count: number): Promise<NodePorts[]> {
  const ports: NodePorts[] = [];
  for (let id = 1; id <= count; id++) {
    const [port, controllerPort, saslPort] = await Promise.all([freePort(), freePort(), freePort()]);
    ports.push({ id, port, controllerPort, saslPort });
  }
  return ports;
}

/** Writes a node's server.properties and log4j2.properties in its directory, and returns their paths. */
function writeNodeConfig(node: NodePorts, all: NodePorts[], dir: string, logFile: string, sasl: SaslUser[] | undefined, options: KafkaBrokerOptions): { config: string; log4j: string } {
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'server.properties');
  writeFileSync(config, nodeProperties(node, all, path.join(dir, 'data'), sasl, options.racks?.[node.id - 1], options));
  const log4j = path.join(dir, 'log4j2.properties');
  writeFileSync(log4j, log4jConfig(logFile, 'info'));
  return { config, log4j };
}

/** Formats every node's storage under the same cluster id, as kafka-storage.sh format does per broker. */
async function formatStorage(configs: readonly string[], clusterId: string): Promise<void> {
  const formats = await Promise.all(configs.map((config) => runKafkaTool('kafka.tools.StorageTool', ['format', '--cluster-id', clusterId, '--config', config], { timeoutMs: 60_000 })));
  const failed = formats.find((f) => f.code !== 0);
  if (failed) throw new Error(`kafka-storage format failed (exit ${failed.code}):\n${failed.stdout}\n${failed.stderr}`);
}

/** Kills the nodes still running: a test process that dies without stop() must not leave brokers behind (they run detached, each in its own group). */
function reaperOf(running: readonly RunningNode[]): () => void {
  return () => {
    for (const node of running) {
      if (!node.exited() && node.child.pid !== undefined) {
        try {
          process.kill(-node.child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }
  };
}

/** Waits until every node's port is open and the cluster serves metadata with every broker registered, or throws. */
async function waitUntilServing(ports: readonly NodePorts[], bootstrap: string, deadline: number, anyExited: () => boolean): Promise<void> {
  for (const { port } of ports) {
    while (!(await portOpen(port))) {
      if (anyExited()) throw new Error(EXITED_WHILE_STARTING);
      if (Date.now() > deadline) throw new Error(`port ${port} did not open in time`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  // The port opens before the broker is unfenced; a listing through the admin API proves it serves metadata,
  // and every broker must be registered before a topic can have a replica on each.
  for (;;) {
    const listed = await runKafkaTool(KAFKA_TOOL_CLASSES['kafka-topics.sh'], ['--bootstrap-server', bootstrap, '--list'], { timeoutMs: 30_000 });
    const brokers =
      ports.length === 1 || listed.code !== 0 ? undefined : await runKafkaTool(KAFKA_TOOL_CLASSES['kafka-broker-api-versions.sh'], ['--bootstrap-server', bootstrap], { timeoutMs: 30_000 });
    if (listed.code === 0 && (brokers === undefined || (brokers.code === 0 && brokersListed(brokers.stdout) === ports.length))) return;
    if (anyExited()) throw new Error(EXITED_WHILE_STARTING);
    if (Date.now() > deadline) throw new Error(`the cluster did not answer in time:\n${listed.stderr}\n${brokers?.stdout ?? ''}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function startKafkaOnce(options: KafkaBrokerOptions): Promise<KafkaBroker> {
  if (!kafkaFetched()) throw new Error('The Kafka jars are not fetched: run bash scripts/kafka/fetch.sh');
  const count = options.nodes ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 9) throw new Error(`A test Kafka cluster has 1 to 9 nodes, not ${count}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qw-kafka-'));
  const ports = await allocatePorts(count);
  const clusterId = randomClusterId();
  const sasl = options.saslUsers && options.saslUsers.length > 0 ? options.saslUsers : undefined;
  const nodeDir = (id: number) => path.join(dir, count === 1 ? '' : `node-${id}`);
  const logFile = (id: number) => path.join(nodeDir(id), 'broker.log');
  const log = () => ports.map(({ id }) => (existsSync(logFile(id)) ? `${count > 1 ? `--- node ${id}\n` : ''}${readFileSync(logFile(id), 'utf8')}` : `(no log yet for node ${id})`)).join('\n');

  const configs = ports.map((node) => writeNodeConfig(node, ports, nodeDir(node.id), logFile(node.id), sasl, options));
  try {
    await formatStorage(
      configs.map((c) => c.config),
      clusterId,
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const running = ports.map((node, i) => startNodeProcess(nodeDir(node.id), configs[i].config, configs[i].log4j));
  const reap = reaperOf(running);
  process.once('exit', reap);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(running.map(stopNodeProcess));
    process.removeListener('exit', reap);
    rmSync(dir, { recursive: true, force: true });
  };

  const bootstrap = ports.map((p) => `127.0.0.1:${p.port}`).join(',');
  const tool = (className: string, args: readonly string[], toolOptions?: ToolOptions) => runKafkaTool(className, args, toolOptions);
  try {
    const deadline = Date.now() + (options.timeoutMs ?? 90_000 + 30_000 * (count - 1));
    await waitUntilServing(ports, bootstrap, deadline, () => running.some((n) => n.exited()));
  } catch (error) {
    const text = `${log().slice(-6000)}\n${running.map((n) => n.stderr().slice(-1500)).join('\n')}`;
    await stop();
    throw new Error(`Kafka did not start: ${(error as Error).message}\n${text}`);
  }
  return {
    bootstrap,
    nodes: ports.map((p) => ({ id: p.id, bootstrap: `127.0.0.1:${p.port}` })),
    saslBootstrap: sasl ? ports.map((p) => `127.0.0.1:${p.saslPort}`).join(',') : undefined,
    clusterId,
    tool,
    log,
    stop,
  };
}
