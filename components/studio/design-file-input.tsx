'use client';

import type { Ref } from 'react';

/** The hidden file picker behind Open (and its shortcut): every format the studio imports (.tf: the Terraform importers). */
export function DesignFileInput({ ref, onFiles }: { ref: Ref<HTMLInputElement>; onFiles(files: FileList): void }) {
  return (
    <input
      ref={ref}
      type="file"
      data-testid="file-input"
      accept=".json,.yaml,.yml,.xml,.tf,application/json,application/yaml,application/xml,text/xml"
      className="hidden"
      aria-hidden
      onChange={(e) => {
        if (e.target.files) onFiles(e.target.files);
        // Cleared, so choosing the same file again opens it again.
        e.target.value = '';
      }}
    />
  );
}
