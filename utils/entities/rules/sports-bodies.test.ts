import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer';
import { markedSpans, spanContext, spanSurface } from '../marked-spans';
import { sportsBodies } from './sports-bodies';

const gazetteer: Gazetteer = { phrases: new Map(), maxLen: 1, prefixes: new Set(), clusters: new Map() };

function run(text: string, marks: Array<[string, string]>): string[] {
  const ctx = spanContext(text, gazetteer);
  return sportsBodies(markedSpans(text, ctx.tokens, marks), ctx).map(
    (s) => `${spanSurface(text, ctx.tokens, s)}/${s.type}`,
  );
}

describe('sportsBodies', () => {
  it('splits the body off an event whose rest is written alone in the article', () => {
    expect(
      run('The club reached the Champions League final. He won the UEFA Champions League twice.', [
        ['Champions League', 'MISC'],
        ['UEFA Champions League', 'MISC'],
      ]),
    ).toEqual(['Champions League/MISC', 'UEFA/ORG', 'Champions League/MISC']);
  });

  it('splits an acronym coordinated with an organization before it', () => {
    expect(
      run('The tennis season ends with the WTA and ATP Finals.', [
        ['WTA', 'ORG'],
        ['ATP Finals', 'MISC'],
      ]),
    ).toEqual(['WTA/ORG', 'ATP/ORG', 'Finals/MISC']);
  });

  it('keeps an event whole without such evidence, in capitals, or outside sports copy', () => {
    expect(
      run('Parma won the UEFA Cup final 2-1. The Cup went to Italy.', [
        ['UEFA Cup', 'MISC'],
        ['Cup', 'MISC'],
      ]),
    ).toEqual(['UEFA Cup/MISC', 'Cup/MISC']);
    expect(
      run('TENNIS - TEAMS OPEN FOR 1997 FED CUP. Spain won the Fed Cup 3-2.', [
        ['FED CUP', 'MISC'],
        ['Fed Cup', 'MISC'],
      ]),
    ).toEqual(['FED CUP/MISC', 'Fed Cup/MISC']);
    expect(
      run('The EU and ECB Summit met. The ECB Summit Meeting ended; Summit Meeting notes followed.', [
        ['EU', 'ORG'],
        ['ECB Summit', 'MISC'],
        ['ECB Summit Meeting', 'MISC'],
        ['Summit Meeting', 'MISC'],
      ]),
    ).toEqual(['EU/ORG', 'ECB Summit/MISC', 'ECB Summit Meeting/MISC', 'Summit Meeting/MISC']);
  });
});
