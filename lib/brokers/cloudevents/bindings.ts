import type { NodeKind } from '../../design';

/**
 * The CloudEvents protocol bindings (https://github.com/cloudevents/spec/tree/main/cloudevents/bindings):
 * how each transport carries an event's attributes in binary content mode.
 * The project defines bindings for HTTP, Kafka, AMQP 1.0, MQTT, NATS,
 * WebSockets and DDS; it defines none for Amazon SQS or SNS, so a channel
 * kind missing here has no binary mode anyone agreed on.
 */
export interface CloudEventsBinding {
  /** The binding's name, as its specification titles it. */
  name: string;
  url: string;
  /** What every attribute's header name starts with: `ce_type`, `cloudEvents_type`, `ce-type`. */
  headerPrefix: string;
  /**
   * Where `datacontenttype` goes in binary mode: Kafka's `content-type`
   * header, AMQP's content-type message property (not a header), or a
   * prefixed header like every other attribute (NATS: `ce-datacontenttype`).
   */
  dataContentTypeIn: 'content-type-header' | 'content-type-property' | 'prefixed-header';
}

const KAFKA: CloudEventsBinding = {
  name: 'Kafka Protocol Binding for CloudEvents',
  url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/bindings/kafka-protocol-binding.md',
  headerPrefix: 'ce_',
  dataContentTypeIn: 'content-type-header',
};

/**
 * RabbitMQ exchanges and queues: the AMQP binding maps attributes to AMQP 1.0
 * application-properties, which RabbitMQ converts to and from AMQP 0-9-1
 * headers (https://www.rabbitmq.com/docs/conversions). The
 * binding allows `cloudEvents_` and `cloudEvents:` and says `_` SHOULD be
 * preferred (JMS selectors cannot name `:`).
 */
const AMQP: CloudEventsBinding = {
  name: 'AMQP Protocol Binding for CloudEvents',
  url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/bindings/amqp-protocol-binding.md',
  headerPrefix: 'cloudEvents_',
  dataContentTypeIn: 'content-type-property',
};

/** NATS binary mode needs message headers (NATS 2.2 and later); each attribute is a `ce-` header, `datacontenttype` too. */
const NATS: CloudEventsBinding = {
  name: 'NATS Protocol Binding for CloudEvents',
  url: 'https://github.com/cloudevents/spec/blob/main/cloudevents/bindings/nats-protocol-binding.md',
  headerPrefix: 'ce-',
  dataContentTypeIn: 'prefixed-header',
};

export const CLOUDEVENTS_BINDINGS: Partial<Record<NodeKind, CloudEventsBinding>> = {
  'kafka-topic': KAFKA,
  'rabbitmq-exchange': AMQP,
  'rabbitmq-queue': AMQP,
  'nats-stream': NATS,
};

/** The CloudEvents binding of a channel kind, or undefined when the project defines none for its transport. */
export function cloudEventsBinding(kind: NodeKind): CloudEventsBinding | undefined {
  return CLOUDEVENTS_BINDINGS[kind];
}
