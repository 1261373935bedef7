import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { suffixedCompanies } from './suffixed-companies';

const gazetteer = buildGazetteer(GAZ_CATEGORIES.map(() => []));

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return suffixedCompanies(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('suffixedCompanies', () => {
  it('reads the suffix in full or in its European forms, also inside a person span, never over a compound', () => {
    expect(
      run(
        'The head of Mercer Island-based Dana F. Besecker Company said. The Walt Disney Company and Igalia S.L. agreed.',
        [
          ['Mercer Island-based', 'MISC'],
          ['Dana F. Besecker', 'PER'],
          ['Walt Disney Company', 'PER'],
          ['Igalia', 'LOC'],
        ],
      ),
    ).toEqual([
      'Mercer Island-based/MISC',
      'Dana F. Besecker Company/ORG',
      'Walt Disney Company/ORG',
      'Igalia S.L./ORG',
    ]);
  });

  it('reads a person or place before a corporate suffix as a company, suffix and all', () => {
    expect(
      run('Walt Disney Co. executive Kevin Mayer said.', [
        ['Walt Disney', 'PER'],
        ['Kevin Mayer', 'PER'],
      ]),
    ).toEqual(['Walt Disney Co./ORG', 'Kevin Mayer/PER']);
    expect(run('Shares of Miller Inc rose.', [['Miller', 'PER']])).toEqual(['Miller Inc/ORG']);
  });

  it('takes the capitalized words and organization pieces just before it', () => {
    expect(run('Analysts at First Albany Corp. said.', [['Albany', 'LOC']])).toEqual(['First Albany Corp./ORG']);
    expect(
      run('He joined Anglo American South Africa Ltd in May.', [
        ['Anglo American', 'MISC'],
        ['South Africa', 'LOC'],
      ]),
    ).toEqual(['Anglo American South Africa Ltd/ORG']);
    expect(run('The Smith Inc report.', [['Smith', 'PER']])).toEqual(['Smith Inc/ORG']);
  });

  it('leaves organizations, lowercase words and suffixes that are not glued on', () => {
    expect(run('Acme Inc said.', [['Acme', 'ORG']])).toEqual(['Acme/ORG']);
    expect(run('He met Smith and co on Monday.', [['Smith', 'PER']])).toEqual(['Smith/PER']);
    expect(run('He met Smith. Inc magazine wrote.', [['Smith', 'PER']])).toEqual(['Smith/PER']);
  });
});
