import { oneServer } from '../asyncapi-server';

/** A Service Bus namespace's AsyncAPI server: each namespace has its own host, <namespace>.servicebus.windows.net; AMQP 1.0 over TLS. */
export const SERVICEBUS_ASYNCAPI_SERVER = oneServer((cluster) => ({ host: `${cluster.id}.servicebus.windows.net`, protocol: 'amqps', protocolVersion: '1.0' }));
