/** Writes the template gallery's cards (titles and diagrams) to lib/templates/gallery-cards.json, which the studio shows without loading the templates. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateGalleryCards } from '../lib/families/gallery-cards';

const target = join(__dirname, '..', 'lib', 'templates', 'gallery-cards.json');
writeFileSync(target, `${JSON.stringify(templateGalleryCards(), null, 2)}\n`);
console.log(`wrote ${target}`);
