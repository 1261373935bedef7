// The welcome page's sample article: a short, made-up news story about real, well-known
// people, places and an organization, written for Gloss (no outside text), on which the
// welcome page shows Gloss's real marks and cards without any network. The story itself is
// fiction (the letter and its sale); the background facts it leans on are not.
// Its entities, as the shipped engine finds them, are pinned by sample-article.test.ts: a
// change of the model that changes them fails there, not silently on the welcome page.

export interface SampleArticle {
  title: string;
  /** Shown above the story, so nobody takes it for news. */
  label: string;
  paragraphs: readonly string[];
}

export const SAMPLE_ARTICLE: SampleArticle = {
  title: 'Unknown Darwin letter to be sold in London',
  label: 'Sample story, made up for this page',
  paragraphs: [
    'A letter that Charles Darwin wrote to his friend Joseph Hooker in 1858, unknown to historians until last year, will be sold at auction in London next month, the family selling it said on Tuesday.',
    'In the four-page letter, Darwin describes his worries about publishing his theory of evolution by natural selection and asks Hooker, a botanist, for advice on the orchids he was growing in the greenhouse of his home in Kent. The letter turned up in a box of papers bought at a house clearance, and the auctioneers expect it to fetch between £200,000 and £300,000.',
    "Experts at Cambridge University Library, which holds the largest collection of Darwin's papers, examined the paper, ink and handwriting and said they had no doubt the letter was genuine. A spokesperson for the library said it hoped the letter would be bought by a public collection, so that scholars could study it.",
    'Darwin and Hooker wrote to each other for four decades, and Hooker was one of the few people Darwin trusted with his ideas before they were published. The letter will be on public view in London for a week before the sale.',
  ],
};
