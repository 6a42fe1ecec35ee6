'use client';

import { ReactFlowProvider } from '@xyflow/react';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Design } from '@/lib/design';
import { createStudioStore } from '@/lib/store/studio-store';
import { Canvas } from '../canvas/canvas';
import { FindingsPanel } from '../findings/findings-panel';
import { Inspector } from '../inspector/inspector';
import { Palette } from '../palette/palette';
import { useIncomingShareLink } from '../share/use-incoming-share-link';
import type { StartTab } from '../templates/start-dialog';
import { useTemplateLoader } from '../templates/use-template-loader';
import { ToastProvider, useToasts } from '../ui/toasts';
import { useAutosave } from './autosave';
import { StudioErrorBoundary } from './error-boundary';
import { ConflictDialog } from './conflict-dialog';
import { DamagedAutosaveAlert } from './damaged-autosave-alert';
import { DesignFileInput } from './design-file-input';
import { useFileActions } from './file-actions';
import { ReviewProvider, useReview } from './review-context';
import { SaveFailedAlert } from './save-failed-alert';
import { useShortcuts } from './shortcuts';
import { useDesignClipboard } from './use-design-clipboard';
import { useSaveToFile } from './use-save-to-file';
import { StudioStoreProvider, useStudioStore } from './store-context';
import { TopBar } from './top-bar';
import { useLayoutAction } from './use-layout-action';
import { useRestoreAutosave } from './use-restore-autosave';
import { useTheme } from './use-theme';
import { useClusterImportAvailable } from './use-cluster-import-available';
import { loadCompareAvailability } from '../compare/compare-availability';
import { compareStore } from '../compare/compare-store';

// Share, templates and the wizard load after the studio is up: they are not needed for the first paint.
const ExportDialog = dynamic(() => import('../export/export-dialog').then((m) => m.ExportDialog), { ssr: false });
const ShareDialog = dynamic(() => import('../share/share-dialog').then((m) => m.ShareDialog), { ssr: false });
// Compare with cluster: the dialog and the panel load when first asked for.
const CompareDialog = dynamic(() => import('../compare/compare-dialog').then((m) => m.CompareDialog), { ssr: false });
const ComparePanel = dynamic(() => import('../compare/compare-panel').then((m) => m.ComparePanel), { ssr: false });
const ClusterImportDialog = dynamic(() => import('./cluster-import-dialog').then((m) => m.ClusterImportDialog), { ssr: false });
const StartDialog = dynamic(() => import('../templates/start-dialog').then((m) => m.StartDialog), { ssr: false });
const ShortcutSheet = dynamic(() => import('./shortcut-sheet').then((m) => m.ShortcutSheet), { ssr: false });
// The Simulate panel (and, after a run, its uPlot charts) loads when first opened.
const SimulatePanel = dynamic(() => import('../simulate/simulate-panel').then((m) => m.SimulatePanel), { ssr: false });
// The Code panel brings CodeMirror and the YAML writer: loaded only when it is opened, never in the first load.
const CodePanel = dynamic(() => import('../code/code-panel').then((m) => m.CodePanel), { ssr: false, loading: CodePanelLoading });
const EmptyStart = dynamic(() => import('../templates/empty-start').then((m) => m.EmptyStart), { ssr: false });

/** The studio: top bar, palette, canvas, inspector and findings, around one store. */
export function Studio() {
  const [store] = useState(() => createStudioStore());
  return (
    <StudioStoreProvider store={store}>
      <StudioErrorBoundary store={store}>
        <ToastProvider>
          <ReactFlowProvider>
            <ReviewProvider>
              <StudioScreen />
            </ReviewProvider>
          </ReactFlowProvider>
        </ToastProvider>
      </StudioErrorBoundary>
    </StudioStoreProvider>
  );
}

