/**
 * A value dropped somewhere in the window, waiting for the screen that handles it: that screen may not be mounted
 * yet when the drop happens, so the value is kept until it is taken (once), and mounted screens are told at once.
 */
export interface Handoff<T> {
  offer(value: T): void;
  /** The waiting value, if `accepts` it, handed over once. */
  take(accepts?: (value: T) => boolean): T | null;
  /** Calls `listener` whenever a value is offered; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createHandoff<T>(): Handoff<T> {
  let pending: T | null = null;
  const listeners = new Set<() => void>();
  return {
    offer(value) {
      pending = value;
      for (const listener of listeners) listener();
    },
    take(accepts) {
      if (pending === null || (accepts && !accepts(pending))) return null;
      const value = pending;
      pending = null;
      return value;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
