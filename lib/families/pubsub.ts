import type { BrokerProfile } from '../advisor';
import { generatePubsub } from '../advisor/generate-pubsub';
import { terraformPubsubExporter } from '../exporters/terraform-pubsub';
import { gcloudPubsubExporter } from '../exporters/gcloud-pubsub';
import { terraformPubsubImporter } from '../importers/terraform-pubsub';
import { pubsubOrderEvents } from '../templates/pubsub-order-events';
import { defineBrokerFamily } from './broker-family';

const pubsubProfile: BrokerProfile = {
  // Google Cloud Pub/Sub: no partitions to size (throughput scales with the project's quota; 1 MB/s per ordering key),
  // ordering per key on subscriptions that enable it, exactly-once delivery on pull subscriptions in one region,
  // topics and subscriptions keep messages up to 31 days and can seek back in time.
  broker: 'pubsub',
  label: 'Google Cloud Pub/Sub',
  maxThroughput: 10_000_000,
  latencyMs: 100,
  orderingModel: 'per ordering key, on subscriptions with message ordering',
  perKeyOrdering: 'native',
  exactlyOnce: 'delivery',
  maxRetentionHours: 744,
  replay: true,
  routing: 'filters',
  operationalComplexity: 1,
  multiTenant: false,
};

/** Google Cloud Pub/Sub: Terraform and gcloud. */
export const pubsubFamily = defineBrokerFamily({
  broker: 'pubsub',
  exporters: [terraformPubsubExporter, gcloudPubsubExporter],
  importers: [terraformPubsubImporter],
  templates: [pubsubOrderEvents],
  advisor: {
    pubsub: { profile: pubsubProfile, generate: generatePubsub },
  },
});
