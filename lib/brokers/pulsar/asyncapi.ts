import { declaredProtocolVersion, oneServer } from '../asyncapi-server';

/** A Pulsar cluster's AsyncAPI server: its binary protocol's port; the protocol's version is the release the design declares. */
export const PULSAR_ASYNCAPI_SERVER = oneServer((cluster) => ({ host: 'localhost:6650', protocol: 'pulsar', ...declaredProtocolVersion(cluster) }));
