'use client';

import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { moveNodes, type Design } from '@/lib/design';
import { loadLayoutEngine } from '@/lib/layout/on-demand';
import type { Size } from '@/lib/layout/node-size';
import { createStudioStore } from '@/lib/store/studio-store';
import { Canvas } from '../canvas/canvas';
import { FindingsPanel } from '../findings/findings-panel';
import { Inspector } from '../inspector/inspector';
import { Palette } from '../palette/palette';
import { useIncomingShareLink } from '../share/use-incoming-share-link';
import type { StartTab } from '../templates/start-dialog';
import { useTemplateLoader } from '../templates/use-template-loader';
import { ToastProvider, useToasts } from '../ui/toasts';
import { readAutosave, useAutosave, type DamagedAutosave } from './autosave';
import { takeFirstVisit } from './first-visit';
import { StudioErrorBoundary } from './error-boundary';
import { ConflictDialog } from './conflict-dialog';
import { DamagedAutosaveAlert } from './damaged-autosave-alert';
import { useFileActions } from './file-actions';
import { ReviewProvider, useReview } from './review-context';
import { SaveFailedAlert } from './save-failed-alert';
import { useShortcuts } from './shortcuts';
import { useDesignClipboard } from './use-design-clipboard';
import { useSaveToFile } from './use-save-to-file';
import { StudioStoreProvider, useStudioStore } from './store-context';
import { TopBar } from './top-bar';
import { useClusterImportAvailable } from './use-cluster-import-available';
import { loadCompareAvailability } from '../compare/compare-availability';
import { compareStore } from '../compare/compare-store';

const THEME_KEY = 'queuewright.theme';

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
  const [ready, setReady] = useState(false);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
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
  const compareAvailable = useStore(compareStore, (s) => s.available.compare);
  const compareOpen = useStore(compareStore, (s) => s.open);
  useEffect(() => {
    const controller = new AbortController();
    void loadCompareAvailability(controller.signal);
    return () => controller.abort();
  }, []);

  const [damaged, setDamaged] = useState<DamagedAutosave | null>(null);
  const [firstVisit, setFirstVisit] = useState(false);
  const dismissOffer = useMemo(() => ({ onDismiss: () => setFirstVisit(false) }), []);
  // Restore the autosaved design once, before anything is shown or saved.
  useEffect(() => {
    // Asked before the restore, which may save: a first visit has nothing saved yet. Local storage is read after
    // hydration (the server has none, and reading it while rendering would not match the server's HTML).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setFirstVisit(takeFirstVisit());
    const { design, damaged: unreadable, problem } = readAutosave();
    if (design) store.setState({ design });
    if (unreadable) setDamaged(unreadable);
    if (problem) toasts.push('error', problem);
    setTheme(document.documentElement.classList.contains('dark') ? 'dark' : 'light');
    setReady(true);
  }, [store, toasts]);

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

  // Layout itself is synchronous (lib/layout/layered-layout.ts lays out 10,000 nodes in well under a
  // second) once its module is loaded; tests wait for `data-layout="done"` and then for the fit.
  const flow = useReactFlow();
  const [layoutState, setLayoutState] = useState<'idle' | 'running' | 'done'>('idle');
  const layout = useCallback(async () => {
    setLayoutState('running');
    const { layeredLayout } = await loadLayoutEngine();
    // The sizes the canvas measured, so tall nodes (long names, many facts) get the room they take.
    const sizes: Record<string, Size> = {};
    for (const node of flow.getNodes()) if (node.measured?.width && node.measured.height) sizes[node.id] = { width: node.measured.width, height: node.measured.height };
    const positions = layeredLayout(store.getState().design, { sizes });
    store.getState().change((d) => moveNodes(d, positions));
    store.getState().requestFit();
    setLayoutState('done');
  }, [store, flow]);

  const toggleTheme = useCallback(() => {
    const next = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.classList.toggle('dark', next === 'dark');
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // The theme still applies for this visit.
    }
    setTheme(next);
  }, [theme]);

  const open = useCallback(() => fileInput.current?.click(), []);
  const saveAsJson = useCallback(() => void saveAs('json'), [saveAs]);
  const saveToFile = useSaveToFile(saveAsJson);
  const showShortcuts = useCallback(() => setShortcutsOpen(true), []);
  useShortcuts(store, { save: () => void saveToFile(), saveAs: saveAsJson, open, layout, showShortcuts }, ready);
  useDesignClipboard(store, ready);

  return (
    <div className="flex h-screen flex-col" data-testid="studio" data-ready={ready ? 'true' : 'false'} data-layout={layoutState}>
      <TopBar actions={{ open, save: saveAs, layout, toggleTheme, toggleFindings: () => (simulateOpen ? (setSimulateOpen(false), setFindingsOpen(true)) : setFindingsOpen((o) => !o)), showShortcuts, saveToFile: () => void saveToFile(), simulate: () => setSimulateOpen((o) => !o), code: () => setCodeOpen((o) => !o), codeOpen, exportDesign: () => setExportOpen(true), share: () => setShareOpen(true), start: () => setStartTab('templates'), ...(clusterImportAvailable ? { importCluster: () => setClusterImportOpen(true) } : {}), ...(compareAvailable ? { compareCluster: () => setCompareDialogOpen(true) } : {}) }} status={autosave.status} theme={theme} />
      <SaveFailedAlert autosave={autosave} />
      {damaged && <DamagedAutosaveAlert damaged={damaged} onDone={() => setDamaged(null)} />}
      {keptLinkNotice}
      <input
        ref={fileInput}
        type="file"
        data-testid="file-input"
        accept=".json,.yaml,.yml,.xml,application/json,application/yaml,application/xml,text/xml"
        className="hidden"
        aria-hidden
        onChange={(e) => {
          if (e.target.files) void openFiles(e.target.files);
          e.target.value = '';
        }}
      />
      <div className="flex min-h-0 flex-1">
        {/* Below 1280 px the Code panel takes the palette's room, so the canvas keeps a usable width. */}
        <div className={`w-[210px] shrink-0 border-r border-[var(--border)] bg-[var(--panel)] ${codeOpen ? 'hidden xl:block' : ''}`}>
          <Palette />
        </div>
        <main className="flex min-w-0 flex-1 flex-col">
          <div className="min-h-0 flex-1">{ready && <Canvas onOpenFiles={(files) => void openFiles(files)} theme={theme} emptyActions={<EmptyStart onTemplate={openTemplate} onWizard={() => setStartTab('wizard')} offer={firstVisit ? dismissOffer : undefined} />} />}</div>
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

/** The Code panel gets the store and the findings from here, so its lazy chunk shares no React module with the first load. */
function CodeSlot({ onClose }: { onClose(): void }) {
  const { review } = useReview();
  return <CodePanel store={useStudioStore()} findings={review.findings} onClose={onClose} />;
}

function CodePanelLoading() {
  return (
    <section aria-label="Code" aria-busy="true" className="flex w-[clamp(340px,30vw,600px)] shrink-0 items-center justify-center border-l border-[var(--border)] bg-[var(--panel)] text-[12px] text-[var(--muted)]">
      Loading the editor…
    </section>
  );
}

