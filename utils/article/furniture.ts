// Page furniture: the parts of an article page a reader does not read as the story —
// captions and photo credits, bylines and timestamps, share bars, buttons, navigation,
// "Subscribe" / "Read More" labels. Recognition read them as names ("Getty Images" as a
// person, "Gallery" as a place). They are kept out of the text recognition sees, by the
// page's structure first (elements and their roles, microdata, class words) and by the text
// itself where structure says nothing (a line made only of interface words, a photo credit).
// Pure: elements and strings in, verdicts out.

/** Elements that only ever hold furniture. */
const FURNITURE_TAGS = new Set(['FIGCAPTION', 'TIME', 'BUTTON', 'NAV', 'SELECT', 'OPTION', 'LABEL', 'MENU', 'DIALOG']);

/** ARIA roles of interface parts. */
const FURNITURE_ROLES = new Set([
  'button',
  'navigation',
  'toolbar',
  'menu',
  'menubar',
  'menuitem',
  'tablist',
  'tab',
  'dialog',
  'alertdialog',
  'banner',
  'contentinfo',
  'search',
  'tooltip',
]);

/** Microdata properties of article metadata (the author, the dates, the credit). */
const FURNITURE_ITEMPROPS =
  /(?:^|\s)(?:author|creator|contributor|datePublished|dateModified|dateCreated|copyrightHolder|creditText|caption|publisher)(?:\s|$)/;

/**
 * Words of class names and ids that name furniture, matched as whole words of the name split
 * at "-", "_", spaces and camelCase ("c-article__byline", "photoCredit", "share-tools").
 */
const FURNITURE_CLASS_WORDS = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'byline',
  'bylines',
  'author',
  'authors',
  'timestamp',
  'timestamps',
  'share',
  'sharing',
  'sharebar',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsor',
  'sponsored',
  'breadcrumb',
  'breadcrumbs',
  'toolbar',
  'tags',
  'signup',
  'paywall',
]);

/**
 * Words of class names and ids that mark other stories and the readers' side of the page, set
 * inside the article: "sdc-article-related-stories", "trending-now", "most-popular",
 * "recommended", "recirculation", "comments". Not "comment" alone: a site may mark its opinion
 * pieces so.
 */
const OTHER_STORIES_CLASS_WORDS = new Set([
  'related',
  'trending',
  'popular',
  'recommended',
  'recirculation',
  'comments',
]);

/** Words of a class name or id, lowercased: "c-article__byline photoCredit" → c, article, byline, photo, credit. */
export function classWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Longest text (characters) of an element called furniture only by its class, id, rel or
 * itemprop: a wrapper whose class happens to say "tags" or "author" may hold the whole story.
 */
const MAX_NAMED_FURNITURE_CHARS = 400;

const squeeze = (s: string | null) => (s ?? '').replace(/\s+/g, '');

/**
 * A list of two or more items each of which is only link text: related stories, tags or a
 * site's sections, not the story ("<li><a>Headline of another story</a></li>").
 */
function isLinkList(el: Element): boolean {
  const items = el.children;
  if (items.length < 2) return false;
  for (const li of items) {
    if (li.tagName.toUpperCase() !== 'LI') return false;
    let linked = '';
    for (const a of li.querySelectorAll('a')) linked += a.textContent ?? '';
    const text = squeeze(li.textContent);
    if (!text || squeeze(linked) !== text) return false;
  }
  return true;
}

