import { artemisJmsOrders } from './artemis-jms-orders';
import { brokenOrderPipeline } from './broken-order-pipeline';
import { cdcWarehouse } from './cdc-warehouse';
import { cqrsProjection } from './cqrs-projection';
import { eventSourcedBank } from './event-sourced-bank';
import { iotTelemetry } from './iot-telemetry';
import { natsWorkQueue } from './nats-work-queue';
import { orderProcessingKafka } from './order-processing-kafka';
import { pubsubOrderEvents } from './pubsub-order-events';
import { pulsarOrderEvents } from './pulsar-order-events';
import { servicebusOrders } from './servicebus-orders';
import { rabbitmqTopicLogs } from './rabbitmq-topic-logs';
import { rabbitmqWorkQueue } from './rabbitmq-work-queue';
import { sagaCompensations } from './saga-compensations';
import { snsSqsFifoFanout } from './sns-sqs-fifo-fanout';
import type { Template } from './template';

export type { Template, TemplateConnection, TemplateDesign, TemplateNode } from './template';
export { buildDesign, templateDesign } from './build-template';

/** Every template, in gallery order; the exercise (broken on purpose) last. */
export const TEMPLATES: readonly Template[] = [
  orderProcessingKafka,
  eventSourcedBank,
  rabbitmqWorkQueue,
  rabbitmqTopicLogs,
  cdcWarehouse,
  iotTelemetry,
  snsSqsFifoFanout,
  pubsubOrderEvents,
  pulsarOrderEvents,
  servicebusOrders,
  natsWorkQueue,
  artemisJmsOrders,
  sagaCompensations,
  cqrsProjection,
  brokenOrderPipeline,
];

export { brokenOrderPipeline };
