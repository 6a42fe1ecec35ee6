import cards from './gallery-cards.json';

/**
 * What a gallery card shows of a template: its title, purpose, brokers and
 * diagram (the SVG exporter's thumbnail). Written by `npm run gallery`
 * (scripts/generate-template-gallery.ts) rather than computed in the page, so
 * the empty canvas shows the gallery without downloading fifteen templates
 * and the diagram layout (~15 kB gzip, against ~6 kB for the drawings); the
 * template itself loads when its card is chosen. gallery.test.ts keeps the
 * file current.
 */
export interface GalleryCard {
  id: string;
  title: string;
  /** One line: what the design is for. */
  purpose: string;
  brokers: readonly string[];
  /** The diagram, as SVG text. */
  thumbnail: string;
}

/** Every template's card, in gallery order. */
export const GALLERY_CARDS: readonly GalleryCard[] = cards;

/** The card of the template with this id. */
export function galleryCard(id: string): GalleryCard {
  const card = GALLERY_CARDS.find((c) => c.id === id);
  if (!card) throw new Error(`No template "${id}" in the gallery (run npm run gallery after adding one)`);
  return card;
}
