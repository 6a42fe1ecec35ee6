import { brokenOrderPipeline, PATTERN_TEMPLATES, type Template } from '../templates';
import { BROKER_FAMILIES } from './broker-families';
import { orderedBy } from './ordered-by';

/** The gallery's order of the templates that predate the families; a family's new template follows them. */
const GALLERY_ORDER: readonly string[] = [
  'order-processing-kafka',
  'event-sourced-bank',
  'rabbitmq-work-queue',
  'rabbitmq-topic-logs',
  'cdc-warehouse',
  'iot-telemetry',
  'sns-sqs-fifo-fanout',
  'pubsub-order-events',
  'pulsar-order-events',
  'servicebus-orders',
  'nats-work-queue',
  'artemis-jms-orders',
  'saga-compensations',
  'cqrs-projection',
];

/** Every template, in gallery order; the exercise (broken on purpose) last. */
export const TEMPLATES: readonly Template[] = [
  ...orderedBy([...BROKER_FAMILIES.flatMap((family) => family.templates), ...PATTERN_TEMPLATES], (template) => template.id, GALLERY_ORDER),
  brokenOrderPipeline,
];
