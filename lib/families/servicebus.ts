import type { BrokerProfile } from '../advisor';
import { generateServicebus } from '../advisor/generate-servicebus';
import { terraformServicebusExporter } from '../exporters/terraform-servicebus';
import { bicepServicebusExporter } from '../exporters/bicep-servicebus';
import { armServicebusImporter } from '../importers/arm-servicebus';
import { terraformServicebusImporter } from '../importers/terraform-servicebus';
import { servicebusOrders } from '../templates/servicebus-orders';
import { defineBrokerFamily } from './broker-family';

const servicebusProfile: BrokerProfile = {
  // Azure Service Bus: a managed namespace (Premium scales by messaging units); FIFO per session (SessionId) on
  // session-aware queues and subscriptions; transactions complete a received message and send others atomically
  // within a namespace; messages are kept until completed or expired, with no replay; SQL and correlation
  // filter rules on topic subscriptions.
  broker: 'servicebus',
  label: 'Azure Service Bus',
  maxThroughput: 20_000,
  latencyMs: 20,
  orderingModel: 'per session (SessionId), on session-aware queues and subscriptions',
  perKeyOrdering: 'native',
  exactlyOnce: 'transactions',
  maxRetentionHours: 0,
  replay: false,
  routing: 'filters',
  operationalComplexity: 1,
  multiTenant: false,
};

/** Azure Service Bus: Terraform and Bicep out; Terraform and the portal's ARM template in. */
export const servicebusFamily = defineBrokerFamily({
  broker: 'servicebus',
  exporters: [terraformServicebusExporter, bicepServicebusExporter],
  importers: [terraformServicebusImporter, armServicebusImporter],
  templates: [servicebusOrders],
  advisor: {
    servicebus: { profile: servicebusProfile, generate: generateServicebus },
  },
});
