// Loads data for a page: the latest answer wins, errors are kept for display, reload() refetches.
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList, enabled = true): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(enabled);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  // `deps` are what `load` reads; a change (or reload()) runs it again
  useEffect(() => {
    if (!enabled) {
      setLoading(false);
      return;
    }
    const run = ++latest.current;
    setLoading(true);
    load().then(
      (d) => {
        if (run !== latest.current) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e) => {
        if (run !== latest.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [...deps, enabled, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}
