// What leaves the device, and when, as the welcome page states it: one entry per outside
// service Gloss can contact, with what is sent and whether the reader's settings allow it
// now. Each sentence follows a code path, so keep them in step:
//   - requests start when the pointer rests on a name for the hover intent's fetch delay
//     (utils/hover/hover-intent.ts), or a card is opened from the keyboard; cached answers
//     are reused (utils/knowledge/knowledge-service.ts: DEFAULT_TTLS);
//   - Wikipedia: the name, a search for it when no page has that title, the found title's
//     summary (utils/knowledge/wikipedia.ts); Wikidata: the item's id for the type check on
//     every lookup, facts and labels only on "More facts" with the switch on
//     (knowledge-service.ts checkType/getFacts, entrypoints/background/cards.ts expand);
//   - GDELT and Google News: the name or found title as a 7-day search (gdelt.ts,
//     google-news.ts), per their switches; offline/private mode replaces the background's
//     fetch (entrypoints/background/knowledge-setup.ts) and drops card pictures (cards.ts);
//   - no request carries a referrer (scheduler.ts, ExternalLink.tsx).
import type { Settings } from '../model/settings';

export type OutboundId = 'wikipedia' | 'wikidata' | 'pictures' | 'gdelt' | 'google-news';

export interface OutboundFlow {
  id: OutboundId;
  /** The service, as readers know it. */
  service: string;
  /** Where requests go. */
  host: string;
  /** Exactly what is sent. */
  sends: string;
  /** When it is sent. */
  when: string;
  /** Whether the current settings let Gloss send it, in words. */
  state: { on: boolean; text: string };
}

/** What never leaves the device, whatever the settings. */
export const NEVER_SENT =
  'The text of the pages you read, their addresses, your highlights and notes, and your reading history never leave the device. Gloss finds names with its own engine inside the browser; a page’s HTML goes only to Gloss’s own background, never to a server.';

const WHEN_CARD =
  'When the pointer rests on a marked name (or you open its card from the keyboard), unless Gloss saved an answer for that name in the last 7 days.';
const WHEN_NEWS =
  'Right after the Wikipedia lookup, for the card’s related stories, unless the same search was made in the last 30 minutes.';

type FlowSettings = Pick<Settings, 'offline' | 'wikidataFacts' | 'gdelt' | 'googleNews'>;

const OFFLINE = { on: false, text: 'Off: offline/private mode is on' } as const;

/** The outside services Gloss may contact, and what the settings `s` allow now. */
export function outboundFlows(s: FlowSettings): OutboundFlow[] {
  const unlessOffline = (on: { on: boolean; text: string }) => (s.offline ? OFFLINE : on);
  return [
    {
      id: 'wikipedia',
      service: 'Wikipedia',
      host: 'the Wikipedia of the article’s language (en.wikipedia.org for English)',
      sends:
        'The name alone (not the sentence around it); a search for the name if no article has that exact title; then the title of the article found, for its summary.',
      when: WHEN_CARD,
      state: unlessOffline({ on: true, text: 'On' }),
    },
    {
      id: 'wikidata',
      service: 'Wikidata',
      host: 'www.wikidata.org',
      sends: s.wikidataFacts
        ? 'The id of the Wikidata item of the article found (such as Q1035), to check that it is a person, place or organization; when you press “More facts”, that id again and the ids of the items its facts name, for their labels.'
        : 'The id of the Wikidata item of the article found (such as Q1035), to check that it is a person, place or organization. “More facts” is off, so nothing more.',
      when: WHEN_CARD,
      state: unlessOffline({ on: true, text: s.wikidataFacts ? 'On' : 'On, for the type check only' }),
    },
    {
      id: 'pictures',
      service: 'Wikimedia pictures',
      host: 'upload.wikimedia.org',
      sends: 'The address of the picture Wikipedia names for the article, loaded to show it on the card.',
      when: 'When a card with a picture is shown.',
      state: unlessOffline({ on: true, text: 'On' }),
    },
    {
      id: 'gdelt',
      service: 'GDELT',
      host: 'api.gdeltproject.org',
      sends:
        'The name (or the title of its Wikipedia article) as a search for news of the last 7 days, with the article’s language.',
      when: WHEN_NEWS,
      state: unlessOffline(s.gdelt ? { on: true, text: 'On' } : { on: false, text: 'Off in your settings' }),
    },
    {
      id: 'google-news',
      service: 'Google News',
      host: 'news.google.com',
      sends: 'The same search as GDELT’s, with the language and region edition to search in.',
      when: `${WHEN_NEWS} Only if you switch Google News on; the browser then asks you for permission first.`,
      state: unlessOffline(
        s.googleNews ? { on: true, text: 'On: you switched it on' } : { on: false, text: 'Off until you switch it on' },
      ),
    },
  ];
}
