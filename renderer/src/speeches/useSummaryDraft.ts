/**
 * The summary the secretary types while someone speaks: every keystroke goes to a draft in localStorage at
 * once, and to the server shortly after typing pauses (one save at a time, retried while it fails). The draft is
 * dropped only once the server holds that very text, so a crash, a reload or a lost connection loses nothing:
 * an unsaved draft found on opening the speech again is restored and saved.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Speech } from '../../../shared/api/schemas/speeches.ts';
import { call } from '../api/client.ts';

const pauseMs = 700;
const retryMs = 5000;
const draftKey = (id: number) => `thuky.speechSummary.${id}`;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed' };

function readDraft(id: number): string | null {
  return localStorage.getItem(draftKey(id));
}

/** For one speech: the component using it is keyed by the speech id, so switching speeches starts afresh. */
export function useSummaryDraft(speech: Speech, onSaved: (saved: Speech) => void) {
  const id = speech.id;
  // An unsaved draft left from last time wins over what the server holds; it is saved again at once.
  const [opened] = useState(() => {
    const draft = readDraft(id);
    return draft !== null && draft !== speech.summary
      ? { text: draft, recovered: true }
      : { text: speech.summary, recovered: false };
  });
  const [text, setText] = useState(opened.text);
  const [recovered, setRecovered] = useState(opened.recovered);
  const [state, setState] = useState<SaveState>({ kind: opened.recovered ? 'dirty' : 'idle' });
  const pending = useRef<string | null>(opened.recovered ? opened.text : null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const savedHandler = useRef(onSaved);
  useEffect(() => {
    savedHandler.current = onSaved;
  });

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    // Saves run one after another, so an older text can never overwrite a newer one on the server.
    chain.current = chain.current.then(async () => {
      const summary = pending.current;
      if (summary === null) return;
      pending.current = null;
      setState({ kind: 'saving' });
      try {
        const saved = await call('speeches.update', { id, summary });
        if (readDraft(id) === summary) localStorage.removeItem(draftKey(id));
        savedHandler.current(saved);
        if (pending.current === null) setState({ kind: 'saved', at: new Date() });
      } catch {
        pending.current ??= summary;
        setState({ kind: 'failed' });
      }
    });
    return chain.current;
  }, [id]);

  // Opening: a recovered draft is saved straight away, a stale one dropped; closing saves what is pending.
  useEffect(() => {
    if (pending.current !== null) void flush();
    else localStorage.removeItem(draftKey(id));
    return () => void flush();
  }, [id, flush]);

  // While the server cannot be reached, try again every few seconds (the draft is safe meanwhile).
  useEffect(() => {
    if (state.kind !== 'failed') return;
    const retry = window.setTimeout(() => void flush(), retryMs);
    return () => window.clearTimeout(retry);
  }, [state, flush]);

  const change = useCallback(
    (value: string) => {
      setText(value);
      setRecovered(false);
      localStorage.setItem(draftKey(id), value);
      pending.current = value;
      setState({ kind: 'dirty' });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), pauseMs);
    },
    [id, flush],
  );

  return { text, change, state, recovered, flush };
}
