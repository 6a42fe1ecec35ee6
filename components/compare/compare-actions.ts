import type { Design } from '@/lib/design';
import { differenceTarget, differenceKey } from '@/lib/live/difference-node';
import { operationKey, type Difference, type Plan } from '@/lib/live/drift';
import { compareStore, type ApplyOutcome, type NodeDrift } from './compare-store';

/**
 * What "Compare with cluster…" sends to the server (/api/audit) and how the
 * answers land in the compare store. Every request carries the design on the
 * canvas as it is now; a compare is a plan (the differences come with it).
 */

interface Answer {
  ok: boolean;
  source?: string;
  differences?: Difference[];
  notes?: string[];
  problems?: string[];
  plan?: Plan;
  live?: Design;
  result?: ApplyOutcome;
  error?: { code: string; message: string };
}

async function send(body: object): Promise<Answer> {
  try {
    const response = await fetch('/api/audit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await response.json()) as Answer;
  } catch {
    return { ok: false, error: { code: 'unreachable', message: 'The server did not answer. Is the studio running with its server (npm start)?' } };
  }
}

/** Per node, the differences still open: what the canvas marks. */
export function driftMarks(design: Design, differences: readonly Difference[], settled: ReadonlyMap<string, unknown>): Record<string, NodeDrift> {
  const marks: Record<string, NodeDrift> = {};
  for (const d of differences) {
    if (settled.has(differenceKey(d))) continue;
    const { nodeId } = differenceTarget(design, d);
    if (!nodeId) continue;
    const mark = (marks[nodeId] ??= { count: 0, kinds: [], titles: [] });
    mark.count += 1;
    if (!mark.kinds.includes(d.kind)) mark.kinds.push(d.kind);
    mark.titles.push(d.setting ? `${d.setting}: design ${d.design ?? 'unset'}, cluster ${d.live ?? 'unset'}` : d.kind.replace(/-/g, ' '));
  }
  return marks;
}

/** Compares (and plans) with the connection given, or the one the panel holds. Returns the error message, if any. */
export async function runComparison(design: Design, connection?: Record<string, unknown>): Promise<string | undefined> {
  const state = compareStore.getState();
  const using = connection ?? state.connection;
  if (!using) return 'Connect to a cluster first.';
  compareStore.setState({ busy: 'compare', error: undefined });
  const answer = await send({ action: 'plan', connection: using, design, allowDelete: [...state.allowDelete] });
  if (!answer.ok) {
    compareStore.setState({ busy: false, error: answer.error?.message ?? 'The comparison failed.' });
    return answer.error?.message ?? 'The comparison failed.';
  }
  const differences = answer.differences ?? [];
  // A difference the person kept stays kept; one adopted or added is gone from a fresh audit anyway.
  const settled = new Map([...state.settled].filter(([key, how]) => how === 'kept' && differences.some((d) => differenceKey(d) === key)));
  compareStore.setState({
    open: true,
    busy: false,
    connection: using,
    settled,
    comparison: {
      source: answer.source ?? '',
      differences,
      notes: answer.notes ?? [],
      problems: answer.problems ?? [],
      plan: answer.plan ?? { operations: [], blocked: [] },
      live: answer.live,
      plannedFor: design,
    },
    marks: driftMarks(design, differences, settled),
  });
  return undefined;
}

/** Applies the plan on screen (the server refuses one that changed since), then compares again. */
export async function applyReviewedPlan(design: Design): Promise<void> {
  const { comparison, connection, allowDelete } = compareStore.getState();
  if (!comparison || !connection) return;
  compareStore.setState({ busy: 'apply', error: undefined, applied: undefined });
  const answer = await send({ action: 'apply', connection, design, allowDelete: [...allowDelete], reviewed: comparison.plan.operations.map(operationKey) });
  if (!answer.ok) {
    const message = answer.error?.message ?? 'The apply failed.';
    // A plan that changed since it was shown comes back new: show it, and say why nothing was applied.
    if (answer.error?.code === 'plan-changed') await runComparison(design);
    compareStore.setState({ busy: false, error: message });
    return;
  }
  compareStore.setState({ applied: answer.result });
  await runComparison(design);
}
