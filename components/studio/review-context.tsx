'use client';

import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Review } from '@/lib/rules/review';
import type { FindingBadge } from '../canvas/nodes/base-node';
import { useStudio } from './store-context';

interface ReviewState {
  /** False until the rule engine has loaded (it is split from the studio's first load). */
  ready: boolean;
  review: Review;
  /** Finding counts by node or connection id (accepted risks excluded). */
  badges: ReadonlyMap<string, FindingBadge>;
}

const ReviewContext = createContext<ReviewState | null>(null);

/** How long the review waits after the last edit; typing a value re-scores once, not per keystroke. */
const REVIEW_DEBOUNCE_MS = 60;

/**
 * Findings are derived from the design, never stored: the review re-runs a
 * moment after the design changes (drags change the design only at the drop,
 * so no review runs inside a drag frame).
 */
const NOT_YET: ReviewState = {
  ready: false,
  review: { findings: [], score: { overall: 100, categories: { ordering: 100, delivery: 100, durability: 100, 'error-handling': 100, scalability: 100, operability: 100 }, deductions: [] } },
  badges: new Map(),
};

type Engine = typeof import('@/lib/rules/review');

export function ReviewProvider({ children }: { children: ReactNode }) {
  const design = useStudio((s) => s.design);
  // ~170 rules with their documentation: loaded right after the studio, not before it can be used.
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let live = true;
    void import('@/lib/rules/review').then((module) => live && setEngine(module));
    return () => {
      live = false;
    };
  }, []);
  const [reviewed, setReviewed] = useState(() => design);
  useEffect(() => {
    if (reviewed === design) return;
    const timer = setTimeout(() => setReviewed(design), REVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [design, reviewed]);
  const value = useMemo(() => {
    if (!engine) return NOT_YET;
    const review = engine.reviewDesign(reviewed);
    return { ready: true, review, badges: badgesOf(review) };
  }, [engine, reviewed]);
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

function badgesOf(review: Review): Map<string, FindingBadge> {
  const badges = new Map<string, FindingBadge>();
  for (const f of review.findings) {
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
