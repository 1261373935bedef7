// Public API of Gloss's entity engine: decode the shipped model once, then call
// recognize() on a whole article to get its people, places, organizations (and MISC
// names, which Gloss recognises but does not mark) with in-article coreference.
// Pure TypeScript: no DOM, no browser APIs, so it runs in a content script, a
// worker, the background, or Node.

import { arabicArticlePlaces } from './rules/arabic-places';
import { brandOrganizations } from './rules/brands';
import { resolveEntities } from './coref';
import { dropCodes } from './rules/codes';
import { placesInCompounds } from './compound-places';
import { knownPlaceTokens } from './rules/known-place-mentions';
import { featurePlaces } from './rules/feature-places';
import { miscPlaces } from './rules/misc-places';
import { mistypedPlaces } from './rules/mistyped-places';
import { placeExtents } from './rules/place-extents';
import { dropLetterCodePlaces } from './rules/letter-codes';
import { lowercasePlaces } from './rules/lowercase-places';
import { decodeModelFile, type LoadedModel } from './model-file';
import { applyCaseEvidence } from './rules/case-evidence';
import type { Entity, Mention } from './mention';
import type { Sentence, Token } from './tokenizer';
import { labelsToSpans, prepare, tagPrepared } from './pipeline';
import { roleWordTest } from './role-words';
import { organizationsByContext, partyPlurals } from './rules/org-evidence';
import { dropPostNominals } from './rules/post-nominals';
import { checkHeadlines } from './rules/headline-names';
import { applyInOrder, type SpanRule } from './rules/in-order';
import { mediaByContext } from './rules/media-context';
import { joinOrganizationsOverOf } from './rules/org-joins';
import { organizationNameRuns } from './rules/org-name-runs';
import { bodiesNamedByPlaces } from './rules/place-bodies';
import { datesOffNames } from './rules/dated-names';
import { suffixedCompanies } from './rules/suffixed-companies';
import { organizationLists } from './rules/org-lists';
import { organizationShapes } from './rules/org-shapes';
import { dropOrdinarySpans } from './rules/ordinary-spans';
import { voteNameTypes } from './rules/name-votes';
import { joinPersonGaps } from './rules/person-gaps';
import { personNameParts } from './rules/person-parts';
import { personNameLines } from './rules/name-lines';
import { peopleInSpans } from './rules/people-in-spans';
import { placeParticles } from './rules/place-particles';
import { postalCodePlaces } from './rules/postal-code-places';
import { dropPostalCodeWords } from './rules/postal-code-words';
import { placePrefixes } from './rules/place-prefixes';
import { compassPlaces, placesOutOfOrganizations, ungluePlaces } from './rules/place-glue';
import { dropQuotedTitleNames } from './rules/quoted-titles';
import { schoolsByContext, stateSchools, universityCampuses } from './rules/schools';
import { seatsOfPower } from './rules/seats-of-power';
import { quotedWorks } from './rules/quoted-works';
import { possessiveTitles } from './rules/possessive-titles';
import { dropJunkShapes } from './rules/span-shapes';
import { sportsBodies } from './rules/sports-bodies';
import { sportsTeams } from './rules/sports-teams';
import { sportsVenues } from './rules/sports-venues';
import { repairSpans } from './rules/span-rules';
import { statePlaces } from './rules/state-abbreviations';
import { streetPlaces } from './rules/street-places';
import { venueHeadPlaces } from './rules/venue-heads';
import { venueLines } from './rules/venue-lines';
import { versionedProducts } from './rules/versioned-products';
import { townStatePlaces } from './rules/town-state-places';
import { firstNameTest, weakMentionTest } from './weak-mentions';
import { dropWebTextWords } from './rules/web-text';
import { dropProductLineWords } from './rules/product-lines';

export type { Entity, Mention } from './mention';

export interface Recognition {
  /** Sorted by start, non-overlapping. */
  mentions: Mention[];
  entities: Entity[];
}

/** A decoded model: gazetteers and the two passes' weights. */
export type NerModel = LoadedModel;

/** Parses the shipped model file (public/models/ner-en.bin). */
export function decodeModel(bytes: Uint8Array): NerModel {
  return decodeModelFile(bytes);
}

/** What every span pass may read: the document's tokens, their sentences, the gazetteers. */
type SpanContext = {
  tokens: Token[];
  folded: string[];
  sentences: Sentence[];
  sentenceOf: Int32Array;
  gazetteer: NerModel['gazetteer'];
};
/** One span pass, as `recognize` runs them. */
export type SpanPass = SpanRule<SpanContext>;

