'use client';

import type { Design } from '@/lib/design';
import type { Reviewed, WorkerReview } from './reviewed';

/**
 * The page's one review worker (review.worker.ts), shared by whoever needs a
 * large design reviewed: the share screens ask as soon as a link is decoded,
 * so the review runs while the canvas renders, and the review panel then
 * finds it under way. One review runs at a time and only the latest waits
 * (an edit supersedes the one before it); the same design object is reviewed
 * once.
 */

/**
 * Past this many nodes the review runs in the worker: ~170 rules over
 * thousands of nodes take most of a second, which on the main thread would
 * freeze the canvas. Below it the review is a few milliseconds, and runs in
 * place so the score follows an edit within a frame or two.
 */
export const REVIEW_IN_WORKER_ABOVE_NODES = 500;

/** Where the built worker is served from (public/workers/review.js). */
const REVIEW_WORKER_URL = '/workers/review.js';

/** Rejection of a request another design replaced before its turn came. */
export class Superseded extends Error {}

interface Request {
  design: Design;
  resolve(review: Reviewed): void;
  reject(error: unknown): void;
}

let worker: Worker | null = null;
let running: (Request & { id: number }) | null = null;
let waiting: Request | null = null;
let seq = 0;
const reviews = new WeakMap<Design, Promise<Reviewed>>();

function start(): Worker {
  if (worker) return worker;
  // Bundled by scripts/build-workers.mjs (npm run build) from review.worker.ts.
  worker = new Worker(REVIEW_WORKER_URL);
  worker.onmessage = (event: MessageEvent<WorkerReview>) => {
    const done = running;
    if (!done || done.id !== event.data.id) return;
    running = null;
    done.resolve({ findings: event.data.findings, score: event.data.score });
    next();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const failed = running;
    running = null;
    failed?.reject(new Error('The review worker failed.'));
    next();
  };
  return worker;
}

function next(): void {
  if (running || !waiting) return;
  const request = waiting;
  waiting = null;
  running = { ...request, id: ++seq };
  start().postMessage({ id: running.id, design: request.design });
}

/** A share fragment this long holds a design large enough to be reviewed in the worker (100 nodes take ~1,400 characters). */
const LARGE_FRAGMENT_CHARS = 5000;

/**
 * Loads the worker and its rules now when a share link looks large, so that
 * happens while the link is decoded rather than after.
 */
export function warmReviewWorkerFor(fragment: string): void {
  if (fragment.length <= LARGE_FRAGMENT_CHARS) return;
  try {
    start();
  } catch {
    // No workers here: reviews will run in place.
  }
}

/** The review of `design`, from the worker; rejects with Superseded if a newer design took its place in the queue. */
export function reviewInWorker(design: Design): Promise<Reviewed> {
  const known = reviews.get(design);
  if (known) return known;
  try {
    start();
  } catch (error) {
    return Promise.reject(error);
  }
  const promise = new Promise<Reviewed>((resolve, reject) => {
    waiting?.reject(new Superseded());
    waiting = { design, resolve, reject };
  });
  reviews.set(design, promise);
  // A superseded or failed review is asked for again next time, not remembered.
  promise.catch(() => reviews.delete(design));
  next();
  return promise;
}

/** Starts the review of a large design now (a link was just decoded), so it runs while the canvas renders. */
export function prefetchReview(design: Design): void {
  if (design.nodes.length > REVIEW_IN_WORKER_ABOVE_NODES) reviewInWorker(design).catch(() => undefined);
}
