'use client';

import type { Diagnostic } from '@codemirror/lint';
import { useEffect, useMemo, useRef, useSyncExternalStore, type RefObject } from 'react';
import type { PlacedProblem } from '@/lib/design/design-text-problems';
import type { ElementRef } from '@/lib/design/yaml-text-index';
import type { StudioStore } from '@/lib/store/studio-store';
import type { ReviewedFinding } from '../studio/reviewed';
import type { CodeEditor } from './code-editor';
import { useCodeSync, type SyncState } from './use-code-sync';

/**
 * The design as YAML beside the canvas, both ways. The text is the saved
 * form (writeDesignYaml: only what differs from defaults). A design change
 * from anywhere re-writes it, changing only the lines that differ; a pause in
 * typing reads the text through the restore step (readDesign) and, if it is
 * a valid design, replaces the design as one undo step. Text that is not a
 * valid design, or has keys the design does not know, never touches the
 * design: its problems show at their lines and in a list. Loaded only when
 * opened (studio.tsx), with CodeMirror.
 */
export function CodePanel({ store, findings, onClose }: { store: StudioStore; findings: readonly ReviewedFinding[]; onClose(): void }) {
  const host = useRef<HTMLDivElement>(null);
  const { editor, problems, sync, written, fromCursor } = useCodeSync(store, host);

  useFitWhenShownAndHidden(store);
  useFindingDiagnostics(editor, sync, problems, written, findings);
  useRevealSelection(store, editor, written, fromCursor);

  const jump = (problem: PlacedProblem) => {
    if (!editor) return;
    editor.view.dispatch({ selection: { anchor: Math.min(problem.from, editor.view.state.doc.length) }, scrollIntoView: true });
    editor.view.focus();
  };

  return (
    <section aria-label="Code" data-testid="code-panel" data-sync={sync} className="flex w-[clamp(340px,30vw,600px)] shrink-0 flex-col border-l border-[var(--border)] bg-[var(--panel)]">
      <div className="flex h-9 shrink-0 items-center gap-2 border-b border-[var(--border)] px-3">
        <h2 className="text-[13px] font-semibold">Code</h2>
        <span role="status" data-testid="code.status" className="truncate text-[12px]" style={{ color: sync === 'invalid' ? 'var(--error)' : 'var(--muted)' }}>
          {sync === 'invalid' ? `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}: the design is unchanged` : sync === 'editing' ? 'Editing…' : 'YAML, in sync with the canvas'}
        </span>
        <button
          type="button"
          aria-label="Close code"
          title="Close the Code panel"
          data-testid="code.close"
          onClick={onClose}
          className="ml-auto px-1 text-[16px] text-[var(--muted)] hover:text-[var(--text)]"
        >
          ×
        </button>
      </div>
      <div ref={host} className="min-h-0 flex-1 overflow-hidden" />
      {problems.length > 0 && (
        <ul aria-label="Problems in the code" data-testid="code.problems" className="max-h-[30%] shrink-0 overflow-auto border-t border-[var(--border)] text-[12px]">
          {problems.map((problem, i) => (
            <li key={i}>
              <button type="button" data-testid="code.problem" className="w-full px-3 py-1 text-left hover:bg-[var(--panel-2)]" onClick={() => jump(problem)}>
                <span className="font-semibold" style={{ color: 'var(--error)' }}>
                  Line {problem.line}
                </span>{' '}
                {problem.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The panel takes a third of the canvas when it opens and gives it back when
 * it closes: the design is fitted to the new canvas once React Flow has
 * measured it (the next frame), so no node is left hidden under the panel.
 */
function useFitWhenShownAndHidden(store: StudioStore) {
  useEffect(() => {
    const fit = () => requestAnimationFrame(() => store.getState().requestFit());
    const frame = fit();
    return () => {
      cancelAnimationFrame(frame);
      fit();
    };
  }, [store]);
}

/** Errors of the text while it is invalid; else the review's findings at their node's or connection's first line. */
function useFindingDiagnostics(editor: CodeEditor | null, sync: SyncState, problems: PlacedProblem[], written: number, findings: readonly ReviewedFinding[]) {
  useEffect(() => {
    if (!editor || sync === 'editing') return;
    const diagnostics: Diagnostic[] =
      sync === 'invalid' ? problems.map((p) => ({ from: p.from, to: p.to, severity: 'error', message: p.message, source: p.code })) : findingDiagnostics(editor, findings);
    editor.setProblems(diagnostics);
  }, [editor, sync, problems, findings, written]);
}

function findingDiagnostics(editor: CodeEditor, findings: readonly ReviewedFinding[]): Diagnostic[] {
  const index = editor.index();
  const doc = editor.view.state.doc;
  return findings.flatMap((finding): Diagnostic[] => {
    if (finding.accepted || finding.target.type === 'design') return [];
    const range = index.elementRange({ type: finding.target.type, id: finding.target.id } as ElementRef);
    if (!range) return [];
    const line = doc.line(range.line);
    return [{ from: range.from, to: Math.max(range.from, line.to), severity: finding.severity, message: finding.message, source: finding.ruleId }];
  });
}

/**
 * Selecting a node or connection (on the canvas, or by clicking a finding)
 * scrolls its lines into view and highlights them. A selection the cursor
 * made only highlights: the text stays where the person is typing.
 */
function useRevealSelection(store: StudioStore, editor: CodeEditor | null, written: number, fromCursorRef: RefObject<boolean>) {
  const selection = useSyncExternalStore(store.subscribe, () => store.getState().selection);
  const target = useMemo((): ElementRef | undefined => {
    if (selection.nodes.length > 0) return { type: 'node', id: selection.nodes[0] };
    if (selection.connections.length > 0) return { type: 'connection', id: selection.connections[0] };
    return undefined;
  }, [selection]);
  const shown = useRef<ElementRef | undefined>(undefined);
  useEffect(() => {
    if (!editor) return;
    const range = target && editor.index().elementRange(target);
    const moved = target?.id !== shown.current?.id || target?.type !== shown.current?.type;
    editor.reveal(range ?? null, moved && !fromCursorRef.current);
    shown.current = target;
    fromCursorRef.current = false;
  }, [editor, target, written, fromCursorRef]);
}
