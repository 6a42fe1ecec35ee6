/**
 * Writes the template gallery's cards (titles and diagrams) to lib/templates/gallery-cards.json, which the studio
 * shows without loading the templates, and the templates' designs to lib/templates/template-designs.json, which it
 * loads when a card is chosen.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateDesigns, templateGalleryCards } from '../lib/families/gallery-cards';

for (const [file, content] of [
  ['gallery-cards.json', templateGalleryCards()],
  ['template-designs.json', templateDesigns()],
] as const) {
  const target = join(__dirname, '..', 'lib', 'templates', file);
  writeFileSync(target, `${JSON.stringify(content, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
