// Public API of Gloss's entity engine: decode the shipped model once, then call
// recognize() on a whole article to get its people, places, organizations (and MISC
// names, which Gloss recognises but does not mark) with in-article coreference.
// Pure TypeScript: no DOM, no browser APIs, so it runs in a content script, a
// worker, the background, or Node.

import { resolveEntities } from './coref';
import { COMMON, GAZ_CATEGORIES } from './gazetteer';
import { decodeModelFile, type LoadedModel } from './model-file';
import { applyCaseEvidence } from './case-evidence';
import type { Entity, Mention } from './mention';
import { labelsToSpans, prepare, tagPrepared } from './pipeline';
import { roleWordTest } from './role-words';
import { repairSpans } from './span-rules';

export type { Entity, Mention } from './mention';

export interface Recognition {
  /** Sorted by start, non-overlapping. */
  mentions: Mention[];
  entities: Entity[];
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const LOWER = /^\p{Ll}+$/u;
const ADVERB_OR_GERUND = /^\p{L}{3,}(?:ly|ing)$/u;

/** A decoded model: gazetteers and the two passes' weights. */
export type NerModel = LoadedModel;

/** Parses the shipped model file (public/models/ner-en.bin). */
export function decodeModel(bytes: Uint8Array): NerModel {
  return decodeModelFile(bytes);
}

/**
 * Recognizes entities in a whole document (paragraphs separated by blank lines).
 * Offsets are UTF-16 indices into `text`: `text.slice(m.start, m.end) === m.text`.
 */
export function recognize(text: string, model: NerModel): Recognition {
  const doc = prepare(text, model.gazetteer, model.meta.styles === true);
  const labels = tagPrepared(doc, model.stages);
  const { folded, raw, sentenceOf, tokens, sentences } = doc.ctx;
  const spanCtx = { tokens, folded, sentences, sentenceOf, gazetteer: model.gazetteer };
  const spans = applyCaseEvidence(repairSpans(labelsToSpans(labels, tokens), spanCtx), spanCtx);
  const common = 1 << COMMON;
  // The first word of its sentence: only marks without a letter or digit ("##", "*",
  // "•", quotes) stand before it, as in a "## READ MORE: ..." link line.
  const firstWord = (i: number) => {
    for (let k = i - 1; k >= 0 && sentenceOf[k] === sentenceOf[i]; k--) if (WORDLIKE.test(raw[k])) return false;
    return true;
  };
  // Words the article itself writes in lowercase ("dancing" elsewhere): at a sentence start
  // their capital is no evidence of a name. So for adverbs and gerunds ("Sadly", "Dealing"),
  // unless the word is a first name.
  const lowercaseElsewhere = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (LOWER.test(raw[i]!)) lowercaseElsewhere.add(folded[i]!);
  const first = 1 << GAZ_CATEGORIES.indexOf('first');
  const isFirstName = (f: string) => ((model.gazetteer.phrases.get(f) ?? 0) & first) !== 0;
  const ordinary = (i: number) => {
    const f = folded[i]!;
    if (((model.gazetteer.phrases.get(f) ?? 0) & common) !== 0 || lowercaseElsewhere.has(f)) return true;
    return ADVERB_OR_GERUND.test(f) && !isFirstName(f);
  };
  const weakStart = (i: number) => ordinary(i) && firstWord(i);
  return resolveEntities(text, tokens, spans, weakStart, roleWordTest(tokens, folded, model.gazetteer), isFirstName);
}
