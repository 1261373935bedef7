// Sports copy: which sentences of an article are about matches, leagues and their people,
// and whether the article as a whole is. The sports rules (teams, venues, governing bodies)
// act only there, so that a city in a sentence about anything else stays a place. A
// sentence is sports copy when it has a score ("2-1", "42-36"; not a split of votes, "a 5-4
// decision"), one word only sports copy uses (striker, playoff, innings …) or two of the
// weaker ones (match, season, coach, club, fans, victory …); an article is when at least
// ARTICLE_MIN of its sentences are, and at least one in ARTICLE_SHARE. Pure: folded tokens in.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that make a sentence sports copy alone. Written for Gloss. */
const STRONG = words(`league leagues striker strikers midfielder midfielders defender goalkeeper goalkeepers
  winger wingers quarterback quarterbacks pitcher pitchers innings inning homer homers touchdown touchdowns
  playoff playoffs play-off play-offs semifinal semifinals semi-final semi-finals quarterfinal quarterfinals
  quarter-final quarter-finals halftime half-time derby relegation promoted relegated referee goalscorer
  hat-trick premiership stoppage-time extra-time kickoff kick-off fixture fixtures footballer footballers
  cricketer batsman bowler wicket wickets rugby soccer football baseball basketball hockey cricket tennis
  nfl nba nhl mlb mls uefa fifa`);
/** Words of which two make a sentence sports copy. Written for Gloss. */
const WEAK = words(`match matches season seasons coach coaches manager managers boss club clubs squad team teams
  fans supporters stadium tournament championship championships title titles cup final finals victory
  victories win wins won beat beaten defeat defeated draw drew game games scored score scoring goal goals
  captain skipper side sides transfer signed player players points champions trophy trophies tie`);
const SCORE = /^\d{1,3}-\d{1,3}$/;
/** A split of votes is no score: "a 5-4 decision", "voted 52-48". Written for Gloss. */
const VOTES = words('decision decisions ruling vote votes voted majority verdict margin split');
const ARTICLE_MIN = 3;
const ARTICLE_SHARE = 6;

/** Which sentences are sports copy, and whether the article is. */
export interface SportsCopy {
  /** By sentence index (`sentenceOf`'s values). */
  sentence: boolean[];
  article: boolean;
}

// Four passes ask about the same document in one recognize() run; the answer depends only on
// these two arrays, so it is kept for them (and dropped with them).
const readings = new WeakMap<Int32Array, { folded: readonly string[]; copy: SportsCopy }>();

/**
 * Reads the sports copy of an article from its folded tokens and each token's sentence index
 * (once per document: later calls with the same arrays get the same answer). Callers only read it.
 */
export function sportsCopy(folded: readonly string[], sentenceOf: Int32Array): SportsCopy {
  const known = readings.get(sentenceOf);
  if (known?.folded === folded) return known.copy;
  const copy = readSportsCopy(folded, sentenceOf);
  readings.set(sentenceOf, { folded, copy });
  return copy;
}

function readSportsCopy(folded: readonly string[], sentenceOf: Int32Array): SportsCopy {
  const n = sentenceOf.length ? sentenceOf[sentenceOf.length - 1]! + 1 : 0;
  const weak = new Array<number>(n).fill(0);
  const sentence = new Array<boolean>(n).fill(false);
  folded.forEach((f, i) => {
    const k = sentenceOf[i]!;
    const score = SCORE.test(f) && !VOTES.has(folded[i + 1] ?? '') && !VOTES.has(folded[i - 1] ?? '');
    if (STRONG.has(f) || score) sentence[k] = true;
    else if (WEAK.has(f) && ++weak[k]! >= 2) sentence[k] = true;
  });
  const count = sentence.filter(Boolean).length;
  return { sentence, article: count >= ARTICLE_MIN && count * ARTICLE_SHARE >= n };
}
