import type { ImportNote } from '@/lib/importers';

/** What an import could not represent, each note at its place in the source file. Nothing when all of it was. */
export function ImportReport({ notes, testId }: { notes: readonly ImportNote[]; testId: string }) {
  if (notes.length === 0) return null;
  return (
    <div className="mt-3">
      <h3 className="text-[12px] font-semibold">Import report: what could not be represented</h3>
      <ul data-testid={testId} className="mt-1 max-h-[240px] space-y-1 overflow-auto text-[12px]">
        {notes.map((note, i) => (
          <li key={i}>
            {note.path !== '' && <code className="rounded bg-[var(--panel-2)] px-1">{note.path}</code>} {note.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
