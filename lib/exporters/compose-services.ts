import type { Broker } from '../design';

/**
 * The docker-compose services of each broker, for a local stack of `nodes`
 * nodes at a version, on host ports handed out by the caller. Images are the
 * brokers' official ones, tagged with the design's version; the tables below
 * give the patch release a `major.minor` version becomes, and the oldest
 * release an image exists for.
 */

export type Service = Record<string, unknown>;

/** A broker's part of the stack: its services, named volumes, and what to tell the user. */
export interface StackPart {
  services: Record<string, Service>;
  volumes: string[];
  /** One line per thing to know: where it listens, which image, what was assumed. */
  notes: string[];
}

export interface PartRequest {
  /** The version the design declares (`4.0`, `3.13.7`), if any. */
  version?: string;
  nodes: number;
  /** Hands out a host port: the wanted one, or the next free one. */
  port: (wanted: number) => number;
}

type Tag = { tag: string; note?: string };

const parse = (version: string | undefined) => {
  const m = version === undefined ? null : /^\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? undefined : Number(m[3]) } : undefined;
};

/**
 * apache/kafka images exist from 3.7.0 (KIP-975); the latest patch of each minor
 * release, as published on Maven Central and Docker Hub when this was written.
 */
const KAFKA_PATCHES: Record<string, number> = { '3.7': 2, '3.8': 1, '3.9': 1, '4.0': 0, '4.1': 1 };
/** The Kafka the stack runs when the design names no version: the release the tests run (lib/testing/kafka-broker.ts). */
export const DEFAULT_KAFKA = '4.1.1';

export function kafkaImageTag(version: string | undefined): Tag {
  const v = parse(version);
  if (!v) return { tag: DEFAULT_KAFKA, ...(version !== undefined ? { note: `Kafka version "${version}" is not major.minor; the stack runs ${DEFAULT_KAFKA}` } : {}) };
  if (v.major < 3 || (v.major === 3 && v.minor < 7)) return { tag: '3.7.2', note: `apache/kafka images start at 3.7.0; the design's Kafka ${version} runs as 3.7.2, the closest` };
  if (v.patch !== undefined) return { tag: `${v.major}.${v.minor}.${v.patch}` };
  const patch = KAFKA_PATCHES[`${v.major}.${v.minor}`];
  return patch !== undefined ? { tag: `${v.major}.${v.minor}.${patch}` } : { tag: `${v.major}.${v.minor}.0`, note: `Kafka ${version}: the stack assumes the release ${v.major}.${v.minor}.0` };
}

export function rabbitmqImageTag(version: string | undefined): Tag {
  const v = parse(version);
  // The 3.10 floor is what every RabbitMQ export is written for (rabbitmq-topology.ts).
  if (!v) return { tag: '3.13-management' };
  if (v.major < 3 || (v.major === 3 && v.minor < 10)) return { tag: '3.10-management', note: `RabbitMQ ${version} is older than the 3.10 the exports are written for; the stack runs 3.10` };
  return { tag: `${v.major}.${v.minor}-management` };
}

export function natsImageTag(version: string | undefined): Tag {
  const v = parse(version);
  if (!v) return { tag: '2.10-alpine' };
  // JetStream came with 2.2; the exports write 2.9 fields.
  if (v.major < 2 || (v.major === 2 && v.minor < 9)) return { tag: '2.9-alpine', note: `nats-server ${version} is older than the 2.9 the JetStream export writes for; the stack runs 2.9` };
  return { tag: v.patch !== undefined ? `${v.major}.${v.minor}.${v.patch}-alpine` : `${v.major}.${v.minor}-alpine` };
}

export function redpandaImageTag(version: string | undefined): Tag {
  const v = parse(version);
  if (!v) return { tag: 'v24.2.7' };
  // Redpanda's first release of a minor version is .1.
  return { tag: `v${v.major}.${v.minor}.${v.patch ?? 1}` };
}

function healthcheck(test: string[], timeout = '10s'): Service {
  return { test, interval: '10s', timeout, retries: 12 };
}

