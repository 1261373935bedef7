// The entity page's app: reads the entity from the URL (entity.html?id=…) and shows what the
// background answers about it (components/entity/use-entity-page.ts); tells the entry once the
// first answer with its timeline is in the DOM.
import { useEffect } from 'preact/hooks';
import { EntityPage } from '@/components/entity/EntityPage';
import { type EntityPageSource, useEntityPage } from '@/components/entity/use-entity-page';

export interface EntityAppDeps extends EntityPageSource {
  openOptions(): void;
  /** Called once the first data (with its timeline) is in the DOM. */
  onPainted?(): void;
}

export const entityHref = (key: string) => `entity.html?id=${encodeURIComponent(key)}`;

export function App({ entityKey, deps }: { entityKey: string | null; deps: EntityAppDeps }) {
  const { data, details, background } = useEntityPage(entityKey, deps);

  useEffect(() => {
    if (data.status === 'loading') return;
    if (data.status === 'ok') document.title = `${data.value.name} — your reading — Gloss`;
    deps.onPainted?.();
  }, [data]);

  return (
    <EntityPage
      entityKey={entityKey ?? ''}
      data={data}
      details={details}
      background={background}
      now={Date.now()}
      entityHref={entityHref}
      onOpenOptions={deps.openOptions}
    />
  );
}
