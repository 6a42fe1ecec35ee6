import { writeDesignJson } from '../design';
import type { Exporter } from './exporter';
import { fileBaseName } from './file-name';

export const designJsonExporter: Exporter = {
  id: 'design-json',
  label: 'Design file (JSON)',
  description: 'The Queuewright design file: opens in the studio and lints with the CLI.',
  language: 'json',
  export: (design) => ({ ok: true, files: [{ path: `${fileBaseName(design)}.queuewright.json`, content: writeDesignJson(design) }] }),
};
