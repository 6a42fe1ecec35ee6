import { looksLikeDesignText, readDesign } from '../design';
import type { Importer } from './importer';

export const designFileImporter: Importer = {
  id: 'design',
  label: 'Queuewright design (JSON or YAML)',
  detect: (text) => looksLikeDesignText(text),
  import(text) {
    const result = readDesign(text);
    return result.ok ? { ok: true, design: result.design, report: [] } : { ok: false, errors: result.errors };
  },
};
