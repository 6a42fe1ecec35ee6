'use client';

import { ReactFlowProvider } from '@xyflow/react';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { Design } from '@/lib/design';
import { decodeShareFragment } from '@/lib/share';
import { createStudioStore } from '@/lib/store/studio-store';
import { Canvas } from '../canvas/canvas';
import { FindingsPanel } from '../findings/findings-panel';
import { Inspector } from '../inspector/inspector';
import { ReviewProvider } from '../studio/review-context';
import { prefetchReview, warmReviewWorkerFor } from '../studio/review-worker-client';
import { ScoreHeader } from '../studio/score-header';
import { StudioStoreProvider, useStudio } from '../studio/store-context';
import { Button } from '../ui/button';
import { ToastProvider, useToasts } from '../ui/toasts';
import { downloadDiagramPng, downloadDiagramSvg } from './diagram-download';
import { ShareErrorDetails, shareFailureTitle, type ShareFailure } from './share-error-details';

type State = { state: 'reading' } | { state: 'ok'; design: Design; fragment: string } | { state: 'failed'; failure: ShareFailure };

/**
 * The read-only review of a shared design (`/view#v1.…`): the canvas, the
 * score and the findings, with nothing that edits. "Open in the studio"
 * takes the same link to the editor, which asks before replacing local work.
 */
export function ReviewScreen() {
  const [state, setState] = useState<State>({ state: 'reading' });
  useEffect(() => {
    // The fragment exists only in the browser, so it is read after mounting, and again when another link is pasted.
    const read = () => {
      const fragment = window.location.hash;
      warmReviewWorkerFor(fragment);
      const result = decodeShareFragment(fragment);
      // A large design's review starts now, in the worker, while the canvas renders it.
      if (result.ok) prefetchReview(result.design);
      setState(result.ok ? { state: 'ok', design: result.design, fragment: fragment.replace(/^#/, '') } : { state: 'failed', failure: result });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (state.state === 'reading')
    return (
      <div data-testid="review.reading" className="p-6 text-[13px] text-[var(--muted)]">
        Reading the link…
      </div>
    );
  if (state.state === 'failed') {
    return (
      <main className="flex min-h-screen items-center justify-center p-6">
        <section data-testid="share-error" className="w-[min(520px,94vw)] rounded-lg border border-[var(--border)] bg-[var(--panel)] p-5 shadow-sm">
          <h1 className="mb-2 text-[16px] font-semibold">{shareFailureTitle(state.failure)}</h1>
          <ShareErrorDetails failure={state.failure} />
          <Link href="/" data-testid="share-error.back" className="mt-4 inline-block rounded-md bg-[var(--accent)] px-3 py-1.5 text-[13px] font-medium text-[var(--on-accent)]">
            Go to the studio
          </Link>
        </section>
      </main>
    );
  }
  return <ReviewOf key={state.fragment} design={state.design} fragment={state.fragment} />;
}

function ReviewOf({ design, fragment }: { design: Design; fragment: string }) {
  const [store] = useState(() => createStudioStore(design));
  return (
    <StudioStoreProvider store={store}>
      <ToastProvider>
        <ReactFlowProvider>
          <ReviewProvider>
            <ReviewLayout fragment={fragment} />
          </ReviewProvider>
        </ReactFlowProvider>
      </ToastProvider>
    </StudioStoreProvider>
  );
}

function ReviewLayout({ fragment }: { fragment: string }) {
  const design = useStudio((s) => s.design);
  const toasts = useToasts();
  const [findingsOpen, setFindingsOpen] = useState(true);
  const theme = typeof document !== 'undefined' && document.documentElement.classList.contains('dark') ? 'dark' : 'light';
  return (
    <div className="flex h-screen flex-col" data-testid="review" data-ready="true">
      <header className="flex h-12 items-center gap-2 border-b border-[var(--border)] bg-[var(--panel)] px-3">
        <Link href="/" className="mr-1 text-[14px] font-bold tracking-tight" style={{ color: 'var(--accent)' }}>
          Queuewright
        </Link>
        <h1 data-testid="design.name" className="max-w-[320px] truncate text-[14px] font-semibold" title={design.name}>
          {design.name}
        </h1>
        <span className="rounded bg-[var(--panel-2)] px-1.5 py-0.5 text-[11px] font-medium uppercase tracking-wide text-[var(--muted)]" data-testid="review.badge">
          Review · read only
        </span>
        <div className="mx-auto">
          <ScoreHeader onOpenFindings={() => setFindingsOpen((o) => !o)} />
        </div>
        <Button
          data-testid="review.png"
          onClick={() =>
            downloadDiagramPng(design).then(
              (n) => toasts.push('success', `Downloaded ${n}`),
              (e: Error) => toasts.push('error', e.message),
            )
          }
        >
          PNG
        </Button>
        <Button data-testid="review.svg" onClick={() => toasts.push('success', `Downloaded ${downloadDiagramSvg(design)}`)}>
          SVG
        </Button>
        <a
          href={`/#${fragment}`}
          data-testid="review.open-in-studio"
          className="inline-flex h-7 items-center rounded-md bg-[var(--accent)] px-2.5 text-[12.5px] font-medium text-[var(--on-accent)] hover:brightness-110"
        >
          Open in the studio
        </a>
      </header>
      <div className="flex min-h-0 flex-1">
        <main className="flex min-w-0 flex-1 flex-col">
          {/* Connection handles are hidden: nothing can be connected in a review (hidden handles take no pointer events). */}
          <style>{'[data-testid="review"] .react-flow__handle { visibility: hidden; }'}</style>
          <div className="min-h-0 flex-1">
            <Canvas onOpenFiles={() => {}} theme={theme} readOnly />
          </div>
          {findingsOpen && <FindingsPanel onClose={() => setFindingsOpen(false)} readOnly />}
        </main>
        <div className="w-[300px] shrink-0 border-l border-[var(--border)] bg-[var(--panel)]">
          <Inspector readOnly />
        </div>
      </div>
    </div>
  );
}
