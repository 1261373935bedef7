// Language of an article: what the page declares, checked against the text itself, because
// many pages declare "en" by template whatever they publish. The entity engine is English
// only; other languages get nothing marked and the report says why.

const EN_STOPWORDS = new Set(
  'the of and to in a is that for it on was with as he said by at be his from are have has an this but not they were which who will their had its or been more after would one than also about'.split(
    ' ',
  ),
);

/** Share of the first 400 words that are common English function words. */
export function englishScore(text: string): number {
  // 400 words fit in well under 8,000 characters; lowercasing and splitting the whole article
  // would cost the page's main thread time for nothing.
  const words =
    text
      .slice(0, 8000)
      .toLowerCase()
      .match(/[a-z']+|[^\s\d\p{P}]+/gu)
      ?.slice(0, 400) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (EN_STOPWORDS.has(w)) hits++;
  return hits / words.length;
}

export interface LanguageVerdict {
  /** BCP 47 primary subtag Gloss uses ("en", "fr", ...), or "und" when unknown. */
  lang: string;
  /** Whether the English entity engine may run. */
  english: boolean;
  /** Why, in words a report or the popup can show. */
  reason: string;
}

/**
 * Decides the article's language from the declared `lang` (Readability's or <html lang>) and
 * the text. English function words make up ~20–30% of English news text and ~0–3% of other
 * languages', so 0.12 separates them with a wide margin.
 */
export function detectLanguage(declared: string | null | undefined, text: string): LanguageVerdict {
  const primary = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0] || 'und';
  const score = englishScore(text);
  const looksEnglish = score >= 0.12;
  if (looksEnglish) {
    return {
      lang: 'en',
      english: true,
      reason: primary === 'en' || primary === 'und' ? 'English text' : `declared "${primary}" but the text is English`,
    };
  }
  const lang = primary === 'en' ? 'und' : primary;
  return {
    lang,
    english: false,
    reason: `not English (${primary === 'und' ? 'undeclared' : `declared "${primary}"`}, ${(score * 100).toFixed(0)}% English function words): the entity engine reads English only`,
  };
}
