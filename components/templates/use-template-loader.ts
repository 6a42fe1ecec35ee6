'use client';

import { useCallback } from 'react';
import { isBlankDesign } from '@/lib/design';
import type { Template } from '@/lib/templates';
import { useStudioStore } from '../studio/store-context';
import { useToasts } from '../ui/toasts';

/** Loads a template as the design (one undoable step: Undo brings the previous design back). */
export function useTemplateLoader(onLoaded?: () => void) {
  const store = useStudioStore();
  const toasts = useToasts();
  return useCallback(
    async (template: Template) => {
      // The templates module is already loaded when a card is shown; importing it here keeps it out of the studio's first load.
      const { templateDesign } = await import('@/lib/templates');
      const hadWork = !isBlankDesign(store.getState().design);
      store.getState().load(templateDesign(template));
      toasts.push('success', `Opened the template “${template.title}”${hadWork ? ' — Undo brings your previous design back' : ''}`);
      onLoaded?.();
    },
    [store, toasts, onLoaded],
  );
}
