import { DEFAULT_PRICES, type Price, type Prices } from './prices';

/**
 * A monthly cost estimate for a design's capacity needs, with every price and
 * assumption beside the figure it produces (lib/capacity/prices.ts says where
 * each price was read, and when). Pure arithmetic: the needs come from the
 * capacity figures (lib/sim/capacity.ts), the prices from the user or the
 * defaults.
 *
 * Self-hosted brokers: broker instances × hourly price × hours in a month,
 * disk × GB-month price, and the traffic that crosses availability zones,
 * billed once leaving a zone and once entering the other:
 * - producers write to partition leaders spread over the zones, so
 *   (zones − 1) / zones of what they write crosses a zone;
 * - each of the replicationFactor − 1 followers sits in another zone than its
 *   leader (rack-aware placement), so all replication traffic crosses;
 * - consumers fetch from leaders (no follower fetching), so (zones − 1) /
 *   zones of every group's reads crosses.
 * Amazon MSK (provisioned, Standard brokers) for the Kafka part: broker hours
 * at the MSK price of the same instance size, storage per GB-month, and only
 * the clients' traffic across zones — MSK does not bill the replication
 * between its brokers (https://aws.amazon.com/msk/pricing/).
 * Amazon SQS and SNS: requests, each 64 KB of payload billed as one, less the
 * monthly free requests.
 * Google Cloud Pub/Sub: the bytes published plus the bytes delivered to each
 * subscription, each request billed at least 1,000 bytes, less the monthly
 * free GiB, and the GiB its topics and subscriptions retain.
 * Amazon MQ for RabbitMQ: broker hours, one broker for a single-node cluster
 * and three for any larger one (a cluster deployment is always three nodes).
 * Azure Service Bus: per Standard namespace a base charge that includes the
 * first 13 million operations a month, then operations in falling price
 * bands; Basic operations at one price; Premium messaging-unit hours, with
 * operations included.
 */

export interface CostNeeds {
  /** Broker nodes the design needs (self-hosted). */
  brokers: number;
  /** Disk over the whole cluster, replicas included, in GB. */
  diskGb: number;
  /** Bytes per second producers write into the brokers. */
  writeBytesPerSecond: number;
  /** Copies of each byte the brokers keep. */
  replicationFactor: number;
  /** Times each written byte is read (one per consumer group reading it). */
  readFanout: number;
  /** Availability zones the brokers and clients are spread over. */
  zones: number;
  /** Messages per second through SQS queues, and whether they are FIFO. */
  sqsMessagesPerSecond?: number;
  sqsFifo?: boolean;
  /** Mean SQS message size in bytes. */
  sqsMessageBytes?: number;
  /** SNS publishes per second. */
  snsPublishesPerSecond?: number;
  /** The Kafka clusters alone, for managed Kafka offerings: brokers, disk of the topics (replicas included, GB), bytes per second written and read by clients. */
  kafka?: KafkaNeeds;
  pubsub?: PubsubNeeds;
  servicebus?: ServicebusNeeds;
  /** The RabbitMQ clusters alone, for managed RabbitMQ: each cluster's node count. */
  rabbitmq?: { clusterNodes: number[] };
}

/** Google Cloud Pub/Sub: messages published and delivered (one per subscription) per second, their mean size, and the GiB retained. */
export interface PubsubNeeds {
  publishesPerSecond: number;
  deliveriesPerSecond: number;
  messageBytes: number;
  /** Messages topics keep for replay and acknowledged messages subscriptions keep for seek, in GiB. */
  retainedGiB: number;
}

/** Azure Service Bus, by namespace tier: messages sent to queues and topics and delivered from queues and subscriptions, per second. */
export interface ServicebusNeeds {
  standardNamespaces: number;
  standardSendsPerSecond: number;
  standardDeliveriesPerSecond: number;
  basicSendsPerSecond: number;
  basicDeliveriesPerSecond: number;
  /** Messaging units over the Premium namespaces (one at least each). */
  premiumMessagingUnits: number;
}

export interface KafkaNeeds {
  brokers: number;
  diskGb: number;
  writeBytesPerSecond: number;
  readBytesPerSecond: number;
}

export interface Assumption {
  value: number;
  why: string;
}

