/** The Artemis documentation pages the rules cite: the broker's one list (lib/brokers/artemis/docs.ts). */
export { ARTEMIS_DOCS } from '../../brokers/artemis/docs';
