import { useEffect, useRef } from 'react';

/**
 * Ctrl+N or Alt+N opens the "new" form of the current screen. Browsers keep Ctrl+N for a new window,
 * so Alt+N is the one that works everywhere; Electron gets both.
 */
export function useNewShortcut(onNew: () => void, enabled: boolean): void {
  const handler = useRef(onNew);
  useEffect(() => {
    handler.current = onNew;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.code !== 'KeyN' || !(event.ctrlKey || event.altKey) || event.shiftKey || event.metaKey)
        return;
      event.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
