/**
 * Every keyboard shortcut of the studio, as the `?` sheet lists them.
 * `shortcuts.ts` handles them; a key added there is added here. On a Mac,
 * Ctrl is ⌘ (both work).
 */
export interface Shortcut {
  keys: string[];
  does: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Edit',
    shortcuts: [
      { keys: ['Ctrl', 'Z'], does: 'Undo' },
      { keys: ['Ctrl', 'Shift', 'Z'], does: 'Redo (also Ctrl+Y)' },
      { keys: ['Ctrl', 'A'], does: 'Select everything' },
      { keys: ['Delete'], does: 'Delete the selection (also Backspace)' },
      { keys: ['Ctrl', 'C'], does: 'Copy the selection to the clipboard, as a design' },
      { keys: ['Ctrl', 'X'], does: 'Cut the selection' },
      { keys: ['Ctrl', 'V'], does: 'Paste nodes, or a design in YAML or JSON, into free space' },
      { keys: ['Ctrl', 'D'], does: 'Duplicate the selection' },
      { keys: ['F2'], does: 'Rename the selected node (or double-click it)' },
      { keys: ['←', '↑', '→', '↓'], does: 'Nudge the selected nodes (Shift: a bigger step)' },
      { keys: ['Esc'], does: 'Clear the selection' },
    ],
  },
  {
    title: 'View',
    shortcuts: [
      { keys: ['Scroll'], does: 'Pan (Shift+scroll: sideways; drag the background too)' },
      { keys: ['Ctrl', 'Scroll'], does: 'Zoom (or pinch)' },
      { keys: ['+'], does: 'Zoom in' },
      { keys: ['−'], does: 'Zoom out' },
      { keys: ['Shift', '1'], does: 'Fit the whole design in view' },
      { keys: ['Shift', 'Alt', 'L'], does: 'Lay out left to right' },
    ],
  },
  {
    title: 'File',
    shortcuts: [
      { keys: ['Ctrl', 'S'], does: 'Save to the file you chose (asks once; where the browser cannot, your work stays saved in the browser)' },
      { keys: ['Ctrl', 'Shift', 'S'], does: 'Save as: download a copy' },
      { keys: ['Ctrl', 'O'], does: 'Open a design or import a file' },
      { keys: ['?'], does: 'Show these shortcuts' },
    ],
  },
];
