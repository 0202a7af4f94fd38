/**
 * Every string of the interface, keyed by id: what pages, charts, embeds and browser code say around
 * the content. The content (names, descriptions, narratives, sources) is the authors'; everything else a
 * reader sees comes from here. `{name}` marks a value filled in by `t`; a count picks its form with
 * `tn` (`.one`, `.other`, as Intl.PluralRules names them). A new edition is one more table with the same
 * ids, checked complete by the compiler; the pseudo-locale en-XA is derived from English.
 */
import { LOCALE, LOCALES, type Locale } from './locale.ts';
import { pseudoLocalize } from './pseudo-locale.ts';

const EN = {
  // The site
  'site.name': 'Arms Control Timeline',
  'site.pageTitle': '{title} · Arms Control Timeline',
  'site.description':
    'How the arms-control treaties of Europe and of the US–Russia relationship were signed, ratified, suspended, abandoned or left to expire.',
  'site.skip': 'Skip to content',
  'site.navLabel': 'Site',
  'site.nav.timeline': 'Timeline',
  'site.nav.treaties': 'Treaties',
  'site.nav.states': 'States',
  'site.nav.about': 'Methodology and data',
  'site.footer': 'Data as of {day}. Every event links to its source.',
  'site.footer.howWeWork': 'How we work',
  'site.footer.data': 'Data',
  'site.footer.feed': 'Feed',
  'site.feedTitle': 'Latest lifecycle events',
  'feed.title': 'Arms Control Timeline: latest lifecycle events',
  'feed.subtitle':
    'Signatures, ratifications, suspensions, withdrawals and expiries of arms-control instruments, each with its source.',

  // Dates and lists
  'date.approximate': 'c. {date}',
  'date.range': '{from} to {to}',
  'list.separator': ', ',
  'list.more': '{list}, and {count} more',

  // Event types: a label each, and one sentence for the legend, the methodology page and CONTENT.md
  'event.negotiations-opened': 'Negotiations opened',
  'event.negotiations-opened.meaning': 'Formal negotiations on the text began.',
  'event.adopted': 'Adopted',
  'event.adopted.meaning':
    'The text was adopted by a conference, forum or the UN General Assembly; for a politically binding document this puts it into effect.',
  'event.opened-for-signature': 'Opened for signature',
  'event.opened-for-signature.meaning': 'States could begin to sign.',
  'event.signed': 'Signed',
  'event.signed.meaning':
    'A party signed. Signature is not ratification: it obliges a state only to refrain from acts that would defeat the treaty’s object and purpose.',
  'event.ratification-rejected': 'Ratification rejected',
  'event.ratification-rejected.meaning':
    'A legislature voted against approving ratification; the state remains a signatory.',
  'event.ratified': 'Ratified',
  'event.ratified.meaning':
    'A party ratified, acceded or approved, usually by depositing an instrument of ratification.',
  'event.provisionally-applied': 'Provisionally applied',
  'event.provisionally-applied.meaning': 'Parties agreed to apply the treaty, or parts of it, before entry into force.',
  'event.entered-into-force': 'Entered into force',
  'event.entered-into-force.meaning': 'The treaty became legally binding, for all parties or for one.',
  'event.succeeded': 'Succession',
  'event.succeeded.meaning': 'A state took over the rights and obligations of a predecessor state.',
  'event.updated': 'Updated or amended',
  'event.updated.meaning': 'The instrument was amended, adapted or reissued in a new version.',
  'event.extended': 'Extended',
  'event.extended.meaning': 'The parties extended the duration of the treaty.',
  'event.statement': 'Statement',
  'event.statement.meaning':
    'An official statement about the instrument that changes no legal status, such as a moratorium pledge.',
  'event.withdrawal-announced': 'Withdrawal announced',
  'event.withdrawal-announced.meaning':
    'A government announced its intention to withdraw; an announcement has no legal effect by itself.',
  'event.withdrawal-notified': 'Withdrawal notified',
  'event.withdrawal-notified.meaning':
    'Formal notice of withdrawal was given, starting the notice period the treaty sets.',
  'event.suspended': 'Suspended',
  'event.suspended.meaning':
    'A party stopped implementing the instrument while remaining a party. Suspension is not withdrawal.',
  'event.resumed': 'Resumed',
  'event.resumed.meaning': 'A party resumed implementing the instrument after a suspension.',
  'event.ratification-revoked': 'Ratification revoked',
  'event.ratification-revoked.meaning': 'A party revoked its ratification; it remains a signatory.',
  'event.withdrawn': 'Withdrawn',
  'event.withdrawn.meaning': 'A withdrawal took legal effect: the state is no longer a party.',
  'event.expired': 'Expired',
  'event.expired.meaning': 'The instrument ended by its own terms, at the end of its duration.',
  'event.terminated': 'Terminated',
  'event.terminated.meaning': 'The instrument ended for all its parties, for example when one of two parties withdrew.',
  'event.contestedBy': 'as claimed; contested by {parties}',
  'event.line': '{date}: {type} — {parties}',
  'event.lineDocument': '{date}: {type} ({document}) — {parties}',
  'event.lineContested': '{line}, contested by {parties}',

  // Statuses: a label each (as a heading or a badge), and the same in the middle of a sentence
  'status.not-signed': 'Not signed',
  'status.not-signed.inSentence': 'not signed',
  'status.negotiating': 'Under negotiation',
  'status.negotiating.inSentence': 'under negotiation',
  'status.not-in-force': 'Not in force',
  'status.not-in-force.inSentence': 'not in force',
  'status.signed': 'Signed, not ratified',
  'status.signed.inSentence': 'signed, not ratified',
  'status.ratified': 'Ratified, not in force',
  'status.ratified.inSentence': 'ratified, not in force',
  'status.provisionally-applied': 'Provisionally applied',
  'status.provisionally-applied.inSentence': 'provisionally applied',
  'status.in-force': 'In force',
  'status.in-force.inSentence': 'in force',
  'status.suspended': 'Suspended',
  'status.suspended.inSentence': 'suspended',
  'status.withdrawn': 'Withdrawn',
  'status.withdrawn.inSentence': 'withdrawn',
  'status.expired': 'Expired',
  'status.expired.inSentence': 'expired',
  'status.terminated': 'Terminated',
  'status.terminated.inSentence': 'terminated',
  'status.dissolved': 'State dissolved',
  'status.dissolved.inSentence': 'state dissolved',
  'status.neverInForce': 'Never entered into force',
  'status.neverInForce.inSentence': 'never entered into force',
  'status.inEffect': 'In effect',
  'status.inEffect.inSentence': 'in effect',
  'statusGroup.in-force': 'In force',
  'statusGroup.suspended': 'Suspended by a party',
  'statusGroup.pending': 'Signed or adopted, not in force',
  'statusGroup.ended': 'Ended',
  'statusGroup.not-yet': 'Not yet concluded',

  // Parties: names Intl.DisplayNames lacks or words differently from common usage, and the groups
  'party.all-parties': 'All parties',
  'party.nato-allies': 'NATO allies',
  'party.SU': 'Soviet Union',
  'party.CS': 'Czechoslovakia',
  'party.BA': 'Bosnia and Herzegovina',
  'party.CD': 'Democratic Republic of the Congo',

  // Instruments
  'kind.treaty': 'Legally binding treaty',
  'kind.political': 'Politically binding document',
  'keyDate.signed': 'Signed',
  'keyDate.adopted': 'Adopted',
  'keyDate.provisionallyApplied': 'Provisionally applied',
  'keyDate.inForce': 'In force',
  'keyDate.inEffect': 'In effect',
  'keyDate.ended': 'Ended',
  'lineage.supersedes': 'Supersedes',
  'lineage.supersededBy': 'Superseded by',
  'lineage.adaptedBy': 'Adapted by',
  'lineage.updatedBy': 'Updated by',
  'lineage.related': 'Related',

  // Charts
  'chart.wholeTreaty': 'Whole treaty',
  'chart.wholeDocument': 'Whole document',
  'chart.wholeShort': 'All',
  'chart.summary.one': 'Lifecycle of the {name}: {lanes} lane (the instrument as a whole), {events}, as of {day}.',
  'chart.summary.other':
    'Lifecycle of the {name}: {lanes} lanes (the instrument as a whole and each party that acted), {events}, as of {day}.',
  'chart.overviewSummary':
    'Timeline of {instruments} instruments and {events} events, as of {day}: one lane per instrument, coloured by its status.',
  'chart.partySummary.one': '{name} in {count} instrument: one lane with its status over time, {events}, as of {day}.',
  'chart.partySummary.other':
    '{name} in {count} instruments: one lane each with its status over time, {events}, as of {day}.',
  'chart.caption': 'Status as of {day}.{shown} Bars show each status from the event that began it; {where}.',
  'chart.captionShown': ' Showing {from} to {to}.',
  'chart.captionPage': 'every marker links to its event and sources below',
  'chart.captionEmbed': 'every marker opens its event and sources on Arms Control Timeline',
  'chart.asOfLine': 'As of {day}',
  'chart.zoomIn': 'Zoom in',
  'chart.zoomOut': 'Zoom out',
  'chart.showAll': 'Show all',
  'chart.showing': 'Showing {from} to {to}',
  'chart.regionLabel':
    'Lifecycle chart. Arrow keys move between events, plus and minus zoom, 0 shows all, Enter opens an event.',
  'chart.keys': 'Keyboard: arrows move between events, + and − zoom, 0 shows all, Enter opens.',
  'chart.wheelHint': 'Use Ctrl + scroll to zoom',
  'chart.wheelHintMac': 'Use ⌘ or Ctrl + scroll to zoom',
  'chart.group.one': '{count} state: {statuses}',
  'chart.group.other': '{count} states: {statuses}',
  'chart.group.count': '{count} {status}',
  'chart.group.since': '{status} since {day}',
  'chart.group.between': '{status}, each since a day between {from} and {to}',
  'chart.eventCount.one': '{count} event',
  'chart.eventCount.other': '{count} events',
  'chart.markerEvents.one': '{count} event: {events}',
  'chart.markerEvents.other': '{count} events: {events}',
  'chart.markerLabel': '{instrument}, {events}',
  'chart.barSince': 'since {day}',
  'chart.barContested': ' (as claimed; contested by {parties})',
  'chart.barTitle': '{lane}: {status}{contested}, {until}',
  'strip.period': '{status} from {from} to {to}',
  'strip.periodOpen': '{status} from {from}',
  'strip.label': '{name}: {periods}',
  'strip.none': 'no status yet',
  'legend.label': 'Legend',
  'legend.contested': 'As claimed, contested by another party (dashed)',
  'legend.cluster': 'Several events, too close to tell apart here',

  // The explorer
  'explorer.title': 'Timeline',
  'explorer.titlePaged': 'Timeline, instruments {first}–{last} of {total}',
  'explorer.heading': 'How arms-control treaties were made and unmade',
  'explorer.lede':
    'The treaties of Europe and of the US–Russia relationship on one timeline: signed, ratified, suspended, abandoned or left to expire. Data as of {day}; every event links to its source.',
  'explorer.label': 'Timeline explorer',
  'explorer.asOf': 'As of',
  'explorer.zoom': 'Zoom',
  'explorer.fitAll': 'Fit all',
  'explorer.filters': 'Filters',
  'explorer.instruments': 'Instruments',
  'explorer.eventTypes': 'Event types',
  'explorer.party': 'Party',
  'explorer.allParties': 'All parties',
  'explorer.embedTitle': 'Arms-control treaties on one timeline',
  'explorer.hint':
    'Zoom with the buttons, the wheel or a pinch; with the timeline focused, + and − zoom, arrows pan, Home and End jump to the ends. Select a lane or an event to see it in the panel.',
  'explorer.closePanel': 'Close panel',
  'explorer.everyEvent': 'Every event, in order',
  'explorer.eventCount': '{events} events in {instruments} instruments.',
  'explorer.eventCountPaged':
    '{events} events in {instruments} instruments, the instruments {first}–{last} of {total} (concluded {years}); the others are on the other pages of the timeline.',
  'explorer.shownOf': '{shown} of {total}',
  'explorer.timelineLabel':
    'Interactive timeline. Keys: plus and minus zoom, arrows pan, Home and End jump to the ends. Tab to a lane or an event and press Enter to open it.',
  'explorer.statusOn': 'Status on {day}',
  'explorer.wholeLifecycle': 'The whole lifecycle of the {name}',
  'explorer.chooseDay': 'Choose a day from {from} to {to}: {value} is {reason}.',
  'explorer.pagesLabel': 'Timeline pages',
  'explorer.pagesLabelAgain': 'Timeline pages, again',
  'table.date': 'Date',
  'table.instrument': 'Instrument',
  'table.event': 'Event',
  'table.who': 'Who',
  'table.whatHappened': 'What happened',
  'table.sources': 'Sources',
  'table.status': 'Status',
  'table.from': 'From',
  'table.until': 'Until',
  'table.today': 'today',

  // The as-of summary
  'asOf.heading': 'Status on {day}',
  'asOf.sentence': 'On {day}. {groups}',
  'asOf.group': '{title}: {entries}.',
  'asOf.entryWithDetail': '{name} ({detail})',
  'asOf.suspendedBy': 'suspended by {parties}',
  'asOf.partySince': '{party} since {day}',
  'asOf.partyStatus': '{party}: {status}',
  'asOf.detailSeparator': '; ',

  // Lane pages of the explorer
  'pager.drawn': 'This page draws instruments {first}–{last} of {total}, oldest first (page {page} of {pages}).',
  'pager.previous': '← Previous: {first}–{last}',
  'pager.next': 'Next: {first}–{last} →',
  'pager.every': 'Every page',
  'pager.entry': '{first}–{last} ({years})',

  // What changed between two days
  'compare.heading': 'What changed between {from} and {to}',
  'compare.nothing': 'No status changed between {from} and {to}.',
  'compare.from': 'From',
  'compare.to': 'To',
  'compare.submit': 'Compare',
  'compare.wholeInstrument': 'as a whole',
  'compare.step': '{type} {date}',
  'compare.sentence': '{instrument} — {who}: {before} → {after} ({steps})',

  // The embed dialog and embeds
  'embed.open': 'Embed',
  'embed.heading': 'Embed this view',
  'embed.intro':
    'The code shows exactly what you see now: the same instruments, window and as-of day. It fits its frame to its content on phones and desktops alike.',
  'embed.when': 'What should readers of your article see?',
  'embed.pinned': 'The story as it stands today, {day}',
  'embed.pinnedNote': '(best for an article: it keeps telling the story you wrote about, with a “see the latest” link)',
  'embed.current': 'Always the latest data',
  'embed.currentNote': '(for pages that should follow events)',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy embed code',
  'embed.static':
    'For sites that allow no third-party scripts (a fixed height, measured to fit columns from 360 to 1024 px)',
  'embed.copyStatic': 'Copy code without script',
  'embed.preview': 'Preview',
  'embed.previewTitle': 'Preview: {title}',
  'embed.measuring': 'Measuring at {width} px',
  'embed.close': 'Close',
  'embed.copied': 'Copied.',
  'embed.selected': 'Selected: press Ctrl+C or ⌘C to copy.',
  'embed.description': '{title}: an embeddable view of the Arms Control Timeline, every event linked to its source.',
  'embed.footer': 'Arms Control Timeline · data as of {day} · sources',
  'embed.latest': 'See the latest',

  // Address parameters: the notice and why a value was refused
  'params.ignored': 'Ignored in the address: {list}.',
  'params.ignoredItem': '{name} ({reason})',
  'params.notHere.page': 'not a parameter of this page',
  'params.notHere.embed': 'not a parameter of this embed',
  'params.tooLong': 'too long',
  'params.fromAfterTo': 'not before "to"',
  'params.toBeforeFrom': 'not after "from"',
  'params.unknownInstrument': 'unknown instrument',
  'params.unknownEvent': 'unknown event',
  'params.notDate': 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
  'params.notDay': 'not a day (YYYY-MM-DD)',
  'params.beforeFirst': 'before the first event',
  'params.afterData': 'after the date of the data',
  'params.notTwoDays': 'not two days (YYYY-MM-DD,YYYY-MM-DD)',
  'params.notTheme': 'not light, dark or auto',
  'params.notOnOff': 'not on or off',
  'params.noInstrument': 'no instrument given',
  'params.noEventType': 'no event type given',
  'params.noParty': 'no party given',
  'params.unknownEventType': 'unknown event type',
  'params.unknownParty': 'unknown party',

  // Treaty pages
  'treaty.title': '{name}: lifecycle',
  'treaty.description': '{summary} Status as of {day}: {status}.',
  'treaty.kind': 'Kind',
  'treaty.concluded': 'Concluded',
  'treaty.concludedAt': '{place}, {day}',
  'treaty.depositary': 'Depositary',
  'treaty.statusToday': 'Status today',
  'treaty.lifecycle': 'Lifecycle',
  'treaty.periodsTable': 'Status periods as a table',
  'treaty.periodsCaption': "Each party's status from the event that began it",
  'treaty.asWhole': '{name} as a whole',
  'treaty.events': 'Events',
  'treaty.background': 'Background',

  // The treaty index
  'index.title': 'Treaties',
  'index.description': 'Every arms-control instrument we track, with its status today and its key dates.',
  'index.heading': 'Treaties and documents',
  'index.lede': "Oldest first. Each strip shows the instrument's status from {from} to {to}.",
  'index.show': 'Show',
  'index.filter.all': 'All',
  'index.filter.in-force': 'In force or in effect',
  'index.filter.not-in-force': 'Not in force',
  'index.filter.ended': 'Ended',

  // States
  'states.title': 'States',
  'states.description.one':
    'Every state that signed, ratified, suspended or left an arms-control instrument we track: {count} state, with its own timeline as of {day}.',
  'states.description.other':
    'Every state that signed, ratified, suspended or left an arms-control instrument we track: {count} states, each with its own timeline as of {day}.',
  'states.lede':
    "Every state that acted in an instrument we track. Each page shows the state's status in every instrument over time, each step with its sources.",
  'states.today': 'States today',
  'states.historical': 'States that no longer exist',
  'states.instruments.one': '{count} instrument',
  'states.instruments.other': '{count} instruments',
  'states.events.one': '{count} event',
  'states.events.other': '{count} events',
  'states.counts': '({code}) · {instruments}, {events}',
  'party.title': '{name}: arms-control instruments',
  'party.description.one':
    '{name} in {count} arms-control instrument: {events} with sources, and its status as of {day}.',
  'party.description.other':
    '{name} in {count} arms-control instruments: {events} with sources, and its status in each as of {day}.',
  'party.overTime': 'Status in each instrument over time',
  'party.keyDates': 'Key dates',
  'party.firstStep': 'First step',
  'party.inForce': 'In force',
  'party.ended': 'Ended',
  'party.statusOn': 'Status on {day}',
  'party.stepOn': '{step} {day}',
  'party.continuedBy': 'Continued by',
  'party.continues': 'Continues',
  'party.successors': 'Successor states',
  'party.otherSuccessors': 'Other successor states',
  'party.successorOf': 'Successor of',

  // The methodology page
  'about.title': 'Methodology and data',
  'about.description':
    'How the Arms Control Timeline records events, derives status and cites sources; how to cite it; and its open data.',
  'about.intro':
    'Every fact on this site is an event in the life of an instrument: a date, the party or parties that acted, what they did, and at least one source a reader can check. Statuses are never typed in by hand; they are derived from the events by one model, and every view — the timeline, the lifecycle pages, the exports — shows the same derived status.',
  'about.events': 'What each event type means',
  'about.eventsIntro':
    'Each step is recorded as what it was, on its own date: signature is not ratification, an announcement is not a notification, a notification is not the withdrawal taking effect, and suspension is not withdrawal.',
  'about.event': 'Event',
  'about.meaning': 'Meaning',
  'about.dates': 'Dates, precision and approximate dates',
  'about.datesText':
    'A date is shown at the precision its sources support: “{year}”, “{month}” or “{day}”. We never turn “{year}” into “{firstDay}”. Where sources give only an approximate date, it is marked “{approximate}”. To work out a status on a given day, an event known only to its year or month counts from the first day of that period. Dates are calendar days in UTC, as the documents give them.',
  'about.status': 'How status is derived',
  'about.statusText':
    "Each instrument has a lane of its own (events of all its parties together: adoption, entry into force, expiry, termination) and a lane for each party that acted on its own. A party's status follows its own events and those of the instrument as a whole: it signs, ratifies, is bound once the instrument is in force, may suspend, resume or withdraw. A state that succeeded another ({successor} for the {predecessor}) takes over its predecessor's status. Events about an associated document — a protocol, an adaptation agreement, a new version — are listed and drawn but do not change the status of the instrument itself. A ratification deposited after the instrument entered into force puts it in force for that party.",
  'about.sources': 'Sources',
  'about.sourcesText':
    "We cite the most authoritative source we could check: the depositary, the governments' and international organisations' own pages, then reference works such as the Arms Control Association's fact sheets. News reports are context, not sources of record. Where sources disagree, the instrument's narrative says so. If we could not verify a fact, it is not here.",
  'about.cite': 'How to cite',
  'about.citeSite': 'The site: {citation}.',
  'about.citeSiteText': 'Arms Control Timeline, data as of {day}, {url}',
  'about.citeInstrument': 'An instrument: {citation}.',
  'about.citeInstrumentText': 'Arms Control Timeline, “{name}”, {url}, data as of {day}',
  'about.citeEvent':
    "A single event: every event has its own anchor on its instrument's page (for example {address}); cite that address with the event's date, and its primary source.",
  'about.mistakes': 'Reporting a mistake',
  'about.mistakesText':
    "Open an issue in the project's source repository naming the page, the event, what is wrong and a source that shows the correct fact. Corrections change the content files and every view with them.",
  'about.data': 'Open data',
  'about.dataVersion': 'Data format version {version}, under CC BY 4.0.',
  'about.dataTreaties': '{file}: every instrument with its events, sources and derived status intervals.',
  'about.dataParties':
    '{file}: every state that acted, with its derived status intervals in each instrument and the events that name it.',
  'about.dataEvents':
    '{file}: one row per event and acting party, with the date at its precision and the first source.',
  'about.dataSchema':
    '{file}: the JSON Schema of {treaties} (and, under {pointer}, of {parties}), generated from the schema that validates the content.',
  'about.dataFeed': '{file}: an Atom feed of the latest lifecycle events.',

  // The page that is not there
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address on the Arms Control Timeline.',
  'notFound.text': 'There is no page at this address. It may have been mistyped, or the page may have moved.',
  'notFound.startAgain': "Start again from {timeline}, or from {list} with each one's status today.",
  'notFound.timeline': 'the timeline of every instrument',
  'notFound.list': 'the list of treaties',
  'notFound.treaties': 'Treaties and agreements',
} as const;

