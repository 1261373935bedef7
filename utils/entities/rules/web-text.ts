// What text written for the web carries besides names, whatever the tagger says (issue 11: web
// text). Reviews, e-mails, forum posts and the comment-like parts of news pages open sentences
// on words the news text the tagger learnt from hardly has ("Thank you", "Please note", "Hi
// all", "Congratulations to …", "The answer is YES!"), and paste addresses into prose
// ("louise_matsakis@wired.com", "http://po.st/TP_615", "UnleadedStocks.pdf", a court's
// "FHC/ABJ/03/095/2018"). Two classes, each a shape or a closed class of words, never a name:
//  - words of address and reply: interjections, greetings, thanks and politeness, chat
//    abbreviations ("FYI", "ASAP", "LOL"); never two capitals, which are US state codes ("Tulsa,
//    OK", "HI"). A span that is one such word goes; one that opens on
//    one at its sentence's start goes when only ordinary words follow it ("Dear All", "Please
//    Note"), loses it when a person follows ("Hi John Smith" → "John Smith"), and else stays
//    whole ("Welcome Bay", "Hello Magazine");
//  - addresses: a span inside a run of text without spaces that is an e-mail address (a word,
//    "@", a word), a URL ("://", "www."), a file name (a known file extension) or a reference
//    of three or more parts joined by "/" with a digit in it goes, and so does a span of any
//    type with no letter in it (a phone number "203.961.7523"). A handle opening on "@"
//    ("@MattBevin") is left alone: it names its owner.
// Pure: token spans in and out.

import { isFirstName } from '../gazetteer';
import { isOrdinaryWord } from './ordinary-spans';
import type { SpanContext } from './span-rules';
import type { TokenSpan } from '../spans';
import type { Token } from '../tokenizer';

/** Interjections, greetings, thanks, politeness and chat abbreviations (folded): no name is one of them. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set(
  (
    'thank thanks thx thankyou please pls plz congratulations congrats kudos hi hello hey hiya howdy ' +
    'dear greetings cheers sorry welcome goodbye bye regards sincerely yes yeah yep yup nope ok okay ' +
    'oh ah ahh aha haha hah heh huh meh nah yay wow whoa oops ouch ugh hmm alas hooray bravo lol lmao rofl omg ' +
    'btw fyi asap imho imo'
  ).split(' '),
);

const LETTER = /\p{L}/u;
const EMAIL = /[\p{L}\p{N}]@[\p{L}\p{N}]/u;
const URL = /:\/\/|^www\./i;
const FILE_NAME =
  /[\p{L}\p{N}_-]\.(?:pdf|docx?|xlsx?|pptx?|txt|csv|rtf|jpe?g|png|gif|webp|zip|html?|php|aspx?|mp[34]|wav|exe)$/iu;
const REFERENCE = /^[^/]+(?:\/[^/]+){2,}$/;
const DIGIT = /\d/;
const EDGE_MARKS = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** The run of text around tokens [start, end) with no space in it, edge punctuation trimmed ("(x@y.com)." → "x@y.com"). */
function spacelessRun(tokens: readonly Token[], text: (k: number) => string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && tokens[a - 1]!.end === tokens[a]!.start) a--;
  while (b < tokens.length && tokens[b]!.start === tokens[b - 1]!.end) b++;
  let run = '';
  for (let k = a; k < b; k++) run += text(k);
  // a trailing full stop or bracket is the sentence's, a leading quote or bracket the prose's;
  // a leading "@" stays (a handle), as does a slash inside
  return run.replace(EDGE_MARKS, (m, offset: number) => (offset === 0 && m.endsWith('@') ? '@' : ''));
}

/** True if `run` (text without spaces) is an e-mail address, a URL, a file name or a "/" reference with a digit. */
export function isAddress(run: string): boolean {
  if (run.startsWith('@')) return false;
  if (EMAIL.test(run) || URL.test(run) || FILE_NAME.test(run)) return true;
  return REFERENCE.test(run) && DIGIT.test(run) && !run.includes(' ');
}

// Two capitals are a US state's postal code ("Tulsa, OK", "Honolulu, HI"), not a reply.
const STATE_CODE = /^\p{Lu}{2}$/u;

function isAddressWord(ctx: SpanContext, i: number): boolean {
  return ADDRESS_WORDS.has(ctx.folded[i]!) && !STATE_CODE.test(ctx.tokens[i]!.text);
}

function sentenceStart(ctx: SpanContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && ctx.sentenceOf[k] === ctx.sentenceOf[i]; k--) {
    if (LETTER.test(ctx.tokens[k]!.text) || /\d/.test(ctx.tokens[k]!.text)) return false;
  }
  return true;
}

/** The span without its words of address (see the module comment), or null when nothing of a name is left. */
function withoutAddressWords(span: TokenSpan, ctx: SpanContext): TokenSpan | null {
  const { folded, gazetteer } = ctx;
  if (span.end - span.start === 1) return isAddressWord(ctx, span.start) ? null : span;
  if (!isAddressWord(ctx, span.start) || !sentenceStart(ctx, span.start)) return span;
  let start = span.start + 1;
  // "Hi, John": the comma after the greeting goes with it
  while (start < span.end && !LETTER.test(ctx.tokens[start]!.text)) start++;
  let named = false;
  for (let k = start; k < span.end; k++)
    if (LETTER.test(ctx.tokens[k]!.text) && !isOrdinaryWord(folded[k]!, gazetteer)) named = true;
  // "Dear All", "Thanks Everyone", "Please Note": nothing of a name after the greeting
  if (!named) return null;
  // "Hi John Smith": a person after the greeting; else the whole may be a name ("Welcome Bay")
  const firstName = isFirstName(gazetteer, folded[start]!);
  return span.type === 'PER' || firstName ? { ...span, start } : span;
}

/** Drops spans that are words of address or pieces of addresses, and cuts a greeting off a name (module comment). */
export function dropWebTextWords(spans: readonly TokenSpan[], ctx: SpanContext): TokenSpan[] {
  const text = (k: number) => ctx.tokens[k]!.text;
  const out: TokenSpan[] = [];
  for (const span of spans) {
    let letters = false;
    for (let k = span.start; k < span.end && !letters; k++) letters = LETTER.test(text(k));
    if (!letters) continue;
    if (isAddress(spacelessRun(ctx.tokens, text, span.start, span.end))) continue;
    const kept = withoutAddressWords(span, ctx);
    if (kept) out.push(kept);
  }
  return out;
}
