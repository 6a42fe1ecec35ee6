import { armServicebusImporter } from './arm-servicebus';
import { artemisBrokerXmlImporter } from './artemis-broker-xml';
import { asyncapiImporter } from './asyncapi';
import { designFileImporter } from './design-file';
import { julieOpsImporter } from './julie-ops';
import type { ImportFile, ImportOptions, ImportResult, Importer } from './importer';
import { natsJetstreamImporter } from './nats-jetstream';
import { rabbitmqDefinitionsImporter } from './rabbitmq-definitions';
import { strimziImporter } from './strimzi';
import { terraformPubsubImporter } from './terraform-pubsub';
import { terraformPulsarImporter } from './terraform-pulsar';
import { terraformServicebusImporter } from './terraform-servicebus';
import { topicctlImporter } from './topicctl';
import { unrecognisedFormat } from './unrecognised';

export type { Importer, ImportFile, ImportResult, ImportNote, ImportError, ImportOptions } from './importer';
export { noteText } from './importer';

/** Every import format; `detect` is tried in this order when the user does not say. */
export const IMPORTERS: readonly Importer[] = [
  designFileImporter,
  asyncapiImporter,
  rabbitmqDefinitionsImporter,
  strimziImporter,
  topicctlImporter,
  natsJetstreamImporter,
  julieOpsImporter,
  terraformPubsubImporter,
  terraformServicebusImporter,
  terraformPulsarImporter,
  armServicebusImporter,
  artemisBrokerXmlImporter,
];

export function importerById(id: string): Importer | undefined {
  return IMPORTERS.find((i) => i.id === id);
}

/** The importer for `text`, from the format the user chose or by detection. */
export function chooseImporter(text: string, fileName?: string, format?: string): Importer | undefined {
  if (format) return importerById(format);
  return IMPORTERS.find((i) => i.detect(text, fileName));
}

/**
 * Imports `text` with the chosen or detected importer. When no importer
 * recognises it, the result is an error that says what the file looks like
 * and why it cannot be imported. Never throws.
 */
export function importText(text: string, fileName?: string, format?: string, options: ImportOptions = {}): ImportResult {
  if (typeof text !== 'string') return { ok: false, errors: [{ message: 'Expected text.' }] };
  if (format && !importerById(format)) {
    return { ok: false, errors: [{ message: `Unknown import format "${format.slice(0, 60)}". Known formats: ${IMPORTERS.map((i) => i.id).join(', ')}.` }] };
  }
  let importer: Importer | undefined;
  try {
    importer = chooseImporter(text, fileName, format);
  } catch {
    importer = undefined;
  }
  if (!importer) return unrecognisedFormat(text, fileName);
  return importer.import(text, fileName, options);
}

/**
 * Imports a set of files that together describe one design, as a format that
 * exports several files writes them (NATS streams and their consumers, …).
 * The format is the one given, or the one the first file is detected as; a
 * format that reads one file at a time takes a set of one. Never throws.
 */
export function importFiles(files: readonly ImportFile[], format?: string, options: ImportOptions = {}): ImportResult {
  if (files.length === 0) return { ok: false, errors: [{ message: 'No files to import.' }] };
  if (format && !importerById(format)) {
    return { ok: false, errors: [{ message: `Unknown import format "${format.slice(0, 60)}". Known formats: ${IMPORTERS.map((i) => i.id).join(', ')}.` }] };
  }
  let importer: Importer | undefined;
  try {
    importer = chooseImporter(files[0].text, files[0].path, format);
  } catch {
    importer = undefined;
  }
  if (!importer) return unrecognisedFormat(files[0].text, files[0].path);
  if (importer.importFiles) return importer.importFiles(files, options);
  if (files.length === 1) return importer.import(files[0].text, files[0].path, options);
  return { ok: false, errors: [{ message: `${importer.label} files are imported one at a time; import ${files.map((f) => f.path).join(', ')} one by one.` }] };
}
