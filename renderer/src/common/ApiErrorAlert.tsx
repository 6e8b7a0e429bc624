/** Shows a failed call's Chinese message and, below it, each problem with the field it concerns. */
import { useCallback } from 'react';
import { Alert, App } from 'antd';
import type { ApiError } from '../../../shared/api/result';

export function ApiErrorDetails({ details }: { details: readonly string[] | undefined }) {
  if (!details || details.length === 0) return null;
  return (
    <ul className="error-details">
      {details.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function ApiErrorAlert({ error, title }: { error: ApiError; title?: string }) {
  return (
    <Alert
      type="error"
      showIcon
      title={title ?? error.message}
      description={
        title ? (
          <>
            <div>{error.message}</div>
            <ApiErrorDetails details={error.details} />
          </>
        ) : (
          <ApiErrorDetails details={error.details} />
        )
      }
    />
  );
}

/** A failed call said in a dialog: its title, the Chinese message and each detail (the export and backup buttons). */
export function useErrorDialog(width?: number) {
  const { modal } = App.useApp();
  return useCallback(
    (title: string, error: ApiError): void => {
      modal.error({
        title,
        ...(width ? { width } : {}),
        content: (
          <>
            <p>{error.message}</p>
            <ApiErrorDetails details={error.details} />
          </>
        ),
      });
    },
    [modal, width],
  );
}
