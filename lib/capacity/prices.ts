/**
 * The prices the cost estimate uses, each with where it was read and when:
 * prices change, so every one is an input the user can see and replace.
 * Public list prices, US East (N. Virginia), on demand, in USD. Offerings we
 * found no price for (Confluent Cloud, CloudAMQP, Synadia Cloud: their pages
 * name the billing dimensions but we found no figures to cite) are not
 * estimated rather than guessed.
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
} satisfies Record<string, Price>;

export type Prices = { [K in keyof typeof DEFAULT_PRICES]: Price };
