'use client';

import { createContext, useContext, useEffect, useEffectEvent, useMemo, useState, type ReactNode } from 'react';
import type { Design } from '@/lib/design';
import { isBlankDesign } from '@/lib/design/is-blank-design';
import { onlyLayoutChanged } from '@/lib/design/only-layout-changed';
import { BLANK_REVIEW } from '@/lib/rules/blank-review';
import type { FindingBadge } from '../canvas/nodes/base-node';
import type { Reviewed, ReviewedFinding } from './reviewed';
import { REVIEW_IN_WORKER_ABOVE_NODES, reviewInWorker, Superseded } from './review-worker-client';
import { useStudio } from './store-context';

interface ReviewState {
  /** False until the first review of the design is in (the engine loads after the studio; a large design is reviewed in a worker). */
  ready: boolean;
  review: Reviewed;
  /** The design `review` is of: while an edit is being reviewed it is the one before. */
  of?: Design;
  /** Finding counts by node or connection id (accepted risks excluded). */
  badges: ReadonlyMap<string, FindingBadge>;
  /** How many times the design's content (anything but positions) has changed and been sent to the rules. */
  edits?: number;
}

const ReviewContext = createContext<ReviewState | null>(null);

/** How long the review waits after the last edit; typing a value re-scores once, not per keystroke. */
const REVIEW_DEBOUNCE_MS = 60;

/**
 * Findings are derived from the design, never stored: the review re-runs a
 * moment after the design changes (drags change the design only at the drop,
 * so no review runs inside a drag frame, and a drop that only moved nodes
 * keeps the review). Large designs are reviewed in a
 * worker (review-worker-client.ts); the last review stays shown meanwhile.
 */
const NOT_YET: ReviewState = {
  ready: false,
  review: {
    findings: [],
    score: { overall: 100, explanation: '', categories: { ordering: 100, delivery: 100, durability: 100, 'error-handling': 100, scalability: 100, operability: 100 } },
  },
  badges: new Map(),
};

type Engine = typeof import('@/lib/rules/review');

/** The latest worker review of `design` while `enabled`; where no worker can run, `fallback` reviews in place. */
function useWorkerReview(design: Design, enabled: boolean, fallback: (design: Design) => Reviewed | undefined): { design: Design; review: Reviewed } | undefined {
  const [result, setResult] = useState<{ design: Design; review: Reviewed } | undefined>(undefined);
  // The latest fallback, without starting a new worker review when only the fallback changed.
  const reviewInPlace = useEffectEvent((d: Design) => fallback(d));
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    reviewInWorker(design).then(
      (review) => live && setResult({ design, review }),
      (error) => {
        if (!live || error instanceof Superseded) return;
        const review = reviewInPlace(design);
        if (review) setResult({ design, review });
      },
    );
    return () => {
      live = false;
    };
  }, [design, enabled]);
  return enabled ? result : undefined;
}

export function ReviewProvider({ children }: { children: ReactNode }) {
  const design = useStudio((s) => s.design);
  // ~170 rules with their documentation: loaded right after the studio, not before it can be used.
  const [engine, setEngine] = useState<Engine | null>(null);
  const [reviewed, setReviewed] = useState(() => design);
  // The design the rules last ran on. A move (positions only) keeps it: no rule reads positions, so a drop runs no rule.
  const [{ design: subject, edits }, setSubject] = useState(() => ({ design, edits: 0 }));
  const large = reviewed.nodes.length > REVIEW_IN_WORKER_ABOVE_NODES;
  // A blank design's review is known without the rules (blank-review.ts): a first visit to an empty canvas
  // does not download them; the first edit does, before its review is due.
  const blank = useMemo(() => isBlankDesign(design), [design]);
  // Loaded in the page only for designs reviewed in place, and once the page is idle: a share link of a
  // large design is decoded and drawn first (the worker has its own copy of the rules).
  useEffect(() => {
    if (engine || large || blank) return;
    let live = true;
    const load = () => void import('@/lib/rules/review').then((module) => live && setEngine(module));
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 300 }) : undefined;
    if (idle === undefined) load();
    return () => {
      live = false;
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [engine, large, blank]);
  useEffect(() => {
    if (reviewed === design) return;
    const timer = setTimeout(() => {
      setReviewed(design);
      setSubject((last) => (last.design === design || onlyLayoutChanged(last.design, design) ? last : { design, edits: last.edits + 1 }));
    }, REVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [design, reviewed]);

  const inWorker = useWorkerReview(subject, large, (d) => engine?.reviewDesign(d));
  const inPlace = useMemo(() => {
    if (large) return undefined;
    if (isBlankDesign(subject)) return { design: subject, review: BLANK_REVIEW };
    return engine ? { design: subject, review: engine.reviewDesign(subject) } : undefined;
  }, [engine, subject, large]);
  const value = useMemo((): ReviewState => {
    const done = large ? inWorker : inPlace;
    if (!done) return NOT_YET;
    // A review of the last design the rules ran on is the review of every move since.
    return { ready: true, review: done.review, of: done.design === subject ? reviewed : done.design, edits, badges: badgesOf(done.review.findings) };
  }, [large, inWorker, inPlace, subject, reviewed, edits]);
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

function badgesOf(findings: readonly ReviewedFinding[]): Map<string, FindingBadge> {
  const badges = new Map<string, FindingBadge>();
  for (const f of findings) {
    if (f.accepted || f.target.type === 'design') continue;
    const badge = badges.get(f.target.id);
    if (!badge) badges.set(f.target.id, { count: 1, worst: f.severity });
    else badges.set(f.target.id, { count: badge.count + 1, worst: RANK[f.severity] < RANK[badge.worst] ? f.severity : badge.worst });
  }
  return badges;
}

export function useReview(): ReviewState {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReview outside ReviewProvider');
  return value;
}
