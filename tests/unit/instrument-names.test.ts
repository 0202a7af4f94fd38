import { describe, expect, it } from 'vitest';
import { inEditionLanguage } from '../../src/lib/model/instrument-names.ts';
import { instrumentSchema } from '../../src/lib/content/schema/instrument-schema.ts';
import { event, instrument } from './hand-made.ts';
import { contentInstruments, contentModel } from './content-model.ts';

const ASOF = { asOf: '2026-11-22' };
const valid = instrument([event('1990', 'signed', ['US'])]);
const issues = (data: unknown) =>
  instrumentSchema(ASOF)
    .safeParse(data)
    .error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('names in the other editions’ languages', () => {
  it('instrumentSchema accepts names in any of ru, uk, de, fr and pl, each a name and a short name', () => {
    const names = {
      ru: { name: 'Договор об обычных вооружённых силах в Европе', shortName: 'ДОВСЕ' },
      de: { name: 'Vertrag über konventionelle Streitkräfte in Europa', shortName: 'KSE-Vertrag' },
    };
    expect(instrumentSchema(ASOF).parse({ ...valid, names }).names).toEqual(names);
  });

  it('instrumentSchema refuses a language no edition speaks, a missing short name and an empty name', () => {
    expect(issues({ ...valid, names: { es: { name: 'Tratado', shortName: 'FACE' } } })).toEqual([
      ['names', expect.stringMatching(/^names are given in ru, uk, de, fr, pl only — es is not/)],
    ]);
    expect(issues({ ...valid, names: { de: { name: 'Vertrag' } } })).toEqual([
      ['names.de.shortName', expect.stringMatching(/^the short name in this language is missing/)],
    ]);
    expect(issues({ ...valid, names: { fr: { name: ' ', shortName: 'Traité FCE' } } })).toEqual([
      ['names.fr.name', expect.stringMatching(/^the full name in this language is empty/)],
    ]);
  });

  it('inEditionLanguage gives an edition its names where the content has them, and the English elsewhere', () => {
    const data = { ...valid, names: { de: { name: 'Vertrag über Beispiele', shortName: 'Beispielvertrag' } } };
    expect(inEditionLanguage(data, 'de')).toMatchObject({
      name: 'Vertrag über Beispiele',
      shortName: 'Beispielvertrag',
    });
    expect(inEditionLanguage(data, 'ru')).toBe(data);
    expect(inEditionLanguage(data, 'en')).toBe(data);
    expect(inEditionLanguage(data, 'en-XA')).toBe(data);
  });

  it('the content names the CFE Treaty in every edition’s language, and the English build keeps its English names', () => {
    const cfe = contentInstruments.find((i) => i.id === 'cfe')!;
    expect(contentModel('cfe').data.shortName).toBe('CFE Treaty');
    expect(cfe.data.name).toBe('Treaty on Conventional Armed Forces in Europe');
    expect(
      Object.fromEntries(Object.entries(cfe.data.names ?? {}).map(([locale, names]) => [locale, names?.shortName])),
    ).toEqual({ ru: 'ДОВСЕ', uk: 'ДЗЗСЄ', de: 'KSE-Vertrag', fr: 'Traité FCE', pl: 'Traktat CFE' });
    expect(inEditionLanguage(cfe.data, 'ru').name).toBe('Договор об обычных вооружённых силах в Европе');
  });
});
