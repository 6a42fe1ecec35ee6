/** The Pulsar rules cite the broker's documentation list (lib/brokers/pulsar/sources.ts): one home for the addresses. */
export { PULSAR_DOCS } from '../../brokers/pulsar/sources';
