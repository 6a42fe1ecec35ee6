import type { Cluster } from '../design';
import type { ResolvedDesign, ResolvedNode } from '../brokers/resolved-design';

/**
 * AsyncAPI servers of the export: one per cluster a node lives on (an
 * `sqs-sns` cluster gives two, since each server has one protocol), with a
 * local development host the description says to replace.
 */

type Obj = Record<string, unknown>;

interface ServerSpec {
  id: string;
  server: Obj;
}

function serversOf(cluster: Cluster): ServerSpec[] {
  const base = {
    title: cluster.name,
    description: `Cluster "${cluster.name}" (${cluster.environment}). The host is a local default: replace it with the cluster's address.`,
    'x-queuewright-cluster': cluster,
  };
  const version = cluster.version !== undefined ? { protocolVersion: cluster.version } : {};
  switch (cluster.broker) {
    case 'kafka':
    case 'redpanda':
      return [{ id: cluster.id, server: { host: 'localhost:9092', protocol: 'kafka', ...version, ...base } }];
    case 'rabbitmq':
      return [{ id: cluster.id, server: { host: 'localhost:5672', protocol: 'amqp', protocolVersion: '0.9.1', ...base } }];
    case 'nats':
      return [{ id: cluster.id, server: { host: 'localhost:4222', protocol: 'nats', ...base } }];
    case 'pulsar':
      return [{ id: cluster.id, server: { host: 'localhost:6650', protocol: 'pulsar', ...version, ...base } }];
    case 'pubsub':
      return [{ id: cluster.id, server: { host: 'pubsub.googleapis.com', protocol: 'googlepubsub', ...base } }];
    case 'artemis':
      // Artemis's all-protocols acceptor; JMS is how most of its clients speak to it.
      return [{ id: cluster.id, server: { host: 'localhost:61616', protocol: 'jms', ...base } }];
    case 'servicebus':
      // Each namespace has its own host, <namespace>.servicebus.windows.net; AMQP 1.0 over TLS.
      return [{ id: cluster.id, server: { host: `${cluster.id}.servicebus.windows.net`, protocol: 'amqps', protocolVersion: '1.0', ...base } }];
    case 'sqs-sns': {
      const variables = { region: { default: 'us-east-1', description: 'AWS region' } };
      return [
        { id: `${cluster.id}-sqs`, server: { host: 'sqs.{region}.amazonaws.com', protocol: 'sqs', variables, ...base } },
        { id: `${cluster.id}-sns`, server: { host: 'sns.{region}.amazonaws.com', protocol: 'sns', variables, ...base } },
      ];
    }
  }
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
    const id = cluster.broker !== 'sqs-sns' ? cluster.id : node.kind === 'sns-topic' ? `${cluster.id}-sns` : `${cluster.id}-sqs`;
    return renamed.get(`${cluster.id}\u0000${id}`) ?? id;
  };
  return { servers, idOf };
}
