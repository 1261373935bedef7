import { describe, expect, it } from 'vitest';
import { charSpansToTokenSpans, documentText, microScore, readConll, scoreSpans } from './conll';

const FOUR_COLUMNS = `EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
1996-08-22 CD I-NP O

-DOCSTART- -X- O O
`;

const TWO_COLUMNS = `The B-ORG
Mad I-ORG
Capsule I-ORG
Markets I-ORG
. O

-DOCSTART- O

Tokyo B-LOC
`;

describe('readConll', () => {
  it('reads 4-column IOB1 with -DOCSTART- in the middle and at the end', () => {
    const docs = readConll(FOUR_COLUMNS);
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences).toHaveLength(2);
    expect(docs[0].sentences[0].tokens).toEqual(['EU', 'rejects', 'German', 'call']);
    expect(docs[0].sentences[0].tags).toEqual(['I-ORG', 'O', 'I-MISC', 'O']);
    expect(docs[1].sentences[0].tokens).toEqual(['BRUSSELS', '1996-08-22']);
  });

  it('reads 2-column IOB2 files', () => {
    const docs = readConll(TWO_COLUMNS);
    expect(docs).toHaveLength(2);
    expect(documentText(docs[0]).spans).toEqual([{ start: 0, end: 4, type: 'ORG' }]);
  });

  it('reads 3-column files (token, fine tag, CoNLL tag) by their last column', () => {
    const docs = readConll(
      '-DOCSTART-\n\nEmmy\tB-award\tB-MISC\nNoether\tB-scientist\tB-PER\nproved\tO\tO\nit\tO\tO\nin\tO\tO\nErlangen\tB-location\tB-LOC\n',
    );
    expect(docs).toHaveLength(1);
    expect(docs[0].sentences[0].tags).toEqual(['B-MISC', 'B-PER', 'O', 'O', 'O', 'B-LOC']);
    expect(documentText(docs[0]).spans).toEqual([
      { start: 0, end: 1, type: 'MISC' },
      { start: 1, end: 2, type: 'PER' },
      { start: 5, end: 6, type: 'LOC' },
    ]);
  });

  it('rebuilds document text with token offsets', () => {
    const dt = documentText(readConll(FOUR_COLUMNS)[0]);
    expect(dt.text).toBe('EU rejects German call\nPeter Blackburn');
    expect(dt.text.slice(dt.starts[4], dt.ends[5])).toBe('Peter Blackburn');
    expect(dt.spans).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 2, end: 3, type: 'MISC' },
      { start: 4, end: 6, type: 'PER' },
    ]);
    // character spans map back onto the tokens they overlap
    expect(charSpansToTokenSpans([{ start: 23, end: 28, type: 'PER' }], dt.starts, dt.ends)).toEqual([
      { start: 4, end: 5, type: 'PER' },
    ]);
  });
});

describe('scoreSpans', () => {
  it('counts exact span and type matches only', () => {
    const gold = [
      [
        { start: 0, end: 2, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
      ],
    ];
    const pred = [
      [
        { start: 0, end: 1, type: 'PER' },
        { start: 3, end: 4, type: 'LOC' },
        { start: 5, end: 6, type: 'ORG' },
      ],
    ];
    const t = scoreSpans(gold, pred);
    const per = t.byType.find((s) => s.type === 'PER')!;
    expect([per.tp, per.fp, per.fn]).toEqual([0, 1, 1]);
    const loc = t.byType.find((s) => s.type === 'LOC')!;
    expect(loc.f1).toBe(1);
    expect(t.overall.precision).toBeCloseTo(1 / 3);
    expect(t.overall.recall).toBeCloseTo(1 / 2);
    expect(microScore(t, ['PER', 'LOC']).f1).toBeCloseTo(0.5);
  });
});
