'use client';

import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { removeElements } from '@/lib/design';
import { writeFragmentText } from '@/lib/design/fragment-text';
import type { StudioStore } from '@/lib/store/studio-store';
import { allInView, visibleCentre } from '../canvas/view-geometry';
import { useToasts } from '../ui/toasts';
import { pasteFragment } from './paste-fragment';

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

/** Text the user has selected on the page (a finding's message, say): copying it is the browser's business. */
function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * Copy, cut and paste through the system clipboard, as the browser's own
 * clipboard events (Ctrl/⌘+C, X, V and the Edit menu), so they reach other
 * tabs and other programs. What is copied is a design document of the
 * selected nodes (lib/design/fragment-text.ts); what is pasted may be that,
 * or a design in YAML or JSON from a text editor. A paste lands in free
 * space at the centre of the view, with unique names, selected, as one undo
 * step; a paste too large for the view brings the whole design into view.
 */
export function useDesignClipboard(store: StudioStore, enabled: boolean) {
  const flow = useReactFlow();
  const toasts = useToasts();
  useEffect(() => {
    if (!enabled) return;
    // The reader (and its YAML parser) is loaded on the first paste, not with the studio.
    const reader = () => import('@/lib/design/read-fragment-text');

    function copy(event: ClipboardEvent, cut: boolean) {
      if (inTextField(event.target) || hasTextSelection() || !event.clipboardData) return;
      const { design, selection } = store.getState();
      if (selection.nodes.length === 0) return;
      event.clipboardData.setData('text/plain', writeFragmentText(design, selection.nodes));
      event.preventDefault();
      if (cut) store.getState().change((d) => removeElements(d, { nodes: selection.nodes, connections: selection.connections }));
      toasts.push('success', `${cut ? 'Cut' : 'Copied'} ${selection.nodes.length} node${selection.nodes.length === 1 ? '' : 's'}: paste here, in another tab, or in a text editor`);
    }
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    function onPaste(event: ClipboardEvent) {
      if (inTextField(event.target) || (event.target as HTMLElement | null)?.closest?.('dialog, [role="dialog"]')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      const wanted = visibleCentre(flow);
      void reader().then(async ({ readFragmentText }) => {
        const read = readFragmentText(text);
        if (!read.ok) {
          toasts.push('error', read.message);
          return;
        }
        const boxes = await pasteFragment(store, read.fragment, wanted);
        if (!allInView(flow, boxes)) store.getState().requestFit();
      });
    }
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, enabled, flow, toasts]);
}