/**
 * Kafka in KRaft mode: `nodes` combined broker-controller nodes forming one
 * controller quorum, each reachable from the host on its own port (advertised
 * as localhost:<port>) and from other containers as kafka-<n>:19092. The
 * internal topics get as many replicas as there are nodes, up to 3.
 */
export function kafkaPart({ version, nodes, port }: PartRequest, clusterId: string): StackPart {
  const { tag, note } = kafkaImageTag(version);
  const name = (n: number) => (nodes === 1 ? 'kafka' : `kafka-${n}`);
  const internal = Math.min(3, nodes);
  const voters = Array.from({ length: nodes }, (_, i) => `${i + 1}@${name(i + 1)}:29093`).join(',');
  const four = Number(tag.split('.')[0]) >= 4;
  const services: Record<string, Service> = {};
  const hosts: string[] = [];
  for (let n = 1; n <= nodes; n++) {
    const host = port(9092 + n - 1);
    hosts.push(`localhost:${host}`);
    services[name(n)] = {
      image: `apache/kafka:${tag}`,
      hostname: name(n),
      ports: [`${host}:${host}`],
      environment: {
        KAFKA_NODE_ID: n,
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: `PLAINTEXT://:19092,CONTROLLER://:29093,PLAINTEXT_HOST://:${host}`,
        KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${name(n)}:19092,PLAINTEXT_HOST://localhost:${host}`,
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT',
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_CONTROLLER_QUORUM_VOTERS: voters,
        KAFKA_INTER_BROKER_LISTENER_NAME: 'PLAINTEXT',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: internal,
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: internal,
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: Math.min(2, internal),
        ...(four ? { KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: internal, KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: Math.min(2, internal) } : {}),
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0,
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
        CLUSTER_ID: clusterId,
      },
      healthcheck: healthcheck(['CMD-SHELL', `/opt/kafka/bin/kafka-topics.sh --bootstrap-server localhost:${host} --list >/dev/null 2>&1`]),
    };
  }
  return {
    services,
    volumes: [],
    notes: [
      `Kafka ${tag} (KRaft, ${nodes} node${nodes === 1 ? '' : 's'}): ${hosts.join(',')} from the host, ${Object.keys(services)
        .map((s) => `${s}:19092`)
        .join(',')} from other containers`,
      ...(note ? [note] : []),
    ],
  };
}

/** Redpanda: one node in dev-container mode, or `nodes` nodes seeding each other. */
export function redpandaPart({ version, nodes, port }: PartRequest): StackPart {
  const { tag } = redpandaImageTag(version);
  const name = (n: number) => (nodes === 1 ? 'redpanda' : `redpanda-${n}`);
  const services: Record<string, Service> = {};
  const hosts: string[] = [];
  const seeds = Array.from({ length: nodes }, (_, i) => `${name(i + 1)}:33145`).join(',');
  for (let n = 1; n <= nodes; n++) {
    const kafka = port(9092);
    const admin = port(9644);
    hosts.push(`localhost:${kafka}`);
    services[name(n)] = {
      image: `redpandadata/redpanda:${tag}`,
      hostname: name(n),
      command: [
        'redpanda',
        'start',
        '--smp',
        '1',
        ...(nodes === 1 ? ['--mode', 'dev-container'] : ['--overprovisioned', '--seeds', seeds, '--rpc-addr', '0.0.0.0:33145', '--advertise-rpc-addr', `${name(n)}:33145`]),
        '--kafka-addr',
        `internal://0.0.0.0:19092,external://0.0.0.0:${kafka}`,
        '--advertise-kafka-addr',
        `internal://${name(n)}:19092,external://localhost:${kafka}`,
        '--admin-addr',
        `0.0.0.0:${admin}`,
      ],
      ports: [`${kafka}:${kafka}`, `${admin}:${admin}`],
      healthcheck: healthcheck(['CMD-SHELL', `rpk cluster health --api-urls localhost:${admin} | grep -E "Healthy:.+true"`]),
    };
  }
  return { services, volumes: [], notes: [`Redpanda ${tag} (${nodes} node${nodes === 1 ? '' : 's'}): Kafka API on ${hosts.join(',')}`] };
}

