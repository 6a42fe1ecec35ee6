'use client';

import dynamic from 'next/dynamic';
import { useCallback, useState } from 'react';
import type { Design } from '@/lib/design';
import type { StartTab } from '../templates/start-dialog';
import { useTemplateLoader } from '../templates/use-template-loader';
import { useToasts } from '../ui/toasts';
import { useStudioStore } from './store-context';

// Share, templates and the wizard load after the studio is up: they are not needed for the first paint.
const ExportDialog = dynamic(() => import('../export/export-dialog').then((m) => m.ExportDialog), { ssr: false });
const ShareDialog = dynamic(() => import('../share/share-dialog').then((m) => m.ShareDialog), { ssr: false });
// Compare with cluster: the dialog loads when first asked for.
const CompareDialog = dynamic(() => import('../compare/compare-dialog').then((m) => m.CompareDialog), { ssr: false });
const ClusterImportDialog = dynamic(() => import('./cluster-import-dialog').then((m) => m.ClusterImportDialog), { ssr: false });
const StartDialog = dynamic(() => import('../templates/start-dialog').then((m) => m.StartDialog), { ssr: false });
const ShortcutSheet = dynamic(() => import('./shortcut-sheet').then((m) => m.ShortcutSheet), { ssr: false });

/**
 * The studio's dialogs (export, share, import from cluster, compare, start, shortcuts): whether each
 * is open, what opens it, and the open ones, rendered. `saveAs` is the share dialog's "save a file instead".
 */
export function useStudioDialogs(saveAs: (format: 'json') => Promise<void>) {
  const store = useStudioStore();
  const toasts = useToasts();
  const [exportOpen, setExportOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const [clusterImportOpen, setClusterImportOpen] = useState(false);
  const [compareDialogOpen, setCompareDialogOpen] = useState(false);
  const [startTab, setStartTab] = useState<StartTab | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const closeStart = useCallback(() => setStartTab(null), []);
  const openTemplate = useTemplateLoader(closeStart);
  const generate = useCallback(
    (design: Design, broker: string) => {
      store.getState().load(design);
      toasts.push('success', `Generated a starting design on ${broker}`);
      setStartTab(null);
    },
    [store, toasts],
  );
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);

  const dialogs = (
    <>
      {exportOpen && <ExportDialog open onClose={() => setExportOpen(false)} />}
      {shareOpen && <ShareDialog open onClose={() => setShareOpen(false)} onSaveFile={() => saveAs('json')} />}
      {clusterImportOpen && <ClusterImportDialog open onClose={() => setClusterImportOpen(false)} />}
      {compareDialogOpen && <CompareDialog onClose={() => setCompareDialogOpen(false)} />}
      {startTab !== null && <StartDialog tab={startTab} onTab={setStartTab} onClose={closeStart} onTemplate={openTemplate} onGenerate={generate} />}
    </>
  );
  // The shortcut sheet stays last in the page, above the share link's dialogs, as before.
  const shortcutSheet = shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />;
  const open = {
    exportDesign: () => setExportOpen(true),
    share: () => setShareOpen(true),
    importCluster: () => setClusterImportOpen(true),
    compareCluster: () => setCompareDialogOpen(true),
    start: setStartTab,
  };
  return { dialogs, shortcutSheet, open, openTemplate, showShortcuts };
}
