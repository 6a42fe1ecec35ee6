import type { BrokerProfile } from '../advisor';
import { generateKafka } from '../advisor/generate-kafka';
import { kafkaScriptsExporter } from '../exporters/kafka-scripts';
import { kafkaClientPropertiesExporter } from '../exporters/kafka-client-properties';
import { kafkaConnectExporter } from '../exporters/kafka-connect';
import { strimziExporter, strimziV1beta2Exporter } from '../exporters/strimzi';
import { topicctlExporter } from '../exporters/topicctl';
import { julieOpsExporter } from '../exporters/julie-ops';
import { terraformKafkaExporter } from '../exporters/terraform-kafka';
import { strimziImporter } from '../importers/strimzi';
import { topicctlImporter } from '../importers/topicctl';
import { julieOpsImporter } from '../importers/julie-ops';
import { orderProcessingKafka } from '../templates/order-processing-kafka';
import { cdcWarehouse } from '../templates/cdc-warehouse';
import { iotTelemetry } from '../templates/iot-telemetry';
import { defineBrokerFamily } from './broker-family';

const kafkaProfile: BrokerProfile = {
  broker: 'kafka',
  label: 'Kafka',
  maxThroughput: 1_000_000,
  latencyMs: 5,
  orderingModel: 'per partition, by message key',
  perKeyOrdering: 'native',
  exactlyOnce: 'transactions',
  maxRetentionHours: Infinity,
  replay: true,
  routing: 'topics',
  operationalComplexity: 3,
  multiTenant: false,
};

const redpandaProfile: BrokerProfile = {
  broker: 'redpanda',
  label: 'Redpanda',
  maxThroughput: 1_000_000,
  latencyMs: 3,
  orderingModel: 'per partition, by message key (Kafka API)',
  perKeyOrdering: 'native',
  exactlyOnce: 'transactions',
  maxRetentionHours: Infinity,
  replay: true,
  routing: 'topics',
  operationalComplexity: 2,
  multiTenant: false,
};

/** Kafka, and Kafka Connect on it: the Kafka tools' formats, ranked as Kafka and as Redpanda (Kafka API compatible). */
export const kafkaFamily = defineBrokerFamily({
  broker: 'kafka',
  exporters: [kafkaScriptsExporter, kafkaClientPropertiesExporter, kafkaConnectExporter, strimziExporter, strimziV1beta2Exporter, topicctlExporter, julieOpsExporter, terraformKafkaExporter],
  importers: [strimziImporter, topicctlImporter, julieOpsImporter],
  templates: [orderProcessingKafka, cdcWarehouse, iotTelemetry],
  advisor: {
    kafka: { profile: kafkaProfile, generate: (request) => generateKafka(request, 'kafka') },
    redpanda: { profile: redpandaProfile, generate: (request) => generateKafka(request, 'redpanda') },
  },
});
