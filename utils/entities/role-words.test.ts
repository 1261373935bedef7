import { describe, expect, it } from 'vitest';
import { resolveEntities } from './coref';
import { buildGazetteer, fold, GAZ_CATEGORIES, phraseKey } from './gazetteer';
import { roleWordTest } from './role-words';
import { tokenize } from './tokenizer';

const lists: Record<string, string[]> = {
  city: [],
  country: [],
  region: [],
  first: ['nadia', 'jonas', 'baker', 'hunter'],
  org: [],
  common: ['baker', 'hunter', 'economist', 'said'],
};
const gazetteer = buildGazetteer(GAZ_CATEGORIES.map((c) => lists[c]!.map(phraseKey)));

describe('roleWordTest', () => {
  it('knows a role by its shape: an ordinary word or an agent ending, never a first name', () => {
    const text = 'Ombudsman Defenseman Economist Baker Hunter Cruz said';
    const tokens = tokenize(text);
    const role = roleWordTest(
      tokens,
      tokens.map((t) => fold(t.text)),
      gazetteer,
    );
    expect(tokens.map((_, i) => role(i))).toEqual([true, true, true, false, false, false, false]);
  });
});

describe('roles in person spans', () => {
  it('cuts a role off a three-word person span and keeps it as the hint; two-word names stay whole', () => {
    const text = 'Ombudsman Nadia Cruz met Defenseman Jonas Brodin and Baker Mayfield.';
    const tokens = tokenize(text);
    const folded = tokens.map((t) => fold(t.text));
    const span = (s: string) => {
      const at = text.indexOf(s);
      return {
        start: tokens.findIndex((t) => t.start === at),
        end: tokens.findIndex((t) => t.end === at + s.length) + 1,
        type: 'PER',
      };
    };
    const r = resolveEntities(
      text,
      tokens,
      [span('Ombudsman Nadia Cruz'), span('Defenseman Jonas Brodin'), span('Baker Mayfield')],
      undefined,
      roleWordTest(tokens, folded, gazetteer),
    );
    expect(r.mentions.map((m) => [m.text, m.hint ?? null])).toEqual([
      ['Nadia Cruz', 'Ombudsman'],
      ['Jonas Brodin', 'Defenseman'],
      ['Baker Mayfield', null],
    ]);
  });
});
