/** Shows a failed call's Chinese message and, below it, each problem with the field it concerns. */
import { Alert } from 'antd';
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
