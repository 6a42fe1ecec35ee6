import { oneServer } from '../asyncapi-server';

/**
 * How AsyncAPI names RabbitMQ (AMQP 0-9-1): the server protocols (plain and
 * TLS), the key of its bindings, and the version of the AMQP bindings
 * Queuewright writes (https://github.com/asyncapi/bindings/tree/master/amqp).
 */
export const RABBITMQ_ASYNCAPI = { protocols: ['amqp', 'amqps'], bindings: ['amqp'], bindingVersion: '0.3.0' } as const;

/** A RabbitMQ cluster's server: AMQP 0-9-1, whatever the broker's release. */
export const RABBITMQ_ASYNCAPI_SERVER = oneServer(() => ({ host: 'localhost:5672', protocol: 'amqp', protocolVersion: '0.9.1' }));
