import { writeDesignYaml } from '../design/write-design-yaml';
import type { Exporter } from './exporter';
import { fileBaseName } from './file-name';

export const designYamlExporter: Exporter = {
  id: 'design-yaml',
  label: 'Design file (YAML)',
  description: 'The Queuewright design file in YAML, pleasant to edit by hand.',
  language: 'yaml',
  export: (design) => ({ ok: true, files: [{ path: `${fileBaseName(design)}.queuewright.yaml`, content: writeDesignYaml(design) }] }),
};
