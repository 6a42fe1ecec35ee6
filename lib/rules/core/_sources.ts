/** The documentation pages the core rules cite (catalog §9 keys in comments). */
export const CORE_SOURCES = {
  /** [SQS-DLQ] */
  sqsDeadLetterQueues: {
    label: 'Amazon SQS: dead-letter queues',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
  },
  /** [SQS-STD] */
  sqsStandardQueues: {
    label: 'Amazon SQS: standard queues (at-least-once delivery)',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/standard-queues.html',
  },
  /** [K-DESIGN-SEM] */
  kafkaSemantics: { label: 'Kafka: message delivery semantics', url: 'https://kafka.apache.org/documentation/#semantics' },
  /** [K-CONNECT] */
  kafkaConnectDlq: { label: 'Kafka Connect sink configs: errors.deadletterqueue.*', url: 'https://kafka.apache.org/documentation/#sinkconnectorconfigs' },
  kafkaMonitoring: { label: 'Kafka: monitoring (consumer lag metrics)', url: 'https://kafka.apache.org/documentation/#monitoring' },
  kafkaTopicConfigs: { label: 'Kafka: topic configs (retention.ms)', url: 'https://kafka.apache.org/documentation/#topicconfigs' },
  /** [RMQ-CONF] */
  rabbitmqConfirms: { label: 'RabbitMQ: consumer acknowledgements and publisher confirms', url: 'https://www.rabbitmq.com/docs/confirms' },
  /** [RMQ-DLX] */
  rabbitmqDlx: { label: 'RabbitMQ: dead letter exchanges', url: 'https://www.rabbitmq.com/docs/dlx' },
  rabbitmqMonitoring: { label: 'RabbitMQ: monitoring', url: 'https://www.rabbitmq.com/docs/monitoring' },
  /** [NATS-JS] */
  natsJetStream: { label: 'NATS: JetStream', url: 'https://docs.nats.io/nats-concepts/jetstream' },
  natsConsumers: { label: 'NATS: JetStream consumers', url: 'https://docs.nats.io/nats-concepts/jetstream/consumers' },
  asyncapiMessages: { label: 'AsyncAPI 3.0: Message Object (payload, schemaFormat)', url: 'https://www.asyncapi.com/docs/reference/specification/v3.0.0#messageObject' },
  /** [AAPI-P-V3] */
  asyncapiRuleset: {
    label: 'AsyncAPI parser ruleset (reference integrity)',
    url: 'https://github.com/asyncapi/parser-js/blob/master/packages/parser/src/ruleset/v3/ruleset.ts',
  },
  schemaRegistry: { label: 'Confluent Schema Registry: overview', url: 'https://docs.confluent.io/platform/current/schema-registry/index.html' },
  schemaEvolution: {
    label: 'Confluent Schema Registry: schema evolution and compatibility',
    url: 'https://docs.confluent.io/platform/current/schema-registry/fundamentals/schema-evolution.html',
  },
  avroResolution: { label: 'Apache Avro specification: schema resolution', url: 'https://avro.apache.org/docs/1.11.1/specification/#schema-resolution' },
  kafkaConsumerGroups: { label: 'Kafka docs: introduction (consumer groups: each partition goes to one member)', url: 'https://kafka.apache.org/documentation/#intro_consumers' },
  rabbitmqPrefetch: { label: 'RabbitMQ: consumer prefetch', url: 'https://www.rabbitmq.com/docs/consumer-prefetch' },
  queueingMmc: { label: 'M/M/c queue: service rate c × μ and the stability condition λ < cμ', url: 'https://en.wikipedia.org/wiki/M/M/c_queue' },
  rabbitmqMaxLength: { label: 'RabbitMQ: queue length limit (max-length, max-length-bytes, overflow)', url: 'https://www.rabbitmq.com/docs/maxlength' },
  sqsMessageRetention: {
    label: 'Amazon SQS: SetQueueAttributes, MessageRetentionPeriod (60 s to 14 days)',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html',
  },
  natsStreamLimits: { label: 'NATS: JetStream stream configuration (MaxMsgs, MaxBytes, Discard)', url: 'https://docs.nats.io/nats-concepts/jetstream/streams' },
  kafkaBrokerLogDirs: { label: 'Kafka: operations, hardware and OS (log directories and disk)', url: 'https://kafka.apache.org/documentation/#hwandos' },
  mskStorageAlerts: { label: "Amazon MSK: storage capacity alerts (60 % and 80 % of a broker's disk)", url: 'https://docs.aws.amazon.com/msk/latest/developerguide/cluster-alerts.html' },
} as const;
