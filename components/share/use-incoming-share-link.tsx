'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Design } from '@/lib/design';
import { isShareFragment } from '@/lib/share/is-share-fragment';
import { useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { ShareErrorDetails, shareFailureTitle, type ShareFailure } from './share-error-details';

/** Removes the fragment from the address bar, so a reload does not open the link again. */
function clearFragment() {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}

function sameDesign(a: Design, b: Design): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Opens a share link (`#v1.…`) once the autosaved design is restored (`ready`),
 * and again when a new link is pasted into the address bar. A link never
 * replaces autosaved work without asking; a link that cannot be read says why
 * and leaves the studio as it was.
 */
export function useIncomingShareLink(ready: boolean) {
  const store = useStudioStore();
  const toasts = useToasts();
  const [incoming, setIncoming] = useState<Design | null>(null);
  const [failure, setFailure] = useState<ShareFailure | null>(null);
  const started = useRef(false);

  const readFragment = useCallback(async () => {
    const fragment = window.location.hash;
    if (!isShareFragment(fragment)) return;
    // The decoder (and its decompressor) loads only when there is a link to read.
    const { decodeShareFragment } = await import('@/lib/share/share-link');
    const result = decodeShareFragment(fragment);
    clearFragment();
    if (!result.ok) {
      setFailure(result);
      return;
    }
    const current = store.getState().design;
    if (current.nodes.length === 0 || sameDesign(current, result.design)) {
      store.getState().load(result.design);
      toasts.push('success', `Opened the shared design “${result.design.name}”`);
    } else {
      setIncoming(result.design);
    }
  }, [store, toasts]);

  useEffect(() => {
    if (!ready) return;
    const onHashChange = () => void readFragment();
    if (!started.current) {
      started.current = true;
      onHashChange();
    }
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [ready, readFragment]);

  const current = store.getState().design;
  const dialogs = (
    <>
      <Dialog open={incoming !== null} title="Open the shared design?" onClose={() => setIncoming(null)} testId="share-confirm">
        <p className="text-[13px]">
          The link holds <strong>{incoming?.name}</strong> ({incoming?.nodes.length ?? 0} nodes). Your own work in this browser, <strong>{current.name}</strong> ({current.nodes.length}{' '}
          nodes), would be replaced. Undo brings it back; saving it as a file first keeps it for good.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <Button data-testid="share-confirm.keep" onClick={() => setIncoming(null)}>
            Keep my design
          </Button>
          <Button
            variant="primary"
            data-testid="share-confirm.open"
            onClick={() => {
              if (incoming) {
                store.getState().load(incoming);
                toasts.push('success', `Opened the shared design “${incoming.name}”`);
              }
              setIncoming(null);
            }}
          >
            Open the shared design
          </Button>
        </div>
      </Dialog>
      <Dialog open={failure !== null} title={failure ? shareFailureTitle(failure) : ''} onClose={() => setFailure(null)} testId="share-error">
        {failure && <ShareErrorDetails failure={failure} />}
        <p className="mt-3 text-[12.5px] text-[var(--muted)]">Nothing was changed: the studio shows your own design, as it was.</p>
        <div className="mt-4 flex justify-end">
          <Button variant="primary" data-testid="share-error.back" onClick={() => setFailure(null)}>
            Back to the studio
          </Button>
        </div>
      </Dialog>
    </>
  );
  return { dialogs };
}
