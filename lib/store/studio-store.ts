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

    change(update, options) {
      const { design, history, selection } = get();
      const next = update(design);
      if (next === design) return;
      const at = now();
      const merge = options?.coalesce !== undefined && lastCoalesce?.key === options.coalesce && at - lastCoalesce.at < COALESCE_MS && history.past.length > 0;
      lastCoalesce = options?.coalesce === undefined ? undefined : { key: options.coalesce, at };
      set({ design: next, history: merge ? { past: history.past, future: [] } : pushHistory(history, design), selection: pruneSelection(selection, next) });
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
        selection: pruneSelection(selection, previous),
      });
    },

    redo() {
      const { design, history, selection } = get();
      const next = history.future[0];
      if (!next) return;
      set({
        design: next,
        history: { past: [...history.past, design], future: history.future.slice(1) },
        selection: pruneSelection(selection, next),
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
  }));
}

/** Drops selected ids that no longer exist (after undo, delete, load). */
function pruneSelection(selection: Selection, design: Design): Selection {
  if (selection.nodes.length === 0 && selection.connections.length === 0) return selection;
  const nodeIds = new Set(design.nodes.map((n) => n.id));
  const connectionIds = new Set(design.connections.map((c) => c.id));
  const nodes = selection.nodes.filter((id) => nodeIds.has(id));
  const connections = selection.connections.filter((id) => connectionIds.has(id));
  return nodes.length === selection.nodes.length && connections.length === selection.connections.length ? selection : { nodes, connections };
}

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
