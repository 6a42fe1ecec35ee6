'use client';

import { galleryCard, type GalleryCard } from '@/lib/templates/gallery';
import { Button } from '../ui/button';

/**
 * What a first visit is offered: the broken order pipeline, whose findings
 * show in a minute what the review does. A banner above the gallery, not a
 * dialog: the canvas and the palette stay usable, and it can be dismissed.
 */
export function FirstVisitOffer({ onOpen, onDismiss }: { onOpen(template: GalleryCard): void; onDismiss(): void }) {
  const brokenOrderPipeline = galleryCard('broken-order-pipeline');
  return (
    <section
      aria-labelledby="first-visit-offer-title"
      data-testid="first-visit.offer"
      className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 rounded-lg border border-[var(--accent)] bg-[var(--panel)] px-3 py-2 shadow-sm"
    >
      <div className="min-w-[240px] flex-1">
        <h2 id="first-visit-offer-title" className="text-[13px] font-semibold">
          New here? Try “{brokenOrderPipeline.title}”
        </h2>
        <p className="text-[12px] text-[var(--muted)]">A realistic Kafka order pipeline with the defects first drafts have. See each finding, fix it, and watch the score rise.</p>
      </div>
      <Button variant="primary" data-testid="first-visit.open" onClick={() => onOpen(brokenOrderPipeline)}>
        Open the broken pipeline
      </Button>
      <Button data-testid="first-visit.dismiss" onClick={onDismiss}>
        No thanks
      </Button>
    </section>
  );
}
