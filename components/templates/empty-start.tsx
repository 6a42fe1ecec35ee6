'use client';

import type { GalleryCard } from '@/lib/templates/gallery';
import { Button } from '../ui/button';
import { FirstVisitOffer } from './first-visit-offer';
import { TemplateGallery } from './template-gallery';

/** The start screen's choices on the empty canvas: a template from the gallery, or the requirements wizard; on a first visit, the broken pipeline first. */
export function EmptyStart({ onTemplate, onWizard, offer }: { onTemplate(template: GalleryCard): void; onWizard(): void; offer?: { onDismiss(): void } }) {
  return (
    <section data-testid="empty.start" aria-label="Start from a template" className="rounded-xl border border-[var(--border)] bg-[var(--panel)]/95 p-3 shadow-sm">
      {offer && <FirstVisitOffer onOpen={onTemplate} onDismiss={offer.onDismiss} />}
      <div className="mb-2 flex items-center gap-2">
        <span className="text-[13px] font-semibold">Or start from a template</span>
        <span className="text-[12px] text-[var(--muted)]">— worked examples that score 100, and one broken on purpose to fix</span>
        <Button className="ml-auto" data-testid="empty.wizard" onClick={onWizard}>
          Describe your requirements →
        </Button>
      </div>
      <TemplateGallery onUse={onTemplate} layout="row" />
    </section>
  );
}
