'use client';

import type { GalleryCard } from '@/lib/templates/gallery';

/**
 * A gallery card: a thumbnail of the template's diagram (the SVG exporter's
 * output, drawn by `npm run gallery`, as an <img> data URL, so no template text is ever parsed as HTML),
 * its title, one-line purpose and brokers.
 */
export function TemplateCard({ template, onUse, compact = false }: { template: GalleryCard; onUse(template: GalleryCard): void; compact?: boolean }) {
  const thumbnail = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(template.thumbnail)}`;
  return (
    <button
      type="button"
      data-testid={`template.${template.id}`}
      onClick={() => onUse(template)}
      className="group flex w-full flex-col overflow-hidden rounded-lg border border-[var(--border)] bg-[var(--panel)] text-left shadow-sm transition hover:border-[var(--accent)] hover:shadow-md focus-visible:border-[var(--accent)]"
    >
      <span className={`flex w-full items-center justify-center border-b border-[var(--border)] bg-white ${compact ? 'h-[72px]' : 'h-[110px]'}`}>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL of an SVG drawn in the page: next/image has nothing to optimise or fetch. */}
        <img src={thumbnail} alt={`Diagram of ${template.title}`} className="h-full w-full object-contain p-1.5" />
      </span>
      <span className="flex flex-1 flex-col gap-1 p-2.5">
        <span className="text-[13px] font-semibold leading-tight">{template.title}</span>
        <span className={`text-[11.5px] leading-snug text-[var(--muted)] ${compact ? 'line-clamp-2' : ''}`} title={template.purpose}>
          {template.purpose}
        </span>
        <span className="mt-auto flex flex-wrap gap-1 pt-1">
          {template.brokers.map((broker) => (
            <span key={broker} className="rounded bg-[var(--panel-2)] px-1.5 py-0.5 text-[10.5px] font-medium text-[var(--muted)]">
              {broker}
            </span>
          ))}
        </span>
      </span>
    </button>
  );
}
