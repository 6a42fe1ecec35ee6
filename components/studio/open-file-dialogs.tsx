'use client';

import { isBlankDesign, type Design } from '@/lib/design';
import type { ImportError, ImportNote } from '@/lib/importers';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { ImportReport } from './import-report';
import { useStudioStore } from './store-context';

/** A file read, waiting for the user to say it replaces the current design. */
export interface PendingOpen {
  fileName: string;
  design: Design;
  report: ImportNote[];
}

/** A file that could not be read, and why. */
export interface OpenFailure {
  fileName: string;
  errors: ImportError[];
}

/** What is wrong with a file that could not be opened, and where; nothing was changed. */
export function OpenErrorDialog({ failure, onClose }: { failure: OpenFailure | null; onClose(): void }) {
  return (
    <Dialog open={failure !== null} title={`Could not open ${failure?.fileName ?? ''}`} onClose={onClose} testId="open-error">
      <p className="mb-2 text-[13px]">Nothing was changed: your current design is as it was.</p>
      <ul className="space-y-1.5">
        {failure?.errors.map((e, i) => (
          <li key={i} data-testid="open-error.item" className="rounded border border-[var(--border)] bg-[var(--panel-2)] px-2 py-1 font-mono text-[12px]">
            {'code' in e && typeof e.code === 'string' ? `${e.code} ` : ''}
            {e.line !== undefined ? `line ${e.line}${e.column !== undefined ? `:${e.column}` : ''} · ` : ''}
            {e.path && !e.message.includes(e.path) ? `${e.path}: ` : ''}
            {e.message}
          </li>
        ))}
      </ul>
      <div className="mt-3 flex justify-end">
        <Button variant="primary" onClick={onClose}>
          OK
        </Button>
      </div>
    </Dialog>
  );
}

/** A read file shown first, with its import report; it replaces the current design only when the user says so. */
export function OpenConfirmDialog({ pending, onClose }: { pending: PendingOpen | null; onClose(): void }) {
  const store = useStudioStore();
  const toasts = useToasts();
  return (
    <Dialog open={pending !== null} title={`Open ${pending?.fileName ?? ''}?`} onClose={onClose} testId="open-confirm">
      <p className="text-[13px]">
        {pending?.design.nodes.length ?? 0} nodes and {pending?.design.connections.length ?? 0} connections.{' '}
        {!isBlankDesign(store.getState().design) && 'This replaces the current design (Undo brings it back).'}
      </p>
      {pending && <ImportReport notes={pending.report} testId="open-confirm.report" />}
      <div className="mt-4 flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="primary"
          data-testid="open-confirm.replace"
          onClick={() => {
            if (pending) {
              store.getState().load(pending.design);
              toasts.push('success', `Opened ${pending.fileName}`);
            }
            onClose();
          }}
        >
          {!isBlankDesign(store.getState().design) ? 'Replace current design' : 'Open'}
        </Button>
      </div>
    </Dialog>
  );
}
