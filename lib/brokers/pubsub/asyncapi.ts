import { oneServer } from '../asyncapi-server';

/** A Google Cloud project's AsyncAPI server: Pub/Sub's global endpoint. */
export const PUBSUB_ASYNCAPI_SERVER = oneServer(() => ({ host: 'pubsub.googleapis.com', protocol: 'googlepubsub' }));
