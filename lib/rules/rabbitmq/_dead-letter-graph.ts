import { indexGraph } from '../../design';
import type { ResolvedDesign } from '../../brokers/resolved-design';
import { deadLetterConfig, deadLetterTargets } from '../../rabbitmq/routing';
import { cyclicComponents } from '../core/_cycles';
import { distinctMessageShapes } from '../../rabbitmq/message-flows';
import { routingMemo } from '../../rabbitmq/routing-inputs';

/**
 * The dead-letter graph: an edge from queue A to queue B when messages
 * dead-lettered from A are routed into B (by A's DLX, with the keys the
 * messages carry in A). When no publisher is known to reach A, only the
 * routes that do not depend on the key count (a fanout DLX, a dead-letter
 * routing key).
 */

/** Routing answers: a design that routes as the last one did shares them (routing-inputs.ts). */
const edgesOf = routingMemo<Map<string, Set<string>>>();

export function deadLetterSuccessors(design: ResolvedDesign, queueId: string): Set<string> {
  const map = edgesOf(design, () => new Map());
  const cached = map.get(queueId);
  if (cached) return cached;
  const result = new Set<string>();
  const queue = indexGraph(design).nodeById.get(queueId);
  if (queue?.kind === 'rabbitmq-queue' && queue.type !== 'stream' && deadLetterConfig(design, queueId)) {
    const shapes = distinctMessageShapes(design, queueId);
    if (shapes.length === 0) for (const id of deadLetterTargets(design, queueId, [])) result.add(id);
    for (const shape of shapes) for (const id of deadLetterTargets(design, queueId, shape.routingKeys, shape.headers)) result.add(id);
  }
  map.set(queueId, result);
  return result;
}

const cyclesOf = routingMemo<string[][]>();

/**
 * The dead-letter cycles: strongly connected groups of queues (Tarjan) with
 * more than one queue, or one queue that dead-letters into itself. Each
 * cycle's queue ids are sorted, and cycles are sorted by their first id.
 */
export function deadLetterCycles(design: ResolvedDesign): string[][] {
  return cyclesOf(design, () => findCycles(design));
}

function findCycles(design: ResolvedDesign): string[][] {
  const queues = (indexGraph(design).byKind.get('rabbitmq-queue') ?? []).map((q) => q.id);
  const cycles = cyclicComponents(queues, (id) => [...deadLetterSuccessors(design, id)]).map((component) => component.sort());
  const inCycle = new Set(cycles.flat());
  for (const id of queues) if (!inCycle.has(id) && deadLetterSuccessors(design, id).has(id)) cycles.push([id]);
  cycles.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return cycles;
}
