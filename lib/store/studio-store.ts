import { createStore } from 'zustand/vanilla';
import { emptyDesign, type Design } from '../design';
import { pushHistory, type History } from './history';

/** What is selected on the canvas. Both empty = the design itself (the inspector shows its requirements). */
export interface Selection {
  nodes: string[];
  connections: string[];
}

export const EMPTY_SELECTION: Selection = { nodes: [], connections: [] };

export interface StudioState {
  design: Design;
  selection: Selection;
  history: History;
  /** Bumped when a whole new design is loaded, so the canvas can fit the view. */
  loadCount: number;
  /** Bumped when the view should show the whole design again (Layout, a large paste, the fit key). */
  fitRequests: number;
  /** The node whose name is being edited on the canvas (double-click, F2), if any. */
  renaming: string | null;
  /**
   * Nodes are being dragged on the canvas. The inspector shows a selection the drag made once it
   * ends: rendering a node's whole form at the first move held back the moves after it.
   */
  draggingNodes: boolean;

  /**
   * Applies a design change as one undoable step. A change that returns the
   * same design is ignored. Changes with the same `coalesce` key in quick
   * succession (typing in a field) merge into one step.
   */
  change(update: (design: Design) => Design, options?: { coalesce?: string }): void;
  /** Replaces the design (open, import, template, share link) as one undoable step. */
  load(design: Design): void;
  undo(): void;
  redo(): void;
  select(selection: Selection): void;
  /** Asks the canvas to fit the whole design in view. */
  requestFit(): void;
  /** Starts (a node id) or ends (null) editing a node's name in place. */
  rename(id: string | null): void;
  /** Marks a drag of nodes as started (true) or ended (false). */
  dragNodes(dragging: boolean): void;
}

export type StudioStore = ReturnType<typeof createStudioStore>;

/**
 * The studio's state: a vanilla zustand store (no React here), made of the
 * design, the selection and the history. React binds to it in components/.
 */
/** Edits with the same coalesce key closer together than this are one undo step. */
export const COALESCE_MS = 1500;

export function createStudioStore(initial: Design = emptyDesign(), now: () => number = Date.now) {
  let lastCoalesce: { key: string; at: number } | undefined;
  return createStore<StudioState>()((set, get) => ({
    design: initial,
    selection: EMPTY_SELECTION,
    history: { past: [], future: [] },
    loadCount: 0,
    fitRequests: 0,
    renaming: null,
    draggingNodes: false,

    change(update, options) {
      const { design, history, selection } = get();
      const next = update(design);
      if (next === design) return;
      const at = now();
      const merge = options?.coalesce !== undefined && lastCoalesce?.key === options.coalesce && at - lastCoalesce.at < COALESCE_MS && history.past.length > 0;
      lastCoalesce = options?.coalesce === undefined ? undefined : { key: options.coalesce, at };
      set({
        design: next,
        history: merge ? { past: history.past, future: [] } : pushHistory(history, design),
        selection: pruneSelection(selection, next, design),
        renaming: followId(get().renaming, design, next),
      });
    },

    load(design) {
      lastCoalesce = undefined;
      const { design: previous, history, loadCount } = get();
      set({ design, history: pushHistory(history, previous), selection: EMPTY_SELECTION, loadCount: loadCount + 1 });
    },

    undo() {
      lastCoalesce = undefined;
      const { design, history, selection } = get();
      const previous = history.past.at(-1);
      if (!previous) return;
      set({
        design: previous,
        history: { past: history.past.slice(0, -1), future: [design, ...history.future] },
        selection: pruneSelection(selection, previous, design),
      });
    },

    redo() {
      const { design, history, selection } = get();
      const next = history.future[0];
      if (!next) return;
      set({
        design: next,
        history: { past: [...history.past, design], future: history.future.slice(1) },
        selection: pruneSelection(selection, next, design),
      });
    },

    select(selection) {
      const current = get().selection;
      if (sameIds(current.nodes, selection.nodes) && sameIds(current.connections, selection.connections)) return;
      set({ selection });
    },

    requestFit() {
      set({ fitRequests: get().fitRequests + 1 });
    },

    rename(id) {
      if (get().renaming !== id) set({ renaming: id });
    },

    dragNodes(dragging) {
      if (get().draggingNodes !== dragging) set({ draggingNodes: dragging });
    },
  }));
}

/**
 * Keeps the selection on the same elements: an id a rename changed (the id
 * follows the name, lib/design/node-id.ts) is replaced by the new one, and
 * ids that no longer exist (after undo, delete, load) are dropped.
 */
function pruneSelection(selection: Selection, design: Design, previous?: Design): Selection {
  if (selection.nodes.length === 0 && selection.connections.length === 0) return selection;
  const nodeIds = new Set(design.nodes.map((n) => n.id));
  const connectionIds = new Set(design.connections.map((c) => c.id));
  const nodes = selection.nodes.flatMap((id) => (nodeIds.has(id) ? [id] : (renamedTo(id, previous?.nodes, design.nodes) ?? [])));
  const connections = selection.connections.flatMap((id) => (connectionIds.has(id) ? [id] : (renamedTo(id, previous?.connections, design.connections) ?? [])));
  return sameIds(nodes, selection.nodes) && sameIds(connections, selection.connections) ? selection : { nodes, connections };
}

/** The node being renamed in place keeps being it when its id changes. */
function followId(id: string | null, previous: Design, next: Design): string | null {
  if (id === null || next.nodes.some((n) => n.id === id)) return id;
  return renamedTo(id, previous.nodes, next.nodes) ?? null;
}

/**
 * A rename keeps an element at its index and changes only its id there: the
 * element now at the old index, if its id is new, is the renamed one.
 */
function renamedTo(id: string, before: ReadonlyArray<{ id: string }> | undefined, after: ReadonlyArray<{ id: string }>): string | undefined {
  if (!before || before.length !== after.length) return undefined;
  const index = before.findIndex((e) => e.id === id);
  const candidate = after[index];
  if (index < 0 || !candidate || before.some((e) => e.id === candidate.id)) return undefined;
  return candidate.id;
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
