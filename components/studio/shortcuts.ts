'use client';

import { useEffect, useRef } from 'react';
import { extractFragment, insertFragment, removeElements, type Fragment } from '@/lib/design';
import type { StudioStore } from '@/lib/store/studio-store';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/**
 * Keyboard shortcuts: undo/redo, copy/paste/duplicate, select all, save, open.
 * Delete is React Flow's (Backspace/Delete on the canvas).
 */
export function useShortcuts(store: StudioStore, actions: { save(): void; open(): void; layout(): void }, enabled: boolean) {
  const clipboard = useRef<Fragment | null>(null);
  const pasteCount = useRef(0);
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target)) return;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key.toLowerCase();
      const state = store.getState();
      const paste = (fragment: Fragment) => {
        pasteCount.current += 1;
        let ids: string[] = [];
        state.change((d) => {
          const result = insertFragment(d, fragment, { x: 32 * pasteCount.current, y: 32 * pasteCount.current });
          ids = result.ids;
          return result.design;
        });
        store.getState().select({ nodes: ids, connections: [] });
      };
      if (mod && key === 'z' && !event.shiftKey) state.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) state.redo();
      else if (mod && key === 'c' && state.selection.nodes.length > 0) {
        clipboard.current = extractFragment(state.design, state.selection.nodes);
        pasteCount.current = 0;
      } else if (mod && key === 'x' && state.selection.nodes.length > 0) {
        clipboard.current = extractFragment(state.design, state.selection.nodes);
        pasteCount.current = 0;
        state.change((d) => removeElements(d, { nodes: state.selection.nodes }));
      } else if (mod && key === 'v' && clipboard.current) paste(clipboard.current);
      else if (mod && key === 'd' && state.selection.nodes.length > 0) {
        pasteCount.current = 0;
        paste(extractFragment(state.design, state.selection.nodes));
      } else if (mod && key === 'a') state.select({ nodes: state.design.nodes.map((n) => n.id), connections: state.design.connections.map((c) => c.id) });
      else if (mod && key === 's') actionsRef.current.save();
      else if (mod && key === 'o') actionsRef.current.open();
      else if (event.shiftKey && event.altKey && key === 'l') actionsRef.current.layout();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, enabled]);
}
