/**
 * Putting a document on paper. The document is rendered a second time into a portal at the end of <body>;
 * the print CSS hides everything else, and a <style> sets the page size and margins of this kind of document.
 * Electron prints through its window (print.print / print.toPdf); a browser prints with window.print().
 */
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { call, inElectron } from '../api/client.ts';
import { useFeedback } from '../app/feedback.tsx';
import { printText } from './strings.ts';
import './print.css';

export type PrintKind = 'list' | 'signIn' | 'cards' | 'plan';
const kindKey = 'thuky.print.kind';

/** Another screen's "In …" button opens the print screen on its own document. */
export function choosePrintKind(kind: PrintKind): void {
  sessionStorage.setItem(kindKey, kind);
}

/** The kind asked for by another screen (once), else the delegate list. */
export function takePrintKind(): PrintKind {
  const asked = sessionStorage.getItem(kindKey);
  sessionStorage.removeItem(kindKey);
  return asked === 'signIn' || asked === 'cards' || asked === 'plan' ? asked : 'list';
}

export type PageSetup = 'portrait' | 'landscape' | 'card';

const pageRules: Record<PageSetup, string> = {
  // Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
  portrait: '@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }',
  landscape: '@page { size: A4 landscape; margin: 12mm; }',
  card: '@page { size: A4 landscape; margin: 0; }',
};

export function PrintPortal({ setup, children }: { setup: PageSetup; children: ReactNode }) {
  return createPortal(
    <div className="print-portal">
      <style>{`@media print { ${pageRules[setup]} }`}</style>
      {children}
    </div>,
    document.body,
  );
}

export function usePrinting(fileName: string) {
  const { showError, saved } = useFeedback();
  const [busy, setBusy] = useState(false);
  const electron = inElectron();

  const print = useCallback(async () => {
    if (!electron) {
      window.print();
      return;
    }
    setBusy(true);
    try {
      await call('print.print', {});
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [electron, showError]);

  const savePdf = useCallback(async () => {
    setBusy(true);
    try {
      const { path } = await call('print.toPdf', { fileName });
      if (path) saved(printText.savedPdf(path));
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  }, [fileName, saved, showError]);

  return { print, savePdf, canSavePdf: electron, busy };
}
