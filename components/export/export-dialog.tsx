'use client';

import { useMemo, useState } from 'react';
import { EXPORTERS, type ExportFile } from '@/lib/exporters';
import { fileBaseName } from '@/lib/exporters/file-name';
import { download } from '../ui/download';
import { useStudio } from '../studio/store-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { highlight } from './highlight';

/** Pick a format, preview its files with highlighting, copy or download them (a zip when there are several). */
export function ExportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const design = useStudio((s) => s.design);
  const toasts = useToasts();
  const [formatId, setFormatId] = useState(EXPORTERS.find((e) => e.id === 'asyncapi')?.id ?? EXPORTERS[0].id);
  const [fileIndex, setFileIndex] = useState(0);
  const exporter = EXPORTERS.find((e) => e.id === formatId) ?? EXPORTERS[0];
  const result = useMemo(() => (open ? exporter.export(design) : undefined), [open, exporter, design]);
  const files: ExportFile[] = result?.ok ? result.files : [];
  const file = files[Math.min(fileIndex, files.length - 1)];

  async function downloadAll() {
    if (files.length === 1) {
      download(files[0].path.split('/').pop()!, files[0].content, 'text/plain');
      toasts.push('success', `Downloaded ${files[0].path}`);
      return;
    }
    const { zipSync, strToU8 } = await import('fflate');
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)])));
    const name = `${fileBaseName(design)}-${exporter.id}.zip`;
    download(name, new Blob([zip as BlobPart], { type: 'application/zip' }));
    toasts.push('success', `Downloaded ${name} (${files.length} files)`);
  }

  async function copy() {
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file.content);
      toasts.push('success', `Copied ${file.path}`);
    } catch {
      toasts.push('error', 'The browser did not allow copying; use Download instead.');
    }
  }

  return (
    <Dialog open={open} title="Export" onClose={onClose} testId="export-dialog" wide>
      <div className="flex min-h-[420px] gap-4">
        <ul className="w-[230px] shrink-0 space-y-0.5" role="listbox" aria-label="Format">
          {EXPORTERS.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                role="option"
                aria-selected={e.id === exporter.id}
                data-testid={`export.format.${e.id}`}
                onClick={() => {
                  setFormatId(e.id);
                  setFileIndex(0);
                }}
                className={`w-full rounded-md px-2 py-1 text-left text-[13px] ${e.id === exporter.id ? 'bg-[var(--accent)] text-[var(--on-accent)]' : 'hover:bg-[var(--panel-2)]'}`}
              >
                {e.label}
              </button>
            </li>
          ))}
        </ul>
        <div className="flex min-w-0 flex-1 flex-col">
          <p className="mb-2 text-[12.5px] text-[var(--muted)]">{exporter.description}</p>
          {result && !result.ok && (
            <div role="alert" data-testid="export.errors" className="rounded-md border border-[var(--error)] p-2 text-[13px]">
              <p className="font-medium">This design cannot be exported as {exporter.label} yet:</p>
              <ul className="mt-1 list-disc pl-5">
                {result.errors.map((e, i) => (
                  <li key={i}>
                    {e.nodeId && <code className="mr-1">{e.nodeId}</code>}
                    {e.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {files.length > 1 && (
            <div className="mb-1 flex flex-wrap gap-1" role="tablist" aria-label="Files">
              {files.map((f, i) => (
                <button
                  key={f.path}
                  type="button"
                  role="tab"
                  aria-selected={f === file}
                  onClick={() => setFileIndex(i)}
                  className={`rounded px-1.5 py-0.5 font-mono text-[11.5px] ${f === file ? 'bg-[var(--panel-2)] font-semibold' : 'text-[var(--muted)]'}`}
                >
                  {f.path}
                </button>
              ))}
            </div>
          )}
          {file && (
            <pre data-testid="export.preview" className="min-h-0 flex-1 overflow-auto rounded-md border border-[var(--border)] bg-[var(--panel-2)] p-2 text-[12px] leading-[1.45]">
              {highlight(file.content, exporter.language)}
            </pre>
          )}
          <div className="mt-3 flex justify-end gap-2">
            <Button onClick={copy} disabled={!file} data-testid="export.copy">
              Copy
            </Button>
            <Button variant="primary" onClick={downloadAll} disabled={files.length === 0} data-testid="export.download">
              {files.length > 1 ? `Download ${files.length} files (.zip)` : 'Download'}
            </Button>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
