import type { Design } from '../design';
import { designSvg } from '../exporters/diagram-svg';
import { templateDesign } from '../templates/build-template';
import type { GalleryCard } from '../templates/gallery';
import { TEMPLATES } from './templates';

/**
 * The gallery's cards computed from the templates: what `npm run gallery`
 * writes to lib/templates/gallery-cards.json, and what gallery.test.ts compares it with.
 */
export function templateGalleryCards(): GalleryCard[] {
  return TEMPLATES.map((template) => ({
    id: template.id,
    title: template.title,
    purpose: template.purpose,
    brokers: [...template.brokers],
    thumbnail: designSvg(templateDesign(template), { thumbnail: true }),
  }));
}

/**
 * Every template's design by id: what `npm run gallery` writes to
 * lib/templates/template-designs.json, which the studio loads when a card is
 * chosen (about 12 kB gzip) instead of the templates' code, which comes with
 * every family's exporters, importers and wizard (lib/families).
 */
export function templateDesigns(): Record<string, Design> {
  return Object.fromEntries(TEMPLATES.map((template) => [template.id, templateDesign(template)]));
}
