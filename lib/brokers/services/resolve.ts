import type { ConsumerGroupNode, ProducerNode } from '../../design';
import { kafkaConsumerDefaults, kafkaProducerDefaults, type ConsumerDefaults, type ProducerDefaults } from '../kafka/client-defaults';
import { NATS_CONSUMER_DEFAULTS, type NatsConsumerDefaults } from '../nats/server-defaults';
import { rabbitmqPrefetchDefault, rabbitmqPublisherDefaults, type RabbitmqPublisherDefaults } from '../rabbitmq/client-defaults';
import { fill, pick, type Resolvers, type SourceLog } from '../resolver';
import { atLeast } from '../version';

/**
 * The services' settings: a producer or consumer group runs a client library,
 * and what it leaves unset is that client's default for whichever broker it
 * talks to (Kafka, RabbitMQ, NATS). The kinds are no one broker's, so their
 * resolvers live here rather than in a broker's folder.
 */

export type ResolvedProducer = Omit<ProducerNode, 'kafka' | 'rabbitmq'> & {
  kafka: ProducerNode['kafka'] & ProducerDefaults;
  rabbitmq: ProducerNode['rabbitmq'] & RabbitmqPublisherDefaults;
};

export type ResolvedConsumerGroup = Omit<ConsumerGroupNode, 'kafka' | 'nats' | 'prefetch'> & {
  kafka: ConsumerGroupNode['kafka'] & ConsumerDefaults;
  nats: ConsumerGroupNode['nats'] & NatsConsumerDefaults;
  prefetch: number;
};

const IDEMPOTENCE_DOCS = 'https://issues.apache.org/jira/browse/KAFKA-13598';

function resolveProducer(node: ProducerNode, sources: SourceLog): ResolvedProducer {
  const defaults = kafkaProducerDefaults(node.client);
  const raw = node.kafka;
  const values: ProducerDefaults = { ...defaults.values };
  const javaLike = node.client === undefined || ['kafka-java', 'spring-kafka', 'kafka-streams', 'kafka-connect'].includes(node.client.name);
  if (javaLike && raw['enable.idempotence'] === true && raw.acks === undefined) values.acks = 'all';
  // librdkafka caps the requests in flight at 5 itself when idempotence is on and the cap is unset.
  if (node.client?.name === 'librdkafka' && raw['enable.idempotence'] === true && raw['max.in.flight.requests.per.connection'] === undefined) {
    values['max.in.flight.requests.per.connection'] = 5;
  }
  const kafka = fill(raw, values, defaults.source, 'kafka.', sources);
  // Java client ≥ 3.0 (KAFKA-13598, KAFKA-13673): idempotence left unset is turned off, silently, when other settings
  // conflict with it. From 4.0 (KAFKA-17927) more than 5 requests in flight is no longer a quiet conflict: the client
  // refuses to start with idempotence on by default, so idempotence stays on and the rules report the refusal.
  if (javaLike && raw['enable.idempotence'] === undefined && kafka['enable.idempotence']) {
    const conflicts = idempotenceConflicts(kafka);
    const refusesInFlight = kafka['max.in.flight.requests.per.connection'] > 5 && atLeast(node.client?.version, '4.0');
    if (conflicts.length > 0 && !refusesInFlight && atLeast(node.client?.version, '3.0')) {
      kafka['enable.idempotence'] = false;
      sources.set('kafka.enable.idempotence', { origin: 'client', label: `turned off by the client: ${conflicts.join(', ')} conflicts with idempotence`, url: IDEMPOTENCE_DOCS });
    }
  }
  const publisher = rabbitmqPublisherDefaults(node.client);
  const rabbitmq = fill(node.rabbitmq, publisher.values, publisher.source, 'rabbitmq.', sources);
  return { ...node, kafka, rabbitmq };
}

/** The settings that keep a Java producer from being idempotent, as `name=value`. */
function idempotenceConflicts(kafka: Pick<ProducerDefaults, 'acks' | 'retries' | 'max.in.flight.requests.per.connection'>): string[] {
  const conflicts: string[] = [];
  if (kafka.acks !== 'all' && kafka.acks !== '-1') conflicts.push(`acks=${kafka.acks}`);
  if (kafka.retries === 0) conflicts.push('retries=0');
  if (kafka['max.in.flight.requests.per.connection'] > 5) conflicts.push(`max.in.flight.requests.per.connection=${kafka['max.in.flight.requests.per.connection']}`);
  return conflicts;
}

function resolveConsumerGroup(node: ConsumerGroupNode, sources: SourceLog): ResolvedConsumerGroup {
  const kafkaDefaults = kafkaConsumerDefaults(node.client);
  const kafka = fill(node.kafka, kafkaDefaults.values, kafkaDefaults.source, 'kafka.', sources);
  const nats = fill(node.nats, NATS_CONSUMER_DEFAULTS.values, NATS_CONSUMER_DEFAULTS.source, 'nats.', sources);
  const prefetch = pick(node.prefetch, rabbitmqPrefetchDefault(node.client), 'prefetch', sources);
  return { ...node, kafka, nats, prefetch };
}

export const SERVICE_RESOLVERS = {
  producer: resolveProducer,
  'consumer-group': resolveConsumerGroup,
} satisfies Resolvers;
