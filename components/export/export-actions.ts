'use client';

import type { Design } from '@/lib/design';
import type { ExportFile } from '@/lib/exporters';
import { fileBaseName } from '@/lib/exporters/file-name';
import { download } from '../ui/download';
import { diagramPng, downloadDiagramPng } from '../share/diagram-download';
import type { useToasts } from '../ui/toasts';
import { PNG_ID, type ExportFormat } from './export-formats';

type Toasts = ReturnType<typeof useToasts>;

/** Downloads the format's files: the PNG drawn from the design, one file as itself, several as a zip. */
export async function downloadExport(design: Design, format: ExportFormat, files: ExportFile[], isImage: boolean, toasts: Toasts) {
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
  const name = `${fileBaseName(design)}-${format.exporter.id}.zip`;
  download(name, new Blob([zip as BlobPart], { type: 'application/zip' }));
  toasts.push('success', `Downloaded ${name} (${files.length} files)`);
}

/** Copies the file on screen (the PNG as a picture, an SVG as its source), or says the browser would not. */
export async function copyExport(design: Design, format: ExportFormat, file: ExportFile | undefined, isImage: boolean, toasts: Toasts) {
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
