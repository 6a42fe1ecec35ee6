import { designFromData, type Design } from '../design';
import designs from './template-designs.json';

const BY_ID: Readonly<Record<string, unknown>> = designs;

/**
 * A template's design from the file `npm run gallery` writes
 * (template-designs.json), read through the restore step every design goes
 * through. The studio loads this when a gallery card is chosen: about 12 kB
 * gzip, where the templates' code comes with every family's exporters,
 * importers and wizard. gallery.test.ts keeps the file current.
 */
export function templateDesignById(id: string): Design {
  const data = Object.hasOwn(BY_ID, id) ? BY_ID[id] : undefined;
  if (data === undefined) throw new Error(`No template "${id}" (the gallery files are out of date: npm run gallery)`);
  const restored = designFromData(data);
  if (!restored.ok) throw new Error(`Template "${id}" does not restore: ${restored.errors.map((e) => e.message).join('; ')}`);
  return restored.design;
}
