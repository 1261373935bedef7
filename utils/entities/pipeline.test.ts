import { describe, expect, it } from 'vitest';
import { labelId } from './labels';
import { labelsToSpans } from './pipeline';
import { tokenize } from './tokenizer';

const spans = (text: string, tags: string[]) => {
  const tokens = tokenize(text);
  expect(tokens.length).toBe(tags.length);
  return labelsToSpans(Uint8Array.from(tags, labelId), tokens).map(
    (s) =>
      `${tokens
        .slice(s.start, s.end)
        .map((t) => t.text)
        .join(' ')}/${s.type}`,
  );
};

describe('middle initials in span decoding', () => {
  it('a person ending on an initial takes the surname after it', () => {
    expect(spans('Gerald A. Daniel said', ['B-PER', 'L-PER', 'O', 'O'])).toEqual(['Gerald A. Daniel/PER']);
    expect(spans('Andrew J. Evans Jr. said', ['B-PER', 'L-PER', 'U-ORG', 'O', 'O'])).toEqual([
      'Andrew J. Evans Jr./PER',
    ]);
  });

  it('a person starting on an initial takes the initials and an untagged given name before it', () => {
    expect(spans('by C. H. Douglas', ['O', 'O', 'B-PER', 'L-PER'])).toEqual(['C. H. Douglas/PER']);
    expect(spans('Meredith H. Shade said', ['O', 'B-PER', 'L-PER', 'O'])).toEqual(['Meredith H. Shade/PER']);
  });

  it('a person takes a leading initial the tagger left out, not one after a capitalized word', () => {
    expect(spans('said C. Eugene Steuerle ,', ['O', 'O', 'B-PER', 'L-PER', 'O'])).toEqual(['C. Eugene Steuerle/PER']);
    expect(spans('Plan B. Eugene Smith', ['O', 'O', 'B-PER', 'L-PER'])).toEqual(['Eugene Smith/PER']);
    expect(spans('and I. Eugene Smith', ['O', 'O', 'B-PER', 'L-PER'])).toEqual(['Eugene Smith/PER']);
  });

  it('leaves a tagged place before an initial alone (cricket scorecards)', () => {
    expect(spans('Sri Lanka S. Jayasuriya', ['B-LOC', 'L-LOC', 'B-PER', 'L-PER'])).toEqual([
      'Sri Lanka/LOC',
      'S. Jayasuriya/PER',
    ]);
  });
});
