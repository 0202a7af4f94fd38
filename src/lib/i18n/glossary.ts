/**
 * The legal words, per language, in one place: the label of every event type, the name of every status
 * (as a label and in the middle of a sentence), and the two kinds of instrument. Each edition's strings
 * tables draw these ids from here and nowhere else, so a word of treaty law is chosen once per language,
 * as the depositaries and the official texts in that language use it — and suspension (RU приостановление,
 * UK зупинення, DE Aussetzung, FR suspension, PL zawieszenie) is never written as withdrawal (выход,
 * вихід, Rücktritt, retrait, wystąpienie).
 *
 * The languages whose adjectives agree in gender (ru, uk, fr, pl) name statuses in forms that fit any
 * instrument: impersonal or neuter forms and nouns (RU «действует», «действие приостановлено»).
 */
import type { EventType } from '../model/event-types.ts';
import type { Status } from '../model/statuses.ts';

/** A status's words: its label (a heading, a badge) and the same in the middle of a sentence. */
type StatusWords = readonly [label: string, inSentence: string];

/** The statuses a page names: the lifecycle's, and the two an instrument's summary adds. */
export type GlossaryStatus = Status | 'neverInForce' | 'inEffect';

/** One language's legal words. */
export interface Glossary {
  /** The label of each event type: what happened, as a heading or in a list. */
  readonly event: Readonly<Record<EventType, string>>;
  /** The name of each status. */
  readonly status: Readonly<Record<GlossaryStatus, StatusWords>>;
  /** The two kinds of instrument. */
  readonly kind: { readonly treaty: string; readonly political: string };
}

export const GLOSSARY_EN = {
  event: {
    'negotiations-opened': 'Negotiations opened',
    adopted: 'Adopted',
    'opened-for-signature': 'Opened for signature',
    signed: 'Signed',
    'ratification-rejected': 'Ratification rejected',
    ratified: 'Ratified',
    'provisionally-applied': 'Provisionally applied',
    'entered-into-force': 'Entered into force',
    succeeded: 'Succession',
    updated: 'Updated or amended',
    extended: 'Extended',
    statement: 'Statement',
    'withdrawal-announced': 'Withdrawal announced',
    'withdrawal-notified': 'Withdrawal notified',
    'suspension-notified': 'Suspension notified',
    suspended: 'Suspended',
    resumed: 'Resumed',
    'ratification-revoked': 'Ratification revoked',
    withdrawn: 'Withdrawn',
    expired: 'Expired',
    terminated: 'Terminated',
  },
  status: {
    'not-signed': ['Not signed', 'not signed'],
    negotiating: ['Under negotiation', 'under negotiation'],
    'not-in-force': ['Not in force', 'not in force'],
    signed: ['Signed, not ratified', 'signed, not ratified'],
    ratified: ['Ratified, not in force', 'ratified, not in force'],
    'provisionally-applied': ['Provisionally applied', 'provisionally applied'],
    'in-force': ['In force', 'in force'],
    suspended: ['Suspended', 'suspended'],
    'suspended-by-most': ['In force, suspended by most of its states', 'in force, suspended by most of its states'],
    'suspension-notified': [
      'Suspension notified, date of effect not found',
      'suspension notified, date of effect not found',
    ],
    withdrawn: ['Withdrawn', 'withdrawn'],
    expired: ['Expired', 'expired'],
    terminated: ['Terminated', 'terminated'],
    dissolved: ['State dissolved', 'state dissolved'],
    neverInForce: ['Never entered into force', 'never entered into force'],
    inEffect: ['In effect', 'in effect'],
  },
  kind: { treaty: 'Legally binding treaty', political: 'Politically binding document' },
} as const satisfies Glossary;

