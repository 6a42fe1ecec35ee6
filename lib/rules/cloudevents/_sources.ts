/** The specifications the CloudEvents rules cite. */
export const CE_SOURCES = {
  spec: { label: 'CloudEvents 1.0 specification: context attributes (type, source)', url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/spec.md#context-attributes' },
  primerVersioning: { label: 'CloudEvents primer: versioning of CloudEvents (type)', url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/primer.md#versioning-of-cloudevents' },
  bindings: { label: 'CloudEvents protocol bindings (HTTP, Kafka, AMQP, MQTT, NATS, WebSockets)', url: 'https://github.com/cloudevents/spec/tree/main/cloudevents/bindings' },
  kafkaBinding: {
    label: 'Kafka Protocol Binding for CloudEvents: binary content mode, event data encoding',
    url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/bindings/kafka-protocol-binding.md#322-event-data-encoding',
  },
  amqpBinding: {
    label: 'AMQP Protocol Binding for CloudEvents: application-properties in binary mode, optional in structured mode',
    url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/bindings/amqp-protocol-binding.md#313-metadata-headers',
  },
  rabbitmqHeadersExchange: { label: 'RabbitMQ: AMQP 0-9-1 concepts, headers exchange (routes on message headers, x-match)', url: 'https://www.rabbitmq.com/tutorials/amqp-concepts#exchange-headers' },
  rabbitmqConversions: { label: 'RabbitMQ: inter-protocol property conversions (AMQP 1.0 application-properties and AMQP 0-9-1 headers)', url: 'https://www.rabbitmq.com/docs/conversions' },
  kafkaCompaction: { label: 'Kafka: log compaction (a record with a null value is a tombstone)', url: 'https://kafka.apache.org/documentation/#design_compactionbasics' },
  sqsMessageAttributes: {
    label: 'Amazon SQS: message attributes (at most 10 per message; names of letters, digits, _, - and .)',
    url: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html',
  },
} as const;
