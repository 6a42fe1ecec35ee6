import { kindDefinition, type Broker, type Design } from '../design';
import { commentText } from './escape';
import type { Exporter } from './exporter';
import { fileBaseName } from './file-name';
import { toYaml } from './yaml';

/**
 * A docker-compose file for a local development stack: one service per broker
 * the design uses (from its clusters and its nodes' kinds): Kafka as a
 * single-node KRaft broker (apache/kafka), Redpanda in dev-container mode,
 * RabbitMQ with the management UI, NATS with JetStream (`-js`), LocalStack for
 * SQS/SNS, and Pulsar standalone. Each has a healthcheck and publishes its
 * usual ports on the host. Images are pinned to tags that exist.
 */

type Service = Record<string, unknown>;

export const COMPOSE_SERVICES: Record<Broker, { name: string; service: Service; note: string }> = {
  kafka: {
    name: 'kafka',
    note: 'Kafka (KRaft, single node): localhost:9092 from the host, kafka:19092 from other containers',
    service: {
      image: 'apache/kafka:3.9.1',
      hostname: 'kafka',
      ports: ['9092:9092'],
      environment: {
        KAFKA_NODE_ID: 1,
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:19092,CONTROLLER://:29093,PLAINTEXT_HOST://:9092',
        KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://kafka:19092,PLAINTEXT_HOST://localhost:9092',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT',
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka:29093',
        KAFKA_INTER_BROKER_LISTENER_NAME: 'PLAINTEXT',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1,
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1,
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1,
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0,
        KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
        CLUSTER_ID: 'q1Sh-9_ISia_zwGINzRvyQ',
      },
      healthcheck: {
        test: ['CMD-SHELL', '/opt/kafka/bin/kafka-topics.sh --bootstrap-server localhost:9092 --list >/dev/null 2>&1'],
        interval: '10s',
        timeout: '10s',
        retries: 12,
      },
    },
  },
  redpanda: {
    name: 'redpanda',
    note: 'Redpanda (dev container): Kafka API on localhost:9092, admin API on 9644',
    service: {
      image: 'redpandadata/redpanda:v24.2.7',
      hostname: 'redpanda',
      command: [
        'redpanda', 'start', '--mode', 'dev-container', '--smp', '1',
        '--kafka-addr', 'internal://0.0.0.0:19092,external://0.0.0.0:9092',
        '--advertise-kafka-addr', 'internal://redpanda:19092,external://localhost:9092',
      ],
      ports: ['9092:9092', '9644:9644'],
      healthcheck: { test: ['CMD-SHELL', 'rpk cluster health | grep -E "Healthy:.+true"'], interval: '10s', timeout: '10s', retries: 12 },
    },
  },
  rabbitmq: {
    name: 'rabbitmq',
    note: 'RabbitMQ with the management UI: AMQP on localhost:5672, UI on http://localhost:15672 (guest/guest)',
    service: {
      image: 'rabbitmq:3.13-management',
      hostname: 'rabbitmq',
      ports: ['5672:5672', '15672:15672'],
      healthcheck: { test: ['CMD', 'rabbitmq-diagnostics', '-q', 'check_port_connectivity'], interval: '10s', timeout: '10s', retries: 12 },
    },
  },
  nats: {
    name: 'nats',
    note: 'NATS with JetStream: localhost:4222, monitoring on http://localhost:8222',
    service: {
      image: 'nats:2.10-alpine',
      hostname: 'nats',
      command: ['-js', '-sd', '/data', '-m', '8222'],
      ports: ['4222:4222', '8222:8222'],
      volumes: ['nats-data:/data'],
      healthcheck: { test: ['CMD', 'wget', '-q', '--spider', 'http://localhost:8222/healthz?js-enabled-only=true'], interval: '10s', timeout: '5s', retries: 12 },
    },
  },
  'sqs-sns': {
    name: 'localstack',
    note: 'LocalStack for SQS and SNS: http://localhost:4566 (region us-east-1, any credentials)',
    service: {
      image: 'localstack/localstack:3.8',
      hostname: 'localstack',
      ports: ['4566:4566'],
      environment: { SERVICES: 'sqs,sns', AWS_DEFAULT_REGION: 'us-east-1' },
      healthcheck: { test: ['CMD', 'curl', '-fsS', 'http://localhost:4566/_localstack/health'], interval: '10s', timeout: '5s', retries: 12 },
    },
  },
  pulsar: {
    name: 'pulsar',
    note: 'Pulsar standalone: pulsar://localhost:6650, admin on http://localhost:8080',
    service: {
      image: 'apachepulsar/pulsar:3.3.2',
      hostname: 'pulsar',
      command: ['bin/pulsar', 'standalone'],
      ports: ['6650:6650', '8080:8080'],
      healthcheck: { test: ['CMD', 'bin/pulsar-admin', 'brokers', 'healthcheck'], interval: '10s', timeout: '10s', retries: 12 },
    },
  },
};

const ORDER: Broker[] = ['kafka', 'redpanda', 'rabbitmq', 'nats', 'sqs-sns', 'pulsar'];

/** The brokers a design uses: its clusters' brokers, and the brokers of nodes without a cluster. */
export function designBrokers(design: Design): Broker[] {
  const used = new Set<Broker>(design.clusters.filter((c) => design.nodes.some((n) => n.cluster === c.id)).map((c) => c.broker));
  for (const node of design.nodes) {
    const definition = kindDefinition(node.kind);
    if (definition?.broker && (node.cluster === undefined || !design.clusters.some((c) => c.id === node.cluster))) used.add(definition.broker);
  }
  return ORDER.filter((b) => used.has(b));
}

/** A compose project name: lowercase letters, digits, `-` and `_`, starting with a letter or digit. */
function projectName(design: Design): string {
  return fileBaseName(design).replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 60) || 'queuewright';
}

export const dockerComposeExporter: Exporter = {
  id: 'docker-compose',
  label: 'docker-compose (local stack)',
  description: 'A docker-compose file that runs each broker of the design locally.',
  language: 'yaml',
  export(design) {
    const brokers = designBrokers(design);
    if (brokers.length === 0) return { ok: false, errors: [{ message: 'The design has no broker nodes (topics, exchanges, queues, streams) to run locally.' }] };
    const services = Object.fromEntries(brokers.map((b) => [COMPOSE_SERVICES[b].name, COMPOSE_SERVICES[b].service]));
    const doc: Record<string, unknown> = { name: projectName(design), services };
    if (brokers.includes('nats')) doc.volumes = { 'nats-data': {} };
    const head = [
      `# Local development stack for the design ${JSON.stringify(commentText(design.name))}. Generated by Queuewright.`,
      '# Start: docker compose up -d   Stop: docker compose down',
      ...brokers.map((b) => `# - ${COMPOSE_SERVICES[b].note}`),
      '# Create the topics, queues and streams with the other exports (Kafka script, RabbitMQ definitions, ...).',
    ].join('\n');
    return { ok: true, files: [{ path: 'docker-compose.yml', content: `${head}\n${toYaml(doc)}` }] };
  },
};