/** Russian: the terms of the Russian texts of the treaties and of the Ministry of Foreign Affairs. */
export const GLOSSARY_RU = {
  event: {
    'negotiations-opened': 'Начало переговоров',
    adopted: 'Принятие',
    'opened-for-signature': 'Открытие для подписания',
    signed: 'Подписание',
    'ratification-rejected': 'Отказ в ратификации',
    ratified: 'Ратификация',
    'provisionally-applied': 'Временное применение',
    'entered-into-force': 'Вступление в силу',
    succeeded: 'Правопреемство',
    updated: 'Изменение или обновление',
    extended: 'Продление',
    statement: 'Заявление',
    'withdrawal-announced': 'Объявление о выходе',
    'withdrawal-notified': 'Уведомление о выходе',
    'suspension-notified': 'Уведомление о приостановлении',
    suspended: 'Приостановление',
    resumed: 'Возобновление',
    'ratification-revoked': 'Отзыв ратификации',
    withdrawn: 'Выход',
    expired: 'Истечение срока действия',
    terminated: 'Прекращение действия',
  },
  status: {
    'not-signed': ['Не подписано', 'не подписано'],
    negotiating: ['Идут переговоры', 'идут переговоры'],
    'not-in-force': ['Не действует', 'не действует'],
    signed: ['Подписано, не ратифицировано', 'подписано, не ратифицировано'],
    ratified: ['Ратифицировано, не действует', 'ратифицировано, не действует'],
    'provisionally-applied': ['Применяется временно', 'применяется временно'],
    'in-force': ['Действует', 'действует'],
    suspended: ['Действие приостановлено', 'действие приостановлено'],
    'suspended-by-most': [
      'Действует, приостановлено большинством государств-участников',
      'действует, приостановлено большинством государств-участников',
    ],
    'suspension-notified': [
      'Уведомлено о приостановлении, дата его вступления в силу не найдена',
      'уведомлено о приостановлении, дата его вступления в силу не найдена',
    ],
    withdrawn: ['Выход состоялся', 'выход состоялся'],
    expired: ['Срок действия истёк', 'срок действия истёк'],
    terminated: ['Действие прекращено', 'действие прекращено'],
    dissolved: ['Государство прекратило существование', 'государство прекратило существование'],
    neverInForce: ['Так и не вступило в силу', 'так и не вступило в силу'],
    inEffect: ['Применяется', 'применяется'],
  },
  kind: { treaty: 'Юридически обязывающий договор', political: 'Политически обязывающий документ' },
} as const satisfies Glossary;

/** Ukrainian: the terms of the Ukrainian texts (Верховна Рада, МЗС України). */
export const GLOSSARY_UK = {
  event: {
    'negotiations-opened': 'Початок переговорів',
    adopted: 'Ухвалення',
    'opened-for-signature': 'Відкриття для підписання',
    signed: 'Підписання',
    'ratification-rejected': 'Відмова в ратифікації',
    ratified: 'Ратифікація',
    'provisionally-applied': 'Тимчасове застосування',
    'entered-into-force': 'Набрання чинності',
    succeeded: 'Правонаступництво',
    updated: 'Зміна або оновлення',
    extended: 'Продовження строку дії',
    statement: 'Заява',
    'withdrawal-announced': 'Оголошення про вихід',
    'withdrawal-notified': 'Повідомлення про вихід',
    'suspension-notified': 'Повідомлення про зупинення',
    suspended: 'Зупинення дії',
    resumed: 'Відновлення',
    'ratification-revoked': 'Відкликання ратифікації',
    withdrawn: 'Вихід',
    expired: 'Закінчення строку дії',
    terminated: 'Припинення дії',
  },
  status: {
    'not-signed': ['Не підписано', 'не підписано'],
    negotiating: ['Тривають переговори', 'тривають переговори'],
    'not-in-force': ['Не діє', 'не діє'],
    signed: ['Підписано, не ратифіковано', 'підписано, не ратифіковано'],
    ratified: ['Ратифіковано, не діє', 'ратифіковано, не діє'],
    'provisionally-applied': ['Застосовується тимчасово', 'застосовується тимчасово'],
    'in-force': ['Діє', 'діє'],
    suspended: ['Дію зупинено', 'дію зупинено'],
    'suspended-by-most': ['Діє, дію зупинено більшістю держав-учасниць', 'діє, дію зупинено більшістю держав-учасниць'],
    'suspension-notified': [
      'Повідомлено про зупинення, дату набрання ним чинності не знайдено',
      'повідомлено про зупинення, дату набрання ним чинності не знайдено',
    ],
    withdrawn: ['Вихід здійснено', 'вихід здійснено'],
    expired: ['Строк дії закінчився', 'строк дії закінчився'],
    terminated: ['Дію припинено', 'дію припинено'],
    dissolved: ['Держава припинила існування', 'держава припинила існування'],
    neverInForce: ['Так і не набуло чинності', 'так і не набуло чинності'],
    inEffect: ['Застосовується', 'застосовується'],
  },
  kind: { treaty: 'Юридично обов’язковий договір', political: 'Політично обов’язковий документ' },
} as const satisfies Glossary;

