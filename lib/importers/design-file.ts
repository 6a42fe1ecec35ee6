import { looksLikeDesignText } from '../design';
import { readDesign } from '../design/read-design';
import type { Importer } from './importer';

export const designFileImporter: Importer = {
  id: 'design',
  label: 'Queuewright design (JSON or YAML)',
  detect: (text) => looksLikeDesignText(text),
  import(text) {
    const result = readDesign(text);
    if (!result.ok) return { ok: false, errors: result.errors };
    // Keys the design does not know are ignored; the report says which, so a misspelling is seen before the design replaces the open one.
    const report = result.notices.map((notice) => ({
      path: notice.line !== undefined ? `${notice.path} (line ${notice.line})` : (notice.path ?? ''),
      message: notice.message.slice(`${notice.path}: `.length),
    }));
    return { ok: true, design: result.design, report };
  },
};
