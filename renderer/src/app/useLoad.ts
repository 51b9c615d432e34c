import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client.ts';

export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  /** A Vietnamese sentence when the last load failed. */
  error: string | null;
  reload: () => void;
}

/**
 * Loads data from the API and reloads on demand or when `key` changes. A stale answer (the key changed
 * while it was in flight) is dropped, so switching clusters quickly never shows the wrong list.
 */
export function useLoad<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; data?: T; error: string | null; loading: boolean }>({
    key,
    error: null,
    loading: load !== null,
  });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!load) return;
    let current = true;
    load().then(
      (data) => current && setState({ key, data, error: null, loading: false }),
      (error: unknown) =>
        current &&
        setState((s) => ({
          key,
          data: s.key === key ? s.data : undefined,
          error: errorMessage(error),
          loading: false,
        })),
    );
    return () => {
      current = false;
    };
    // `load` is recreated each render; `key` and `generation` say when to fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    loading: load !== null && (!fresh || state.loading),
    error: fresh ? state.error : null,
    reload,
  };
}
