import { useEffect, useState } from 'react';

/** Milliseconds since `since` (a performance.now() time) while `running`, refreshed a few times a second. */
export function useElapsed(running: boolean, since: number): number {
  const [now, setNow] = useState(since);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(performance.now()), 200);
    return () => window.clearInterval(timer);
  }, [running, since]);
  return running ? Math.max(0, now - since) : 0;
}
