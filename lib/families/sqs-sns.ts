import type { BrokerProfile } from '../advisor';
import { generateSqsSns } from '../advisor/generate-sqs-sns';
import { cloudformationExporter } from '../exporters/cloudformation';
import { snsSqsFifoFanout } from '../templates/sns-sqs-fifo-fanout';
import { defineBrokerFamily } from './broker-family';

const sqsSnsProfile: BrokerProfile = {
  broker: 'sqs-sns',
  label: 'SQS/SNS',
  maxThroughput: 100_000,
  latencyMs: 50,
  orderingModel: 'FIFO queues, per message group',
  perKeyOrdering: 'native',
  exactlyOnce: 'deduplication',
  maxRetentionHours: 336,
  replay: false,
  routing: 'filters',
  operationalComplexity: 1,
  multiTenant: false,
};

/** Amazon SQS and SNS: CloudFormation. */
export const sqsSnsFamily = defineBrokerFamily({
  broker: 'sqs-sns',
  exporters: [cloudformationExporter],
  importers: [],
  templates: [snsSqsFifoFanout],
  advisor: {
    'sqs-sns': { profile: sqsSnsProfile, generate: generateSqsSns },
  },
});
