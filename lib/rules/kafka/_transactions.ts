import { clusterOf, type Cluster, type Design } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import type { ResolvedProducer } from '../../brokers/services/resolve';
import type { Fix } from '../rule';
import { brokerNumber, BROKER_SETTINGS } from '../../brokers/kafka/broker-settings';
import { growCluster, setBrokerSetting } from './_cluster-fixes';
import { kafkaTopicsPublishedBy } from './_topics';

/**
 * The broker side of a transactional producer: every cluster it writes to runs
 * a transaction coordinator, whose state topic needs its replication factor in
 * brokers (Apache Kafka: transaction.state.log.replication.factor, default 3)
 * and which caps transaction.timeout.ms (transaction.max.timeout.ms).
 */

const DEFAULT_TRANSACTION_TIMEOUT_MS = 60_000;

export function transactionTimeoutMs(producer: ResolvedProducer): number {
  return producer.kafka['transaction.timeout.ms'] ?? DEFAULT_TRANSACTION_TIMEOUT_MS;
}

/** The declared clusters a producer writes Kafka topics to (topics without a cluster have no brokers to check). */
export function clustersWrittenBy(design: ResolvedDesign, producer: ResolvedProducer): Cluster[] {
  const clusters = new Map<string, Cluster>();
  for (const topic of kafkaTopicsPublishedBy(design, producer.id)) {
    const cluster = clusterOf(design, topic);
    if (cluster) clusters.set(cluster.id, cluster);
  }
  return [...clusters.values()];
}

export interface CoordinatorShortfall {
  cluster: Cluster;
  /** The broker setting's name and value. */
  setting: string;
  factor: number;
}

/** A Kafka cluster with fewer brokers than its transaction state log needs replicas; undefined when it has enough (or is Redpanda). */
export function coordinatorShortfall(cluster: Cluster): CoordinatorShortfall | undefined {
  const factor = brokerNumber(cluster, BROKER_SETTINGS.transactionLogReplicationFactor);
  if (!factor || cluster.nodes >= factor.value) return undefined;
  return { cluster, setting: factor.name, factor: factor.value };
}

export interface TimeoutCap {
  cluster: Cluster | undefined;
  setting: string;
  max: number;
}

/** The broker's cap on transaction.timeout.ms for one cluster (Kafka and Redpanda both have one). */
export function transactionTimeoutCap(cluster: Cluster | undefined): TimeoutCap {
  const max = brokerNumber(cluster, BROKER_SETTINGS.transactionMaxTimeoutMs)!;
  return { cluster, setting: max.name, max: max.value };
}

/** The lowest cap among the clusters a producer writes to (the default cap when none is declared). */
export function strictestTimeoutCap(design: ResolvedDesign, producer: ResolvedProducer): TimeoutCap {
  const clusters = clustersWrittenBy(design, producer);
  const caps = clusters.length > 0 ? clusters.map(transactionTimeoutCap) : [transactionTimeoutCap(undefined)];
  return caps.reduce((a, b) => (b.max < a.max ? b : a));
}

/** Production grows the cluster; elsewhere the state log is sized down to the brokers there are. */
export function shortfallFix({ cluster, factor }: CoordinatorShortfall): Fix {
  return cluster.environment === 'production'
    ? { label: `Grow cluster "${cluster.name}" to ${factor} brokers`, apply: (d: Design) => growCluster(d, cluster.id, factor) }
    : {
        label: `Set transaction.state.log.replication.factor=${cluster.nodes} on "${cluster.name}"`,
        apply: (d: Design) =>
          setBrokerSetting(setBrokerSetting(d, cluster.id, 'transaction.state.log.replication.factor', cluster.nodes), cluster.id, 'transaction.state.log.min.isr', Math.min(2, cluster.nodes)),
      };
}
