/**
 * The desk's one input, fed by hands and by a USB scanner. A scanner is a keyboard: it types the code and
 * presses Enter, faster than anyone types. Each Enter takes the box's text at that moment and clears it, and
 * the requests run one after another, so two quick scans are two check-ins and none is lost. A typed name
stays in the box unless it found exactly one person. Keystrokes that
 * land outside any field (after a click on a button) are sent back to the box.
 */
import type { InputRef } from 'antd';
import { useEffect, useRef } from 'react';

/** What one Enter does: whether the box is emptied now, and the work to queue behind earlier ones. */
export interface DeskAction {
  clear: boolean;
  work: (() => Promise<void>) | null;
}

export function useDeskInput(onSubmit: (text: string) => DeskAction) {
  const input = useRef<InputRef>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const submit = useRef(onSubmit);
  useEffect(() => {
    submit.current = onSubmit;
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], .ant-modal')) return;
      input.current?.focus();
    };
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);

  /** For the box's onKeyDown: Enter submits what the box holds right now. */
  const onEnter = (text: string, clear: () => void) => {
    const value = text.trim();
    if (!value) return;
    const action = submit.current(value);
    if (action.clear) clear();
    const work = action.work;
    if (work) queue.current = queue.current.then(work, work);
  };

  return { input, onEnter, focus: () => input.current?.focus() };
}
