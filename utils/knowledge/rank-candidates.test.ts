import { describe, expect, it } from 'vitest';
import { rankCandidates, titleSimilarity, typeCompatibility, type Candidate } from './rank-candidates';

const lavrov: Candidate[] = [
  {
    title: 'Lavrov',
    index: 1,
    disambiguation: true,
    description: 'Topics referred to by the same term',
    extract: 'Lavrov is a Russian surname.',
  },
  {
    title: 'Kirill Lavrov',
    index: 2,
    description: 'Soviet and Russian actor (1925–2007)',
    extract:
      "Kirill Yurievich Lavrov was a Soviet and Russian actor. He was named People's Artist of the USSR in 1972.",
  },
  {
    title: 'Sergey Lavrov',
    index: 3,
    description: 'Russian diplomat and politician (born 1950)',
    extract:
      'Sergey Viktorovich Lavrov is a Russian diplomat and politician who has served as the Minister of Foreign Affairs of Russia since 2004. He was Permanent Representative of Russia to the United Nations from 1994 to 2004.',
  },
];

const georgia: Candidate[] = [
  { title: 'Georgia', index: 1, disambiguation: true, description: 'Topics referred to by the same term' },
  {
    title: 'Georgia (U.S. state)',
    index: 2,
    description: 'State of the United States',
    extract:
      'Georgia is a state in the Southeastern region of the United States. Its capital and most populous city is Atlanta.',
  },
  {
    title: 'Georgia (country)',
    index: 3,
    description: 'Country in the Caucasus',
    extract:
      'Georgia is a country in the Caucasus region of Eurasia. It is bordered by Russia to the north and Turkey to the southwest. Its capital is Tbilisi.',
  },
];

describe('rankCandidates', () => {
  it('picks the diplomat over the actor from the page context', () => {
    const context = ['Vladimir Putin', 'Syria', 'United Nations', 'Recep Tayyip Erdogan', 'de-escalation zones'];
    const ranked = rankCandidates('Lavrov', 'PER', context, lavrov);
    expect(ranked[0]!.candidate.title).toBe('Sergey Lavrov');
    expect(ranked.map((r) => r.candidate.title)).not.toContain('Lavrov');
  });

  it('lets the context choose between places with the same name', () => {
    const caucasus = rankCandidates('Georgia', 'LOC', ['Russia', 'Tbilisi', 'Abkhazia', 'Turkey'], georgia);
    expect(caucasus[0]!.candidate.title).toBe('Georgia (country)');
    const usa = rankCandidates('Georgia', 'LOC', ['Atlanta', 'United States', 'Savannah'], georgia);
    expect(usa[0]!.candidate.title).toBe('Georgia (U.S. state)');
  });

  it('without context falls back on the search order among fitting candidates', () => {
    const ranked = rankCandidates('Georgia', 'LOC', [], georgia);
    expect(ranked[0]!.candidate.title).toBe('Georgia (U.S. state)');
  });

  it('prefers type-compatible candidates', () => {
    const turkey: Candidate[] = [
      {
        title: 'Turkey (bird)',
        index: 1,
        description: 'Genus of birds',
        extract: 'The turkey is a large bird in the genus Meleagris.',
      },
      { title: 'Turkey', index: 2, description: 'Country in West Asia', extract: 'Turkey is a country in West Asia.' },
    ];
    expect(rankCandidates('Turkey', 'LOC', [], turkey)[0]!.candidate.title).toBe('Turkey');
  });

  it('matches acronyms to titles', () => {
    const is: Candidate[] = [
      {
        title: 'Iceland',
        index: 1,
        description: 'Island country in Northern Europe',
        extract: 'Iceland is a Nordic island country.',
      },
      {
        title: 'Islamic State',
        index: 2,
        description: 'Salafi jihadist militant group',
        extract: 'The Islamic State is a transnational Salafi jihadist militant group active in Syria and Iraq.',
      },
    ];
    expect(rankCandidates('IS', 'ORG', ['Syria', 'Al-Nusra Front'], is)[0]!.candidate.title).toBe('Islamic State');
  });

  it('returns nothing when no candidate is a confident match', () => {
    const unrelated: Candidate[] = [
      { title: 'Banana', index: 1, description: 'Edible fruit', extract: 'A banana is a fruit.' },
    ];
    expect(rankCandidates('Xyzzy Person', 'PER', ['Syria'], unrelated)).toEqual([]);
  });

  it('ignores the name itself as context', () => {
    // "Lavrov" in the context must not count as overlap for every candidate.
    const a = rankCandidates('Lavrov', 'PER', ['Lavrov'], lavrov);
    expect(a.every((r) => r.parts.context === 0)).toBe(true);
  });
});

describe('titleSimilarity and typeCompatibility', () => {
  it('folds accents and ignores qualifiers', () => {
    expect(titleSimilarity('Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan')).toBe(1);
    expect(titleSimilarity('Georgia', 'Georgia (country)')).toBe(1);
    expect(titleSimilarity('Erdogan', 'Recep Tayyip Erdoğan')).toBeCloseTo(0.8);
    expect(titleSimilarity('US', 'United States')).toBeCloseTo(0.8);
  });

  it('reads type cues and penalises name pages', () => {
    expect(typeCompatibility('PER', { title: 'X', description: 'Russian politician' })).toBe(1);
    expect(typeCompatibility('PER', { title: 'X', description: 'City in Russia' })).toBe(-1);
    expect(typeCompatibility('PER', { title: 'Putin (surname)', description: 'Russian surname' })).toBe(-1);
    expect(typeCompatibility('ORG', { title: 'X', description: 'Intergovernmental organization' })).toBe(1);
  });
});
