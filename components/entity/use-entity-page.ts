// The entity page's data as state: the first answer (count, timeline, newest articles), then,
// once that is on screen, the rest (every article, what was read with it, highlights), and the
// background summary once. Everything is read again when the history changes (a site
// forgotten in another tab shows here at once).
import { useEffect, useState } from 'preact/hooks';
import type { BackgroundResult } from '@/utils/knowledge/types';
import type { EntityPageDetails, EntityPageStart } from '@/utils/memory/entity-view';
import type { BackgroundState } from './BackgroundSection';
import type { Loadable } from './loadable';

export interface EntityPageSource {
  load(key: string): Promise<EntityPageStart & { off: boolean }>;
  details(key: string): Promise<EntityPageDetails>;
  background(key: string, name: string): Promise<BackgroundResult>;
  /** Subscribes to history changes; returns the unsubscribe. */
  onChange(cb: () => void): () => void;
}

export interface EntityPageState {
  data: Loadable<EntityPageStart & { off: boolean }>;
  details: Loadable<EntityPageDetails>;
  background: BackgroundState;
}

const failed = (err: unknown) => ({
  status: 'error' as const,
  message: err instanceof Error ? err.message : String(err),
});

export function useEntityPage(entityKey: string | null, source: EntityPageSource): EntityPageState {
  const [data, setData] = useState<EntityPageState['data']>({ status: 'loading' });
  const [details, setDetails] = useState<EntityPageState['details']>({ status: 'loading' });
  const [background, setBackground] = useState<BackgroundState>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => source.onChange(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (!entityKey) {
      setData({ status: 'error', message: 'This page needs an entity: open it from a card or the popup.' });
      return;
    }
    let live = true;
    source.load(entityKey).then(
      (value) => live && setData({ status: 'ok', value }),
      (err: unknown) => live && setData(failed(err)),
    );
    return () => {
      live = false;
    };
  }, [entityKey, version]);

  // After the first answer is painted (effects run after paint): the rest, and the summary once.
  useEffect(() => {
    if (data.status !== 'ok' || !entityKey) return;
    let live = true;
    source.details(entityKey).then(
      (value) => live && setDetails({ status: 'ok', value }),
      (err: unknown) => live && setDetails(failed(err)),
    );
    if (background === null) {
      setBackground({ status: 'loading' });
      source.background(entityKey, data.value.name).then(
        (b) => live && setBackground(b),
        (err: unknown) => live && setBackground(failed(err)),
      );
    }
    return () => {
      live = false;
    };
  }, [data]);

  return { data, details, background };
}
