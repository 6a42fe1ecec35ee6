'use client';

import { useCallback, useState } from 'react';
import { isBlankDesign } from '@/lib/design';
import { fileBaseName } from '@/lib/exporters/file-name';
import { download } from '../ui/download';
import { useStudioStore } from './store-context';
import { useToasts } from '../ui/toasts';
import { OpenConfirmDialog, OpenErrorDialog, type OpenFailure, type PendingOpen } from './open-file-dialogs';
import { readDesignFile } from './read-design-file';

/**
 * Opening files (picker or drop) and saving the design. A file that cannot be
 * read shows what is wrong and where; one that can is shown first, with its
 * import report, and replaces the current design only when the user says so.
 */
export function useFileActions() {
  const store = useStudioStore();
  const toasts = useToasts();
  const [pending, setPending] = useState<PendingOpen | null>(null);
  const [failure, setFailure] = useState<OpenFailure | null>(null);

  const openFiles = useCallback(
    async (files: FileList | File[]) => {
      const file = files[0];
      if (!file) return;
      const result = await readDesignFile(file);
      if (!result.ok) {
        setFailure({ fileName: file.name, errors: result.errors });
        return;
      }
      const current = store.getState().design;
      if (isBlankDesign(current) && result.report.length === 0) {
        store.getState().load(result.design);
        toasts.push('success', `Opened ${file.name}`);
      } else {
        setPending({ fileName: file.name, design: result.design, report: result.report });
      }
    },
    [store, toasts],
  );

  const saveAs = useCallback(
    async (format: 'json' | 'yaml') => {
      const [{ writeDesignJson }, { writeDesignYaml }] = await Promise.all([import('@/lib/design/write-design'), import('@/lib/design/write-design-yaml')]);
      const design = store.getState().design;
      const name = `${fileBaseName(design)}.queuewright.${format}`;
      download(name, format === 'json' ? writeDesignJson(design) : writeDesignYaml(design), format === 'json' ? 'application/json' : 'application/yaml');
      toasts.push('success', `Downloaded ${name}`);
    },
    [store, toasts],
  );

  const dialogs = (
    <>
      <OpenErrorDialog failure={failure} onClose={() => setFailure(null)} />
      <OpenConfirmDialog pending={pending} onClose={() => setPending(null)} />
    </>
  );

  return { openFiles, saveAs, dialogs };
}