/**
 * German: the terms of the German texts (Bundesgesetzblatt, Auswärtiges Amt): a state "tritt zurück" from a
 * treaty (Rücktritt; "Austritt" is said of organisations), and suspension is "Aussetzung". Event labels are
 * nouns, which is why German keeps its capitals in the middle of a sentence (locale.ts).
 */
export const GLOSSARY_DE = {
  event: {
    'negotiations-opened': 'Aufnahme der Verhandlungen',
    adopted: 'Annahme',
    'opened-for-signature': 'Auflegung zur Unterzeichnung',
    signed: 'Unterzeichnung',
    'ratification-rejected': 'Ablehnung der Ratifikation',
    ratified: 'Ratifikation',
    'provisionally-applied': 'Vorläufige Anwendung',
    'entered-into-force': 'Inkrafttreten',
    succeeded: 'Rechtsnachfolge',
    updated: 'Änderung oder Anpassung',
    extended: 'Verlängerung',
    statement: 'Erklärung',
    'withdrawal-announced': 'Ankündigung des Rücktritts',
    'withdrawal-notified': 'Notifikation des Rücktritts',
    'suspension-notified': 'Notifikation der Aussetzung',
    suspended: 'Aussetzung',
    resumed: 'Wiederaufnahme',
    'ratification-revoked': 'Rücknahme der Ratifikation',
    withdrawn: 'Rücktritt',
    expired: 'Ablauf der Geltungsdauer',
    terminated: 'Beendigung',
  },
  status: {
    'not-signed': ['Nicht unterzeichnet', 'nicht unterzeichnet'],
    negotiating: ['In Verhandlung', 'in Verhandlung'],
    'not-in-force': ['Nicht in Kraft', 'nicht in Kraft'],
    signed: ['Unterzeichnet, nicht ratifiziert', 'unterzeichnet, nicht ratifiziert'],
    ratified: ['Ratifiziert, nicht in Kraft', 'ratifiziert, nicht in Kraft'],
    'provisionally-applied': ['Vorläufig angewendet', 'vorläufig angewendet'],
    'in-force': ['In Kraft', 'in Kraft'],
    suspended: ['Ausgesetzt', 'ausgesetzt'],
    'suspended-by-most': [
      'In Kraft, von den meisten Vertragsstaaten ausgesetzt',
      'in Kraft, von den meisten Vertragsstaaten ausgesetzt',
    ],
    'suspension-notified': [
      'Aussetzung notifiziert, Tag des Wirksamwerdens nicht gefunden',
      'Aussetzung notifiziert, Tag des Wirksamwerdens nicht gefunden',
    ],
    withdrawn: ['Zurückgetreten', 'zurückgetreten'],
    expired: ['Ausgelaufen', 'ausgelaufen'],
    terminated: ['Beendet', 'beendet'],
    dissolved: ['Staat aufgelöst', 'Staat aufgelöst'],
    neverInForce: ['Nie in Kraft getreten', 'nie in Kraft getreten'],
    inEffect: ['Wirksam', 'wirksam'],
  },
  kind: { treaty: 'Rechtlich verbindlicher Vertrag', political: 'Politisch verbindliches Dokument' },
} as const satisfies Glossary;

