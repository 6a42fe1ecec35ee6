'use client';

import { useMemo, useState } from 'react';
import { linkReach, SAFE_LINK_CHARS, SHORT_LINK_CHARS, shareUrl, type ShareMode } from '@/lib/share';
import { useStudio } from '../studio/store-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { downloadDiagramPng, downloadDiagramSvg } from './diagram-download';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (permissions, insecure context): fall back to a selection copy.
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

const REACH_TEXT = {
  anywhere: 'Short enough for e-mail and any chat.',
  chat: `Over ${SHORT_LINK_CHARS.toLocaleString('en')} characters: fine in Slack, Teams and GitHub; some e-mail clients break links this long.`,
  'too-long': `Over ${SAFE_LINK_CHARS.toLocaleString('en')} characters: chat apps and e-mail may cut it. Send the design file instead (Save JSON), or share the picture.`,
} as const;

/**
 * The share dialog: a link that carries the whole design in its fragment
 * (never sent to a server), its length and how far it travels, the read-only
 * review link, and the diagram as PNG or SVG.
 */
export function ShareDialog({ open, onClose, onSaveFile }: { open: boolean; onClose(): void; onSaveFile(): void }) {
  const toasts = useToasts();
  const design = useStudio((s) => s.design);
  const [mode, setMode] = useState<ShareMode>('edit');
  const link = useMemo(() => (open ? shareUrl(window.location.origin, design, mode) : ''), [open, design, mode]);
  const reach = linkReach(link.length);

  return (
    <Dialog open={open} title="Share this design" onClose={onClose} testId="share" wide>
      <p className="mb-3 text-[13px] text-[var(--muted)]">
        The link carries the whole design — nodes, layout and review settings — after the <code>#</code>, which browsers never send to a server.
      </p>
      <div role="radiogroup" aria-label="Link type" className="mb-2 flex gap-2 text-[13px]">
        {(
          [
            ['edit', 'Editable copy', 'Opens in the studio'],
            ['view', 'Review only', 'Canvas, score and findings, no editing'],
          ] as const
        ).map(([value, label, hint]) => (
          <label key={value} className={`flex cursor-pointer items-center gap-2 rounded-md border px-2.5 py-1.5 ${mode === value ? 'border-[var(--accent)]' : 'border-[var(--border)]'}`}>
            <input type="radio" name="share-mode" value={value} checked={mode === value} onChange={() => setMode(value)} data-testid={`share.mode.${value}`} />
            <span>
              <span className="font-medium">{label}</span> <span className="text-[var(--muted)]">· {hint}</span>
            </span>
          </label>
        ))}
      </div>
      <textarea
        readOnly
        aria-label="Share link"
        data-testid="share.link"
        value={link}
        rows={4}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full resize-none break-all rounded-md border border-[var(--border)] bg-[var(--panel-2)] p-2 font-mono text-[11.5px]"
      />
      <div className="mt-2 flex items-center gap-3 text-[12.5px]">
        <span data-testid="share.length" data-reach={reach} className="font-medium" style={{ color: reach === 'too-long' ? 'var(--error)' : reach === 'chat' ? 'var(--warning)' : 'var(--ok)' }}>
          {link.length.toLocaleString('en')} characters
        </span>
        <span className="text-[var(--muted)]" data-testid="share.reach">
          {REACH_TEXT[reach]}
        </span>
      </div>
      {reach === 'too-long' && (
        <div className="mt-2">
          <Button data-testid="share.download-file" onClick={onSaveFile}>
            Download the design file
          </Button>
        </div>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-[var(--border)] pt-3">
        <span className="mr-auto text-[12.5px] text-[var(--muted)]">Picture of the diagram:</span>
        <Button
          data-testid="share.png"
          onClick={() =>
            downloadDiagramPng(design).then(
              (name) => toasts.push('success', `Downloaded ${name}`),
              (error: Error) => toasts.push('error', error.message),
            )
          }
        >
          PNG
        </Button>
        <Button data-testid="share.svg" onClick={() => toasts.push('success', `Downloaded ${downloadDiagramSvg(design)}`)}>
          SVG
        </Button>
        <Button
          variant="primary"
          data-testid="share.copy"
          onClick={async () => {
            if (await copyText(link)) toasts.push('success', `Link copied (${link.length.toLocaleString('en')} characters)`);
            else toasts.push('error', 'The browser did not allow copying: select the link and copy it.');
          }}
        >
          Copy link
        </Button>
      </div>
    </Dialog>
  );
}
