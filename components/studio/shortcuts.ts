'use client';

import { useReactFlow } from '@xyflow/react';
import { useEffect, useEffectEvent } from 'react';
import { extractFragment, moveNodes, removeElements } from '@/lib/design';
import { shownPositions } from '@/lib/layout/on-demand';
import type { StudioStore } from '@/lib/store/studio-store';
import { allInView } from '../canvas/view-geometry';
import { pasteFragment } from './paste-fragment';

/** One arrow press moves the selection one grid step; with Shift, five. */
const NUDGE = 16;
const NUDGE_LARGE = 80;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** Keys that act on the canvas act when nothing else has the focus, or the canvas has it. */
function onCanvas(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !el || el === document.body || el === document.documentElement || el.closest('[data-testid="canvas"]') !== null;
}

function inDialog(target: EventTarget | null): boolean {
  return (target as HTMLElement | null)?.closest?.('dialog, [role="dialog"], [role="alertdialog"]') != null;
}

export interface ShortcutActions {
  save(): void;
  saveAs(): void;
  open(): void;
  layout(): void;
  showShortcuts(): void;
}

/**
 * The studio's keyboard (shortcut-list.ts lists every key for the `?` sheet).
 * Copy, cut and paste are the browser's own clipboard events
 * (use-design-clipboard.ts), so they are left alone here. Every change is one
 * undo step; a burst of arrow presses is one.
 */
export function useShortcuts(store: StudioStore, actions: ShortcutActions, enabled: boolean) {
  // The latest actions, called from the listener without re-subscribing it on every render.
  const run = useEffectEvent((action: keyof ShortcutActions) => actions[action]());
  const flow = useReactFlow();
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const mod = event.metaKey || event.ctrlKey;
      const key = event.key.toLowerCase();
      const state = store.getState();
      const { nodes: selectedNodes, connections: selectedConnections } = state.selection;
      const canvas = onCanvas(event.target) && !inDialog(event.target);

      if (mod && key === 'z' && !event.shiftKey) state.undo();
      else if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) state.redo();
      else if (mod && key === 's') run(event.shiftKey ? 'saveAs' : 'save');
      else if (mod && key === 'o') run('open');
      else if (mod && key === 'a' && canvas) state.select({ nodes: state.design.nodes.map((n) => n.id), connections: state.design.connections.map((c) => c.id) });
      else if (mod && key === 'd' && selectedNodes.length > 0) {
        // Selected nodes are on the canvas, so they have a shown position.
        const positions = shownPositions(state.design) ?? {};
        const xs = selectedNodes.map((id) => positions[id]);
        const wanted = { x: Math.max(...xs.map((p) => p.x)) + 160, y: Math.max(...xs.map((p) => p.y)) + 80 };
        void pasteFragment(store, extractFragment(state.design, selectedNodes), wanted).then((boxes) => {
          if (!allInView(flow, boxes)) store.getState().requestFit();
        });
      } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace') && !inDialog(event.target) && (selectedNodes.length > 0 || selectedConnections.length > 0)) {
        state.change((d) => removeElements(d, { nodes: selectedNodes, connections: selectedConnections }));
      } else if (!mod && !event.altKey && canvas && event.key.startsWith('Arrow') && selectedNodes.length > 0) {
        const step = event.shiftKey ? NUDGE_LARGE : NUDGE;
        const dx = event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
        const dy = event.key === 'ArrowUp' ? -step : event.key === 'ArrowDown' ? step : 0;
        const positions = shownPositions(state.design) ?? {};
        const moved = Object.fromEntries(selectedNodes.map((id) => [id, { x: positions[id].x + dx, y: positions[id].y + dy }]));
        state.change((d) => moveNodes(d, moved), { coalesce: `nudge:${selectedNodes.join(',')}` });
        // React Flow would move a focused node too, in its own state only.
        event.stopPropagation();
      } else if (!mod && event.key === 'F2' && canvas && selectedNodes.length === 1) state.rename(selectedNodes[0]);
      else if (!mod && event.key === 'Escape' && canvas) state.select({ nodes: [], connections: [] });
      else if (!mod && canvas && (event.key === '+' || event.key === '=')) void flow.zoomIn({ duration: 0 });
      else if (!mod && canvas && (event.key === '-' || event.key === '_')) void flow.zoomOut({ duration: 0 });
      else if (!mod && canvas && event.shiftKey && event.code === 'Digit1') state.requestFit();
      else if (!mod && event.key === '?' && !inDialog(event.target)) run('showShortcuts');
      else if (event.shiftKey && event.altKey && key === 'l') run('layout');
      else return;
      event.preventDefault();
    }
    // Capture: the studio's keys are seen before React Flow's own handlers on a focused node.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [store, enabled, flow]);
}