/** French: the terms of the French texts and of the Convention de Vienne (retrait, suspension, extinction). */
export const GLOSSARY_FR = {
  event: {
    'negotiations-opened': 'Ouverture des négociations',
    adopted: 'Adoption',
    'opened-for-signature': 'Ouverture à la signature',
    signed: 'Signature',
    'ratification-rejected': 'Rejet de la ratification',
    ratified: 'Ratification',
    'provisionally-applied': 'Application provisoire',
    'entered-into-force': 'Entrée en vigueur',
    succeeded: 'Succession',
    updated: 'Modification ou mise à jour',
    extended: 'Prorogation',
    statement: 'Déclaration',
    'withdrawal-announced': 'Annonce du retrait',
    'withdrawal-notified': 'Notification du retrait',
    'suspension-notified': 'Notification de la suspension',
    suspended: 'Suspension',
    resumed: 'Reprise',
    'ratification-revoked': 'Révocation de la ratification',
    withdrawn: 'Retrait',
    expired: 'Expiration',
    terminated: 'Extinction',
  },
  status: {
    'not-signed': ['Non signé', 'non signé'],
    negotiating: ['En négociation', 'en négociation'],
    'not-in-force': ['Pas en vigueur', 'pas en vigueur'],
    signed: ['Signé, non ratifié', 'signé, non ratifié'],
    ratified: ['Ratifié, pas en vigueur', 'ratifié, pas en vigueur'],
    'provisionally-applied': ['Appliqué à titre provisoire', 'appliqué à titre provisoire'],
    'in-force': ['En vigueur', 'en vigueur'],
    suspended: ['Application suspendue', 'application suspendue'],
    'suspended-by-most': [
      'En vigueur, application suspendue par la plupart de ses États',
      'en vigueur, application suspendue par la plupart de ses États',
    ],
    'suspension-notified': [
      'Suspension notifiée, date de prise d’effet introuvable',
      'suspension notifiée, date de prise d’effet introuvable',
    ],
    withdrawn: ['Retrait effectif', 'retrait effectif'],
    expired: ['Expiré', 'expiré'],
    terminated: ['Éteint', 'éteint'],
    dissolved: ['État dissous', 'État dissous'],
    neverInForce: ['Jamais entré en vigueur', 'jamais entré en vigueur'],
    inEffect: ['En application', 'en application'],
  },
  kind: { treaty: 'Traité juridiquement contraignant', political: 'Document politiquement contraignant' },
} as const satisfies Glossary;

/**
 * Polish: the terms of the Polish texts (Dziennik Ustaw, MSZ): a state "wypowiada" a treaty and
 * "wystąpienie" is the withdrawal taking effect; suspension is "zawieszenie". Statuses are nouns and
 * impersonal forms, which fit any instrument (traktat, układ, konwencja).
 */
