import type { Cluster, NodeKind } from '../design';

/**
 * A broker's AsyncAPI server (lib/exporters/asyncapi-servers.ts): each broker's folder says in its `asyncapi.ts`
 * where a cluster of it listens and which protocol it speaks, and `ASYNCAPI_SERVERS` there joins them. The export
 * adds the cluster's title, description and `x-queuewright-cluster` to every server.
 */

/** The fields of a server that depend on its broker, in AsyncAPI 3.0's names and order. */
export interface AsyncapiServerFields {
  host: string;
  protocol: string;
  protocolVersion?: string;
  variables?: Record<string, { default: string; description: string }>;
}

export interface AsyncapiServerSpec {
  /**
   * A cluster's servers by id suffix. A broker with one server per cluster has one, under `''` (its id is the
   * cluster's); a broker whose kinds speak several protocols has one per protocol, since each server has one
   * (`sqs` is written `<cluster id>-sqs`).
   */
  servers: (cluster: Cluster) => Readonly<Record<string, AsyncapiServerFields>>;
  /** The suffix of the server a node of `kind` is on; left out by a broker with one server per cluster. */
  serverOf?: (kind: NodeKind) => string;
}

/** The spec of a broker with one server per cluster. */
export function oneServer(fields: (cluster: Cluster) => AsyncapiServerFields): AsyncapiServerSpec {
  return { servers: (cluster) => ({ '': fields(cluster) }) };
}

/** The cluster's declared version as the server's protocol version, for a broker whose protocol follows its release. */
export function declaredProtocolVersion(cluster: Cluster): { protocolVersion?: string } {
  return cluster.version !== undefined ? { protocolVersion: cluster.version } : {};
}
