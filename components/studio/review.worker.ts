/// <reference lib="webworker" />
import type { Design } from '@/lib/design';
import { reviewDesign } from '@/lib/rules/review';
import type { WorkerReview } from './reviewed';

/**
 * The review of a large design, off the page's main thread: the canvas and
 * panels stay responsive while ~170 rules read 10,000 nodes. Findings go back
 * as plain data (a fix is a function; its label and inputs go instead).
 */
self.onmessage = (event: MessageEvent<{ id: number; design: Design }>) => {
  const { id, design } = event.data;
  const { findings, score } = reviewDesign(design);
  const answer: WorkerReview = {
    id,
    findings: findings.map(({ fix, ...finding }) => (fix ? { ...finding, fixLabel: fix.label, ...(fix.inputs ? { fixInputs: fix.inputs } : {}) } : finding)),
    score: { overall: score.overall, categories: score.categories, explanation: score.explanation },
  };
  self.postMessage(answer);
};