/** True when the element, by what it is, holds furniture rather than the story (`tagName`: its own, when the caller has it). */
export function isFurnitureElement(el: Element, tagName: string = el.tagName): boolean {
  const tag = tagName.toUpperCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  if ((tag === 'UL' || tag === 'OL') && isLinkList(el)) return true;
  // The element's attribute names in one read, then only the attributes it has: every read
  // from a Firefox content script crosses the page's Xray wrapper, and this runs for every
  // element of the article. A missing attribute reads as null either way.
  const present = el.getAttributeNames();
  if (present.length === 0) return false;
  const attr = (name: string) => (present.includes(name) ? el.getAttribute(name) : null);
  const role = attr('role');
  if (role && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  if (!namedFurniture(el, attr)) return false;
  return (el.textContent ?? '').length <= MAX_NAMED_FURNITURE_CHARS;
}

/**
 * Class names of text kept for screen readers and hidden from sight ("visually-hidden",
 * "sr-only", WordPress's "screen-reader-text"): labels such as "Close this modal window",
 * "Continue reading the main story" or the site's own name, which a reader never sees.
 */
const SCREEN_READER_ONLY =
  /(?:^|[\s_-])(?:visually-?hidden|sr-only|screen-reader-(?:text|only)|offscreen)(?:$|[\s_-])/i;

/** Links in the element, itself included ("<a class="related-post">…</a>" is one). */
const linkCount = (el: Element) => el.querySelectorAll('a').length + (el.tagName.toUpperCase() === 'A' ? 1 : 0);

function namedFurniture(el: Element, attr: (name: string) => string | null): boolean {
  if ((attr('rel') ?? '').split(/\s+/).includes('author')) return true;
  const itemprop = attr('itemprop');
  if (itemprop && FURNITURE_ITEMPROPS.test(itemprop)) return true;
  const names = `${attr('class') ?? ''} ${attr('id') ?? ''}`;
  if (SCREEN_READER_ONLY.test(names)) return true;
  if (!names.trim()) return false;
  for (const w of classWords(names)) {
    if (FURNITURE_CLASS_WORDS.has(w)) return true;
    // A heading or a block of other stories; but a line of one link between paragraphs ("Read
    // more: Russia 'fully ready' to cooperate – Lavrov") is read as the story, as readers see it.
    if (OTHER_STORIES_CLASS_WORDS.has(w) && linkCount(el) !== 1) return true;
  }
  return false;
}

/** Interface words: a line made only of these (with numbers and punctuation) is a label. */
const UI_WORDS = new Set(
  `photo photos photograph image images picture pictures caption captions quote quotes gallery galleries video videos
  graphic graphics file subscribe subscriber subscribers unsubscribe read more less min mins minute minutes hour hours
  second seconds ago share shares shared print email e-mail mail facebook twitter x linkedin whatsapp pinterest reddit
  instagram youtube tiktok flipboard messenger telegram sms copy link comments comment close open menu skip to content
  main search sign log in out up register follow following unfollow listen watch play pause next previous prev back top
  save saved bookmark like tweet pin view views show hide expand collapse enlarge toggle loading related topics topic
  newsletter newsletters sponsored advertisement advertising ad ads story stories continues continue below above click
  here tap swipe credit credits source getty afp ap reuters epa shutterstock istock via by and the of a on for with
  updated published posted am pm est edt cst cdt mst mdt pst pdt gmt bst utc et ct pt
  jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october
  november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday today yesterday
  am. pm. a.m. p.m. jan. feb. mar. apr. aug. sep. sept. oct. nov. dec. full screen fullscreen slideshow audio podcast
  download app get free trial offer gift article articles opens new window tab section sections home`.split(/\s+/),
);

const WORDS = /[\p{L}][\p{L}\p{M}'’.-]*/gu;
const ASCII_LETTER = /[A-Za-z]/;

/** True when every word of the line is an interface or time word (and it has at least one). */
export function isInterfaceLine(line: string): boolean {
  // Most lines are story sentences: more than 12 tokens with a letter in them, hence more than
  // 12 words (each such token holds at least one), decided without the Unicode regex below,
  // whose first use costs milliseconds in a fresh content script in Firefox.
  let lettered = 0;
  for (const token of line.split(/\s+/)) if (ASCII_LETTER.test(token) && ++lettered > 12) return false;
  const words = line.match(WORDS);
  if (!words || words.length > 12) return false;
  return words.every((w) => UI_WORDS.has(w.toLowerCase().replace(/[.'’-]+$/, '')) || UI_WORDS.has(w.toLowerCase()));
}

/** A photo credit or caption label line: "Photo: Jane Doe/Reuters", "Image credit: …", "FILE - …", "(Getty Images)". */
const CREDIT_LINE =
  /^\s*(?:\(?\s*(?:photos?|images?|pictures?|video|graphic|illustration|file photo|credit|source)\s*(?:credit)?\s*(?::|by\b|\/|\||©)|file\s*[-–—:]|©|\(c\)\s)/i;
/** The agencies and photo libraries a credit names: CREDIT_TAIL and its pre-test CREDIT_NAMES share them. */
const AGENCIES = 'AP|AFP|Reuters|EPA';
const PHOTO_LIBRARIES = 'Getty Images|Shutterstock|iStock(?:photo)?';
/** An agency credit at the end of a line: "… (AP Photo/Evan Vucci)", "… Getty Images", "… / AFP". */
const CREDIT_TAIL = new RegExp(
  `(?:\\(\\s*(?:${AGENCIES}|Getty)[^()]*\\)|\\b(?:${PHOTO_LIBRARIES})(?:\\s+for\\s+[\\p{L} ]+)?|\\/\\s*(?:${AGENCIES}|Getty Images)(?: Photo)?)\\s*$`,
  'u',
);
/** A byline line: "By Jane Doe", "By Jane Doe and John Roe | Reuters". */
const BYLINE_LINE =
  /^\s*[Bb][Yy]\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,7}\s*(?:[|·•–—/]\s*.{0,60}|,\s*\p{Lu}[\p{L}\p{M} ]{0,40})?$/u;

// Cheap tests of what CREDIT_TAIL and BYLINE_LINE cannot match without: most lines fail them,
// and then the Unicode regexes never run (in Firefox every content script compiles its regexes
// anew, and their first runs cost milliseconds on every page: furnitureRanges took 4–28 ms on
// its first call in a fresh Firefox page, 0–6 on its second).
/** Every branch of CREDIT_TAIL holds one of these names (the same lists). */
const CREDIT_NAMES = new RegExp(`${AGENCIES}|Getty|${PHOTO_LIBRARIES}`);
/** BYLINE_LINE's start. */
const BY_START = /^\s*[Bb][Yy]\s/;

/** True when a line (a block, or a <br>-separated line of one) is furniture by its text. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (isInterfaceLine(t)) return true;
  const words = t.split(/\s+/).length;
  if (words <= 30 && CREDIT_LINE.test(t)) return true;
  if (
    words <= 40 &&
    CREDIT_NAMES.test(t) &&
    CREDIT_TAIL.test(t) &&
    !/[.!?]["”’]?\s+\p{Lu}/u.test(t.replace(CREDIT_TAIL, ''))
  )
    return true;
  if (words <= 12 && BY_START.test(t) && BYLINE_LINE.test(t)) return true;
  return false;
}

/** Inline credits inside a line of story text: "(AP Photo/Evan Vucci)", "(Getty Images)", "(Photo: Jane Doe)". */
const INLINE_CREDIT =
  /\(\s*(?:(?:AP|AFP|Reuters|EPA)\s+Photos?\s*\/[^()]{0,80}|(?:photos?|images?|credit)\s*:[^()]{0,80}|Getty Images[^()]{0,40})\)/giu;

/**
 * Character ranges of `text` that are furniture: whole lines (between "\n") that are furniture
 * by their text, and inline credits within story lines. Sorted, non-overlapping, half-open.
 */
export function furnitureRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    if (isFurnitureLine(line)) {
      out.push([at, end]);
    } else if (line.includes('(')) {
      // Every inline credit is in parentheses.
      INLINE_CREDIT.lastIndex = 0;
      for (let m = INLINE_CREDIT.exec(line); m; m = INLINE_CREDIT.exec(line))
        out.push([at + m.index, at + m.index + m[0].length]);
    }
    at = end + 1;
  }
  return out;
}
