// What the hover card asks the background for, built from the page's state: the request for
// one mention, and the keyboard list of the page's entities. Pure: the card controller hands
// in the page context (and the page's links, collected once per page).
import type { TextMap } from '@/utils/article/text-map';
import type { PageLink } from '@/utils/knowledge/related';
import type { CardRequest } from '@/utils/model/card';
import { entityKey } from '@/utils/model/entity-key';
import type { EntitySummary, EntityType, MarkedEntityType } from '@/utils/model/types';
import type { DrawnMention } from '@/utils/render/mention-highlights';
import { isReaderChord } from './chord';

export interface CardEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases?: string[];
}

export interface PageContext {
  map: TextMap;
  mentions: DrawnMention[];
  entities: CardEntity[];
  lang: string;
  title: string;
  url: string;
}

/** The request for `m`'s card: its entity, and context for ranking on the device. */
export function buildCardRequest(token: number, m: DrawnMention, c: PageContext, links: PageLink[]): CardRequest {
  const entity = c.entities.find((e) => e.id === m.entityId);
  const name = entity?.name ?? c.map.text.slice(m.start, m.end);
  const type = (m.type === 'MISC' ? 'ORG' : m.type) as MarkedEntityType;
  // Context for ranking on the device: other entity names and the title's words. Names
  // only, never sentences of the article.
  const context = [
    ...c.entities.filter((e) => e.id !== m.entityId && e.type !== 'MISC').map((e) => e.name),
    ...c.title.split(/\s+/).filter((w) => w.length > 3),
  ].slice(0, 60);
  return {
    token,
    entity: { name, type, aliases: (entity?.aliases ?? []).slice(0, 20), key: entityKey(type, name) },
    lang: c.lang,
    context,
    pageLinks: links.slice(0, 500),
    pageUrl: c.url,
  };
}

/** The page's marked entities that have a drawn mention, with their mention counts. */
export function pageEntityList(c: PageContext): EntitySummary[] {
  return c.entities
    .filter((e) => e.type !== 'MISC' && c.mentions.some((m) => m.entityId === e.id))
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type as MarkedEntityType,
      mentions: c.mentions.filter((m) => m.entityId === e.id).length,
    }));
}

/** Alt+Shift+E pressed by the reader (not a synthetic event): the entity list's chord. */
export function isListChord(e: KeyboardEvent): boolean {
  return isReaderChord(e, 'E');
}
