'use client';

import { ReactFlowProvider } from '@xyflow/react';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { createStudioStore } from '@/lib/store/studio-store';
import { Canvas } from '../canvas/canvas';
import { FindingsPanel } from '../findings/findings-panel';
import { Inspector } from '../inspector/inspector';
import { Palette } from '../palette/palette';
import { useIncomingShareLink } from '../share/use-incoming-share-link';
import { ToastProvider } from '../ui/toasts';
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
import { useStudioDialogs } from './use-studio-dialogs';
import { useTheme } from './use-theme';
import { useClusterImportAvailable } from './use-cluster-import-available';
import { loadCompareAvailability } from '../compare/compare-availability';
import { compareStore } from '../compare/compare-store';

// Compare with cluster: the panel loads when first asked for.
const ComparePanel = dynamic(() => import('../compare/compare-panel').then((m) => m.ComparePanel), { ssr: false });
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
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [simulateOpen, setSimulateOpen] = useState(false);
  const [codeOpen, setCodeOpen] = useState(false);
  const clusterImportAvailable = useClusterImportAvailable();
  const { compareAvailable, compareOpen } = useCompare();
  const { theme, setTheme, toggleTheme } = useTheme();
  // The order matters: the autosave is restored before anything is shown or saved.
  const { ready, damaged, setDamaged, firstVisit, dismissOffer } = useRestoreAutosave(setTheme);

  const autosave = useAutosave(store, ready, damaged !== null && !damaged.keptAside);
  const { openFiles, saveAs, dialogs } = useFileActions();
  // A share link in the address bar opens once the autosave is restored, asking before it replaces work.
  const { dialogs: shareLinkDialogs, notice: keptLinkNotice } = useIncomingShareLink(ready);
  const { dialogs: studioDialogs, shortcutSheet, open: openDialog, openTemplate, showShortcuts } = useStudioDialogs(saveAs);
  const { layoutState, layout } = useLayoutAction();

  const { fileInput, open, saveToFile } = useStudioKeys(ready, saveAs, layout, showShortcuts);

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
          exportDesign: openDialog.exportDesign,
          share: openDialog.share,
          start: () => openDialog.start('templates'),
          ...(clusterImportAvailable ? { importCluster: openDialog.importCluster } : {}),
          ...(compareAvailable ? { compareCluster: openDialog.compareCluster } : {}),
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
                emptyActions={<EmptyStart onTemplate={openTemplate} onWizard={() => openDialog.start('wizard')} offer={firstVisit ? dismissOffer : undefined} />}
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
      {studioDialogs}
      {shareLinkDialogs}
      {shortcutSheet}
    </div>
  );
}

/**
 * The keyboard and the clipboard once the autosave is restored: save, save as, open (the hidden file
 * input), layout, the shortcut sheet, and copy/paste of nodes. `open` and `saveToFile` are the top bar's too.
 */
function useStudioKeys(ready: boolean, saveAs: (format: 'json') => Promise<void>, layout: () => void, showShortcuts: () => void) {
  const store = useStudioStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const open = useCallback(() => fileInput.current?.click(), []);
  const saveAsJson = useCallback(() => void saveAs('json'), [saveAs]);
  const saveToFile = useSaveToFile(saveAsJson);
  useShortcuts(store, { save: () => void saveToFile(), saveAs: saveAsJson, open, layout, showShortcuts }, ready);
  useDesignClipboard(store, ready);
  return { fileInput, open, saveToFile };
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
