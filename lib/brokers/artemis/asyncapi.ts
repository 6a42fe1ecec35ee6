import { oneServer } from '../asyncapi-server';

/** An Artemis broker's AsyncAPI server: its all-protocols acceptor; JMS is how most of its clients speak to it. */
export const ARTEMIS_ASYNCAPI_SERVER = oneServer(() => ({ host: 'localhost:61616', protocol: 'jms' }));
