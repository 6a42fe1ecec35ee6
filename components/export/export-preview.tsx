'use client';

import type { Exporter, ExportError, ExportFile, ExportResult } from '@/lib/exporters';
import { highlight } from './highlight';

/**
 * What the export would write: the exporter's errors, a tab per file when there are several, and
 * the file on screen (a diagram as a picture from `imageUrl`, text highlighted).
 */
export function ExportPreview({
  result,
  formatLabel,
  files,
  file,
  onPickFile,
  isImage,
  imageUrl,
  designName,
  language,
}: {
  result: ExportResult | undefined;
  formatLabel: string;
  files: ExportFile[];
  file: ExportFile | undefined;
  onPickFile(index: number): void;
  isImage: boolean;
  imageUrl: string | undefined;
  designName: string;
  language: Exporter['language'];
}) {
  return (
    <>
      {result && !result.ok && <ExportErrors errors={result.errors} formatLabel={formatLabel} />}
      {files.length > 1 && <FileTabs files={files} file={file} onPickFile={onPickFile} />}
      {file && isImage && (
        <div
          data-testid="export.preview"
          data-kind="image"
          tabIndex={0}
          aria-label="Preview of the diagram"
          className="min-h-0 flex-1 overflow-auto rounded-md border border-[var(--border)] bg-white p-2"
        >
          {imageUrl && (
            // A blob URL of the SVG the exporter wrote, drawn by the browser as the PNG will be (next/image cannot load a blob: URL).
            // eslint-disable-next-line @next/next/no-img-element -- see above
            <img src={imageUrl} alt={`Diagram of ${designName}`} data-testid="export.preview-image" className="mx-auto h-auto max-w-full" />
          )}
        </div>
      )}
      {file && !isImage && (
        <pre
          data-testid="export.preview"
          data-kind="text"
          tabIndex={0}
          aria-label={`Preview of ${file.path}`}
          className="min-h-0 flex-1 overflow-auto rounded-md border border-[var(--border)] bg-[var(--panel-2)] p-2 text-[12px] leading-[1.45]"
        >
          {highlight(file.content, language)}
        </pre>
      )}
    </>
  );
}

/** Why the design cannot be exported in this format yet, one line per error (with its node). */
function ExportErrors({ errors, formatLabel }: { errors: ExportError[]; formatLabel: string }) {
  return (
    <div role="alert" data-testid="export.errors" className="min-h-0 overflow-auto rounded-md border border-[var(--error)] p-2 text-[13px]">
      <p className="font-medium">This design cannot be exported as {formatLabel} yet:</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e, i) => (
          <li key={i}>
            {e.nodeId && <code className="mr-1">{e.nodeId}</code>}
            {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A tab per file the export writes; the selected one is on screen. */
function FileTabs({ files, file, onPickFile }: { files: ExportFile[]; file: ExportFile | undefined; onPickFile(index: number): void }) {
  return (
    <div className="mb-1 flex max-h-[72px] flex-wrap gap-1 overflow-y-auto" role="tablist" aria-label="Files">
      {files.map((f, i) => (
        <button
          key={f.path}
          type="button"
          role="tab"
          aria-selected={f === file}
          onClick={() => onPickFile(i)}
          className={`rounded px-1.5 py-0.5 font-mono text-[11.5px] ${f === file ? 'bg-[var(--panel-2)] font-semibold' : 'text-[var(--muted)]'}`}
        >
          {f.path}
        </button>
      ))}
    </div>
  );
}
