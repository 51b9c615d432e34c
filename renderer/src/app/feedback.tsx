/**
 * How the app answers the clerk: field issues from the server land on the matching form fields,
 * everything else becomes one Vietnamese message; deletions offer "Hoàn tác" in a notification.
 */
import { App, Button } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback, useMemo } from 'react';
import { ApiCallError, errorMessage } from '../api/client.ts';
import { common } from '../strings.ts';

let undoKey = 0;

export function useFeedback() {
  const { message, notification } = App.useApp();

  /**
   * Shows an error. With a form, issues whose path names one of `fields` are put on those fields;
   * the message toast appears only when something could not be pinned to a field.
   */
  const showError = useCallback(
    (error: unknown, form?: FormInstance, fields: readonly string[] = []) => {
      if (form && error instanceof ApiCallError && error.issues.length > 0) {
        const onFields = error.issues.filter((issue) => fields.includes(issue.path));
        const byField = new Map<string, string[]>();
        for (const issue of onFields)
          byField.set(issue.path, [...(byField.get(issue.path) ?? []), issue.message]);
        form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
        if (onFields.length === error.issues.length) {
          const first = onFields[0]?.path;
          if (first) form.scrollToField(first, { focus: true });
          return;
        }
      }
      void message.error(errorMessage(error));
    },
    [message],
  );

  /** Announces a deletion with an undo button; `restore` runs at most once. */
  const offerUndo = useCallback(
    (text: string, restore: () => Promise<unknown>) => {
      const key = `undo-${++undoKey}`;
      let used = false;
      notification.success({
        key,
        title: text,
        duration: 10,
        placement: 'bottomRight',
        actions: (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              if (used) return;
              used = true;
              notification.destroy(key);
              restore().then(
                () => void message.success(common.undone),
                (error: unknown) => void message.error(errorMessage(error)),
              );
            }}
          >
            {common.undo}
          </Button>
        ),
      });
    },
    [message, notification],
  );

  const saved = useCallback((text: string = common.saved) => void message.success(text), [message]);

  return useMemo(() => ({ showError, offerUndo, saved }), [showError, offerUndo, saved]);
}
