import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZ_CATEGORIES, phraseKey } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import {
  eventsNotOrganizations,
  functionWordsOutOfNames,
  honorificsOutOfNames,
  organizationHeads,
  organizationShapes,
  organizationsInPlaces,
  ordinaryOrganizations,
  peopleNotOrganizations,
  shoutedWords,
  siteNames,
  bodiesOfPlaces,
  namesAfterKinds,
  joinAcrossAnd,
  roleModifiersOff,
  placesBeforePlaceNouns,
  arabicParticleNames,
} from './org-shapes';

const lists: Record<string, string[]> = {
  city: ['abuja'],
  country: ['new zealand'],
  region: ['europe'],
  first: ['robert', 'john'],
  org: ['who'],
  common: ['post', 'comment', 'case', 'reports', 'yes', 'great', 'who', 'gas', 'electric', 'roll', 'rock', 'first'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

/** Runs one rule over `marks` ([surface, type], in text order); returns "surface/TYPE" for each span after it. */
function run(text: string, marks: Array<[string, string]>, rule = organizationShapes): string[] {
  const ctx = spanContext(text, gazetteer);
  const { tokens } = ctx;
  return rule(markedSpans(text, tokens, marks), ctx).map((s) => `${spanSurface(text, tokens, s)}/${s.type}`);
}

describe('organizationHeads', () => {
  it('grows a person or place over the head words that follow it into one organization', () => {
    expect(run('He sued Dick Clark Productions on Monday.', [['Dick Clark', 'PER']], organizationHeads)).toEqual([
      'Dick Clark Productions/ORG',
    ]);
    expect(
      run(
        'Ubisoft and Take-Two Interactive agreed.',
        [
          ['Ubisoft', 'ORG'],
          ['Take-Two', 'MISC'],
          ['Interactive', 'PER'],
        ],
        organizationHeads,
      ),
    ).toEqual(['Ubisoft/ORG', 'Take-Two Interactive/ORG']);
    expect(run('The Hartford Courant reported it.', [['Hartford', 'LOC']], organizationHeads)).toEqual([
      'Hartford Courant/ORG',
    ]);
    expect(run('He bought Zenimax Media in 2020.', [['Zenimax', 'PER']], organizationHeads)).toEqual([
      'Zenimax Media/ORG',
    ]);
  });

  it('retypes a span that ends on a head word, and drops a head word tagged alone as a person', () => {
    expect(run('The Boston Herald said so.', [['Boston Herald', 'PER']], organizationHeads)).toEqual([
      'Boston Herald/ORG',
    ]);
    expect(run('A County Sheriff’s Department dog.', [['Department', 'PER']], organizationHeads)).toEqual([]);
  });

  it('reads Online and Multimedia as heads: a web publication or a media firm, never a surname', () => {
    expect(run('Heise Online adds that it moved.', [['Heise Online', 'PER']], organizationHeads)).toEqual([
      'Heise Online/ORG',
    ]);
    expect(run('Ann works at Collabora Multimedia now.', [['Collabora', 'PER']], organizationHeads)).toEqual([
      'Collabora Multimedia/ORG',
    ]);
  });

  it('goes on over "of" and the capitalized run after a grown head', () => {
    expect(
      run('according to the New Zealand Department of Conservation. Then', [['New Zealand', 'LOC']], organizationHeads),
    ).toEqual(['New Zealand Department of Conservation/ORG']);
  });

  it('goes on over a possessive office holder and a head word', () => {
    expect(
      run(
        'A Bartholomew County Sheriff’s Department dog barked.',
        [
          ['Bartholomew County', 'ORG'],
          ['Department', 'PER'],
        ],
        organizationHeads,
      ),
    ).toEqual(['Bartholomew County Sheriff’s Department/ORG']);
    expect(run('The Hope County Sheriff’s dog barked.', [['Hope County', 'LOC']], organizationHeads)).toEqual([
      'Hope County/LOC',
    ]);
  });

  it('leaves names alone when the next word is not a head, is lowercase, all caps or past the sentence', () => {
    const marks: Array<[string, string]> = [['Dick Clark', 'PER']];
    expect(run('Dick Clark produced it.', marks, organizationHeads)).toEqual(['Dick Clark/PER']);
    expect(run('Dick Clark productions were many.', marks, organizationHeads)).toEqual(['Dick Clark/PER']);
    expect(run('Dick Clark POLICE said.', marks, organizationHeads)).toEqual(['Dick Clark/PER']);
    expect(run('He met Dick Clark. Police came.', marks, organizationHeads)).toEqual(['Dick Clark/PER']);
    expect(run('The Tenth Police came.', [['Police', 'ORG']], organizationHeads)).toEqual(['Police/ORG']);
  });
});

describe('honorificsOutOfNames', () => {
  it('cuts forms of address off the edges of a span and drops a span of them alone', () => {
    expect(
      run(
        'Speaker of the House of Representatives Rt. Hon. B. U. Nzeribe died.',
        [
          ['House of Representatives Rt', 'ORG'],
          ['Hon.', 'ORG'],
          ['B. U. Nzeribe', 'PER'],
        ],
        honorificsOutOfNames,
      ),
    ).toEqual(['House of Representatives/ORG', 'B. U. Nzeribe/PER']);
  });

  it('keeps a name whose first word is an honorific without its full stop', () => {
    expect(run('Hon Hai Precision said.', [['Hon Hai Precision', 'ORG']], honorificsOutOfNames)).toEqual([
      'Hon Hai Precision/ORG',
    ]);
    expect(run('The Honda Motor plant.', [['Honda Motor', 'ORG']], honorificsOutOfNames)).toEqual(['Honda Motor/ORG']);
  });
});

describe('functionWordsOutOfNames', () => {
  it('cuts a capitalized function word off the start of a span', () => {
    expect(run('If Lucasfilm indeed re-releases them.', [['If Lucasfilm', 'ORG']], functionWordsOutOfNames)).toEqual([
      'Lucasfilm/ORG',
    ]);
    expect(run('But Nintendo said no.', [['But Nintendo', 'PER']], functionWordsOutOfNames)).toEqual(['Nintendo/PER']);
  });

  it('never empties a span and leaves all-caps words (acronyms, kickers) alone', () => {
    expect(run('If came out.', [['If', 'ORG']], functionWordsOutOfNames)).toEqual(['If/ORG']);
    expect(run('SO Energy won.', [['SO Energy', 'ORG']], functionWordsOutOfNames)).toEqual(['SO Energy/ORG']);
  });
});

describe('eventsNotOrganizations', () => {
  it('retypes an organization ending on an event or document word as MISC', () => {
    expect(
      run(
        'the WTA and ATP Finals and the Fifth Energy Plan.',
        [
          ['WTA', 'ORG'],
          ['ATP Finals', 'ORG'],
          ['Fifth Energy Plan', 'ORG'],
        ],
        eventsNotOrganizations,
      ),
    ).toEqual(['WTA/ORG', 'ATP Finals/MISC', 'Fifth Energy Plan/MISC']);
  });

  it('retypes a one-word event or plan too, and leaves other types and other last words alone', () => {
    expect(
      run(
        'the Plan and Roadmap at Summit High and Summit Partners.',
        [
          ['Roadmap', 'ORG'],
          ['Summit', 'LOC'],
          ['Summit Partners', 'ORG'],
        ],
        eventsNotOrganizations,
      ),
    ).toEqual(['Roadmap/MISC', 'Summit/LOC', 'Summit Partners/ORG']);
  });
});

describe('eventsNotOrganizations on people', () => {
  it('retypes a person span of two words or more ending on an event word, unless it opens on a first name', () => {
    expect(
      run(
        'at the American Music Awards, said John Derby and Summit.',
        [
          ['Music Awards', 'PER'],
          ['John Derby', 'PER'],
          ['Summit', 'PER'],
        ],
        eventsNotOrganizations,
      ),
    ).toEqual(['Music Awards/MISC', 'John Derby/PER', 'Summit/PER']);
  });
});

describe('organizationsInPlaces', () => {
  it('splits "X in Y" into the organization and the known place', () => {
    expect(
      run('the Force Headquarters in Abuja on Friday', [['Force Headquarters in Abuja', 'ORG']], organizationsInPlaces),
    ).toEqual(['Force Headquarters/ORG', 'Abuja/LOC']);
  });

  it('keeps "in" inside a name when what follows is no known city', () => {
    expect(
      run('the Refugees in Towns Project said', [['Refugees in Towns Project', 'ORG']], organizationsInPlaces),
    ).toEqual(['Refugees in Towns Project/ORG']);
    expect(
      run(
        'the Organisation for Security and Cooperation in Europe said',
        [['Organisation for Security and Cooperation in Europe', 'ORG']],
        organizationsInPlaces,
      ),
    ).toEqual(['Organisation for Security and Cooperation in Europe/ORG']);
  });
});

describe('ordinaryOrganizations', () => {
  it('drops an organization of ordinary words only that does not stand in running text', () => {
    expect(run('Related Tags: Smog Post Comment (+)', [['Post Comment', 'ORG']], ordinaryOrganizations)).toEqual([]);
  });

  it('keeps it after a lowercase word, with a head word, or when a word is not ordinary', () => {
    expect(run('she told Post Comment on Monday', [['Post Comment', 'ORG']], ordinaryOrganizations)).toEqual([
      'Post Comment/ORG',
    ]);
    expect(run('Case Reports Department said', [['Case Reports Department', 'ORG']], ordinaryOrganizations)).toEqual([
      'Case Reports Department/ORG',
    ]);
    expect(run('BMJ Case Reports said', [['BMJ Case Reports', 'ORG']], ordinaryOrganizations)).toEqual([
      'BMJ Case Reports/ORG',
    ]);
  });
});

describe('shoutedWords', () => {
  it('drops an ordinary word in capitals tagged as an organization', () => {
    expect(
      run(
        'The answer is YES and it is GREAT.',
        [
          ['YES', 'ORG'],
          ['GREAT', 'ORG'],
        ],
        shoutedWords,
      ),
    ).toEqual([]);
  });

  it('keeps acronyms that are no ordinary word, and names the gazetteer knows', () => {
    expect(
      run(
        'The WHO and the NBA agreed.',
        [
          ['WHO', 'ORG'],
          ['NBA', 'ORG'],
        ],
        shoutedWords,
      ),
    ).toEqual(['WHO/ORG', 'NBA/ORG']);
    expect(run('Great news.', [['Great', 'ORG']], shoutedWords)).toEqual(['Great/ORG']);
  });
});

describe('peopleNotOrganizations', () => {
  it('retypes an organization that is the end or the whole of a person named in full', () => {
    expect(
      run(
        'Michael Forrest Jones runs hotels. Forrest Jones said so.',
        [
          ['Michael Forrest Jones', 'PER'],
          ['Forrest Jones', 'ORG'],
        ],
        peopleNotOrganizations,
      ),
    ).toEqual(['Michael Forrest Jones/PER', 'Forrest Jones/PER']);
  });

  it('retypes a longer name ending on the surname of a person named in full, then its parts', () => {
    expect(
      run(
        'Hori Parata watched. Te Kaurinui Robert Parata carved. Te Kaurinui was called.',
        [
          ['Hori Parata', 'PER'],
          ['Te Kaurinui Robert Parata', 'ORG'],
          ['Te Kaurinui', 'ORG'],
        ],
        peopleNotOrganizations,
      ),
    ).toEqual(['Hori Parata/PER', 'Te Kaurinui Robert Parata/PER', 'Te Kaurinui/PER']);
    expect(
      run(
        'Ryan Burton spoke. Hope and Victor Burton agreed.',
        [
          ['Ryan Burton', 'PER'],
          ['Hope and Victor Burton', 'ORG'],
        ],
        peopleNotOrganizations,
      ),
    ).toEqual(['Ryan Burton/PER', 'Hope and Victor Burton/ORG']);
  });

  it('never on a first name alone, a one-word person, or a name with an organization word', () => {
    const text =
      'Chelsea Clinton spoke. Chelsea won. Dick Clark danced. Dick Clark Productions paid. Porto lost to Porto.';
    expect(
      run(
        text,
        [
          ['Chelsea Clinton', 'PER'],
          ['Chelsea', 'ORG'],
          ['Dick Clark', 'PER'],
          ['Dick Clark Productions', 'ORG'],
          ['Porto', 'PER'],
          ['Porto', 'ORG'],
        ],
        peopleNotOrganizations,
      ),
    ).toEqual([
      'Chelsea Clinton/PER',
      'Chelsea/ORG',
      'Dick Clark/PER',
      'Dick Clark Productions/ORG',
      'Porto/PER',
      'Porto/ORG',
    ]);
  });
});

describe('siteNames', () => {
  it('grows a name over its web address, and marks an untagged site name', () => {
    expect(
      run('told Polygraph.info the claims and fan site MakingStarWars.net said', [['Polygraph', 'ORG']], siteNames),
    ).toEqual(['Polygraph.info/ORG', 'MakingStarWars.net/ORG']);
    expect(run('Amazon.com said.', [['Amazon', 'PER']], siteNames)).toEqual(['Amazon.com/ORG']);
  });

  it('leaves lowercase hosts, other endings and spaced dots alone', () => {
    expect(run('see www.bbc.com and Paris. com is not here.', [['Paris', 'LOC']], siteNames)).toEqual(['Paris/LOC']);
    expect(run('Read Notes.txt today.', [], siteNames)).toEqual([]);
  });
});

describe('bodiesOfPlaces', () => {
  it('makes a capitalized public body of a place one organization', () => {
    expect(run('as well as the Government of Syria to ensure access', [['Syria', 'LOC']], bodiesOfPlaces)).toEqual([
      'Government of Syria/ORG',
    ]);
  });

  it('leaves lowercase heads, titles, sentence openers and places alone', () => {
    expect(run('the government of Syria said', [['Syria', 'LOC']], bodiesOfPlaces)).toEqual(['Syria/LOC']);
    expect(run('the Mayor of Abuja said', [['Abuja', 'LOC']], bodiesOfPlaces)).toEqual(['Abuja/LOC']);
    expect(run('Government of Syria troops left.', [['Syria', 'LOC']], bodiesOfPlaces)).toEqual(['Syria/LOC']);
    expect(run('a Stanford Department of Syria expert', [['Syria', 'LOC']], bodiesOfPlaces)).toEqual(['Syria/LOC']);
  });
});

describe('namesAfterKinds', () => {
  it('makes the capitalized run after a lowercase kind of organization one organization', () => {
    expect(
      run('according to whale rescue group Project Jonah, with 140 whales', [['Jonah', 'PER']], namesAfterKinds),
    ).toEqual(['Project Jonah/ORG']);
    expect(run('He runs the startup Hotelied in Boston.', [], namesAfterKinds)).toEqual(['Hotelied/ORG']);
  });

  it('never for a first name, a known place, a day or a run that holds an organization already', () => {
    expect(run('the developer John Smith said', [['John Smith', 'PER']], namesAfterKinds)).toEqual(['John Smith/PER']);
    expect(run('the company Abuja office', [], namesAfterKinds)).toEqual([]);
    expect(run('the company Saturday said', [], namesAfterKinds)).toEqual([]);
    expect(run('the group Project Jonah Foundation', [['Project Jonah Foundation', 'ORG']], namesAfterKinds)).toEqual([
      'Project Jonah Foundation/ORG',
    ]);
  });
});

describe('roleModifiersOff', () => {
  it('cuts a role modifier off the start of an organization', () => {
    expect(
      run(
        'Interim BART Police Chief Ed Alvarez said',
        [
          ['Interim BART Police', 'ORG'],
          ['Ed Alvarez', 'PER'],
        ],
        roleModifiersOff,
      ),
    ).toEqual(['BART Police/ORG', 'Ed Alvarez/PER']);
    expect(run('Acting Governor Smith', [['Acting', 'ORG']], roleModifiersOff)).toEqual(['Acting/ORG']);
  });
});

describe('joinAcrossAnd', () => {
  it('joins a name split at "and" between two ordinary words into one organization', () => {
    expect(
      run(
        'Pacific Gas and Electric would pay.',
        [
          ['Pacific Gas', 'LOC'],
          ['Electric', 'ORG'],
        ],
        joinAcrossAnd,
      ),
    ).toEqual(['Pacific Gas and Electric/ORG']);
    expect(
      run(
        'the Rock and Roll Hall said',
        [
          ['Rock', 'MISC'],
          ['Roll Hall', 'ORG'],
        ],
        joinAcrossAnd,
      ),
    ).toEqual(['Rock and Roll Hall/ORG']);
  });

  it('keeps two names, a person, a title pair and a second untagged name apart', () => {
    expect(
      run(
        'Google and Apple agreed.',
        [
          ['Google', 'ORG'],
          ['Apple', 'ORG'],
        ],
        joinAcrossAnd,
      ),
    ).toEqual(['Google/ORG', 'Apple/ORG']);
    expect(
      run(
        'Pacific Gas and Electric Smith',
        [
          ['Pacific Gas', 'LOC'],
          ['Electric Smith', 'PER'],
        ],
        joinAcrossAnd,
      ),
    ).toEqual(['Pacific Gas/LOC', 'Electric Smith/PER']);
    expect(
      run(
        'Rock Gas and Electric of the Sith',
        [
          ['Rock Gas', 'ORG'],
          ['Electric', 'ORG'],
        ],
        joinAcrossAnd,
      ),
    ).toEqual(['Rock Gas/ORG', 'Electric/ORG']);
    expect(run('Banc Gas and First Chicago merged', [['Banc Gas', 'ORG']], joinAcrossAnd)).toEqual(['Banc Gas/ORG']);
  });
});

describe('placesBeforePlaceNouns', () => {
  it('retypes an organization or person just before a lowercase noun of places as a place', () => {
    expect(
      run(
        'stranded on the South Taranaki coast and in Kowloon West district.',
        [
          ['South Taranaki', 'ORG'],
          ['Kowloon West', 'PER'],
        ],
        placesBeforePlaceNouns,
      ),
    ).toEqual(['South Taranaki/LOC', 'Kowloon West/LOC']);
  });

  it('leaves organizations by their words, capitalized nouns and other nouns alone', () => {
    expect(
      run(
        'the Acme Department area, the Acme Region and the Acme office',
        [
          ['Acme Department', 'ORG'],
          ['Acme', 'ORG'],
          ['Acme', 'ORG'],
        ],
        placesBeforePlaceNouns,
      ),
    ).toEqual(['Acme Department/ORG', 'Acme/ORG', 'Acme/ORG']);
  });
});

describe('arabicParticleNames', () => {
  it('joins an organization over an Arabic article to the name after it', () => {
    expect(
      run(
        'forces known as Maghawir al Thawra, or MaT',
        [
          ['Maghawir', 'ORG'],
          ['Thawra', 'LOC'],
        ],
        arabicParticleNames,
      ),
    ).toEqual(['Maghawir al Thawra/ORG']);
    expect(run('the group Ansar al Sharia said', [['Ansar', 'ORG']], arabicParticleNames)).toEqual([
      'Ansar al Sharia/ORG',
    ]);
  });

  it('never over English words, into a person, or from a person', () => {
    expect(
      run(
        'the Center at Harvard said',
        [
          ['Center', 'ORG'],
          ['Harvard', 'ORG'],
        ],
        arabicParticleNames,
      ),
    ).toEqual(['Center/ORG', 'Harvard/ORG']);
    expect(
      run(
        'Hamas al Zahar said',
        [
          ['Hamas', 'ORG'],
          ['Zahar', 'PER'],
        ],
        arabicParticleNames,
      ),
    ).toEqual(['Hamas/ORG', 'Zahar/PER']);
    expect(run('Omar al Bashir said', [['Omar', 'PER']], arabicParticleNames)).toEqual(['Omar/PER']);
  });
});
