'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Design } from '@/lib/design';
import { isShareFragment } from '@/lib/share/is-share-fragment';
import { opensWithoutAsking } from '@/lib/share/opens-without-asking';
import { useStudioStore } from '../studio/store-context';
import { useToasts } from '../ui/toasts';
import { prefetchReview, warmReviewWorkerFor } from '../studio/review-worker-client';
import { OpenSharedDesignDialog, ShareLinkFailedDialog } from './incoming-link-dialogs';
import { KeptLinkNotice } from './kept-link-notice';
import type { ShareFailure } from './share-error-details';

/** Removes the fragment from the address bar, so a reload does not open the link again. */
function clearFragment() {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
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
 * it was. The dialogs are incoming-link-dialogs.tsx.
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
    if (opensWithoutAsking(current, result.design)) {
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

  const dialogs = (
    <>
      <OpenSharedDesignDialog shared={incoming?.design} current={store.getState().design} onKeep={keepMine} onOpen={() => incoming && open(incoming)} />
      <ShareLinkFailedDialog failure={failure} onClose={() => setFailure(null)} />
    </>
  );
  const notice = kept && <KeptLinkNotice name={kept.design.name} fragment={kept.fragment} onOpen={() => setIncoming(kept)} onDismiss={() => setKept(null)} />;
  return { dialogs, notice };
}
