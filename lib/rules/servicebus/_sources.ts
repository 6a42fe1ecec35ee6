/** The Service Bus rules cite the broker's documentation list (lib/brokers/servicebus/sources.ts): one home for the addresses. */
export { SERVICEBUS_DOCS } from '../../brokers/servicebus/sources';
