import { declaredProtocolVersion, oneServer } from '../asyncapi-server';

/**
 * How AsyncAPI names Kafka: the server protocols (plain and TLS), the key of
 * its bindings, and the version of the Kafka bindings Queuewright writes
 * (https://github.com/asyncapi/bindings/tree/master/kafka).
 */
export const KAFKA_ASYNCAPI = { protocols: ['kafka', 'kafka-secure'], bindings: ['kafka'], bindingVersion: '0.5.0' } as const;

/** A Kafka (or Redpanda) cluster's server: the protocol's version is the release the design declares. */
export const KAFKA_ASYNCAPI_SERVER = oneServer((cluster) => ({ host: 'localhost:9092', protocol: 'kafka', ...declaredProtocolVersion(cluster) }));
