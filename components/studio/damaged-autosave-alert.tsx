'use client';

import { AlertBanner } from '../ui/alert-banner';
import { Button } from '../ui/button';
import { download } from '../ui/download';
import { DAMAGED_KEY, type DamagedAutosave } from './autosave';

/**
 * The autosave could not be read at start-up: the studio starts empty, never
 * in a crash loop, and the damaged copy is offered as a download. When it
 * could not be kept aside in storage (storage full), autosave waits (status
 * `held`) until the user has downloaded or discarded it, so nothing is
 * written over the only copy.
 */
export function DamagedAutosaveAlert({ damaged, onDone }: { damaged: DamagedAutosave; onDone(): void }) {
  return (
    <AlertBanner
      testId="damaged-autosave"
      title="The autosaved design could not be read."
      actions={
        <>
          <Button
            variant="primary"
            data-testid="damaged-autosave.download"
            onClick={() => {
              download('damaged-autosave.queuewright.json', damaged.text);
              if (!damaged.keptAside) onDone();
            }}
          >
            Download the damaged copy
          </Button>
          <Button data-testid="damaged-autosave.dismiss" onClick={onDone}>
            {damaged.keptAside ? 'Dismiss' : 'Discard it'}
          </Button>
        </>
      }
    >
      ({damaged.reason}){' '}
      {damaged.keptAside
        ? `A copy is kept in this browser's storage under “${DAMAGED_KEY}”; the studio started with an empty design.`
        : 'Storage is full, so the only copy is in the autosave slot: nothing is saved over it until you download or discard it.'}
    </AlertBanner>
  );
}