export interface CostAssumptions {
  hoursPerMonth: Assumption;
  /** SQS requests per message: one send, one receive, one delete, unbatched. */
  sqsRequestsPerMessage: Assumption;
  /** Service Bus operations per delivered message: receive and complete (peek-lock). */
  servicebusOperationsPerDelivery: Assumption;
}

export const DEFAULT_ASSUMPTIONS: CostAssumptions = {
  hoursPerMonth: { value: 730, why: '365 days × 24 hours / 12 months, the month cloud price lists bill by' },
  sqsRequestsPerMessage: { value: 3, why: 'SendMessage, ReceiveMessage and DeleteMessage once each, without batching (batches of 10 divide it by up to 10)' },
  servicebusOperationsPerDelivery: {
    value: 2,
    why: 'a receive and a complete per message under peek-lock, the default receive mode, unbatched (receive-and-delete makes it 1; a send is 1 more, counted apart)',
  },
};

export interface CostLine {
  item: string;
  quantity: number;
  unit: string;
  price: Price;
  monthlyUsd: number;
  formula: string;
}

export interface OfferingCost {
  offering: string;
  monthlyUsd: number;
  lines: CostLine[];
}

export type CostEstimate = { ok: true; offerings: OfferingCost[]; assumptions: CostAssumptions } | { ok: false; error: string };

const SECONDS_PER_HOUR = 3600;

function invalid(needs: CostNeeds, prices: Prices, assumptions: CostAssumptions): string | undefined {
  const checks: Array<[string, number | undefined]> = [
    ...Object.entries(needs)
      .filter(([, v]) => typeof v === 'number')
      .map(([k, v]) => [`needs.${k}`, v as number] as [string, number]),
    ...(['kafka', 'pubsub', 'servicebus'] as const).flatMap((part) => Object.entries(needs[part] ?? {}).map(([k, v]) => [`needs.${part}.${k}`, v] as [string, number])),
    ...(needs.rabbitmq?.clusterNodes ?? []).map((v, i) => [`needs.rabbitmq.clusterNodes[${i}]`, v] as [string, number]),
    ...Object.entries(prices).map(([k, p]) => [`prices.${k}.value`, p.value] as [string, number]),
    ...Object.entries(assumptions).map(([k, a]) => [`assumptions.${k}.value`, a.value] as [string, number]),
  ];
  for (const [where, value] of checks) if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) return `${where} must be a finite number ≥ 0, got ${String(value)}`;
  if (needs.zones < 1) return `needs.zones must be at least 1, got ${needs.zones}`;
  if (needs.replicationFactor < 1) return `needs.replicationFactor must be at least 1, got ${needs.replicationFactor}`;
  if (prices.sqsBillingChunkBytes.value <= 0) return 'prices.sqsBillingChunkBytes.value must be above 0';
  return undefined;
}

function line(item: string, quantity: number, unit: string, price: Price, formula: string, multiplier = 1): CostLine {
  return { item, quantity, unit, price, monthlyUsd: quantity * price.value * multiplier, formula };
}

function total(offering: string, lines: CostLine[]): OfferingCost {
  return { offering, monthlyUsd: lines.reduce((sum, l) => sum + l.monthlyUsd, 0), lines };
}

function selfHosted(needs: CostNeeds, prices: Prices, assumptions: CostAssumptions): OfferingCost {
  const hours = assumptions.hoursPerMonth.value;
  const secondsPerMonth = hours * SECONDS_PER_HOUR;
  const crossShare = (needs.zones - 1) / needs.zones;
  const followersCross = needs.zones > 1 ? needs.replicationFactor - 1 : 0;
  const crossBytesPerSecond = needs.writeBytesPerSecond * (crossShare + followersCross + needs.readFanout * crossShare);
  const crossGb = (crossBytesPerSecond * secondsPerMonth) / 1e9;
  return total('Self-hosted (EC2 + EBS)', [
    line('broker instances', needs.brokers * hours, 'instance-hours', prices.brokerInstanceHour, 'brokers × hours per month'),
    line('broker disk', needs.diskGb, 'GB-month', prices.diskGbMonth, 'retention × bytes × replicas, over the cluster'),
    line(
      'cross-zone traffic',
      crossGb,
      'GB crossing a zone, billed out and in',
      prices.crossZoneGbEachWay,
      'write × ((zones − 1)/zones + (replicas − 1) + read fan-out × (zones − 1)/zones) × seconds per month × 2 directions',
      2,
    ),
  ]);
}

