'use client';

import { useEffect, useMemo, useState } from 'react';
import type { ExportFile } from '@/lib/exporters';
import { useStudio } from '../studio/store-context';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { useToasts } from '../ui/toasts';
import { copyExport, downloadExport } from './export-actions';
import { formatsFor, PNG_ID, SVG_ID, type ExportFormat } from './export-formats';
import { ExportPreview } from './export-preview';

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

  return (
    <Dialog open={open} title="Export" onClose={onClose} testId="export-dialog" wide>
      <div className="flex h-[min(600px,calc(85vh-88px))] min-h-[260px] gap-4">
        <FormatList
          formats={formats}
          selected={format.id}
          onPick={(id) => {
            setFormatId(id);
            setFileIndex(0);
          }}
        />
        <div className="flex min-h-0 min-w-0 flex-1 flex-col">
          <p className="mb-2 text-[12.5px] text-[var(--muted)]">{format.description}</p>
          <ExportPreview
            result={result}
            formatLabel={format.label}
            files={files}
            file={file}
            onPickFile={setFileIndex}
            isImage={isImage}
            imageUrl={imageUrl}
            designName={design.name}
            language={exporter.language}
          />
          <div className="mt-3 flex shrink-0 justify-end gap-2" data-testid="export.actions">
            <Button onClick={() => copyExport(design, format, file, isImage, toasts)} disabled={!file} data-testid="export.copy">
              {format.id === PNG_ID ? 'Copy picture' : 'Copy'}
            </Button>
            <Button variant="primary" onClick={() => downloadExport(design, format, files, isImage, toasts)} disabled={files.length === 0} data-testid="export.download">
              {files.length > 1 ? `Download ${files.length} files (.zip)` : format.id === PNG_ID ? 'Download PNG' : 'Download'}
            </Button>
          </div>
        </div>
      </div>
    </Dialog>
  );
}

/** The formats for the design's brokers, the chosen one pressed. */
function FormatList({ formats, selected, onPick }: { formats: ExportFormat[]; selected: string; onPick(id: string): void }) {
  return (
    <div className="flex w-[230px] shrink-0 flex-col">
      <ul className="min-h-0 flex-1 space-y-0.5 overflow-y-auto" aria-label="Format" data-testid="export.formats">
        {formats.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              aria-pressed={f.id === selected}
              data-testid={`export.format.${f.id}`}
              onClick={() => onPick(f.id)}
              className={`w-full rounded-md px-2 py-1 text-left text-[13px] ${f.id === selected ? 'bg-[var(--accent)] text-[var(--on-accent)]' : 'hover:bg-[var(--panel-2)]'}`}
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
  );
}
