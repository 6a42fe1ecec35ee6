'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { deepEqual } from '@/lib/design/deep-equal';
import { placeDesignProblems, type PlacedProblem } from '@/lib/design/design-text-problems';
import { idsFollowEditedNames } from '@/lib/design/ids-follow-edited-names';
import { designJsonSchema } from '@/lib/design/json-schema';
import { readDesign } from '@/lib/design/read-design';
import type { JsonSchema } from '@/lib/design/schema-hints';
import { writeDesignYaml } from '@/lib/design/write-design-yaml';
import type { StudioStore } from '@/lib/store/studio-store';
import { createCodeEditor, type CodeEditor } from './code-editor';

/** A pause this long in typing applies the text to the design. */
export const APPLY_AFTER_MS = 400;

export type SyncState = 'in-sync' | 'editing' | 'invalid';

/**
 * The editor in `host`, kept in sync with the store both ways: a design change
 * from anywhere re-writes the text (only the lines that differ); a pause in
 * typing reads the text through the restore step and, if it is a valid design
 * with no unknown keys, replaces the design as one undo step.
 */
export function useCodeSync(store: StudioStore, host: RefObject<HTMLDivElement | null>) {
  const [editor, setEditor] = useState<CodeEditor | null>(null);
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  const [sync, setSync] = useState<SyncState>('in-sync');
  // Bumped whenever the design re-writes the text, so findings and the highlight are placed again.
  const [written, setWritten] = useState(0);
  const fromCursor = useRef(false);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    let rendered = { design: store.getState().design, text: writeDesignYaml(store.getState().design) };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const showProblems = (placed: PlacedProblem[]) => {
      setProblems(placed);
      setSync(placed.length > 0 ? 'invalid' : 'in-sync');
    };
    const apply = () => {
      const text = created.text();
      if (text === rendered.text) return showProblems([]);
      const result = readDesign(text, { format: 'yaml' });
      // Unknown keys (a typo) would be dropped from the design: they block like errors, so nothing typed is lost.
      const blocking = result.ok ? result.notices : result.errors;
      if (!result.ok || blocking.length > 0) return showProblems(placeDesignProblems(text, created.index(), blocking));
      showProblems([]);
      const current = store.getState().design;
      // A name edited without its id line: the id follows, as it does on the canvas (lib/design/ids-follow-edited-names.ts).
      if (!deepEqual(result.design, current)) store.getState().change(() => idsFollowEditedNames(current, result.design));
    };
    const created = createCodeEditor(parent, rendered.text, designJsonSchema() as JsonSchema, {
      onEdit() {
        clearTimeout(timer);
        setSync('editing');
        timer = setTimeout(apply, APPLY_AFTER_MS);
      },
      onCursor(offset) {
        const element = created.index().elementAt(offset);
        if (!element || element.type === 'cluster') return;
        const next = element.type === 'node' ? { nodes: [element.id], connections: [] } : { nodes: [], connections: [element.id] };
        const current = store.getState().selection;
        if (deepEqual(current, next)) return;
        fromCursor.current = true;
        store.getState().select(next);
      },
      onUndo() {
        clearTimeout(timer);
        // Typing not yet applied is undone first; then the studio's history, which code and canvas share.
        if (created.text() !== rendered.text) {
          created.setText(rendered.text);
          showProblems([]);
        } else store.getState().undo();
      },
      onRedo: () => store.getState().redo(),
    });
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.design === previous.design || state.design === rendered.design) return;
      clearTimeout(timer);
      rendered = { design: state.design, text: writeDesignYaml(state.design) };
      created.setText(rendered.text);
      showProblems([]);
      setWritten((n) => n + 1);
    });
    setEditor(created);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      created.destroy();
      setEditor(null);
    };
  }, [store, host]);

  return { editor, problems, sync, written, fromCursor };
}
