'use client';

import { emptyDesign, updateDesign } from '@/lib/design';
import { Button } from '../ui/button';
import { Menu } from '../ui/menu';
import type { SaveStatus } from './autosave';
import { FileActionsBar, fileMenuItems } from './file-actions-bar';
import { SaveStatusBadge } from './save-status-badge';
import { ScoreHeader } from './score-header';
import { useStudio, useStudioStore } from './store-context';
import type { TopBarActions } from './top-bar-actions';

/**
 * The studio's top bar. It fits a 1024-px window: below 1536 px the file
 * actions (New, Open, From cluster, Compare with cluster, Save, Save as) are one File menu (above it, the
 * two cluster actions are a Cluster menu); below 1760 px Undo and Redo are icons (the file buttons and
 * Code take their room); below 1280 px the score shows its ring alone (its categories are in its tooltip
 * and the findings). Layout, Simulate, Code, Export and Share always stay in view.
 */
export function TopBar({ actions, status, theme }: { actions: TopBarActions; status: SaveStatus; theme: 'light' | 'dark' }) {
  const store = useStudioStore();
  const name = useStudio((s) => s.design.name);
  const canUndo = useStudio((s) => s.history.past.length > 0);
  const canRedo = useStudio((s) => s.history.future.length > 0);
  // A blank design replaces the current one as one step: Undo brings it back.
  const blank = () => store.getState().load(emptyDesign());
  const fileItems = fileMenuItems(actions, blank);
  return (
    <header className="flex h-12 min-w-0 items-center gap-2 border-b border-[var(--border)] bg-[var(--panel)] px-3">
      <span className="mr-1 text-[14px] font-bold tracking-tight" style={{ color: 'var(--accent)' }}>
        Queuewright
      </span>
      <input
        aria-label="Design name"
        data-testid="design.name"
        className="h-7 w-[180px] min-w-[80px] shrink rounded-md border border-transparent bg-transparent px-1.5 text-[14px] font-semibold hover:border-[var(--border)] focus:border-[var(--border)]"
        value={name}
        maxLength={200}
        onChange={(e) => store.getState().change((d) => updateDesign(d, { name: e.target.value || 'Untitled design' }), { coalesce: 'design-name' })}
      />
      <SaveStatusBadge status={status} />
      <div className="mx-auto min-w-0">
        <ScoreHeader onOpenFindings={actions.toggleFindings} />
      </div>
      <Button aria-label="Undo" title="Undo (Ctrl+Z)" data-testid="toolbar.undo" disabled={!canUndo} onClick={() => store.getState().undo()}>
        ↶<span className="hidden min-[1760px]:inline"> Undo</span>
      </Button>
      <Button aria-label="Redo" title="Redo (Ctrl+Shift+Z)" data-testid="toolbar.redo" disabled={!canRedo} onClick={() => store.getState().redo()}>
        ↷<span className="hidden min-[1760px]:inline"> Redo</span>
      </Button>
      {/* Wide windows show the file actions as buttons; narrower ones, as one menu. */}
      <FileActionsBar actions={actions} blank={blank} fileItems={fileItems} />
      <Menu label="File" items={fileItems} testId="toolbar.file-menu" className="2xl:hidden" />
      <Button title="Lay out left to right (Shift+Alt+L)" data-testid="toolbar.layout" onClick={actions.layout}>
        Layout
      </Button>
      {actions.simulate && (
        <Button title="Run the design under load and failures, and see its capacity" data-testid="toolbar.simulate" onClick={actions.simulate}>
          Simulate
        </Button>
      )}
      {actions.code && (
        <Button
          title="The design as YAML, beside the canvas"
          aria-pressed={actions.codeOpen ?? false}
          data-testid="toolbar.code"
          onClick={actions.code}
          className={actions.codeOpen ? 'bg-[var(--panel-2)]' : ''}
        >
          Code
        </Button>
      )}
      {actions.exportDesign && (
        <Button title="Export to AsyncAPI, RabbitMQ, Kafka, NATS, Terraform, CloudFormation…" data-testid="toolbar.export" onClick={actions.exportDesign}>
          Export
        </Button>
      )}
      {actions.share && (
        <Button variant="primary" title="Copy a link that carries the whole design" data-testid="toolbar.share" onClick={actions.share}>
          Share
        </Button>
      )}
      {actions.showShortcuts && (
        <Button aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" data-testid="toolbar.shortcuts" onClick={actions.showShortcuts}>
          ?
        </Button>
      )}
      <Button aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'} data-testid="toolbar.theme" onClick={actions.toggleTheme}>
        {theme === 'dark' ? '☀' : '☾'}
      </Button>
    </header>
  );
}
