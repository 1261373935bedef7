// Scores a model on CoNLL documents exactly as a reader of an article meets it: each
// document's text is rebuilt from its tokens, run through recognize() (coreference
// included), and the predicted character spans are mapped back onto the file's
// tokens. Shared by `npm run eval:ner` and the wikigold cross-validation in
// scripts/train-ner.ts, so a cross-validated figure and an eval:ner figure are the
// same measurement.

import { charSpansToTokenSpans, documentText, scoreSpans, type ConllDocument, type ScoreTable } from './conll';
import { recognize, SPAN_PASSES, type NerModel, type SpanPass } from './index';
import type { TokenSpan } from './spans';

/** One scored document: its rebuilt text, token offsets, gold and predicted spans. */
export interface ScoredDocument {
  text: string;
  starts: number[];
  ends: number[];
  gold: TokenSpan[];
  pred: TokenSpan[];
}

/** Runs recognize() over every document; spans are over the file's own tokens. */
export function recognizeDocuments(
  docs: readonly ConllDocument[],
  model: NerModel,
  passes: readonly SpanPass[] = SPAN_PASSES,
): ScoredDocument[] {
  return docs.map((d) => {
    const dt = documentText(d);
    const r = recognize(dt.text, model, passes);
    return {
      text: dt.text,
      starts: dt.starts,
      ends: dt.ends,
      gold: dt.spans,
      pred: charSpansToTokenSpans(r.mentions, dt.starts, dt.ends),
    };
  });
}

/**
 * conlleval table over scored documents. Pooling documents scored by different
 * models (cross-validation folds) is just concatenating their lists: counts add up.
 */
export function scoreDocuments(scored: readonly ScoredDocument[]): ScoreTable {
  return scoreSpans(
    scored.map((s) => s.gold),
    scored.map((s) => s.pred),
  );
}
