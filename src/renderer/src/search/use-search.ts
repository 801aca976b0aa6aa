import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReaderApi } from '../../../shared/contract';
import { explainSearchError, visibleResponse, type SearchState } from './search-view';

/** How long typing may pause before the query runs. */
const DEBOUNCE_MS = 250;
/** Enough hits for every pane's count; the list shows them grouped. */
const LIMIT = 1000;

/**
 * The search box's state: runs the query as the reader types (debounced) or at once on Enter,
 * drops answers that arrive after a newer query, keeps the last results visible meanwhile.
 */
export function useSearch(api: ReaderApi): {
  query: string;
  expand: boolean;
  state: SearchState;
  setQuery: (query: string) => void;
  setExpand: (expand: boolean) => void;
  submit: () => void;
  clear: () => void;
} {
  const [query, setQuery] = useState('');
  const [expand, setExpand] = useState(true);
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const seq = useRef(0);
  const lastRun = useRef('');

  const run = useCallback(
    (q: string, ex: boolean): void => {
      const trimmed = q.trim();
      const signature = `${ex ? 1 : 0}\u0000${trimmed}`;
      if (signature === lastRun.current) return;
      lastRun.current = signature;
      const id = ++seq.current;
      if (trimmed === '') {
        setState({ kind: 'idle' });
        return;
      }
      setState((prev) => ({ kind: 'searching', query: trimmed, previous: visibleResponse(prev) }));
      api.search({ query: trimmed, expand: ex, limit: LIMIT }).then(
        (response) => {
          if (id === seq.current) setState({ kind: 'ready', query: trimmed, response });
        },
        (err: unknown) => {
          if (id === seq.current) setState({ kind: 'error', query: trimmed, problem: explainSearchError(err) });
        },
      );
    },
    [api],
  );

  useEffect(() => {
    const timer = setTimeout(() => run(query, expand), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, expand, run]);

  return {
    query,
    expand,
    state,
    setQuery,
    setExpand,
    submit: () => run(query, expand),
    clear: () => {
      setQuery('');
      run('', expand);
    },
  };
}
