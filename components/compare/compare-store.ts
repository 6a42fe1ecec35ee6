import { createStore } from 'zustand/vanilla';
import type { Design } from '@/lib/design';
import type { ApplyResult, Difference, Plan } from '@/lib/live/drift';

/**
 * "Compare with cluster…": the last comparison, what the person decided
 * about each difference, and the marks the canvas shows. Kept apart from the
 * studio store (nothing here is part of the design, and nothing is saved):
 * the connection, password included, lives here only while the panel is
 * open, so the person can compare again and apply without typing it twice.
 */

export interface Comparison {
  source: string;
  differences: Difference[];
  notes: string[];
  problems: string[];
  plan: Plan;
  /** The live import of the cluster, when it has resources the design lacks. */
  live?: Design;
  /** The design the plan was made for: once the canvas changes, the plan must be made again before it is applied. */
  plannedFor: Design;
}

/** What the server's apply did (lib/live/drift.ts). */
export type ApplyOutcome = ApplyResult;

/** One colour per kind of difference, on the canvas and in the panel. */
export const DRIFT_COLOUR: Record<Difference['kind'], string> = { 'only-in-design': 'var(--accent)', 'only-in-cluster': 'var(--warning)', differs: 'var(--error)' };

/** Where a difference shows on the canvas: per node, how many and of which kinds. */
export interface NodeDrift {
  count: number;
  kinds: Difference['kind'][];
  titles: string[];
}

export interface CompareState {
  /** Whether the server allows comparing, and applying. */
  available: { compare: boolean; apply: boolean };
  open: boolean;
  connection?: Record<string, unknown>;
  comparison?: Comparison;
  /** Differences the person settled (adopted, added, or kept as the design has it), by differenceKey. */
  settled: ReadonlyMap<string, 'adopted' | 'added' | 'kept'>;
  /** Resources ticked for deletion (`queue:name`). */
  allowDelete: ReadonlySet<string>;
  applied?: ApplyOutcome;
  busy: false | 'compare' | 'apply';
  error?: string;
  marks: Readonly<Record<string, NodeDrift>>;
}

export const compareStore = createStore<CompareState>(() => ({
  available: { compare: false, apply: false },
  open: false,
  settled: new Map(),
  allowDelete: new Set(),
  busy: false,
  marks: {},
}));

/** Closing forgets the connection (and its password), the comparison and the marks. */
export function closeComparison(): void {
  compareStore.setState({ open: false, connection: undefined, comparison: undefined, settled: new Map(), allowDelete: new Set(), applied: undefined, busy: false, error: undefined, marks: {} });
}
