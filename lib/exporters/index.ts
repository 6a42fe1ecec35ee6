import { designJsonExporter } from './design-json';
import { designYamlExporter } from './design-yaml';
import type { Exporter } from './exporter';

export type { Exporter, ExportFile, ExportResult, ExportError } from './exporter';

/** Every export format, in the order the export dialog lists them. */
export const EXPORTERS: readonly Exporter[] = [designJsonExporter, designYamlExporter];

export function exporterById(id: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.id === id);
}
