/**
 * The primary sources the Kafka rules cite (keys of the rule catalog, §9).
 * One list, so a moved page is fixed in one place.
 */
export const KAFKA_SOURCES = {
  /** [K-PROD] */
  producerConfigs: { label: 'Kafka docs: producer configs', url: 'https://kafka.apache.org/documentation/#producerconfigs' },
  /** [K-PROD] ProducerConfig.java: defaults, validators, postProcessAndValidateIdempotenceConfigs */
  producerConfigSource: {
    label: 'Kafka source: ProducerConfig.java',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/clients/producer/ProducerConfig.java',
  },
  /** KIP-679: acks=all and idempotence by default from 3.0 */
  kip679: {
    label: 'KIP-679: producer will enable the strongest delivery guarantee by default',
    url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-679%3A+Producer+will+enable+the+strongest+delivery+guarantee+by+default',
  },
  /** KAFKA-13598 / KAFKA-13673 (3.0.1, 3.1.1, 3.2.0): idempotence on by default, turned off when an unset idempotence conflicts */
  kafka13598: { label: 'KAFKA-13598: enable idempotence producer by default and validate the configs', url: 'https://issues.apache.org/jira/browse/KAFKA-13598' },
  kafka13673: { label: 'KAFKA-13673: disable idempotence when config conflicts', url: 'https://issues.apache.org/jira/browse/KAFKA-13673' },
  /** KAFKA-17927 (4.0): more than 5 requests in flight is refused while idempotence is on, set or not */
  kafka17927: {
    label: 'KAFKA-17927: disallow max.in.flight.requests.per.connection above 5 with idempotence',
    url: 'https://issues.apache.org/jira/browse/KAFKA-17927',
  },
  /** [K-CONS], [K-CCC] */
  consumerConfigs: { label: 'Kafka docs: consumer configs', url: 'https://kafka.apache.org/documentation/#consumerconfigs' },
  /** [K-CONS] ConsumerConfig.java */
  consumerConfigSource: {
    label: 'Kafka source: ConsumerConfig.java',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/clients/consumer/ConsumerConfig.java',
  },
  /** [K-JAVADOC-CONS] "Manual Offset Control" */
  consumerJavadoc: {
    label: 'KafkaConsumer javadoc: manual offset control',
    url: 'https://kafka.apache.org/40/javadoc/org/apache/kafka/clients/consumer/KafkaConsumer.html',
  },
  /** [K-TOPIC] */
  topicConfigs: { label: 'Kafka docs: topic configs', url: 'https://kafka.apache.org/documentation/#topicconfigs' },
  /** [K-TOPIC] delete.retention.ms (tombstones), and the log compaction section of the design docs */
  deleteRetention: { label: 'Kafka docs: topic configs, delete.retention.ms', url: 'https://kafka.apache.org/documentation/#topicconfigs_delete.retention.ms' },
  designCompaction: { label: 'Kafka docs: log compaction', url: 'https://kafka.apache.org/documentation/#compaction' },
  /** [K-LOGCFG] */
  logConfigSource: {
    label: 'Kafka source: LogConfig.java',
    url: 'https://github.com/apache/kafka/blob/trunk/storage/src/main/java/org/apache/kafka/storage/internals/log/LogConfig.java',
  },
  /** [K-LOGVAL] */
  logValidatorSource: {
    label: 'Kafka source: LogValidator.java',
    url: 'https://github.com/apache/kafka/blob/trunk/storage/src/main/java/org/apache/kafka/storage/internals/log/LogValidator.java',
  },
  /** [K-SLC] */
  serverLogConfigsSource: {
    label: 'Kafka source: ServerLogConfigs.java',
    url: 'https://github.com/apache/kafka/blob/trunk/server-common/src/main/java/org/apache/kafka/server/config/ServerLogConfigs.java',
  },
  /** [K-TOPICNAME] */
  topicNameSource: {
    label: 'Kafka source: Topic.java (topic name rules)',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/common/internals/Topic.java',
  },
  /** Broker configs (message.max.bytes, group.*.session.timeout.ms, transaction.*, replica.lag.time.max.ms) */
  brokerConfigs: { label: 'Kafka docs: broker configs', url: 'https://kafka.apache.org/documentation/#brokerconfigs' },
  /** [K-DESIGN-HA] */
  designHa: { label: 'Kafka docs: availability and durability guarantees', url: 'https://kafka.apache.org/documentation/#design_ha' },
  /** KAFKA-15583 (3.7.0, PR 14594): the leader uses min(min.insync.replicas, replicas) as the effective minimum ISR */
  kafka15583: { label: 'KAFKA-15583: the effective min ISR is capped at the replication factor (Kafka 3.7)', url: 'https://issues.apache.org/jira/browse/KAFKA-15583' },
  /** [K-DESIGN-SEM] */
  designSemantics: { label: 'Kafka docs: message delivery semantics', url: 'https://kafka.apache.org/documentation/#semantics' },
  /** [K-INTRO] */
  introConsumers: { label: 'Kafka docs: introduction (consumers, guarantees)', url: 'https://kafka.apache.org/documentation/#intro_consumers' },
  /** [K-OPS] adding topics */
  opsAddTopic: { label: 'Kafka docs: adding and removing topics', url: 'https://kafka.apache.org/documentation/#basic_ops_add_topic' },
  /** [K-OPS] modifying topics */
  opsModifyTopic: { label: 'Kafka docs: modifying topics', url: 'https://kafka.apache.org/documentation/#basic_ops_modify_topic' },
  /** [K-CONNECT] */
  connectSinkConfig: {
    label: 'Kafka Connect source: SinkConnectorConfig.java (dead letter queue)',
    url: 'https://github.com/apache/kafka/blob/trunk/connect/runtime/src/main/java/org/apache/kafka/connect/runtime/SinkConnectorConfig.java',
  },
  /** [K-KIP578] */
  kip578: { label: 'KIP-578: partition limits', url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-578' },
  /** [CF-PART] */
  confluentPartitions: {
    label: 'Confluent: how to choose the number of partitions',
    url: 'https://www.confluent.io/blog/how-to-choose-the-number-of-topicspartitions-in-a-kafka-cluster/',
  },
  /** [CLDR-PART] #partitions = max(NP, NC) */
  clouderaPartitions: {
    label: 'Cloudera: sizing the number of partitions',
    url: 'https://docs.cloudera.com/runtime/7.2.10/kafka-performance-tuning/topics/kafka-tune-sizing-partition-number.html',
  },
  /** [CF-DUR] */
  confluentDurability: {
    label: 'Confluent Cloud: optimizing for durability',
    url: 'https://docs.confluent.io/cloud/current/client-apps/optimizing/durability.html',
  },
  /** [RP-GROUP] */
  redpandaGroups: { label: 'Redpanda docs: rpk group', url: 'https://docs.redpanda.com/docs/reference/rpk/rpk-group/rpk-group/' },
  /** Redpanda cluster properties (auto_create_topics_enabled, kafka_batch_max_bytes, group_*_session_timeout_ms, transaction_max_timeout_ms) */
  redpandaClusterProperties: {
    label: 'Redpanda docs: cluster properties',
    url: 'https://docs.redpanda.com/current/reference/properties/cluster-properties/',
  },
  /** [LRK-1.2] librdkafka defaults isolation.level to read_committed */
  librdkafkaIsolation: {
    label: 'confluent-kafka-python v1.2.0 release notes',
    url: 'https://github.com/confluentinc/confluent-kafka-python/releases/tag/v1.2.0',
  },
  /** [TCTL] topic.go Validate, placement strategies */
  topicctlTopic: { label: 'topicctl source: pkg/config/topic.go', url: 'https://github.com/segmentio/topicctl/blob/master/pkg/config/topic.go' },
  /** [TCTL] load.go CheckConsistency */
  topicctlLoad: { label: 'topicctl source: pkg/config/load.go', url: 'https://github.com/segmentio/topicctl/blob/master/pkg/config/load.go' },
  /** [TCTL] settings.go key validators */
  topicctlSettings: { label: 'topicctl source: pkg/config/settings.go', url: 'https://github.com/segmentio/topicctl/blob/master/pkg/config/settings.go' },
  /** [SQS-DLQ], the principle behind DLQ retention */
  sqsDeadLetter: {
    label: 'AWS docs: SQS dead-letter queues',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
  },
} as const;
