import { oneServer } from '../asyncapi-server';

/**
 * How AsyncAPI names NATS: the server protocol, the key of its bindings, and
 * the version of the NATS bindings Queuewright writes
 * (https://github.com/asyncapi/bindings/tree/master/nats).
 */
export const NATS_ASYNCAPI = { protocols: ['nats'], bindings: ['nats'], bindingVersion: '0.1.0' } as const;

/** A NATS cluster's server. */
export const NATS_ASYNCAPI_SERVER = oneServer(() => ({ host: 'localhost:4222', protocol: 'nats' }));
