/**
 * The one list of who keeps the record: depositaries, governments, parliaments and international
 * organisations, then the reference works. `npm run validate` prints, per instrument, how many events
 * rest on at least one source of record, so every editor sees where the sourcing is thin.
 */
import type { InstrumentData } from '../schema/instrument-schema.ts';

/** Sites of record: depositaries, governments, parliaments, international organisations and their archives. */
export const RECORD_DOMAINS = [
  // Depositaries and treaty databases
  'treaties.un.org',
  'verdragen.nl',
  'verdragenbank.overheid.nl',
  'zoek.officielebekendmakingen.nl',
  'ctbto.org',
  // International organisations and treaty bodies
  'un.org',
  'unoda.org',
  'unvienna.org',
  'osce.org',
  'nato.int',
  'icrc.org',
  'iaea.org',
  'apminebanconvention.org',
  'clusterconvention.org',
  // Governments, parliaments and their archives
  'gov',
  'mil',
  'gov.uk',
  'parliament.uk',
  'kremlin.ru',
  'mid.ru',
  'duma.gov.ru',
  'gov.pl',
  'msz.gov.pl',
  'mofa.go.jp',
  'auswaertiges-amt.de',
  'diplomatie.gouv.fr',
  'delegfrance.org',
  'diplomatie.belgium.be',
  'mfa.gov.tr',
  'mae.ro',
  'norway.no',
  'regjeringen.no',
  'valtioneuvosto.fi',
  'um.fi',
  'kormany.hu',
  'gov.au',
  'president.lv',
  'gov.ph',
  'dfa.gov.ph',
  'ukraine.gov.ua',
  'gov.ua',
  'mfa.ee',
  'lrs.lt',
  'russianembassy.org',
  'esteri.it',
  'admin.ch',
  'diplo.de',
  'dosfan.lib.uic.edu',
  'bac-lac.wayback.archive-it.org',
  'presidency.ucsb.edu',
  // Presidential libraries (the National Archives' own), official gazettes, and more governments and parliaments
  'bush41library.tamu.edu',
  'reagan.utexas.edu',
  'boe.es',
  'boe.gob.es',
  'council.gov.ru',
  'gov.by',
  'pravo.by',
  'mfa.lt',
  'mfa.gov.lv',
  'saeima.lv',
  'valitsus.ee',
  'riigikogu.ee',
  'eduskunta.fi',
  'pravo.gov.ru',
  'riigiteataja.ee',
] as const;

/** Reference works: read and cited after the record. */
export const REFERENCE_DOMAINS = [
  'armscontrol.org',
  'sipri.org',
  'crsreports.congress.gov',
  'fas.org',
  'the-monitor.org',
  'wilsoncenter.org',
  'asil.org',
  'vertic.org',
  // The German Federal Agency for Civic Education's chronicles: a public body, but a reference work, not a record.
  'bpb.de',
] as const;

/** What kind of source an address is: of record, a reference work, or anything else (news, mostly). */
export function sourceKind(url: string): 'record' | 'reference' | 'other' {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const under = (domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));
  return under(RECORD_DOMAINS) ? 'record' : under(REFERENCE_DOMAINS) ? 'reference' : 'other';
}

/** One instrument's line in the census. */
export interface CensusLine {
  /** The instrument's id. */
  id: string;
  /** Its events, and how many of them cite a source of record. */
  events: number;
  record: number;
}

/** How many events of each instrument rest on a source of record. */
export function sourceCensus(
  instruments: readonly { id: string; data: Pick<InstrumentData, 'events'> }[],
): CensusLine[] {
  return instruments.map(({ id, data }) => ({
    id,
    events: data.events.length,
    record: data.events.filter((e) => e.sources.some((s) => sourceKind(s.url) === 'record')).length,
  }));
}

/** The census as lines for the terminal, with the total. */
export function formatCensus(lines: readonly CensusLine[]): string {
  const percent = (part: number, whole: number) => `${Math.round((part / Math.max(whole, 1)) * 100)} %`;
  const total = lines.reduce((sum, l) => ({ events: sum.events + l.events, record: sum.record + l.record }), {
    events: 0,
    record: 0,
  });
  const width = Math.max(...lines.map((l) => l.id.length), 5);
  return [
    'Events with a source of record (src/lib/content/sources/source-kinds.ts lists the sites):',
    ...lines.map(
      (l) =>
        `  ${l.id.padEnd(width)}  ${String(l.record).padStart(3)} of ${String(l.events).padStart(3)}  ${percent(l.record, l.events)}`,
    ),
    `  ${'total'.padEnd(width)}  ${String(total.record).padStart(3)} of ${String(total.events).padStart(3)}  ${percent(total.record, total.events)}`,
  ].join('\n');
}
