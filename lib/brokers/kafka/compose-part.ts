import { healthcheck, parseImageVersion, type ImageTag, type PartRequest, type Service, type StackPart } from '../compose-part';

/**
 * apache/kafka images exist from 3.7.0 (KIP-975); the latest patch of each minor
 * release, as published on Maven Central and Docker Hub when this was written.
 */
const KAFKA_PATCHES: Record<string, number> = { '3.7': 2, '3.8': 1, '3.9': 1, '4.0': 0, '4.1': 1 };
/** The Kafka the stack runs when the design names no version: the release the tests run (lib/testing/kafka-broker.ts). */
export const DEFAULT_KAFKA = '4.1.1';

/** The apache/kafka image of the design's version: its latest patch for a `major.minor`, 3.7.2 for anything older. */
export function kafkaImageTag(version: string | undefined): ImageTag {
  const v = parseImageVersion(version);
  if (!v) return { tag: DEFAULT_KAFKA, ...(version !== undefined ? { note: `Kafka version "${version}" is not major.minor; the stack runs ${DEFAULT_KAFKA}` } : {}) };
  if (v.major < 3 || (v.major === 3 && v.minor < 7)) return { tag: '3.7.2', note: `apache/kafka images start at 3.7.0; the design's Kafka ${version} runs as 3.7.2, the closest` };
  if (v.patch !== undefined) return { tag: `${v.major}.${v.minor}.${v.patch}` };
  const patch = KAFKA_PATCHES[`${v.major}.${v.minor}`];
  return patch !== undefined ? { tag: `${v.major}.${v.minor}.${patch}` } : { tag: `${v.major}.${v.minor}.0`, note: `Kafka ${version}: the stack assumes the release ${v.major}.${v.minor}.0` };
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