export const GLOSSARY_PL = {
  event: {
    'negotiations-opened': 'Rozpoczęcie negocjacji',
    adopted: 'Przyjęcie',
    'opened-for-signature': 'Otwarcie do podpisu',
    signed: 'Podpisanie',
    'ratification-rejected': 'Odmowa ratyfikacji',
    ratified: 'Ratyfikacja',
    'provisionally-applied': 'Tymczasowe stosowanie',
    'entered-into-force': 'Wejście w życie',
    succeeded: 'Sukcesja',
    updated: 'Zmiana lub aktualizacja',
    extended: 'Przedłużenie',
    statement: 'Oświadczenie',
    'withdrawal-announced': 'Zapowiedź wystąpienia',
    'withdrawal-notified': 'Notyfikacja wypowiedzenia',
    'suspension-notified': 'Notyfikacja zawieszenia',
    suspended: 'Zawieszenie',
    resumed: 'Wznowienie',
    'ratification-revoked': 'Cofnięcie ratyfikacji',
    withdrawn: 'Wystąpienie',
    expired: 'Wygaśnięcie',
    terminated: 'Zakończenie obowiązywania',
  },
  status: {
    'not-signed': ['Brak podpisu', 'brak podpisu'],
    negotiating: ['W trakcie negocjacji', 'w trakcie negocjacji'],
    'not-in-force': ['Nie obowiązuje', 'nie obowiązuje'],
    signed: ['Podpisano, nie ratyfikowano', 'podpisano, nie ratyfikowano'],
    ratified: ['Ratyfikowano, nie obowiązuje', 'ratyfikowano, nie obowiązuje'],
    'provisionally-applied': ['Stosowanie tymczasowe', 'stosowanie tymczasowe'],
    'in-force': ['Obowiązuje', 'obowiązuje'],
    suspended: ['Stosowanie zawieszone', 'stosowanie zawieszone'],
    'suspended-by-most': [
      'Obowiązuje, stosowanie zawieszone przez większość państw-stron',
      'obowiązuje, stosowanie zawieszone przez większość państw-stron',
    ],
    'suspension-notified': [
      'Notyfikowano zawieszenie, nie znaleziono daty skuteczności',
      'notyfikowano zawieszenie, nie znaleziono daty skuteczności',
    ],
    withdrawn: ['Po wystąpieniu', 'po wystąpieniu'],
    expired: ['Po wygaśnięciu', 'po wygaśnięciu'],
    terminated: ['Obowiązywanie zakończone', 'obowiązywanie zakończone'],
    dissolved: ['Państwo przestało istnieć', 'państwo przestało istnieć'],
    neverInForce: ['Wejście w życie nie nastąpiło', 'wejście w życie nie nastąpiło'],
    inEffect: ['Stosowany', 'stosowany'],
  },
  kind: { treaty: 'Traktat prawnie wiążący', political: 'Dokument politycznie wiążący' },
} as const satisfies Glossary;

/** Every language's glossary, by edition (the pseudo-locale's is derived from English with its strings). */
export type GlossaryLanguage = 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'pl';

/** A glossary's words as the strings table's ids: `event.<type>`, `status.<status>` and its `.inSentence`. */
export type GlossaryStrings = { readonly [K in EventType as `event.${K}`]: string } & {
  readonly [K in GlossaryStatus as `status.${K}` | `status.${K}.inSentence`]: string;
};

/** A glossary's words as the page strings table's ids: `kind.treaty`, `kind.political`. */
export type GlossaryPageStrings = { readonly 'kind.treaty': string; readonly 'kind.political': string };

/**
 * An edition's table of strings: its own words and the glossary's. Called as `/* @__PURE__ *\/` at a table's
 * declaration, so that a build which never reads the table drops it, glossary and all.
 */
export function withGlossary<Table extends object>(glossary: Glossary, table: Table): GlossaryStrings & Table {
  return Object.fromEntries([
    ...Object.entries(glossary.event).map(([type, label]) => [`event.${type}`, label]),
    ...Object.entries(glossary.status).flatMap(([status, [label, inSentence]]) => [
      [`status.${status}`, label],
      [`status.${status}.inSentence`, inSentence],
    ]),
    ...Object.entries(table),
  ]) as GlossaryStrings & Table;
}

/** An edition's table of page strings: its own words and the glossary's kinds of instrument (see withGlossary). */
export function withPageGlossary<Table extends object>(glossary: Glossary, table: Table): GlossaryPageStrings & Table {
  return { 'kind.treaty': glossary.kind.treaty, 'kind.political': glossary.kind.political, ...table };
}
