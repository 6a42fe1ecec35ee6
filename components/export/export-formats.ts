import type { Exporter } from '@/lib/exporters';
import { EXPORTERS } from '@/lib/families';
import { applicableFormats } from './applicable-formats';

/** The PNG is the SVG diagram drawn by the browser: a format of the export dialog, not an exporter (lib has no canvas). */
export const PNG_ID = 'diagram-png';
export const SVG_ID = 'diagram-svg';

export interface ExportFormat {
  id: string;
  label: string;
  description: string;
  exporter: Exporter;
}

/** The formats to list: those that apply to the design's brokers, with the PNG beside the SVG. */
export function formatsFor(design: Parameters<typeof applicableFormats>[1]): ExportFormat[] {
  return applicableFormats(EXPORTERS, design).flatMap((e) =>
    e.id === SVG_ID
      ? [
          { id: e.id, label: e.label, description: e.description, exporter: e },
          { id: PNG_ID, label: 'Diagram (PNG)', description: 'The diagram as a picture, at twice its size: for slides, tickets and chat.', exporter: e },
        ]
      : [{ id: e.id, label: e.label, description: e.description, exporter: e }],
  );
}
