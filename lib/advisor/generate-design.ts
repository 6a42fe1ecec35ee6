import type { Design } from '../design';
import { buildDesign } from '../templates';
import type { AdvisorBroker } from './broker-profiles';
import { generateArtemis } from './generate-artemis';
import { generateKafka } from './generate-kafka';
import { generateNats } from './generate-nats';
import { generatePubsub } from './generate-pubsub';
import { generatePulsar } from './generate-pulsar';
import { generateServicebus } from './generate-servicebus';
import { generateRabbitmq } from './generate-rabbitmq';
import { generateSqsSns } from './generate-sqs-sns';
import type { MessagingRequest } from './request';

/** The broker a starting design is drawn with: every advisor broker has node kinds of its own now (Pulsar since its kinds). */
export function drawableBroker(broker: AdvisorBroker): AdvisorBroker {
  return broker;
}

/**
 * A starting design for `request` on `broker`: channels named after the
 * events and sized from the throughput, clients configured for the declared
 * guarantees, retry and dead-letter paths, laid out left to right.
 */
export function generateStartingDesign(request: MessagingRequest, broker: AdvisorBroker): Design {
  const target = drawableBroker(broker);
  switch (target) {
    case 'kafka':
    case 'redpanda':
      return buildDesign(generateKafka(request, target), 'The generated design');
    case 'rabbitmq':
      return buildDesign(generateRabbitmq(request), 'The generated design');
    case 'nats':
      return buildDesign(generateNats(request), 'The generated design');
    case 'sqs-sns':
      return buildDesign(generateSqsSns(request), 'The generated design');
    case 'pubsub':
      return buildDesign(generatePubsub(request), 'The generated design');
    case 'artemis':
      return buildDesign(generateArtemis(request), 'The generated design');
    case 'pulsar':
      return buildDesign(generatePulsar(request), 'The generated design');
    case 'servicebus':
      return buildDesign(generateServicebus(request), 'The generated design');
  }
}
