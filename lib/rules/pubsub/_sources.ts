/** The Pub/Sub rules cite the broker's documentation list (lib/brokers/pubsub/sources.ts): one home for the addresses. */
export { PUBSUB_DOCS } from '../../brokers/pubsub/sources';
