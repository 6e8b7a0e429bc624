/**
 * Loads one API result for a React component. `reload()` asks again; while a reload runs the previous result
 * stays on screen, so lists do not flash empty.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Input, MethodName, Output } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { api } from '../api/client';

export interface Loaded<M extends MethodName> {
  result: ApiResult<Output<M>> | null;
  reload: () => void;
}

export function useApi<M extends MethodName>(name: M, input: Input<M>): Loaded<M> {
  // The input is compared by content: callers may pass a fresh object literal on every render.
  const inputKey = JSON.stringify(input);
  const [generation, setGeneration] = useState(0);
  const [result, setResult] = useState<ApiResult<Output<M>> | null>(null);
  useEffect(() => {
    let current = true;
    void api.call(name, JSON.parse(inputKey) as Input<M>).then((answer) => {
      if (current) setResult(answer);
    });
    return () => {
      current = false;
    };
  }, [name, inputKey, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { result, reload };
}