/** RabbitMQ with the management UI, one node: every RabbitMQ export applies to one node. */
export function rabbitmqPart({ version, port }: PartRequest): StackPart {
  const { tag, note } = rabbitmqImageTag(version);
  const amqp = port(5672);
  const ui = port(15672);
  return {
    services: {
      rabbitmq: {
        image: `rabbitmq:${tag}`,
        hostname: 'rabbitmq',
        ports: [`${amqp}:5672`, `${ui}:15672`],
        healthcheck: healthcheck(['CMD', 'rabbitmq-diagnostics', '-q', 'check_port_connectivity']),
      },
    },
    volumes: [],
    notes: [`RabbitMQ ${tag} (one node; quorum queues keep one replica here): AMQP on localhost:${amqp}, UI on http://localhost:${ui} (guest/guest)`, ...(note ? [note] : [])],
  };
}

/** NATS with JetStream: one server, or `nodes` servers routed into one JetStream cluster. */
export function natsPart({ version, nodes, port }: PartRequest): StackPart {
  const { tag, note } = natsImageTag(version);
  const name = (n: number) => (nodes === 1 ? 'nats' : `nats-${n}`);
  const routes = Array.from({ length: nodes }, (_, i) => `nats-route://${name(i + 1)}:6222`).join(',');
  const services: Record<string, Service> = {};
  const volumes: string[] = [];
  const clients: string[] = [];
  for (let n = 1; n <= nodes; n++) {
    const client = port(4222);
    const monitor = port(8222);
    clients.push(`localhost:${client}`);
    const volume = nodes === 1 ? 'nats-data' : `nats-data-${n}`;
    volumes.push(volume);
    services[name(n)] = {
      image: `nats:${tag}`,
      hostname: name(n),
      command: ['-js', '-sd', '/data', '-m', '8222', ...(nodes === 1 ? [] : ['--name', name(n), '--cluster_name', 'local', '--cluster', 'nats://0.0.0.0:6222', '--routes', routes])],
      ports: [`${client}:4222`, `${monitor}:8222`],
      volumes: [`${volume}:/data`],
      healthcheck: healthcheck(['CMD', 'wget', '-q', '--spider', 'http://localhost:8222/healthz?js-enabled-only=true'], '5s'),
    };
  }
  return { services, volumes, notes: [`NATS ${tag} with JetStream (${nodes} server${nodes === 1 ? '' : 's'}): ${clients.join(',')}`, ...(note ? [note] : [])] };
}

export function localstackPart({ port }: PartRequest): StackPart {
  const edge = port(4566);
  return {
    services: {
      localstack: {
        image: 'localstack/localstack:3.8',
        hostname: 'localstack',
        ports: [`${edge}:4566`],
        environment: { SERVICES: 'sqs,sns', AWS_DEFAULT_REGION: 'us-east-1' },
        healthcheck: healthcheck(['CMD', 'curl', '-fsS', 'http://localhost:4566/_localstack/health'], '5s'),
      },
    },
    volumes: [],
    notes: [`LocalStack for SQS and SNS: http://localhost:${edge} (region us-east-1, any credentials)`],
  };
}

export function pulsarPart({ version, port }: PartRequest): StackPart {
  const v = parse(version);
  const tag = v ? `${v.major}.${v.minor}.${v.patch ?? 0}` : '3.3.2';
  const broker = port(6650);
  const admin = port(8080);
  return {
    services: {
      pulsar: {
        image: `apachepulsar/pulsar:${tag}`,
        hostname: 'pulsar',
        command: ['bin/pulsar', 'standalone'],
        ports: [`${broker}:6650`, `${admin}:8080`],
        healthcheck: healthcheck(['CMD', 'bin/pulsar-admin', 'brokers', 'healthcheck']),
      },
    },
    volumes: [],
    notes: [`Pulsar ${tag} standalone: pulsar://localhost:${broker}, admin on http://localhost:${admin}`],
  };
}

