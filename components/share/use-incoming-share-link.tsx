'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { isBlankDesign, type Design } from '@/lib/design';
import { isShareFragment } from '@/lib/share/is-share-fragment';
import { useStudioStore } from '../studio/store-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { prefetchReview, warmReviewWorkerFor } from '../studio/review-worker-client';
import { KeptLinkNotice } from './kept-link-notice';
import { ShareErrorDetails, shareFailureTitle, type ShareFailure } from './share-error-details';

/** Removes the fragment from the address bar, so a reload does not open the link again. */
function clearFragment() {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}

function sameDesign(a: Design, b: Design): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A link waiting for the user's answer: its design and its fragment (kept until they answer). */
interface Incoming {
  design: Design;
  fragment: string;
}

/**
 * Opens a share link (`#v1.…`) once the autosaved design is restored (`ready`),
 * and again when a new link is pasted into the address bar. A link never
 * replaces work without asking (notes without nodes are work); the link stays
 * in the address bar until the user answers, and "Keep my design" keeps it
 * within reach. A link that cannot be read says why and leaves the studio as
 * it was.
 */
export function useIncomingShareLink(ready: boolean) {
  const store = useStudioStore();
  const toasts = useToasts();
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [kept, setKept] = useState<Incoming | null>(null);
  const [failure, setFailure] = useState<ShareFailure | null>(null);
  const started = useRef(false);

  const readFragment = useCallback(async () => {
    const fragment = window.location.hash;
    if (!isShareFragment(fragment)) return;
    warmReviewWorkerFor(fragment);
    // The decoder (and its decompressor) loads only when there is a link to read.
    const { decodeShareFragment } = await import('@/lib/share/share-link');
    const result = decodeShareFragment(fragment);
    if (!result.ok) {
      clearFragment();
      setFailure(result);
      return;
    }
    // A large design's review starts now, in the worker, while the canvas renders it.
    prefetchReview(result.design);
    const current = store.getState().design;
    if (isBlankDesign(current) || sameDesign(current, result.design)) {
      clearFragment();
      store.getState().load(result.design);
      toasts.push('success', `Opened the shared design “${result.design.name}”`);
    } else {
      setIncoming({ design: result.design, fragment: fragment.replace(/^#/, '') });
    }
  }, [store, toasts]);

  const open = useCallback(
    (link: Incoming) => {
      clearFragment();
      store.getState().load(link.design);
      toasts.push('success', `Opened the shared design “${link.design.name}”`);
      setIncoming(null);
      setKept(null);
    },
    [store, toasts],
  );
  const keepMine = useCallback(() => {
    if (!incoming) return;
    clearFragment();
    setKept(incoming);
    setIncoming(null);
  }, [incoming]);

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
      <Dialog open={incoming !== null} title="Open the shared design?" onClose={keepMine} testId="share-confirm">
        <p className="text-[13px]">
          The link holds <strong>{incoming?.design.name}</strong> ({incoming?.design.nodes.length ?? 0} nodes). Your own work in this browser, <strong>{current.name}</strong> ({current.nodes.length}{' '}
          nodes{current.notes ? ', with notes' : ''}), would be replaced. Undo brings it back; saving it as a file first keeps it for good. Keeping your design keeps the link too, to review or open
          later.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <Button data-testid="share-confirm.keep" onClick={keepMine}>
            Keep my design
          </Button>
          <Button variant="primary" data-testid="share-confirm.open" onClick={() => incoming && open(incoming)}>
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
  const notice = kept && <KeptLinkNotice name={kept.design.name} fragment={kept.fragment} onOpen={() => setIncoming(kept)} onDismiss={() => setKept(null)} />;
  return { dialogs, notice };
}
