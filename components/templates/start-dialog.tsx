'use client';

import type { Design } from '@/lib/design';
import type { GalleryCard } from '@/lib/templates/gallery';
import { Dialog } from '../ui/dialog';
import { WizardPanel } from '../wizard/wizard-panel';
import { TemplateGallery } from './template-gallery';

export type StartTab = 'templates' | 'wizard';

/** "New…": start from a template or from the requirements wizard. */
export function StartDialog({
  tab,
  onTab,
  onClose,
  onTemplate,
  onGenerate,
}: {
  tab: StartTab | null;
  onTab(tab: StartTab): void;
  onClose(): void;
  onTemplate(template: GalleryCard): void;
  onGenerate(design: Design, broker: string): void;
}) {
  return (
    <Dialog open={tab !== null} title="Start a design" onClose={onClose} testId="start" wide>
      <div role="tablist" aria-label="Start from" className="mb-3 flex gap-1 border-b border-[var(--border)]">
        {(
          [
            ['templates', 'Templates'],
            ['wizard', 'Requirements wizard'],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={tab === value}
            data-testid={`start.tab.${value}`}
            onClick={() => onTab(value)}
            className={`-mb-px border-b-2 px-3 py-1.5 text-[13px] font-medium ${tab === value ? 'border-[var(--accent)] text-[var(--text)]' : 'border-transparent text-[var(--muted)] hover:text-[var(--text)]'}`}
          >
            {label}
          </button>
        ))}
      </div>
      {tab === 'templates' && <TemplateGallery onUse={onTemplate} />}
      {tab === 'wizard' && <WizardPanel onGenerate={onGenerate} />}
    </Dialog>
  );
}
