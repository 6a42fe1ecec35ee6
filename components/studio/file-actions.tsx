'use client';

import { useCallback, useState } from 'react';
import { decodeText } from '@/lib/design/decode-text';
import { MAX_INPUT_BYTES } from '@/lib/design/check-data';
import type { ImportError, ImportNote } from '@/lib/importers';
import { isBlankDesign, type Design } from '@/lib/design';
import { fileBaseName } from '@/lib/exporters/file-name';
import { download } from '../ui/download';
import { ImportReport } from './import-report';
import { useStudioStore } from './store-context';
import { Dialog } from '../ui/dialog';
import { Button } from '../ui/button';
import { useToasts } from '../ui/toasts';

interface Pending {
  fileName: string;
  design: Design;
  report: ImportNote[];
}

interface Failure {
  fileName: string;
  errors: ImportError[];
}

/**
 * Opening files (picker or drop) and saving the design. A file that cannot be
 * read shows what is wrong and where; one that can is shown first, with its
 * import report, and replaces the current design only when the user says so.
 */
export function useFileActions() {
  const store = useStudioStore();
  const toasts = useToasts();
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const openFiles = useCallback(
    async (files: FileList | File[]) => {
      const file = files[0];
      if (!file) return;
      if (file.size > MAX_INPUT_BYTES) {
        setFailure({ fileName: file.name, errors: [{ message: `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.` }] });
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        setFailure({ fileName: file.name, errors: [{ message: 'The file could not be read.' }] });
        return;
      }
      // UTF-16 files (Windows editors) are read as such; what is not text is refused with the reason.
      const decoded = decodeText(bytes);
      if (!decoded.ok) {
        setFailure({ fileName: file.name, errors: [{ message: decoded.message }] });
        return;
      }
      const text = decoded.text;
      // Importers (and their YAML parser) load when a file is opened, not with the studio.
      const { importText } = await import('@/lib/importers');
      const result = importText(text, file.name);
      if (!result.ok) {
        setFailure({ fileName: file.name, errors: result.errors });
        return;
      }
      const current = store.getState().design;
      if (isBlankDesign(current) && result.report.length === 0) {
        store.getState().load(result.design);
        toasts.push('success', `Opened ${file.name}`);
      } else {
        setPending({ fileName: file.name, design: result.design, report: result.report });
      }
    },
    [store, toasts],
  );

  const saveAs = useCallback(
    async (format: 'json' | 'yaml') => {
      const [{ writeDesignJson }, { writeDesignYaml }] = await Promise.all([import('@/lib/design/write-design'), import('@/lib/design/write-design-yaml')]);
      const design = store.getState().design;
      const name = `${fileBaseName(design)}.queuewright.${format}`;
      download(name, format === 'json' ? writeDesignJson(design) : writeDesignYaml(design), format === 'json' ? 'application/json' : 'application/yaml');
      toasts.push('success', `Downloaded ${name}`);
    },
    [store, toasts],
  );

  const dialogs = (
    <>
      <Dialog open={failure !== null} title={`Could not open ${failure?.fileName ?? ''}`} onClose={() => setFailure(null)} testId="open-error">
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
          <Button variant="primary" onClick={() => setFailure(null)}>
            OK
          </Button>
        </div>
      </Dialog>
      <Dialog open={pending !== null} title={`Open ${pending?.fileName ?? ''}?`} onClose={() => setPending(null)} testId="open-confirm">
        <p className="text-[13px]">
          {pending?.design.nodes.length ?? 0} nodes and {pending?.design.connections.length ?? 0} connections.{' '}
          {!isBlankDesign(store.getState().design) && 'This replaces the current design (Undo brings it back).'}
        </p>
        {pending && <ImportReport notes={pending.report} testId="open-confirm.report" />}
        <div className="mt-4 flex justify-end gap-2">
          <Button onClick={() => setPending(null)}>Cancel</Button>
          <Button
            variant="primary"
            data-testid="open-confirm.replace"
            onClick={() => {
              if (pending) {
                store.getState().load(pending.design);
                toasts.push('success', `Opened ${pending.fileName}`);
              }
              setPending(null);
            }}
          >
            {!isBlankDesign(store.getState().design) ? 'Replace current design' : 'Open'}
          </Button>
        </div>
      </Dialog>
    </>
  );

  return { openFiles, saveAs, dialogs };
}
