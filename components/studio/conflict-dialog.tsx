'use client';

import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import type { Autosave } from './autosave';

/** Shown when another tab saved a different design: the user decides which one is kept. */
export function ConflictDialog({ autosave }: { autosave: Autosave }) {
  return (
    <Dialog open={autosave.status.state === 'conflict'} title="This design changed in another tab" onClose={() => {}} testId="autosave-conflict">
      <p className="text-[13px]">Another tab of Queuewright saved a different design to this browser. Saving here is paused so neither is lost. Which one should this tab keep?</p>
      <div className="mt-4 flex justify-end gap-2">
        <Button data-testid="autosave-conflict.load-theirs" onClick={() => autosave.resolve('load-theirs')}>
          Load the other tab&apos;s design
        </Button>
        <Button variant="primary" data-testid="autosave-conflict.keep-mine" onClick={() => autosave.resolve('keep-mine')}>
          Keep this tab&apos;s design
        </Button>
      </div>
    </Dialog>
  );
}
