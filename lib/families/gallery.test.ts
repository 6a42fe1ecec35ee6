import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galleryCard, GALLERY_CARDS } from '../templates/gallery';
import { deepEqual } from '../design/deep-equal';
import { templateDesign } from '../templates';
import { templateDesignById } from '../templates/template-design-by-id';
import { templateDesigns, templateGalleryCards } from './gallery-cards';
import { TEMPLATES } from './templates';

describe('the template gallery cards', () => {
  it('are committed exactly as generated (run `npm run gallery` after changing a template or the diagram)', () => {
    const committed = readFileSync(join(__dirname, '..', 'templates', 'gallery-cards.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(templateGalleryCards(), null, 2)}\n`);
    const designs = readFileSync(join(__dirname, '..', 'templates', 'template-designs.json'), 'utf8');
    expect(designs).toBe(`${JSON.stringify(templateDesigns(), null, 2)}\n`);
  });

  it('open each template as the very design the template builds', () => {
    for (const template of TEMPLATES) expect(deepEqual(templateDesignById(template.id), templateDesign(template)), template.id).toBe(true);
    expect(() => templateDesignById('teapot')).toThrow('No template "teapot"');
    expect(() => templateDesignById('__proto__')).toThrow('No template "__proto__"');
  });

  it('name every template once, in gallery order, each with its diagram', () => {
    expect(GALLERY_CARDS.map((c) => c.id)).toEqual(TEMPLATES.map((t) => t.id));
    for (const card of GALLERY_CARDS) expect(card.thumbnail, card.id).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('say which id has no card', () => {
    expect(galleryCard('broken-order-pipeline').title).toBe(TEMPLATES.find((t) => t.id === 'broken-order-pipeline')?.title);
    expect(() => galleryCard('teapot')).toThrow('No template "teapot" in the gallery');
  });
});
