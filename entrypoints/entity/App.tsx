// The entity page's app: reads the entity from the URL (entity.html?id=…), asks the
// background for what the reader read about it and for its background summary, and reads
// again whenever the history changes (a site forgotten in another tab shows here at once).
import { useEffect, useState } from 'preact/hooks';
import { EntityPage, type EntityPageProps } from '@/components/entity/EntityPage';
import type { BackgroundResult } from '@/utils/knowledge/types';
import type { EntityPageData } from '@/utils/memory/entity-view';

export interface EntityAppDeps {
  load(key: string): Promise<EntityPageData & { off: boolean }>;
  background(key: string, name: string): Promise<BackgroundResult>;
  /** Subscribes to history changes; returns the unsubscribe. */
  onChange(cb: () => void): () => void;
  openOptions(): void;
  /** Called once the first data (with its timeline) is in the DOM. */
  onPainted?(): void;
}

export const entityHref = (key: string) => `entity.html?id=${encodeURIComponent(key)}`;

export function App({ entityKey, deps }: { entityKey: string | null; deps: EntityAppDeps }) {
  const [data, setData] = useState<EntityPageProps['data']>({ status: 'loading' });
  const [background, setBackground] = useState<BackgroundResult | { status: 'loading' } | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => deps.onChange(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    if (!entityKey) {
      setData({ status: 'error', message: 'This page needs an entity: open it from a card or the popup.' });
      return;
    }
    let live = true;
    deps.load(entityKey).then(
      (value) => {
        if (!live) return;
        setData({ status: 'ok', value });
        if (version === 0) {
          const name = value.history?.name ?? value.memory?.name ?? '';
          setBackground({ status: 'loading' });
          deps.background(entityKey, name).then(
            (b) => live && setBackground(b),
            (err: unknown) =>
              live && setBackground({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
          );
        }
      },
      (err: unknown) => live && setData({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [entityKey, version]);

  useEffect(() => {
    if (data.status !== 'loading') {
      const name = data.status === 'ok' ? (data.value.history?.name ?? data.value.memory?.name) : null;
      if (name) document.title = `${name} — your reading — Gloss`;
      deps.onPainted?.();
    }
  }, [data]);

  return (
    <EntityPage
      entityKey={entityKey ?? ''}
      data={data}
      background={background}
      now={Date.now()}
      entityHref={entityHref}
      onOpenOptions={deps.openOptions}
    />
  );
}