/** The id of an interface string. */
export type StringId = keyof typeof EN;

/** The ids that come in plural forms, without their `.one` / `.other`. */
export type PluralId = StringId extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** Each edition's table: English is written out; the pseudo-locale is derived from it. */
const TABLES: Record<Locale, Readonly<Record<StringId, string>>> = {
  en: EN,
  'en-XA': Object.fromEntries(Object.entries(EN).map(([id, text]) => [id, pseudoLocalize(text)])) as Record<
    StringId,
    string
  >,
};

/** Values filled into a string's `{placeholders}`. */
export type StringValues = Readonly<Record<string, string | number>>;

/** A value as a string of the edition: numbers written as its locale writes them. */
function valueText(locale: Locale, value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(LOCALES[locale].intl).format(value) : value;
}

/** A string of an edition, its placeholders filled in; a placeholder without a value is an error, not a gap. */
export function translate(locale: Locale, id: StringId, values: StringValues = {}): string {
  return TABLES[locale][id].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The string ${id} needs a value for {${name}}`);
    return valueText(locale, value);
  });
}

/** Words Intl wrote (a month, a country): in the pseudo-locale they are accented like the table's. */
export function intlText(text: string): string {
  return LOCALES[LOCALE].pseudo ? pseudoLocalize(text) : text;
}

/** A string of this build's edition. */
export function t(id: StringId, values?: StringValues): string {
  return translate(LOCALE, id, values);
}

/** The form of a string for a count (`{count}` is filled in), as the edition's plural rules choose it. */
export function tn(id: PluralId, count: number, values: StringValues = {}): string {
  const form = new Intl.PluralRules(LOCALES[LOCALE].intl).select(count) === 'one' ? 'one' : 'other';
  return t(`${id}.${form}` as StringId, { ...values, count });
}

/** Whether the table has a string of this id (for ids built from a vocabulary, such as `party.SU`). */
export function hasString(id: string): id is StringId {
  return Object.hasOwn(EN, id);
}

/**
 * A string split around the placeholders `values` does not fill, for markup that puts an element in a
 * sentence (a link in "Start again from {timeline}…"): text parts and placeholder names, in order.
 */
export function stringParts(id: StringId, values: StringValues = {}): ({ text: string } | { slot: string })[] {
  const parts: ({ text: string } | { slot: string })[] = [];
  for (const [n, piece] of TABLES[LOCALE][id].split(/\{(\w+)\}/).entries()) {
    const value = n % 2 === 1 ? values[piece] : piece;
    if (n % 2 === 1 && value === undefined) parts.push({ slot: piece });
    else if (value !== '' && value !== undefined) {
      const text = valueText(LOCALE, value);
      const last = parts.at(-1);
      if (last && 'text' in last) last.text += text;
      else parts.push({ text });
    }
  }
  return parts;
}

/** A list in words: "a, b, c" (the separator is the edition's). */
export function listOf(items: readonly string[]): string {
  return items.join(t('list.separator'));
}

/** A label in the middle of a sentence ("signed 3 March 2019"), lower-cased as the edition's language does it. */
export function lowerInSentence(label: string): string {
  return label.toLocaleLowerCase(LOCALES[LOCALE].intl);
}
