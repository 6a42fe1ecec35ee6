import { importerSet, LEADING_IMPORTERS, type Importer } from '../importers';
import { BROKER_FAMILIES } from './broker-families';
import { orderedBy } from './ordered-by';

/** The order detection tried the families' formats in before the families; a format not named here is tried after them. */
const DETECTION_ORDER: readonly string[] = [
  'rabbitmq-definitions',
  'strimzi',
  'topicctl',
  'nats-jetstream',
  'julie-ops',
  'terraform-pubsub',
  'terraform-servicebus',
  'terraform-pulsar',
  'arm-servicebus',
  'artemis-broker-xml',
];

/** Every import format; `detect` is tried in this order when the user does not say: the design file, AsyncAPI, then the families' formats. */
export const IMPORTERS: readonly Importer[] = [
  ...LEADING_IMPORTERS,
  ...orderedBy(
    BROKER_FAMILIES.flatMap((family) => family.importers),
    (importer) => importer.id,
    DETECTION_ORDER,
  ),
];

export const { importerById, chooseImporter, importText, importFiles } = importerSet(IMPORTERS);
