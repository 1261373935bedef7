import { describe, expect, it } from 'vitest';
import { articles, onDay, sinceMonth } from './phrases';

const NOW = new Date(2024, 8, 19, 15).getTime(); // Thursday 19 September 2024, local time

describe('memory line words', () => {
  it('names the month, with the year only before this one', () => {
    expect(sinceMonth(new Date(2024, 2, 3).getTime(), NOW, 'en-GB')).toBe('March');
    expect(sinceMonth(new Date(2023, 2, 3).getTime(), NOW, 'en-GB')).toBe('March 2023');
  });

  it('names the day: today, yesterday, a weekday this week, else a date', () => {
    expect(onDay(new Date(2024, 8, 19, 1).getTime(), NOW, 'en-GB')).toBe('today');
    expect(onDay(new Date(2024, 8, 18, 23).getTime(), NOW, 'en-GB')).toBe('yesterday');
    expect(onDay(new Date(2024, 8, 17, 9).getTime(), NOW, 'en-GB')).toBe('Tuesday');
    expect(onDay(new Date(2024, 4, 12).getTime(), NOW, 'en-GB')).toBe('12 May');
    expect(onDay(new Date(2022, 4, 12).getTime(), NOW, 'en-GB')).toBe('12 May 2022');
  });

  it('counts articles', () => {
    expect(articles(1)).toBe('1 article');
    expect(articles(1400)).toBe('1,400 articles');
  });
});
