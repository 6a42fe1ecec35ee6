/**
 * The Apache Pulsar documentation pages Queuewright's Pulsar knowledge cites:
 * the kinds' defaults, the rules and the export tables. One list, so a moved
 * page is fixed in one place.
 */
const DOCS = 'https://pulsar.apache.org/docs/next';
const CLIENT_API = 'https://pulsar.apache.org/api/client/4.0.x/org/apache/pulsar/client/api';

export const PULSAR_DOCS = {
  messaging: { label: 'Pulsar concepts: messaging', url: `${DOCS}/concepts-messaging/` },
  subscriptionTypes: { label: 'Pulsar concepts: subscription types', url: `${DOCS}/concepts-messaging/#subscription-types` },
  ordering: { label: 'Pulsar concepts: ordering guarantee', url: `${DOCS}/concepts-messaging/#ordering-guarantee` },
  deadLetterTopic: { label: 'Pulsar concepts: dead letter topic', url: `${DOCS}/concepts-messaging/#dead-letter-topic` },
  retryLetterTopic: { label: 'Pulsar concepts: retry letter topic', url: `${DOCS}/concepts-messaging/#retry-letter-topic` },
  negativeAck: { label: 'Pulsar concepts: negative acknowledgment', url: `${DOCS}/concepts-messaging/#negative-acknowledgment` },
  ackTimeout: { label: 'Pulsar concepts: acknowledgment timeout', url: `${DOCS}/concepts-messaging/#acknowledgment-timeout` },
  deduplication: { label: 'Pulsar concepts: message deduplication', url: `${DOCS}/concepts-messaging/#message-deduplication` },
  nonPersistent: { label: 'Pulsar concepts: non-persistent topics', url: `${DOCS}/concepts-messaging/#non-persistent-topics` },
  partitionedTopics: { label: 'Pulsar concepts: partitioned topics', url: `${DOCS}/concepts-messaging/#partitioned-topics` },
  retentionExpiry: { label: 'Pulsar cookbook: message retention and expiry', url: `${DOCS}/cookbooks-retention-expiry/` },
  backlogQuotas: { label: 'Pulsar cookbook: backlog quotas', url: `${DOCS}/cookbooks-retention-expiry/#backlog-quotas` },
  schemaCompatibility: { label: 'Pulsar schema: compatibility check strategies', url: `${DOCS}/schema-understand/#schema-compatibility-check-strategy` },
  tieredStorage: { label: 'Pulsar tiered storage overview', url: `${DOCS}/tiered-storage-overview/` },
  brokerConf: { label: 'Pulsar reference: broker configuration', url: `${DOCS}/reference-configuration/#broker` },
  consumerConf: { label: 'Pulsar Java client: consumer configuration', url: `${DOCS}/client-libraries-java-setup/#consumer` },
  consumerBuilder: { label: 'Pulsar Java client API: ConsumerBuilder', url: `${CLIENT_API}/ConsumerBuilder.html` },
  subscriptionTypeApi: { label: 'Pulsar Java client API: SubscriptionType', url: `${CLIENT_API}/SubscriptionType.html` },
  pulsarAdmin: { label: 'pulsar-admin reference', url: 'https://pulsar.apache.org/reference/#/next/pulsar-admin/' },
  terraformProvider: { label: 'Terraform provider streamnative/pulsar', url: 'https://registry.terraform.io/providers/streamnative/pulsar/latest/docs' },
} as const;
