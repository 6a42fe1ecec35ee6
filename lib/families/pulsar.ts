import type { BrokerProfile } from '../advisor';
import { generatePulsar } from '../advisor/generate-pulsar';
import { pulsarAdminExporter } from '../exporters/pulsar-admin';
import { terraformPulsarExporter } from '../exporters/terraform-pulsar';
import { terraformPulsarImporter } from '../importers/terraform-pulsar';
import { pulsarOrderEvents } from '../templates/pulsar-order-events';
import { defineBrokerFamily } from './broker-family';

const pulsarProfile: BrokerProfile = {
  broker: 'pulsar',
  label: 'Pulsar',
  maxThroughput: 1_000_000,
  latencyMs: 5,
  orderingModel: 'per partition, by message key (Key_Shared)',
  perKeyOrdering: 'native',
  exactlyOnce: 'transactions',
  maxRetentionHours: Infinity,
  replay: true,
  routing: 'topics',
  operationalComplexity: 4,
  multiTenant: true,
};

/** Apache Pulsar: pulsar-admin and Terraform out; Terraform in. */
export const pulsarFamily = defineBrokerFamily({
  broker: 'pulsar',
  exporters: [pulsarAdminExporter, terraformPulsarExporter],
  importers: [terraformPulsarImporter],
  templates: [pulsarOrderEvents],
  advisor: {
    pulsar: { profile: pulsarProfile, generate: generatePulsar },
  },
});
