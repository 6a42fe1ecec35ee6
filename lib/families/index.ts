/** The broker families and what the layers above lib/brokers derive from them (docs/extending.md, "A broker"). */
export { BROKER_FAMILIES, EVERY_BROKER_HAS_A_FAMILY } from './broker-families';
export { defineBrokerFamily, type AdvisorEntry, type BrokerFamily } from './broker-family';
export { EXPORTERS, exporterById, FORMAT_BROKERS, type FormatBrokers } from './exporters';
export { IMPORTERS, importerById, chooseImporter, importText, importFiles } from './importers';
export { TEMPLATES } from './templates';
export { ADVISOR_BROKERS, BROKER_PROFILES, generateStartingDesign, rankBrokers } from './advisor';