/**
 * Google's Pub/Sub emulator (the Cloud SDK's emulators image): it keeps
 * topics and subscriptions in memory and ignores IAM, ordering regions and
 * exactly-once, so it is for local development only.
 */
export function pubsubEmulatorPart({ port }: PartRequest): StackPart {
  const api = port(8085);
  return {
    services: {
      'pubsub-emulator': {
        image: 'gcr.io/google.com/cloudsdktool/google-cloud-cli:emulators',
        hostname: 'pubsub-emulator',
        command: ['gcloud', 'beta', 'emulators', 'pubsub', 'start', '--host-port=0.0.0.0:8085', '--project=local-project'],
        ports: [`${api}:8085`],
        healthcheck: healthcheck(['CMD', 'curl', '-fsS', 'http://localhost:8085'], '5s'),
      },
    },
    volumes: [],
    notes: [`Pub/Sub emulator: set PUBSUB_EMULATOR_HOST=localhost:${api} (project local-project)`],
  };
}

export function artemisPart({ version, port }: PartRequest): StackPart {
  const v = parse(version);
  const tag = v ? `${v.major}.${v.minor}.${v.patch ?? 0}` : '2.40.0';
  const broker = port(61616);
  const amqp = port(5672);
  return {
    services: {
      artemis: {
        image: `apache/activemq-artemis:${tag}`,
        hostname: 'artemis',
        environment: { ARTEMIS_USER: 'artemis', ARTEMIS_PASSWORD: 'artemis' },
        ports: [`${broker}:61616`, `${amqp}:5672`],
        // The official image's instance lives in /var/lib/artemis-instance; `check node` asks the broker itself.
        healthcheck: healthcheck(['CMD', '/var/lib/artemis-instance/bin/artemis', 'check', 'node', '--user', 'artemis', '--password', 'artemis'], '30s'),
      },
    },
    volumes: [],
    notes: [
      `ActiveMQ Artemis ${tag}: tcp://localhost:${broker} (all protocols), AMQP on localhost:${amqp}; user artemis/artemis. Mount the exported broker.xml's sections into /var/lib/artemis-instance/etc-override`,
    ],
  };
}

/**
 * Microsoft's Service Bus emulator, which keeps its entities in a SQL Server (Azure SQL Edge)
 * beside it and reads them from a Config.json at start: local development only (no tiers,
 * partitioning or auto-forwarding limits of the cloud service).
 */
export function servicebusEmulatorPart({ port }: PartRequest): StackPart {
  const amqp = port(5672);
  return {
    services: {
      'servicebus-sql': {
        image: 'mcr.microsoft.com/azure-sql-edge:latest',
        hostname: 'servicebus-sql',
        environment: { ACCEPT_EULA: 'Y', MSSQL_SA_PASSWORD: 'Queuewright-1' },
      },
      'servicebus-emulator': {
        image: 'mcr.microsoft.com/azure-messaging/servicebus-emulator:latest',
        hostname: 'servicebus-emulator',
        environment: { SQL_SERVER: 'servicebus-sql', MSSQL_SA_PASSWORD: 'Queuewright-1', ACCEPT_EULA: 'Y' },
        ports: [`${amqp}:5672`],
        depends_on: ['servicebus-sql'],
      },
    },
    volumes: [],
    notes: [`Service Bus emulator: AMQP on localhost:${amqp}; mount a Config.json of its queues and topics at /ServiceBus_Emulator/ConfigFiles/Config.json`],
  };
}

export const PARTS: Record<Broker, (request: PartRequest, clusterId: string) => StackPart> = {
  kafka: kafkaPart,
  redpanda: redpandaPart,
  rabbitmq: rabbitmqPart,
  nats: natsPart,
  'sqs-sns': localstackPart,
  pulsar: pulsarPart,
  pubsub: pubsubEmulatorPart,
  artemis: artemisPart,
  servicebus: servicebusEmulatorPart,
};
