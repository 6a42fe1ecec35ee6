import type { CostNeeds } from '../capacity/cost-estimate';
import { capacityFigures, channelLoads } from './capacity';
import { pubsubNeeds, servicebusNeeds } from './cost-needs-cloud';
import type { Network } from './network';

/** Copies of each message a self-hosted broker keeps (0: not a self-hosted log or queue). */
function replicasOf(node: Network['design']['nodes'][number], design: Network['design']): number {
  if (node.kind === 'kafka-topic') return node.replicationFactor;
  if (node.kind === 'nats-stream') return node.num_replicas;
  if (node.kind !== 'rabbitmq-queue') return 0;
  // A quorum queue starts "up to three" replicas, one per node (RabbitMQ quorum queue docs).
  return node.type === 'quorum' ? Math.min(3, design.clusters.find((c) => c.id === node.cluster)?.nodes ?? 3) : 1;
}

/** What the cost estimate needs of a design, and what it cannot price. */
export interface DesignCostNeeds {
  needs: CostNeeds;
  unpriced: string[];
}

/**
 * What the cost estimate (lib/capacity/cost-estimate.ts) needs, read from the
 * design and its capacity figures, so the cost follows the diagram:
 * - brokers and zones: the nodes and racks the design's self-hosted clusters
 *   declare (SQS/SNS has none);
 * - disk: the disk figures of topics and streams (unbounded ones, with no
 *   retention limit, cannot be priced and are listed in `unpriced`);
 * - writes, replication and read fan-out: the bytes per second into Kafka
 *   topics, JetStream streams and RabbitMQ queues, their replicas and the
 *   consumer groups reading each, weighted by bytes;
 * - SQS messages and SNS publishes: the rates into those channels;
 * - the Kafka part alone (brokers of Kafka clusters, topic disk, client
 *   writes and reads), which the managed Kafka offering prices, and the
 *   RabbitMQ clusters' sizes, which the managed RabbitMQ offering prices;
 * - Pub/Sub and Service Bus traffic (cost-needs-cloud.ts).
 */
export function costNeeds(network: Network): DesignCostNeeds {
  const { design } = network;
  const loads = channelLoads(network);
  const selfHosted = design.clusters.filter((c) => c.broker !== 'sqs-sns');
  // Each Kafka group or JetStream consumer is a station of its own and reads every message; a
  // RabbitMQ queue's consumers share its messages (its stations are routes into it), so it is read once.
  const readers = new Map<string, number>();
  for (const s of network.stations) if (s.consumers.length > 0) readers.set(s.channelId, (readers.get(s.channelId) ?? 0) + 1);
  let writeBytes = 0;
  let replicatedBytes = 0;
  let readBytes = 0;
  let sqsRate = 0;
  let sqsBytes = 0;
  let sqsFifo = false;
  let snsRate = 0;
  // The Kafka topics alone, for the managed Kafka offering (Amazon MSK).
  let kafkaWrite = 0;
  let kafkaRead = 0;
  // Logs and queues drawn on no cluster: their brokers cannot be counted.
  const onNoCluster: string[] = [];
  for (const node of design.nodes) {
    const load = loads.get(node.id);
    if (!load) continue;
    const bytes = load.rate * load.bytesPerMessage;
    const replicas = replicasOf(node, design);
    if (replicas > 0) {
      if (!node.cluster) onNoCluster.push(node.id);
      writeBytes += bytes;
      replicatedBytes += bytes * replicas;
      const reads = readers.get(node.id) ?? 0;
      readBytes += bytes * (node.kind === 'rabbitmq-queue' ? Math.min(1, reads) : reads);
      if (node.kind === 'kafka-topic') {
        kafkaWrite += bytes;
        kafkaRead += bytes * reads;
      }
    } else if (node.kind === 'sqs-queue') {
      sqsRate += load.rate;
      sqsBytes += bytes;
      sqsFifo ||= node.fifo;
    } else if (node.kind === 'sns-topic') snsRate += load.rate;
  }
  const disks = capacityFigures(network).filter((f) => f.quantity === 'disk');
  const diskGb = (figures: typeof disks) => figures.filter((f) => f.value >= 0).reduce((sum, f) => sum + f.value, 0);
  const kafkaTopics = new Set(design.nodes.filter((n) => n.kind === 'kafka-topic').map((n) => n.id));
  return {
    needs: {
      brokers: selfHosted.reduce((sum, c) => sum + c.nodes, 0),
      diskGb: diskGb(disks),
      writeBytesPerSecond: writeBytes,
      replicationFactor: writeBytes > 0 ? replicatedBytes / writeBytes : 1,
      readFanout: writeBytes > 0 ? readBytes / writeBytes : 0,
      zones: Math.max(1, ...selfHosted.map((c) => c.racks)),
      sqsMessagesPerSecond: sqsRate,
      sqsFifo,
      sqsMessageBytes: sqsRate > 0 ? sqsBytes / sqsRate : 0,
      snsPublishesPerSecond: snsRate,
      kafka: {
        brokers: selfHosted.filter((c) => c.broker === 'kafka').reduce((sum, c) => sum + c.nodes, 0),
        diskGb: diskGb(disks.filter((f) => kafkaTopics.has(f.nodeId))),
        writeBytesPerSecond: kafkaWrite,
        readBytesPerSecond: kafkaRead,
      },
      rabbitmq: { clusterNodes: selfHosted.filter((c) => c.broker === 'rabbitmq').map((c) => c.nodes) },
      pubsub: pubsubNeeds(network, loads),
      servicebus: servicebusNeeds(network, loads),
    },
    unpriced: [
      ...disks.filter((f) => f.value < 0).map((f) => `disk of ${f.nodeId}: no retention limit`),
      ...(onNoCluster.length > 0 ? [`brokers of ${onNoCluster.join(', ')}: on no cluster, so no broker is counted (draw the cluster with its nodes)`] : []),
    ],
  };
}