function msk(needs: CostNeeds, prices: Prices, assumptions: CostAssumptions): OfferingCost | undefined {
  const kafka = needs.kafka;
  if (!kafka || kafka.brokers === 0) return undefined;
  const hours = assumptions.hoursPerMonth.value;
  const crossShare = (needs.zones - 1) / needs.zones;
  const crossGb = ((kafka.writeBytesPerSecond + kafka.readBytesPerSecond) * crossShare * hours * SECONDS_PER_HOUR) / 1e9;
  return total('Amazon MSK (provisioned, Standard brokers)', [
    line('MSK brokers', kafka.brokers * hours, 'broker-hours', prices.mskBrokerHour, 'Kafka brokers × hours per month'),
    line('MSK storage', kafka.diskGb, 'GB-month', prices.mskStorageGbMonth, 'retention × bytes × replicas, over the Kafka topics'),
    line(
      'cross-zone client traffic',
      crossGb,
      'GB crossing a zone, billed out and in',
      prices.crossZoneGbEachWay,
      '(client writes + reads) × (zones − 1)/zones × seconds per month × 2 directions; replication between MSK brokers is not billed',
      2,
    ),
  ]);
}

function sqsSns(needs: CostNeeds, prices: Prices, assumptions: CostAssumptions): OfferingCost | undefined {
  const sqsRate = needs.sqsMessagesPerSecond ?? 0;
  const snsRate = needs.snsPublishesPerSecond ?? 0;
  if (sqsRate === 0 && snsRate === 0) return undefined;
  const secondsPerMonth = assumptions.hoursPerMonth.value * SECONDS_PER_HOUR;
  const chunks = Math.max(1, Math.ceil((needs.sqsMessageBytes ?? 1) / prices.sqsBillingChunkBytes.value));
  const requests = sqsRate * secondsPerMonth * assumptions.sqsRequestsPerMessage.value * chunks;
  const billable = Math.max(0, requests - prices.sqsFreeRequestsPerMonth.value);
  const lines: CostLine[] = [];
  if (sqsRate > 0) {
    lines.push(
      line(
        needs.sqsFifo ? 'SQS FIFO requests' : 'SQS standard requests',
        billable / 1e6,
        'million requests',
        needs.sqsFifo ? prices.sqsFifoPerMillion : prices.sqsStandardPerMillion,
        'max(0, messages × requests per message × 64 KB chunks per message − free requests)',
      ),
    );
  }
  if (snsRate > 0) lines.push(line('SNS publishes', (snsRate * secondsPerMonth) / 1e6, 'million publishes', prices.snsPublishPerMillion, 'publishes per month'));
  return total('Amazon SQS / SNS', lines);
}

const BYTES_PER_GIB = 2 ** 30;
const BYTES_PER_TIB = 2 ** 40;

function pubsub(needs: CostNeeds, prices: Prices, assumptions: CostAssumptions): OfferingCost | undefined {
  const p = needs.pubsub;
  if (!p || (p.publishesPerSecond === 0 && p.retainedGiB === 0)) return undefined;
  const secondsPerMonth = assumptions.hoursPerMonth.value * SECONDS_PER_HOUR;
  // Unbatched, each message is a request of its own, billed at least the minimum.
  const billedBytes = Math.max(p.messageBytes, prices.pubsubMinimumRequestBytes.value);
  const bytes = (p.publishesPerSecond + p.deliveriesPerSecond) * billedBytes * secondsPerMonth;
  const billable = Math.max(0, bytes - prices.pubsubFreeGiBPerMonth.value * BYTES_PER_GIB);
  return total('Google Cloud Pub/Sub', [
    line(
      'Pub/Sub throughput',
      billable / BYTES_PER_TIB,
      'TiB published or delivered',
      prices.pubsubThroughputTiB,
      'max(0, (publishes + deliveries) × max(message bytes, minimum request bytes) × seconds per month − free GiB); unbatched',
    ),
    line('Pub/Sub storage', p.retainedGiB, 'GiB-month', prices.pubsubStorageGiBMonth, 'topic retention and retained acknowledged messages × bytes'),
  ]);
}

