import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the importer fuzzing (`fuzz.test.ts`) starts for the `artemis-broker-xml` importer: valid files of its format,
 * inline so it runs without ../shared (corpus files the importer detects are added when that is there).
 * The broker.xml `artemis create` writes, and Queuewright's export of its Artemis fixture.
 */
export const FUZZ_SEEDS = {
  importer: 'artemis-broker-xml',
  seeds: [
    readFileSync(path.join(__dirname, '__fixtures__', 'artemis', 'artemis-create-2.40.0.xml'), 'utf8'),
    readFileSync(path.join(__dirname, '..', 'exporters', '__golden__', 'artemis-broker-xml', 'artemis-orders', 'broker.xml'), 'utf8'),
  ],
};
