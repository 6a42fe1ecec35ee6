'use client';

import { Button } from '../ui/button';
import { Menu, type MenuItem } from '../ui/menu';
import type { TopBarActions } from './top-bar-actions';

const COMPARE_TITLE = 'Compare the design with a live cluster: differences, and the plan that makes the cluster match';

/** The File menu's items (narrow windows): New, Open, the cluster actions, Save and Save as. */
export function fileMenuItems(actions: TopBarActions, blank: () => void): MenuItem[] {
  return [
    { label: 'Blank design', title: 'Start an empty design (Undo brings this one back)', testId: 'file-menu.blank', onSelect: blank },
    ...(actions.start ? [{ label: 'New…', title: 'Start from a template or the requirements wizard', testId: 'file-menu.start', onSelect: actions.start }] : []),
    { label: 'Open…', shortcut: 'Ctrl+O', title: 'Open a design or import a file', testId: 'file-menu.open', onSelect: actions.open },
    ...(actions.importCluster
      ? [{ label: 'From cluster…', title: 'Import the topology of a live Kafka cluster or RabbitMQ (read-only)', testId: 'file-menu.import-cluster', onSelect: actions.importCluster }]
      : []),
    ...(actions.compareCluster ? [{ label: 'Compare with cluster…', title: COMPARE_TITLE, testId: 'file-menu.compare-cluster', onSelect: actions.compareCluster }] : []),
    ...(actions.saveToFile ? [{ label: 'Save', shortcut: 'Ctrl+S', title: 'Save to the file you chose', testId: 'file-menu.save', onSelect: actions.saveToFile }] : []),
    { label: 'Save as JSON', shortcut: 'Ctrl+Shift+S', title: 'Download the design as JSON', testId: 'file-menu.save-json', onSelect: () => actions.save('json') },
    { label: 'Save as YAML', title: 'Download the design as YAML', testId: 'file-menu.save-yaml', onSelect: () => actions.save('yaml') },
  ];
}

/** Wide windows show the file actions as buttons (narrower ones, as the File menu). */
export function FileActionsBar({ actions, blank, fileItems }: { actions: TopBarActions; blank(): void; fileItems: MenuItem[] }) {
  const clusterItems = fileItems
    .filter((item) => item.testId === 'file-menu.import-cluster' || item.testId === 'file-menu.compare-cluster')
    .map((item) => ({ ...item, testId: item.testId!.replace('file-menu.', 'cluster-menu.') }));
  return (
    <div className="hidden items-center gap-2 2xl:flex">
      <Button title="Start an empty design (Undo brings this one back)" data-testid="toolbar.blank" onClick={blank}>
        Blank
      </Button>
      {actions.start && (
        <Button title="Start from a template or the requirements wizard" data-testid="toolbar.start" onClick={actions.start}>
          New…
        </Button>
      )}
      <Button title="Open a design or import a file (Ctrl+O)" data-testid="toolbar.open" onClick={actions.open}>
        Open
      </Button>
      {/* With Compare as well, the live-cluster actions are one menu, so the bar still fits 1536 px. */}
      {actions.importCluster && actions.compareCluster ? (
        <Menu label="Cluster" items={clusterItems} testId="toolbar.cluster-menu" />
      ) : (
        actions.importCluster && (
          <Button title="Import the topology of a live Kafka cluster or RabbitMQ (read-only)" data-testid="toolbar.import-cluster" onClick={actions.importCluster}>
            From cluster…
          </Button>
        )
      )}
      <Button title="Download the design as JSON (Save as: Ctrl+Shift+S; Ctrl+S saves to a file you choose once)" data-testid="toolbar.save-json" onClick={() => actions.save('json')}>
        Save
      </Button>
      <Button title="Download the design as YAML" data-testid="toolbar.save-yaml" onClick={() => actions.save('yaml')}>
        YAML
      </Button>
    </div>
  );
}
