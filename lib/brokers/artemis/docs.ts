/**
 * The ActiveMQ Artemis documentation pages the defaults, rules and exporter cite. One list so that a
 * moved page is fixed in one place.
 */
const ARTEMIS = 'https://activemq.apache.org/components/artemis/documentation/latest';

export const ARTEMIS_DOCS = {
  addressModel: { label: 'Artemis: address model (addresses, queues, routing types)', url: `${ARTEMIS}/address-model.html` },
  addressSettings: { label: 'Artemis: address settings', url: `${ARTEMIS}/address-settings.html` },
  undeliveredMessages: { label: 'Artemis: message redelivery and undelivered messages', url: `${ARTEMIS}/undelivered-messages.html` },
  paging: { label: 'Artemis: paging (address-full-policy)', url: `${ARTEMIS}/paging.html` },
  messageGrouping: { label: 'Artemis: message grouping', url: `${ARTEMIS}/message-grouping.html` },
  exclusiveQueues: { label: 'Artemis: exclusive queues', url: `${ARTEMIS}/exclusive-queues.html` },
  lastValueQueues: { label: 'Artemis: last-value queues', url: `${ARTEMIS}/last-value-queues.html` },
  configurationIndex: { label: 'Artemis: configuration reference', url: `${ARTEMIS}/configuration-index.html` },
} as const;
