'use client';

import { useMemo, useState } from 'react';
import { shareUrl, type ShareMode } from '@/lib/share';
import { useStudio } from '../studio/store-context';
import { Dialog } from '../ui/dialog';
import { LinkModeChoice } from './link-mode-choice';
import { LinkReach } from './link-reach';
import { ShareActions } from './share-actions';

/**
 * The share dialog: a link that carries the whole design in its fragment
 * (never sent to a server), its length and how far it travels, the read-only
 * review link, and the diagram as PNG or SVG.
 */
export function ShareDialog({ open, onClose, onSaveFile }: { open: boolean; onClose(): void; onSaveFile(): void }) {
  const design = useStudio((s) => s.design);
  const [mode, setMode] = useState<ShareMode>('edit');
  const link = useMemo(() => (open ? shareUrl(window.location.origin, design, mode) : ''), [open, design, mode]);

  return (
    <Dialog open={open} title="Share this design" onClose={onClose} testId="share" wide>
      <p className="mb-3 text-[13px] text-[var(--muted)]">
        The link carries the whole design — nodes, layout and review settings — after the <code>#</code>, which browsers never send to a server.
      </p>
      <LinkModeChoice mode={mode} onChange={setMode} />
      <textarea
        readOnly
        aria-label="Share link"
        data-testid="share.link"
        value={link}
        rows={4}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full resize-none break-all rounded-md border border-[var(--border)] bg-[var(--panel-2)] p-2 font-mono text-[11.5px]"
      />
      <LinkReach length={link.length} onSaveFile={onSaveFile} />
      <ShareActions design={design} link={link} />
    </Dialog>
  );
}
