import { autocompletion, closeCompletion, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, EditorState, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, highlightActiveLine, hoverTooltip, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { completionsAt, hoverAt, type JsonSchema } from '@/lib/design/schema-hints';
import { textChanges } from '@/lib/design/minimal-change';
import { indexYamlText, type YamlTextIndex } from '@/lib/design/yaml-text-index';

/**
 * The Code panel's editor: CodeMirror 6 with YAML, schema completion and
 * hover docs, diagnostics, and a highlight for revealed lines. No React and
 * no store here: the panel (code-panel.tsx) says what to show and hears what
 * the person did. Tab is left to move the focus (no keyboard trap); YAML is
 * indented with spaces and Enter keeps the indentation.
 */

export interface CodeEditorEvents {
  /** The person changed the text (not setText). */
  onEdit(): void;
  /** The person moved the cursor to `offset`. */
  onCursor(offset: number): void;
  /** Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (or Y): the studio's own undo, so code and canvas share one history. */
  onUndo(): void;
  onRedo(): void;
}

export interface CodeEditor {
  readonly view: EditorView;
  text(): string;
  /** The text's index, parsed once per version of the text. */
  index(): YamlTextIndex;
  /** Replaces the text by changing only what differs, so the cursor and the scroll stay where they are. */
  setText(text: string): void;
  setProblems(diagnostics: Diagnostic[]): void;
  /** Highlights lines `from`–`to` (offsets), scrolling them into view when asked; null clears. */
  reveal(range: { from: number; to: number } | null, scroll: boolean): void;
  destroy(): void;
}

const fromDesign = Annotation.define<boolean>();
const setRevealed = StateEffect.define<{ from: number; to: number } | null>();

const revealedLines = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(lines, tr) {
    let next = lines.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setRevealed)) continue;
      if (!effect.value) next = Decoration.none;
      else {
        const { from, to } = effect.value;
        const marks = [];
        for (let pos = tr.state.doc.lineAt(from).from; pos <= to && pos <= tr.state.doc.length;) {
          const line = tr.state.doc.lineAt(pos);
          marks.push(Decoration.line({ class: 'cm-revealed' }).range(line.from));
          pos = line.to + 1;
        }
        next = Decoration.set(marks);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Colours from the studio's theme variables, so both themes keep readable contrast.
const highlight = HighlightStyle.define([
  { tag: [tags.definition(tags.propertyName), tags.propertyName], color: 'var(--accent)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--edge-consume)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--text)' },
  { tag: [tags.comment, tags.meta], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.punctuation, tags.separator], color: 'var(--muted)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '12.5px', backgroundColor: 'var(--panel)', color: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--panel-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 6%, transparent)' },
  '.cm-revealed': { backgroundColor: 'color-mix(in srgb, var(--accent) 16%, transparent)' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '-2px' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--text)', border: '1px solid var(--border)', maxWidth: '360px' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--on-accent)' },
  '.cm-completionDetail': { color: 'inherit', opacity: '0.85' },
  '.cm-schema-hover': { padding: '6px 8px', fontSize: '12px', lineHeight: '1.45' },
  '.cm-schema-hover strong': { fontFamily: 'ui-monospace, monospace' },
});

export function createCodeEditor(parent: HTMLElement, doc: string, schema: JsonSchema, events: CodeEditorEvents): CodeEditor {
  const indexes = new WeakMap<Text, YamlTextIndex>();
  const indexOf = (text: Text): YamlTextIndex => {
    let found = indexes.get(text);
    if (!found) indexes.set(text, (found = indexYamlText(text.toString())));
    return found;
  };

  const view = new EditorView({ parent, state: EditorState.create({ doc, extensions: editorExtensions(schema, events, indexOf) }) });

  return {
    view,
    text: () => view.state.doc.toString(),
    index: () => indexOf(view.state.doc),
    setText(text) {
      const changes = textChanges(view.state.doc.toString(), text);
      if (changes.length > 0) view.dispatch({ changes, annotations: fromDesign.of(true) });
    },
    setProblems(diagnostics) {
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    reveal(range, scroll) {
      const clamped = range && { from: Math.min(range.from, view.state.doc.length), to: Math.min(range.to, view.state.doc.length) };
      view.dispatch({ effects: [setRevealed.of(clamped), ...(clamped && scroll ? [EditorView.scrollIntoView(clamped.from, { y: 'start', yMargin: 24 })] : [])] });
    },
    destroy() {
      closeCompletion(view);
      view.destroy();
    },
  };
}

/** Everything the editor is: YAML, schema completion and hover, diagnostics, the revealed lines, and the studio's undo. */
function editorExtensions(schema: JsonSchema, events: CodeEditorEvents, indexOf: (text: Text) => YamlTextIndex): Extension[] {
  const complete = (context: CompletionContext): CompletionResult | null => {
    const found = completionsAt(schema, context.state.doc.toString(), context.pos, indexOf(context.state.doc));
    if (!found || found.options.length === 0) return null;
    return { from: found.from, options: found.options.map((o) => ({ label: o.label, apply: o.apply, type: o.type, detail: o.detail, info: o.info })), validFor: /^[\w.-]*$/ };
  };

  const hover = hoverTooltip((view, pos) => {
    const found = hoverAt(schema, pos, indexOf(view.state.doc));
    if (!found) return null;
    return {
      pos: found.from,
      end: found.to,
      create() {
        const dom = document.createElement('div');
        dom.className = 'cm-schema-hover';
        const title = dom.appendChild(document.createElement('strong'));
        title.textContent = found.title;
        if (found.text) dom.appendChild(document.createElement('div')).textContent = found.text;
        return { dom };
      },
    };
  });

  const studioHistory = keymap.of([
    { key: 'Mod-z', run: () => (events.onUndo(), true), preventDefault: true },
    { key: 'Mod-Shift-z', run: () => (events.onRedo(), true), preventDefault: true },
    { key: 'Mod-y', run: () => (events.onRedo(), true), preventDefault: true },
  ]);

  const listener = EditorView.updateListener.of((update) => {
    const byPerson = !update.transactions.some((tr) => tr.annotation(fromDesign));
    if (update.docChanged && byPerson) events.onEdit();
    // Clicks and arrow keys, not typing: the node being typed in is already the one the cursor is in.
    if (byPerson && update.selectionSet && !update.docChanged && update.view.hasFocus) events.onCursor(update.state.selection.main.head);
  });

  return [
    lineNumbers(),
    lintGutter(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    EditorState.tabSize.of(2),
    yaml(),
    syntaxHighlighting(highlight),
    autocompletion({ override: [complete] }),
    hover,
    revealedLines,
    studioHistory,
    keymap.of([...completionKeymap, ...defaultKeymap]),
    listener,
    theme,
    EditorView.contentAttributes.of({ 'aria-label': 'Design as YAML', 'data-testid': 'code.editor' }),
  ];
}
