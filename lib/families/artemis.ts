import type { BrokerProfile } from '../advisor';
import { generateArtemis } from '../advisor/generate-artemis';
import { artemisBrokerXmlExporter } from '../exporters/artemis-broker-xml';
import { artemisBrokerXmlImporter } from '../importers/artemis-broker-xml';
import { artemisJmsOrders } from '../templates/artemis-jms-orders';
import { defineBrokerFamily } from './broker-family';

// Artemis: a JVM broker (live/backup pairs for HA). Transacted JMS sessions consume and send in one
// local transaction; message groups (JMSXGroupID) give per-key order across a queue's consumers.
const artemisProfile: BrokerProfile = {
  broker: 'artemis',
  label: 'ActiveMQ Artemis',
  maxThroughput: 50_000,
  latencyMs: 2,
  orderingModel: 'per queue, and per key with message groups (JMSXGroupID)',
  perKeyOrdering: 'native',
  exactlyOnce: 'transactions',
  maxRetentionHours: 0,
  replay: false,
  routing: 'addresses',
  operationalComplexity: 2,
  multiTenant: false,
};

/** ActiveMQ Artemis: broker.xml. */
export const artemisFamily = defineBrokerFamily({
  broker: 'artemis',
  exporters: [artemisBrokerXmlExporter],
  importers: [artemisBrokerXmlImporter],
  templates: [artemisJmsOrders],
  advisor: {
    artemis: { profile: artemisProfile, generate: generateArtemis },
  },
});
