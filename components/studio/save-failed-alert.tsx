'use client';

import { writeDesignJson } from '@/lib/design';
import { fileBaseName } from '@/lib/exporters/file-name';
import { AlertBanner } from '../ui/alert-banner';
import { Button } from '../ui/button';
import { download } from '../ui/download';
import type { Autosave } from './autosave';
import { useStudioStore } from './store-context';

/**
 * When the browser will not keep the design (storage full or blocked), the
 * studio says so where it cannot be missed and offers the design as a file,
 * the one place it is then safe. It goes away once a save works again.
 */
export function SaveFailedAlert({ autosave }: { autosave: Autosave }) {
  const store = useStudioStore();
  if (autosave.status.state !== 'failed') return null;
  const full = autosave.status.reason === 'full';
  return (
    <AlertBanner
      testId="save-failed"
      title="Your changes are not being saved."
      actions={
        <>
          <Button
            variant="primary"
            data-testid="save-failed.download"
            onClick={() => {
              const design = store.getState().design;
              download(`${fileBaseName(design)}.queuewright.json`, writeDesignJson(design));
            }}
          >
            Download the design
          </Button>
          <Button data-testid="save-failed.retry" onClick={autosave.saveNow}>
            Try again
          </Button>
        </>
      }
    >
      {autosave.status.message} {full ? 'Download the design to keep it, then free space (close other Queuewright tabs, or clear other sites’ data) and try again.' : 'Download the design to keep it.'}{' '}
      Closing or reloading this tab now would lose your latest work.
    </AlertBanner>
  );
}
