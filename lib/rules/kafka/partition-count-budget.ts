import { clusterOf, nodesOfKind, type Cluster } from '../../design';
import { requirementsAt } from '../needs';
import { defineRule } from '../rule';

/** KIP-578's "generic recommendation" (ZooKeeper era; KRaft raises it). */
const MAX_REPLICAS_PER_BROKER = 4_000;
const MAX_PARTITIONS_PER_CLUSTER = 200_000;
/** A flow with a latency target at or below this counts as latency-sensitive for Jun Rao's 100 × b × r guideline. */
const LATENCY_SENSITIVE_MS = 100;

interface Tally {
  cluster: Cluster;
  partitions: number;
  replicas: number;
  maxRf: number;
  latencySensitive: boolean;
}

export const partitionCountBudget = defineRule({
  meta: {
    id: 'kafka/partition-count-budget',
    category: 'scalability',
    severity: 'warning',
    reads: ['producer', 'kafka-topic', 'rabbitmq-exchange', 'rabbitmq-queue', 'consumer-group', 'projection'],
    summary: 'A Kafka cluster should stay within the usual partition budgets.',
    messages: {
      perBroker: 'Cluster "{cluster}" carries {perBroker} partition replicas per broker ({replicas} over {brokers} brokers), above the recommended {limit}: recovery and leader elections slow down.',
      perCluster: 'Cluster "{cluster}" has {partitions} partitions, above the recommended {limit} per cluster.',
      latency:
        'Cluster "{cluster}" carries {perBroker} partition replicas per broker, above 100 × {brokers} brokers × RF {rf} = {limit} suggested for its latency-sensitive flows: replication adds latency.',
    },
  },
  check({ design, report }) {
    const tallies = new Map<string, Tally>();
    for (const topic of nodesOfKind(design, 'kafka-topic')) {
      const cluster = clusterOf(design, topic);
      if (cluster?.broker !== 'kafka') continue;
      let tally = tallies.get(cluster.id);
      if (!tally) tallies.set(cluster.id, (tally = { cluster, partitions: 0, replicas: 0, maxRf: 0, latencySensitive: false }));
      const partitions = Math.max(topic.partitions, topic.plannedPartitions ?? 0);
      tally.partitions += partitions;
      tally.replicas += partitions * topic.replicationFactor;
      tally.maxRf = Math.max(tally.maxRf, topic.replicationFactor);
      const latencyMs = requirementsAt(design, topic.id)?.latencyMs;
      if (latencyMs !== undefined && latencyMs <= LATENCY_SENSITIVE_MS) tally.latencySensitive = true;
    }
    for (const { cluster, partitions, replicas, maxRf, latencySensitive } of tallies.values()) {
      const brokers = cluster.nodes;
      const perBroker = Math.ceil(replicas / brokers);
      const base = { cluster: cluster.name, brokers, replicas, perBroker, partitions };
      if (perBroker > MAX_REPLICAS_PER_BROKER) {
        report({ target: { type: 'design' }, messageId: 'perBroker', data: { ...base, limit: MAX_REPLICAS_PER_BROKER } });
      } else if (latencySensitive && perBroker > 100 * brokers * maxRf) {
        report({ target: { type: 'design' }, messageId: 'latency', data: { ...base, rf: maxRf, limit: 100 * brokers * maxRf } });
      }
      if (partitions > MAX_PARTITIONS_PER_CLUSTER) {
        report({ target: { type: 'design' }, messageId: 'perCluster', data: { ...base, limit: MAX_PARTITIONS_PER_CLUSTER } });
      }
    }
  },
});