/** Nodes of an Amazon MQ cluster deployment: "a logical grouping of three RabbitMQ broker nodes" (Amazon MQ developer guide). */
const AMAZON_MQ_CLUSTER_NODES = 3;

function amazonMqRabbitmq(needs: CostNeeds, prices: Prices, assumptions: CostAssumptions): OfferingCost | undefined {
  const clusters = needs.rabbitmq?.clusterNodes ?? [];
  if (clusters.length === 0) return undefined;
  const brokers = clusters.reduce((sum, nodes) => sum + (nodes <= 1 ? 1 : AMAZON_MQ_CLUSTER_NODES), 0);
  return total('Amazon MQ for RabbitMQ', [
    line(
      'Amazon MQ brokers',
      brokers * assumptions.hoursPerMonth.value,
      'broker-hours',
      prices.amazonMqRabbitmqBrokerHour,
      'per RabbitMQ cluster 1 broker (single instance) or 3 (a cluster deployment is always three) × hours per month; storage and data transfer are not included',
    ),
  ]);
}

/** Millions of operations a month between `from` and `to` million (a price band). */
function band(operations: number, from: number, to: number): number {
  return Math.max(0, Math.min(operations, to) - from) / 1e6;
}

function servicebus(needs: CostNeeds, prices: Prices, assumptions: CostAssumptions): OfferingCost | undefined {
  const sb = needs.servicebus;
  if (!sb || sb.standardNamespaces + sb.premiumMessagingUnits + sb.basicSendsPerSecond === 0) return undefined;
  const hours = assumptions.hoursPerMonth.value;
  const perDelivery = assumptions.servicebusOperationsPerDelivery.value;
  const opsPerMonth = (sends: number, deliveries: number) => (sends + deliveries * perDelivery) * hours * SECONDS_PER_HOUR;
  const lines: CostLine[] = [];
  if (sb.standardNamespaces > 0) {
    const ops = opsPerMonth(sb.standardSendsPerSecond, sb.standardDeliveriesPerSecond);
    const included = prices.servicebusStandardIncludedOperations.value;
    const why = 'operations a month (sends + deliveries × operations per delivery) in the band';
    lines.push(
      line('Service Bus Standard base charge', sb.standardNamespaces * hours, 'namespace-hours', prices.servicebusStandardBaseHour, 'Standard namespaces × hours per month'),
      line('Service Bus Standard operations, 13M–100M', band(ops, included, 100e6), 'million operations', prices.servicebusStandardPerMillionTo100M, why),
      line('Service Bus Standard operations, 100M–2,500M', band(ops, 100e6, 2500e6), 'million operations', prices.servicebusStandardPerMillionTo2500M, why),
      line('Service Bus Standard operations, over 2,500M', band(ops, 2500e6, Infinity), 'million operations', prices.servicebusStandardPerMillionOver2500M, why),
    );
  }
  if (sb.basicSendsPerSecond > 0) {
    const ops = opsPerMonth(sb.basicSendsPerSecond, sb.basicDeliveriesPerSecond);
    lines.push(line('Service Bus Basic operations', ops / 1e6, 'million operations', prices.servicebusBasicPerMillion, 'sends + deliveries × operations per delivery, a month'));
  }
  if (sb.premiumMessagingUnits > 0) {
    lines.push(
      line('Service Bus Premium messaging units', sb.premiumMessagingUnits * hours, 'messaging-unit-hours', prices.servicebusPremiumUnitHour, 'messaging units × hours per month; operations included'),
    );
  }
  return total('Azure Service Bus', lines);
}

/** The monthly cost of `needs` for each offering we have prices for; a clear error names the first bad input. */
export function estimateCost(needs: CostNeeds, prices: Prices = DEFAULT_PRICES, assumptions: CostAssumptions = DEFAULT_ASSUMPTIONS): CostEstimate {
  const error = invalid(needs, prices, assumptions);
  if (error) return { ok: false, error };
  const offerings = [selfHosted, msk, amazonMqRabbitmq, sqsSns, pubsub, servicebus].map((offering) => offering(needs, prices, assumptions)).filter((o): o is OfferingCost => o !== undefined);
  return { ok: true, offerings, assumptions };
}
