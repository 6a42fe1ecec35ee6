'use client';

import type { Design } from '@/lib/design';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { ShareErrorDetails, shareFailureTitle, type ShareFailure } from './share-error-details';

/** Asks before a share link replaces the user's own design (`current`); open while `shared` is set. */
export function OpenSharedDesignDialog({ shared, current, onKeep, onOpen }: { shared: Design | undefined; current: Design; onKeep(): void; onOpen(): void }) {
  return (
    <Dialog open={shared !== undefined} title="Open the shared design?" onClose={onKeep} testId="share-confirm">
      <p className="text-[13px]">
        The link holds <strong>{shared?.name}</strong> ({shared?.nodes.length ?? 0} nodes). Your own work in this browser, <strong>{current.name}</strong> ({current.nodes.length} nodes
        {current.notes ? ', with notes' : ''}), would be replaced. Undo brings it back; saving it as a file first keeps it for good. Keeping your design keeps the link too, to review or open later.
      </p>
      <div className="mt-4 flex justify-end gap-2">
        <Button data-testid="share-confirm.keep" onClick={onKeep}>
          Keep my design
        </Button>
        <Button variant="primary" data-testid="share-confirm.open" onClick={onOpen}>
          Open the shared design
        </Button>
      </div>
    </Dialog>
  );
}

/** Says why a share link could not be read, and that nothing changed; open while `failure` is set. */
export function ShareLinkFailedDialog({ failure, onClose }: { failure: ShareFailure | null; onClose(): void }) {
  return (
    <Dialog open={failure !== null} title={failure ? shareFailureTitle(failure) : ''} onClose={onClose} testId="share-error">
      {failure && <ShareErrorDetails failure={failure} />}
      <p className="mt-3 text-[12.5px] text-[var(--muted)]">Nothing was changed: the studio shows your own design, as it was.</p>
      <div className="mt-4 flex justify-end">
        <Button variant="primary" data-testid="share-error.back" onClick={onClose}>
          Back to the studio
        </Button>
      </div>
    </Dialog>
  );
}
