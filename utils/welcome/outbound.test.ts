import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings';
import { NEVER_SENT, outboundFlows } from './outbound';

const on = (s: Partial<typeof DEFAULT_SETTINGS>) =>
  Object.fromEntries(outboundFlows({ ...DEFAULT_SETTINGS, ...s }).map((f) => [f.id, f.state.on]));

describe('outboundFlows', () => {
  it('with the default settings: Wikipedia, Wikidata, pictures and GDELT on; Google News off until opted in', () => {
    expect(on({})).toEqual({ wikipedia: true, wikidata: true, pictures: true, gdelt: true, 'google-news': false });
  });
  it('follows each switch', () => {
    expect(on({ gdelt: false }).gdelt).toBe(false);
    expect(on({ googleNews: true })['google-news']).toBe(true);
    const flows = outboundFlows({ ...DEFAULT_SETTINGS, wikidataFacts: false });
    const wikidata = flows.find((f) => f.id === 'wikidata')!;
    // The type check still asks Wikidata; only the facts are switched off.
    expect(wikidata.state).toEqual({ on: true, text: 'On, for the type check only' });
    expect(wikidata.sends).toContain('“More facts” is off');
  });
  it('offline/private mode turns every one off, whatever the switches say', () => {
    const flows = outboundFlows({ ...DEFAULT_SETTINGS, offline: true, googleNews: true, gdelt: true });
    for (const f of flows) expect(f.state, f.id).toEqual({ on: false, text: 'Off: offline/private mode is on' });
  });
  it('names only names as what is sent, and says page text never leaves', () => {
    for (const f of outboundFlows(DEFAULT_SETTINGS)) expect(f.sends).not.toMatch(/text of the page|page text/i);
    expect(NEVER_SENT).toMatch(/text of the pages you read/);
    expect(NEVER_SENT).toMatch(/never leave the device/);
  });
});
