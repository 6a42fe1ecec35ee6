import type { Broker } from '../design';
import { KAFKA_ASYNCAPI } from './kafka/asyncapi';
import { NATS_ASYNCAPI } from './nats/asyncapi';
import { RABBITMQ_ASYNCAPI } from './rabbitmq/asyncapi';
import { SQS_SNS_ASYNCAPI } from './sqs-sns/asyncapi';

/** The brokers AsyncAPI can describe, with the names each broker's folder gives it there. */
const ASYNCAPI_NAMES: ReadonlyArray<{ broker: Broker; protocols: readonly string[]; bindings: readonly string[] }> = [
  { broker: 'kafka', ...KAFKA_ASYNCAPI },
  { broker: 'rabbitmq', ...RABBITMQ_ASYNCAPI },
  { broker: 'nats', ...NATS_ASYNCAPI },
  { broker: 'sqs-sns', ...SQS_SNS_ASYNCAPI },
];

/** The broker an AsyncAPI server protocol (lower case) stands for, if Queuewright models it. */
export function brokerOfAsyncapiProtocol(protocol: string): Broker | undefined {
  return ASYNCAPI_NAMES.find((n) => n.protocols.includes(protocol))?.broker;
}

/** The broker an AsyncAPI bindings key (`kafka`, `amqp`, …) stands for, if Queuewright models it. */
export function brokerOfAsyncapiBinding(key: string): Broker | undefined {
  return ASYNCAPI_NAMES.find((n) => n.bindings.includes(key))?.broker;
}
