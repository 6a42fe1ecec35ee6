export type NodeSummaries = typeof import('./node-summary');

let summaries: NodeSummaries | undefined;
let loading: Promise<NodeSummaries> | undefined;

/**
 * The node summaries (node-summary.ts), loaded the first time the canvas has a node to show and
 * kept: with them come every broker's defaults and their sources (resolve.ts), which an empty
 * canvas, the studio's first screen, does not need.
 */
export function loadNodeSummaries(): Promise<NodeSummaries> {
  loading ??= import('./node-summary').then((loaded) => (summaries = loaded));
  return loading;
}

/** The node summaries if they are loaded already. */
export function nodeSummariesIfLoaded(): NodeSummaries | undefined {
  return summaries;
}