function StudioScreen() {
  const store = useStudioStore();
  const toasts = useToasts();
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [exportOpen, setExportOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const [clusterImportOpen, setClusterImportOpen] = useState(false);
  const [startTab, setStartTab] = useState<StartTab | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [simulateOpen, setSimulateOpen] = useState(false);
  const [codeOpen, setCodeOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const clusterImportAvailable = useClusterImportAvailable();
  const [compareDialogOpen, setCompareDialogOpen] = useState(false);
  const { compareAvailable, compareOpen } = useCompare();
  const { theme, setTheme, toggleTheme } = useTheme();
  // The order matters: the autosave is restored before anything is shown or saved.
  const { ready, damaged, setDamaged, firstVisit, dismissOffer } = useRestoreAutosave(setTheme);

  const autosave = useAutosave(store, ready, damaged !== null && !damaged.keptAside);
  const { openFiles, saveAs, dialogs } = useFileActions();
  // A share link in the address bar opens once the autosave is restored, asking before it replaces work.
  const { dialogs: shareLinkDialogs, notice: keptLinkNotice } = useIncomingShareLink(ready);
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
  const { layoutState, layout } = useLayoutAction();

  const open = useCallback(() => fileInput.current?.click(), []);
  const saveAsJson = useCallback(() => void saveAs('json'), [saveAs]);
  const saveToFile = useSaveToFile(saveAsJson);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useShortcuts(store, { save: () => void saveToFile(), saveAs: saveAsJson, open, layout, showShortcuts }, ready);
  useDesignClipboard(store, ready);

  return (
    <div className="flex h-screen flex-col" data-testid="studio" data-ready={ready ? 'true' : 'false'} data-layout={layoutState}>
      <TopBar
        actions={{
          open,
          save: saveAs,
          layout,
          toggleTheme,
          toggleFindings: () => (simulateOpen ? (setSimulateOpen(false), setFindingsOpen(true)) : setFindingsOpen((o) => !o)),
          showShortcuts,
          saveToFile: () => void saveToFile(),
          simulate: () => setSimulateOpen((o) => !o),
          code: () => setCodeOpen((o) => !o),
          codeOpen,
          exportDesign: () => setExportOpen(true),
          share: () => setShareOpen(true),
          start: () => setStartTab('templates'),
          ...(clusterImportAvailable ? { importCluster: () => setClusterImportOpen(true) } : {}),
          ...(compareAvailable ? { compareCluster: () => setCompareDialogOpen(true) } : {}),
        }}
        status={autosave.status}
        theme={theme}
      />
      <SaveFailedAlert autosave={autosave} />
      {damaged && <DamagedAutosaveAlert damaged={damaged} onDone={() => setDamaged(null)} />}
      {keptLinkNotice}
      <DesignFileInput ref={fileInput} onFiles={(files) => void openFiles(files)} />
      <div className="flex min-h-0 flex-1">
        {/* Below 1280 px the Code panel takes the palette's room, so the canvas keeps a usable width. */}
        <div className={`w-[210px] shrink-0 border-r border-[var(--border)] bg-[var(--panel)] ${codeOpen ? 'hidden xl:block' : ''}`}>
          <Palette />
        </div>
        <main className="flex min-w-0 flex-1 flex-col">
          <div className="min-h-0 flex-1">
            {ready && (
              <Canvas
                onOpenFiles={(files) => void openFiles(files)}
                theme={theme}
                emptyActions={<EmptyStart onTemplate={openTemplate} onWizard={() => setStartTab('wizard')} offer={firstVisit ? dismissOffer : undefined} />}
              />
            )}
          </div>
          {/* One dock under the canvas: the simulation while it is open, else a comparison with a cluster, else the findings. */}
          {simulateOpen ? <SimulatePanel onClose={() => setSimulateOpen(false)} /> : compareOpen ? <ComparePanel /> : findingsOpen && <FindingsPanel onClose={() => setFindingsOpen(false)} />}
        </main>
        {codeOpen && <CodeSlot onClose={() => setCodeOpen(false)} />}
        <div className="w-[300px] shrink-0 border-l border-[var(--border)] bg-[var(--panel)]">
          <Inspector />
        </div>
      </div>
      {dialogs}
      <ConflictDialog autosave={autosave} />
      {exportOpen && <ExportDialog open onClose={() => setExportOpen(false)} />}
      {shareOpen && <ShareDialog open onClose={() => setShareOpen(false)} onSaveFile={() => saveAs('json')} />}
      {clusterImportOpen && <ClusterImportDialog open onClose={() => setClusterImportOpen(false)} />}
      {compareDialogOpen && <CompareDialog onClose={() => setCompareDialogOpen(false)} />}
      {startTab !== null && <StartDialog tab={startTab} onTab={setStartTab} onClose={closeStart} onTemplate={openTemplate} onGenerate={generate} />}
      {shareLinkDialogs}
      {shortcutsOpen && <ShortcutSheet onClose={() => setShortcutsOpen(false)} />}
    </div>
  );
}

/** Compare with cluster: offered when the server can reach one (asked once, in the background), its panel open or not. */
function useCompare() {
  const compareAvailable = useStore(compareStore, (s) => s.available.compare);
  const compareOpen = useStore(compareStore, (s) => s.open);
  useEffect(() => {
    const controller = new AbortController();
    void loadCompareAvailability(controller.signal);
    return () => controller.abort();
  }, []);
  return { compareAvailable, compareOpen };
}

/** The Code panel gets the store and the findings from here, so its lazy chunk shares no React module with the first load. */
function CodeSlot({ onClose }: { onClose(): void }) {
  const { review } = useReview();
  return <CodePanel store={useStudioStore()} findings={review.findings} onClose={onClose} />;
}

function CodePanelLoading() {
  return (
    <section
      aria-label="Code"
      aria-busy="true"
      className="flex w-[clamp(340px,30vw,600px)] shrink-0 items-center justify-center border-l border-[var(--border)] bg-[var(--panel)] text-[12px] text-[var(--muted)]"
    >
      Loading the editor…
    </section>
  );
}