/**
 * The rules that run on the tagger's spans, in order: repairs of the span itself first
 * (gaps, edges, case, names on a line of their own), then what is dropped (codes, junk shapes, degrees after a name, web text's words of address
 * and addresses, products' line words, ordinary words, names in quoted titles) or given back
 * (places glued to words or inside organizations), then places by their shape (roads, al-
 * names, Old/New…, am/upon, ", Calif.", feature heads; places cut short or split mended, MISC
 * places, towns before ", <state>", lowercase places in social text; letter codes dropped; towns
 * before a postal code, "Bristow, VA", and codes read as words dropped),
 * seats of power as the government in them, then the organizations told by context,
 * brand, shape and lists, those in headlines checked (and the people and places there), cited media and names split at "of"
 * mended, long names split after their head, newspapers and local bodies named by their place,
 * dates glued on names, companies before a corporate suffix, then sports copy (governing bodies, grounds, teams in a team's slot), and works in
 * quotes or named by a possessive ("Valentine’s Day"); then places the tagger typed as organizations or people, outside sports copy
 * (mistyped-places.ts), venues of dated list lines and venues, parks, museums by their head and
 * slot (venue-lines.ts, venue-heads.ts); people inside organization and place spans, and
 * organizations typed as people (people-in-spans.ts); universities named short or by campus
 * (schools.ts); products named by version or model taken out of the organizations
 * (versioned-products.ts); last, one type per name on the page and
 * the parts of its full
 * person names (name-votes.ts, person-parts.ts).
 */
export const SPAN_PASSES: readonly SpanPass[] = [
  joinPersonGaps,
  repairSpans,
  applyCaseEvidence,
  personNameLines,
  dropCodes,
  dropJunkShapes,
  dropPostNominals,
  dropWebTextWords,
  dropProductLineWords,
  ungluePlaces,
  compassPlaces,
  placesOutOfOrganizations,
  dropOrdinarySpans,
  dropQuotedTitleNames,
  streetPlaces,
  arabicArticlePlaces,
  placePrefixes,
  placeParticles,
  statePlaces,
  featurePlaces,
  placeExtents,
  miscPlaces,
  townStatePlaces,
  lowercasePlaces,
  dropLetterCodePlaces,
  postalCodePlaces,
  dropPostalCodeWords,
  seatsOfPower,
  organizationsByContext,
  partyPlurals,
  brandOrganizations,
  organizationShapes,
  organizationLists,
  checkHeadlines,
  mediaByContext,
  joinOrganizationsOverOf,
  organizationNameRuns,
  bodiesNamedByPlaces,
  datesOffNames,
  suffixedCompanies,
  sportsBodies,
  sportsVenues,
  sportsTeams,
  quotedWorks,
  possessiveTitles,
  mistypedPlaces,
  venueLines,
  venueHeadPlaces,
  peopleInSpans,
  universityCampuses,
  stateSchools,
  schoolsByContext,
  versionedProducts,
  voteNameTypes,
  personNameParts,
];

/**
 * Recognizes entities in a whole document (paragraphs separated by blank lines).
 * Offsets are UTF-16 indices into `text`: `text.slice(m.start, m.end) === m.text`.
 * `passes` is for measuring only (`npm run audit:passes` leaves one out at a time).
 */
export function recognize(text: string, model: NerModel, passes: readonly SpanPass[] = SPAN_PASSES): Recognition {
  const doc = prepare(text, model.gazetteer, model.meta);
  const labels = tagPrepared(doc, model.stages);
  const { folded, raw, sentenceOf, tokens, sentences } = doc.ctx;
  const spanCtx = { tokens, folded, sentences, sentenceOf, gazetteer: model.gazetteer };
  const spans = applyInOrder(passes, labelsToSpans(labels, tokens), spanCtx);
  const weakWord = weakMentionTest({ raw, folded, sentenceOf, gazetteer: model.gazetteer });
  const knownPlaces = knownPlaceTokens(spans, folded, model.gazetteer);
  const weak = (i: number) => !knownPlaces.has(i) && weakWord(i);
  const isFirstName = firstNameTest(model.gazetteer);
  const r = resolveEntities(text, tokens, spans, weak, roleWordTest(tokens, folded, model.gazetteer), isFirstName);
  return placesInCompounds(text, tokens, r.mentions, r.entities, model.gazetteer);
}
