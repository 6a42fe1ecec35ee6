'use client';

import type { Design } from '@/lib/design';
import { Button } from '../ui/button';
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

/** The share dialog's buttons: the diagram as PNG or SVG, and copying the link; each says in a toast what it did. */
export function ShareActions({ design, link }: { design: Design; link: string }) {
  const toasts = useToasts();
  return (
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
  );
}
