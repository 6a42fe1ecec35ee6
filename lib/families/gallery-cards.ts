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
