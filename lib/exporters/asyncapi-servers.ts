import { ARTEMIS_ASYNCAPI_SERVER } from '../brokers/artemis/asyncapi';
import type { AsyncapiServerSpec } from '../brokers/asyncapi-server';
import { KAFKA_ASYNCAPI_SERVER } from '../brokers/kafka/asyncapi';
import { NATS_ASYNCAPI_SERVER } from '../brokers/nats/asyncapi';
import { PUBSUB_ASYNCAPI_SERVER } from '../brokers/pubsub/asyncapi';
import { PULSAR_ASYNCAPI_SERVER } from '../brokers/pulsar/asyncapi';
import { RABBITMQ_ASYNCAPI_SERVER } from '../brokers/rabbitmq/asyncapi';
import { SERVICEBUS_ASYNCAPI_SERVER } from '../brokers/servicebus/asyncapi';
import { SQS_SNS_ASYNCAPI_SERVER } from '../brokers/sqs-sns/asyncapi';
import type { Broker, Cluster } from '../design';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';

/**
 * AsyncAPI servers of the export: one per cluster a node lives on (an
 * `sqs-sns` cluster gives two, since each server has one protocol), with a
 * local development host the description says to replace.
 */

type Obj = Record<string, unknown>;

/**
 * Each broker's servers: each broker's folder says in its `asyncapi.ts` where a cluster of it listens and which
 * protocol it speaks. Keyed by broker, so a new broker without one fails to compile.
 */
export const ASYNCAPI_SERVERS: Record<Broker, AsyncapiServerSpec> = {
  kafka: KAFKA_ASYNCAPI_SERVER,
  // Redpanda speaks Kafka's protocol on Kafka's port.
  redpanda: KAFKA_ASYNCAPI_SERVER,
  rabbitmq: RABBITMQ_ASYNCAPI_SERVER,
  nats: NATS_ASYNCAPI_SERVER,
  'sqs-sns': SQS_SNS_ASYNCAPI_SERVER,
  pulsar: PULSAR_ASYNCAPI_SERVER,
  pubsub: PUBSUB_ASYNCAPI_SERVER,
  artemis: ARTEMIS_ASYNCAPI_SERVER,
  servicebus: SERVICEBUS_ASYNCAPI_SERVER,
};

interface ServerSpec {
  id: string;
  server: Obj;
}

/** `<cluster id>-<suffix>`, or the cluster's id for the one server of a broker that has one. */
function serverId(cluster: Cluster, suffix: string): string {
  return suffix === '' ? cluster.id : `${cluster.id}-${suffix}`;
}

function serversOf(cluster: Cluster): ServerSpec[] {
  const base = {
    title: cluster.name,
    description: `Cluster "${cluster.name}" (${cluster.environment}). The host is a local default: replace it with the cluster's address.`,
    'x-queuewright-cluster': cluster,
  };
  const servers = ASYNCAPI_SERVERS[cluster.broker].servers(cluster);
  return Object.entries(servers).map(([suffix, fields]) => ({ id: serverId(cluster, suffix), server: { ...fields, ...base } }));
}

/** The server ids of each cluster, made unique (an `sqs-sns` cluster's `<id>-sqs` could be another cluster's id). */
export function serverIds(design: ResolvedDesign): { servers: Obj; idOf: (node: ResolvedNode, cluster: Cluster) => string } {
  const servers: Obj = {};
  const renamed = new Map<string, string>();
  // A cluster no node lives on serves nothing: a RabbitMQ design keeps no `kafka: localhost:9092` from a deleted topic.
  const used = new Set(design.nodes.map((n) => n.cluster));
  for (const cluster of design.clusters) {
    if (!used.has(cluster.id)) continue;
    for (const { id, server } of serversOf(cluster)) {
      let unique = id;
      for (let n = 2; Object.hasOwn(servers, unique); n++) unique = `${id}-${n}`;
      servers[unique] = server;
      renamed.set(`${cluster.id}\u0000${id}`, unique);
    }
  }
  const idOf = (node: ResolvedNode, cluster: Cluster) => {
    const id = serverId(cluster, ASYNCAPI_SERVERS[cluster.broker].serverOf?.(node.kind) ?? '');
    return renamed.get(`${cluster.id}\u0000${id}`) ?? id;
  };
  return { servers, idOf };
}
