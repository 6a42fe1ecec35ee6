'use client';

import { GALLERY_CARDS, type GalleryCard } from '@/lib/templates/gallery';
import { TemplateCard } from './template-card';

/** Every template as a card, in a grid (dialog) or one scrolling row (the empty canvas); choosing one calls `onUse`. */
export function TemplateGallery({ onUse, layout = 'grid' }: { onUse(template: GalleryCard): void; layout?: 'grid' | 'row' }) {
  if (layout === 'row') {
    return (
      <div data-testid="template-gallery" className="flex gap-2.5 overflow-x-auto pb-1">
        {GALLERY_CARDS.map((template) => (
          <div key={template.id} className="w-[190px] shrink-0">
            <TemplateCard template={template} onUse={onUse} compact />
          </div>
        ))}
      </div>
    );
  }
  return (
    <div data-testid="template-gallery" className="grid grid-cols-[repeat(auto-fill,minmax(200px,1fr))] gap-2.5">
      {GALLERY_CARDS.map((template) => (
        <TemplateCard key={template.id} template={template} onUse={onUse} />
      ))}
    </div>
  );
}
