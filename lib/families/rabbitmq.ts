import type { BrokerProfile } from '../advisor';
import { generateRabbitmq } from '../advisor/generate-rabbitmq';
import { rabbitmqDefinitionsExporter } from '../exporters/rabbitmq-definitions';
import { rabbitmqadminExporter } from '../exporters/rabbitmqadmin';
import { terraformRabbitmqExporter } from '../exporters/terraform-rabbitmq';
import { rabbitmqDefinitionsImporter } from '../importers/rabbitmq-definitions';
import { rabbitmqWorkQueue } from '../templates/rabbitmq-work-queue';
import { rabbitmqTopicLogs } from '../templates/rabbitmq-topic-logs';
import { defineBrokerFamily } from './broker-family';

const rabbitmqProfile: BrokerProfile = {
  broker: 'rabbitmq',
  label: 'RabbitMQ',
  maxThroughput: 50_000,
  latencyMs: 1,
  orderingModel: 'per queue, with a single active consumer',
  perKeyOrdering: 'workaround',
  exactlyOnce: 'none',
  maxRetentionHours: 0,
  replay: false,
  routing: 'exchanges',
  operationalComplexity: 2,
  multiTenant: false,
};

/** RabbitMQ: its definitions, rabbitmqadmin and Terraform. */
export const rabbitmqFamily = defineBrokerFamily({
  broker: 'rabbitmq',
  exporters: [rabbitmqDefinitionsExporter, rabbitmqadminExporter, terraformRabbitmqExporter],
  importers: [rabbitmqDefinitionsImporter],
  templates: [rabbitmqWorkQueue, rabbitmqTopicLogs],
  advisor: {
    rabbitmq: { profile: rabbitmqProfile, generate: generateRabbitmq },
  },
});
