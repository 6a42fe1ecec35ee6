'use client';

import { useEffect, useMemo, useState } from 'react';
import { EXPORTERS, type ExportFile, type Exporter } from '@/lib/exporters';
import { fileBaseName } from '@/lib/exporters/file-name';
import { download } from '../ui/download';
import { diagramPng, downloadDiagramPng } from '../share/diagram-download';
import { useStudio } from '../studio/store-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { applicableFormats } from './applicable-formats';
import { highlight } from './highlight';

/** The PNG is the SVG diagram drawn by the browser: a format of this dialog, not an exporter (lib has no canvas). */
const PNG_ID = 'diagram-png';
const SVG_ID = 'diagram-svg';

interface Format {
  id: string;
  label: string;
  description: string;
  exporter: Exporter;
}

/** The formats to list: those that apply to the design's brokers, with the PNG beside the SVG. */
function formatsFor(design: Parameters<typeof applicableFormats>[1]): Format[] {
  return applicableFormats(EXPORTERS, design).flatMap((e) =>
    e.id === SVG_ID
      ? [
          { id: e.id, label: e.label, description: e.description, exporter: e },
          { id: PNG_ID, label: 'Diagram (PNG)', description: 'The diagram as a picture, at twice its size: for slides, tickets and chat.', exporter: e },
        ]
      : [{ id: e.id, label: e.label, description: e.description, exporter: e }],
  );
}

/** An object URL for a blob, revoked when it changes or the dialog closes. */
function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    // An object URL is a browser resource that must be revoked: made and revoked here, with the blob, it is an
    // external system the effect synchronises with (a URL made during render would leak under Strict Mode).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    if (!blob) return setUrl(undefined);
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}

/**
 * Pick a format, preview its files (text highlighted, diagrams as pictures),
 * copy or download them (a zip when there are several). Only formats for the
 * brokers in the design are listed. The preview scrolls inside a bounded
 * height, so Copy and Download stay in view.
 */
export function ExportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const design = useStudio((s) => s.design);
  const toasts = useToasts();
  const formats = useMemo(() => formatsFor(design), [design]);
  const [formatId, setFormatId] = useState('asyncapi');
  const [fileIndex, setFileIndex] = useState(0);
  const format = formats.find((f) => f.id === formatId) ?? formats[0];
  const exporter = format.exporter;
  const isImage = format.id === SVG_ID || format.id === PNG_ID;
  const result = useMemo(() => (open ? exporter.export(design) : undefined), [open, exporter, design]);
  const files: ExportFile[] = result?.ok ? result.files : [];
  const file = files[Math.min(fileIndex, files.length - 1)];
  const svgBlob = useMemo(() => (isImage && file ? new Blob([file.content], { type: 'image/svg+xml' }) : undefined), [isImage, file]);
  const imageUrl = useObjectUrl(svgBlob);

  async function downloadAll() {
    if (format.id === PNG_ID) {
      try {
        toasts.push('success', `Downloaded ${await downloadDiagramPng(design)}`);
      } catch (error) {
        toasts.push('error', (error as Error).message);
      }
      return;
    }
    if (files.length === 1) {
      download(files[0].path.split('/').pop()!, files[0].content, isImage ? 'image/svg+xml' : 'text/plain');
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
      if (format.id === PNG_ID) {
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': diagramPng(design) })]);
        toasts.push('success', 'Copied the diagram as a PNG picture');
      } else {
        await navigator.clipboard.writeText(file.content);
        toasts.push('success', isImage ? `Copied the SVG source of ${file.path}` : `Copied ${file.path}`);
      }
    } catch {
      toasts.push('error', 'The browser did not allow copying; use Download instead.');
    }
  }

  return (
    <Dialog open={open} title="Export" onClose={onClose} testId="export-dialog" wide>
      <div className="flex h-[min(600px,calc(85vh-88px))] min-h-[260px] gap-4">
        <div className="flex w-[230px] shrink-0 flex-col">
          <ul className="min-h-0 flex-1 space-y-0.5 overflow-y-auto" aria-label="Format" data-testid="export.formats">
            {formats.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  aria-pressed={f.id === format.id}
                  data-testid={`export.format.${f.id}`}
                  onClick={() => {
                    setFormatId(f.id);
                    setFileIndex(0);
                  }}
                  className={`w-full rounded-md px-2 py-1 text-left text-[13px] ${f.id === format.id ? 'bg-[var(--accent)] text-[var(--on-accent)]' : 'hover:bg-[var(--panel-2)]'}`}
                >
                  {f.label}
                </button>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-[11.5px] text-[var(--muted)]" data-testid="export.filtered-note">
            Formats for the brokers in this design.
          </p>
        </div>
        <div className="flex min-h-0 min-w-0 flex-1 flex-col">
          <p className="mb-2 text-[12.5px] text-[var(--muted)]">{format.description}</p>
          {result && !result.ok && (
            <div role="alert" data-testid="export.errors" className="min-h-0 overflow-auto rounded-md border border-[var(--error)] p-2 text-[13px]">
              <p className="font-medium">This design cannot be exported as {format.label} yet:</p>
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
            <div className="mb-1 flex max-h-[72px] flex-wrap gap-1 overflow-y-auto" role="tablist" aria-label="Files">
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
          {file && isImage && (
            <div data-testid="export.preview" data-kind="image" tabIndex={0} aria-label="Preview of the diagram" className="min-h-0 flex-1 overflow-auto rounded-md border border-[var(--border)] bg-white p-2">
              {imageUrl && (
                // A blob URL of the SVG the exporter wrote, drawn by the browser as the PNG will be (next/image cannot load a blob: URL).
                // eslint-disable-next-line @next/next/no-img-element -- see above
                <img src={imageUrl} alt={`Diagram of ${design.name}`} data-testid="export.preview-image" className="mx-auto h-auto max-w-full" />
              )}
            </div>
          )}
          {file && !isImage && (
            <pre data-testid="export.preview" data-kind="text" tabIndex={0} aria-label={`Preview of ${file.path}`} className="min-h-0 flex-1 overflow-auto rounded-md border border-[var(--border)] bg-[var(--panel-2)] p-2 text-[12px] leading-[1.45]">
              {highlight(file.content, exporter.language)}
            </pre>
          )}
          <div className="mt-3 flex shrink-0 justify-end gap-2" data-testid="export.actions">
            <Button onClick={copy} disabled={!file} data-testid="export.copy">
              {format.id === PNG_ID ? 'Copy picture' : 'Copy'}
            </Button>
            <Button variant="primary" onClick={downloadAll} disabled={files.length === 0} data-testid="export.download">
              {files.length > 1 ? `Download ${files.length} files (.zip)` : format.id === PNG_ID ? 'Download PNG' : 'Download'}
            </Button>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
