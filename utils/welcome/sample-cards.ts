// The hover cards of the welcome page's sample article, bundled so that they show with no
// network at all. The summaries were written for Gloss (our own words, checked against the
// public record; no text copied from Wikipedia), so they carry no third-party licence; each
// links to the Wikipedia article a live card would come from. Matching uses the same folded
// entity keys as the rest of Gloss (utils/model/entity-key.ts), on the name and its aliases.
import type { Background } from '../knowledge/types';
import type { MarkedEntityType } from '../model/types';
import { foldName } from '../model/entity-key';

export interface SampleCard {
  /** The names the sample uses for it (canonical first). */
  names: readonly string[];
  background: Background;
}

const card = (
  names: string[],
  type: MarkedEntityType,
  page: string,
  description: string,
  extract: string,
): SampleCard => ({
  names,
  background: {
    title: names[0]!,
    description,
    extract,
    url: `https://en.wikipedia.org/wiki/${page}`,
    lang: 'en',
    type,
    // The type is ours, not a guess from a lookup: the card need not say it is unverified.
    typeChecked: true,
  },
});

export const SAMPLE_CARDS: readonly SampleCard[] = [
  card(
    ['Charles Darwin', 'Darwin'],
    'PER',
    'Charles_Darwin',
    'English naturalist (1809–1882)',
    'Charles Robert Darwin was an English naturalist. After five years aboard the survey ship HMS Beagle, he spent two decades developing the idea, published in On the Origin of Species in 1859, that species change over many generations through natural selection. It became a foundation of modern biology.',
  ),
  card(
    ['Joseph Hooker', 'Joseph Dalton Hooker', 'Hooker'],
    'PER',
    'Joseph_Dalton_Hooker',
    'British botanist and explorer (1817–1911)',
    "Joseph Dalton Hooker was a British botanist who collected plants from Antarctica to the Himalayas. He was Charles Darwin's closest friend and one of the first scientists Darwin told about his theory. In 1865 he succeeded his father as director of the Royal Botanic Gardens, Kew.",
  ),
  card(
    ['London'],
    'LOC',
    'London',
    'Capital of England and of the United Kingdom',
    'London is the capital and largest city of England and of the United Kingdom. It stands on the River Thames in the south-east of England and has been a major city for almost two thousand years, since the Romans founded it as Londinium.',
  ),
  card(
    ['Kent'],
    'LOC',
    'Kent',
    'County in south-east England',
    'Kent is a county in the south-east of England, between Greater London and the Strait of Dover. Its orchards and hop gardens earned it the name “the Garden of England”. Charles Darwin lived and worked for forty years at Down House, in a village that was then part of Kent.',
  ),
  card(
    ['Cambridge University Library'],
    'ORG',
    'Cambridge_University_Library',
    'Main research library of the University of Cambridge',
    "Cambridge University Library is the main research library of the University of Cambridge. As a legal deposit library it may claim a copy of every book published in the United Kingdom and Ireland. Among its millions of books and manuscripts is the largest collection of Charles Darwin's papers.",
  ),
];

/**
 * The bundled background for an entity of the sample, matched by type and by its name or
 * any of its aliases (case and accents folded); null when the sample has none for it.
 */
export function findSampleCard(
  entity: { name: string; type: string; aliases?: readonly string[] },
  cards: readonly SampleCard[] = SAMPLE_CARDS,
): Background | null {
  const wanted = new Set([entity.name, ...(entity.aliases ?? [])].map(foldName));
  for (const c of cards) {
    if (c.background.type !== entity.type) continue;
    if (c.names.some((n) => wanted.has(foldName(n)))) return c.background;
  }
  return null;
}
