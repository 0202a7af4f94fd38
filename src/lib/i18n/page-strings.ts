/**
 * The words only built pages say: the site's frame, the pages' headings, tables and ledes, the embed
 * dialog, the charts' captions and summaries, the methodology page, the page that is not there, the
 * feed, and what each event type means. They are kept apart from strings.ts so that the browser's
 * code, which never says them, does not carry them (every page's first script loads strings.ts); `pt`
 * is `t` for them, `ptn` is `tn`, with the same placeholders and editions (each edition's table in its
 * own module, ru/page-strings.ts …). Browser code that reached
 * for one of them would import this module, and the explorer's byte budget (tests/e2e/page-weight.spec.ts)
 * would fail.
 */
import type { EventType } from '../model/event-types.ts';
import { GLOSSARY_EN, withPageGlossary } from './glossary.ts';
import { LOCALE, type Locale } from './locale.ts';
import {
  fill,
  partsOf,
  pluralForm,
  pseudoTable,
  type EditionTable,
  type PluralBase,
  type StringPart,
  type StringValues,
} from './strings.ts';
import { PAGE_STRINGS_DE } from './de/page-strings.ts';
import { PAGE_STRINGS_FR } from './fr/page-strings.ts';
import { PAGE_STRINGS_PL } from './pl/page-strings.ts';
import { PAGE_STRINGS_RU } from './ru/page-strings.ts';
import { PAGE_STRINGS_UK } from './uk/page-strings.ts';

const PAGE_EN = /* @__PURE__ */ withPageGlossary(GLOSSARY_EN, {
  // The site
  'site.name': 'Arms Control Timeline',
  'site.pageTitle': '{title} · Arms Control Timeline',
  'site.description':
    'How the arms-control treaties of Europe and of the US–Russia relationship were signed, ratified, suspended, abandoned or left to expire.',
  'site.skip': 'Skip to content',
  'site.navLabel': 'Site',
  'site.editions': 'Language',
  'site.contentInEnglish': 'The descriptions of events and the treaties’ histories are in English for now.',
  'site.nav.timeline': 'Timeline',
  'site.nav.treaties': 'Treaties',
  'site.nav.states': 'States',
  'site.nav.about': 'Methodology and data',
  'site.footer': 'Data as of {day}, version {version}. Every event links to its source.',
  'site.footer.howWeWork': 'How we work',
  'site.footer.data': 'Data',
  'site.footer.feed': 'Feed',
  'site.footer.changes': 'Changes',
  'site.printed': 'Printed from {address}, accessed {day}, data version {version}.',
  'site.publisher': 'Arms Control Timeline project',
  'site.feedTitle': 'Latest lifecycle events',
  'search.label': 'Find a treaty, state or event',
  'search.placeholder': 'Find…',
  'search.fallback': 'Find {treaties} or {states}',
  'search.fallbackTreaties': 'an instrument',
  'search.fallbackStates': 'a state',
  'search.filters': 'Narrow the results',
  'search.filter.instrument': 'Instrument',
  'search.filter.type': 'Event type',
  'search.filter.state': 'State',
  'search.filter.decade': 'Decade',
  'search.filter.any': 'Any',
  'search.decade': '{decade}s',

  // Instruments
  // The kinds of instrument (`kind.treaty`, `kind.political`) are the glossary's.
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
  'chart.zoomIn': 'Zoom in',
  'chart.zoomOut': 'Zoom out',
  'chart.showAll': 'Show all',
  'chart.regionLabel':
    'Lifecycle chart. Arrow keys move between events, plus and minus zoom, 0 shows all, Enter opens an event.',
  'chart.keys': 'Keyboard: arrows move between events, + and − zoom, 0 shows all, Enter opens.',
  'chart.noScriptAddress':
    'Without JavaScript this chart shows the whole record as of {day}: a day, a span or a filter in the address applies only with JavaScript.',
  'strip.period': '{status} from {from} to {to}',
  'strip.periodOpen': '{status} from {from}',
  'strip.label': '{name}: {periods}',
  'strip.none': 'no status yet',

  // The explorer
  'explorer.title': 'Timeline',
  'explorer.titlePaged': 'Timeline, instruments {first}–{last} of {total}',
  'explorer.heading': 'How arms-control treaties were made and unmade',
  'explorer.lede':
    'The treaties of Europe and of the US–Russia relationship on one timeline: signed, ratified, suspended, ' +
    'abandoned or left to expire. Data as of {day}; every event links to its source.',
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
  'explorer.keys':
    'Keyboard: arrows move between events, a letter goes to a lane, + and − zoom, Shift + arrows move the view, Enter opens.',
  'explorer.skip': 'Skip to the timeline',
  'explorer.hint':
    'Zoom with the buttons, Ctrl + wheel or a pinch, and drag to move. Select a lane or an event to see it in the panel.',
  'explorer.closePanel': 'Close panel',
  'explorer.everyEvent': 'Every event, in order',
  'explorer.eventTableLink': 'Read them all in one table, with their sources.',
  'events.title': 'Every event, in order',
  'events.description':
    'Every signature, ratification, suspension, withdrawal and expiry of the arms-control instruments we track, in ' +
    'time order, each with its sources; data as of {day}.',
  'events.lede':
    '{events} events in {instruments} instruments, in time order, as of {day}. Each links to its instrument’s page and to its sources.',
  'events.timeline': 'See them on the timeline.',
  'oldLink.row':
    'This link led to a row of the table of every event, which now has a page of its own: open that event there.',
  'explorer.eventCount': '{events} events in {instruments} instruments.',
  'explorer.eventCountPaged':
    '{events} events in {instruments} instruments, the instruments {first}–{last} of {total} (concluded {years}); ' +
    'the others are on the other pages of the timeline.',
  'explorer.pagesLabel': 'Timeline pages',
  'explorer.pagesLabelAgain': 'Timeline pages, again',
  'table.date': 'Date',
  'table.instrument': 'Instrument',
  'table.who': 'Who',
  'table.whatHappened': 'What happened',
  'table.sources': 'Sources',
  'table.status': 'Status',
  'table.from': 'From',
  'table.until': 'Until',
  'table.today': 'today',
  'table.endOfDay': 'end of {day}',

  // The as-of summary
  'asOf.heading': 'Status on {day}',

  // What changed between two days
  'compare.from': 'From',
  'compare.to': 'To',
  'compare.submit': 'Compare',

  // The embed dialog and embeds
  'card.credit': '{site} · data version {version}, as of {day}',
  'card.creditAddress': '{address} · CC BY 4.0',
  'card.alt': 'Chart of {title}: {sentence}',
  'card.statesLane': 'Each state, a row',
  'card.instrumentsLane': 'Each instrument, a row',
  'card.colour.none': 'Not signed or not yet a party',
  'card.colour.pending': 'Signed, not in force',
  'card.colour.ratified': 'Ratified, not in force',
  'card.colour.provisional': 'Provisionally applied',
  'card.colour.in-force': 'In force or in effect',
  'card.colour.suspended': 'Suspended, or suspension notified',
  'card.colour.ended': 'Withdrawn, expired or terminated',
  'embed.open': 'Embed',
  'picture.png': 'Chart as PNG ({width} px)',
  'picture.svg': 'Chart as SVG',
  'picture.source': 'Source: {site}, data version {version}. Every event links to its source at the address below.',
  'picture.licence': 'CC BY 4.0',
  'embed.what': 'What to embed',
  'embed.whatChart': 'The chart',
  'embed.whatCard': 'A status card: the sentence above and the last step, for a sidebar',
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
    'For sites that allow no third-party scripts (a fixed height; in a column narrower than 1024 px the embed ' +
    'scrolls within its frame, its credit line in view)',
  'embed.copyStatic': 'Copy code without script',
  'embed.preview': 'Preview',
  'embed.previewTitle': 'Preview: {title}',
  'embed.close': 'Close',
  'embed.description': '{title}: an embeddable view of the Arms Control Timeline, every event linked to its source.',
  'embed.footer': 'Arms Control Timeline · data version {version}, as of {day} · sources',
  'embed.latest': 'See the latest',

  // Treaty pages
  'treaty.title': '{name}: lifecycle',
  'treaty.description': '{summary} Status as of {day}: {status}.',
  'treaty.kind': 'Kind',
  'treaty.concluded': 'Concluded',
  'treaty.concludedAt': '{place}, {day}',
  'treaty.depositary': 'Depositary',
  'treaty.scope.one':
    'The chart draws the instrument as a whole and the {count} state whose own steps are recorded here.',
  'treaty.scope.other':
    'The chart draws the instrument as a whole and each of the {count} states whose own steps are recorded here.',
  'treaty.scopeNeeded.one':
    'The chart draws the instrument as a whole and the {count} state whose own steps are recorded here, {within} ' +
    'of them among {list}; {without}: no step to draw.',
  'treaty.scopeNeeded.other':
    'The chart draws the instrument as a whole and each of the {count} states whose own steps are recorded here, ' +
    '{within} of them among {list}; {without}: no step to draw.',
  'entry.needs': 'Entry into force needs {list}: {ratified} of {total} have ratified.',
  'entry.missing.one': 'The {count} that has not: {states}.',
  'entry.missing.other': 'The {count} that have not: {states}.',
  'entry.neverSigned.one': '{states} has not even signed it.',
  'entry.neverSigned.other': '{states} have not even signed it.',
  'treaty.eachState': 'Each state that differs',
  'treaty.lifecycle': 'Lifecycle',
  'treaty.periodsTable': 'Status periods as a table',
  'treaty.periodsCaption': "Each party's status from the event that began it",
  'treaty.asWhole': '{name} as a whole',
  'treaty.events': 'Events',
  'treaty.background': 'Background',
  'treaty.lastReviewed': 'Last reviewed: {day}.',
  'treaty.lastReviewedChanges': 'See what changed.',

  // States
  'states.title': 'States',
  'states.description.one':
    'Every state that signed, ratified, suspended or left an arms-control instrument we track: {count} state, with its own timeline as of {day}.',
  'states.description.other':
    'Every state that signed, ratified, suspended or left an arms-control instrument we track: {count} states, each with its own timeline as of {day}.',
  'states.lede':
    "Every state that acted in an instrument we track. Each page shows the state's status over time in every instrument where steps of its own " +
    'are recorded, each step with its sources.',
  'states.today': 'States today',
  'states.historical': 'States that no longer exist',
  'states.instruments.one': '{count} instrument',
  'states.instruments.other': '{count} instruments',
  'states.events.one': '{count} event',
  'states.events.other': '{count} events',
  'states.counts': '({code}) · {instruments} with steps of its own, {events}',

  'feed.title': 'Arms Control Timeline: latest lifecycle events',
  'feed.subtitle':
    'Signatures, ratifications, suspensions, withdrawals and expiries of arms-control instruments, each with its source. Data version {version}.',
  'feed.release': 'Data version {version}',

  // Citations
  'cite.heading': 'Cite this page',
  'cite.headingData': 'Cite the data',
  'cite.lede': 'Data version {version}, accessed {day}. Each format is plain text to copy.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago (author-date)',
  'cite.bibtex': 'BibTeX',
  'cite.csl': 'CSL-JSON',
  'cite.note': 'Data version {version}; accessed {day}',
  'cite.versionLabel': 'Data version {version}',
  'cite.dataTitle': 'Arms Control Timeline: arms-control instruments, their lifecycle events and sources',

  // Releases and changes
  'releases.title': 'Releases of the data',
  'releases.description':
    'Every released version of the Arms Control Timeline data, each kept unchanged at its own address so that a citation finds the data it cited.',
  'releases.lede':
    'A version is named for the day the data last changed and a short hash of its content. The files of a release ' +
    'never change: cite the version, and anyone can fetch the data you read.',
  'releases.version': 'Version',
  'releases.date': 'Data last changed',
  'releases.files': 'Files',
  'releases.current': 'current',
  'releases.unreleased': 'this build’s data, not yet committed as a release',
  'releases.changes': 'What changed',
  'changes.title': 'Changes to the data',
  'changes.description':
    'What was added, corrected or removed between versions of the Arms Control Timeline data, event by event, with the reason for each correction.',
  'changes.lede':
    'Each version is compared with the one before it, event by event: a corrected event shows each changed value, ' +
    'old → new, and the note saying why. Corrections are news: follow them in the {feed}.',
  'changes.feedLink': 'changes feed',
  'changes.releasesLink': 'Every version’s files are on {releases}.',
  'changes.releasesLinkText': 'the releases page',
  'changes.heading': 'Version {to}, compared with {from}',
  'changes.first': 'Nothing to compare yet: version {version} is the first release of the data.',
  'changes.nothing': 'No event was added, corrected or removed; the change was elsewhere (a narrative, a name).',
  'changes.changed': 'Corrected',
  'changes.added': 'Added',
  'changes.removed': 'Removed',
  'changes.empty': '(none)',
  'changes.yes': 'yes',
  'changes.no': 'no',
  'changes.source': '{publisher}, “{title}”, {url}.',
  'changes.fieldLine': '{label}: {from} → {to}',
  'changes.separator': ' · ',
  'changes.reason': 'Why: {reason}',
  'changes.reasonDated': '{note} (corrected {date})',
  'changes.field.instrument': 'Instrument',
  'changes.field.id': 'Id',
  'changes.field.date': 'Date',
  'changes.field.approximate': 'Approximate date',
  'changes.field.notAfter': 'Known only by this date',
  'changes.field.type': 'What happened',
  'changes.field.document': 'Document',
  'changes.field.parties': 'Who',
  'changes.field.predecessor': 'Predecessor',
  'changes.field.contestedBy': 'Contested by',
  'changes.field.description': 'Description',
  'changes.field.sources': 'Sources',
  'changes.feedTitle': 'Arms Control Timeline: changes to the data',
  'changes.feedSubtitle':
    'Events added, corrected or removed between versions of the data, each correction with its reason.',
  'changes.entry.changed': '{instrument}: corrected in version {version} — {line}',
  'changes.entry.added': '{instrument}: added in version {version} — {line}',
  'changes.entry.removed': '{instrument}: removed in version {version} — {line}',
  'changes.releaseLink': 'Data version {version}',
  'event.negotiations-opened.meaning': 'Formal negotiations on the text began.',
  'event.adopted.meaning':
    'The text was adopted by a conference, forum or the UN General Assembly; for a politically binding document this puts it into effect.',
  'event.opened-for-signature.meaning': 'States could begin to sign.',
  'event.signed.meaning':
    'A party signed. Signature is not ratification: it obliges a state only to refrain from acts that would defeat the treaty’s object and purpose.',
  'event.ratification-rejected.meaning':
    'A legislature voted against approving ratification; the state remains a signatory.',
  'event.ratified.meaning':
    'A party ratified, acceded or approved, usually by depositing an instrument of ratification.',
  'event.provisionally-applied.meaning': 'Parties agreed to apply the treaty, or parts of it, before entry into force.',
  'event.entered-into-force.meaning': 'The treaty became legally binding, for all parties or for one.',
  'event.succeeded.meaning': 'A state took over the rights and obligations of a predecessor state.',
  'event.updated.meaning': 'The instrument was amended, adapted or reissued in a new version.',
  'event.extended.meaning': 'The parties extended the duration of the treaty.',
  'event.statement.meaning':
    'An official statement about the instrument that changes no legal status, such as a moratorium pledge.',
  'event.withdrawal-announced.meaning':
    'A government announced its intention to withdraw; an announcement has no legal effect by itself.',
  'event.withdrawal-notified.meaning':
    'Formal notice of withdrawal was given, starting the notice period the treaty sets.',
  'event.suspension-notified.meaning':
    'A party decided or notified its suspension, but no source we could read gives the day it took effect: the ' +
    'party is shown as having notified it, never as still in force, until a dated "suspended" event follows.',
  'event.suspended.meaning':
    'A party stopped implementing the instrument while remaining a party. Suspension is not withdrawal.',
  'event.resumed.meaning': 'A party resumed implementing the instrument after a suspension.',
  'event.ratification-revoked.meaning': 'A party revoked its ratification; it remains a signatory.',
  'event.withdrawn.meaning': 'A withdrawal took legal effect: the state is no longer a party.',
  'event.expired.meaning': 'The instrument ended by its own terms, at the end of its duration.',
  'event.terminated.meaning': 'The instrument ended for all its parties, for example when one of two parties withdrew.',
  'pager.drawn': 'This page draws instruments {first}–{last} of {total}, oldest first (page {page} of {pages}).',
  'pager.previous': '← Previous: {first}–{last}',
  'pager.next': 'Next: {first}–{last} →',
  'pager.every': 'Every page',
  'pager.entry': '{first}–{last} ({years})',
  'index.title': 'Treaties',
  'index.description': 'Every arms-control instrument we track, with its status today and its key dates.',
  'index.heading': 'Treaties and documents',
  'index.lede': "Oldest first. Each strip shows the instrument's status from {from} to {to}.",
  'index.show': 'Show',
  'index.filter.all': 'All',
  'index.filter.in-force': 'In force or in effect',
  'index.filter.not-in-force': 'Not in force',
  'index.filter.ended': 'Ended',
  'about.title': 'Methodology and data',
  'about.description':
    'How the Arms Control Timeline records events, derives status and cites sources; how to cite it; and its open data.',
  'about.intro':
    'Every fact on this site is an event in the life of an instrument: a date, the party or parties that acted, ' +
    'what they did, and at least one source a reader can check. Statuses are never typed in by hand; they are ' +
    'derived from the events by one model, and every view — the timeline, the lifecycle pages, the exports — shows ' +
    'the same derived status.',
  'about.events': 'What each event type means',
  'about.eventsIntro':
    'Each step is recorded as what it was, on its own date: signature is not ratification, an announcement is not ' +
    'a notification, a notification is not the withdrawal taking effect, and suspension is not withdrawal.',
  'about.event': 'Event',
  'about.meaning': 'Meaning',
  'about.dates': 'Dates, precision and approximate dates',
  'about.datesText':
    'A date is shown at the precision its sources support: “{year}”, “{month}” or “{day}”. We never turn “{year}” ' +
    'into “{firstDay}”. Where sources give only an approximate date, it is marked “{approximate}”. To work out a ' +
    'status on a given day, an event known only to its year or month counts from the first day of that period. ' +
    'Dates are calendar days in UTC, as the documents give them.',
  'about.status': 'How status is derived',
  'about.statusText':
    'Each instrument has a lane of its own (events of all its parties together: adoption, entry into force, ' +
    "expiry, termination) and a lane for each party that acted on its own. A party's status follows its own events " +
    'and those of the instrument as a whole: it signs, ratifies, is bound once the instrument is in force, may ' +
    'suspend, resume or withdraw. A state that succeeded another ({successor} for the {predecessor}) takes over ' +
    "its predecessor's status. Events about an associated document — a protocol, an adaptation agreement, a new " +
    'version — are listed and drawn but do not change the status of the instrument itself. A ratification ' +
    'deposited after the instrument entered into force puts it in force for that party.',
  'about.sources': 'Sources',
  'about.sourcesText':
    "We cite the most authoritative source we could check: the depositary, the governments' and international " +
    "organisations' own pages, then reference works such as the Arms Control Association's fact sheets. News " +
    "reports are context, not sources of record. Where sources disagree, the instrument's narrative says so. If we " +
    'could not verify a fact, it is not here.',
  'about.cite': 'How to cite',
  'about.citeText':
    'Cite the version of the data you read and the day you read it: the version names data that never changes, on ' +
    'the releases page. Below is the citation of the whole data set; each instrument’s page and each state’s page ' +
    'offers its own.',
  'about.citeEvent':
    "A single event: every event has its own anchor on its instrument's page (for example {address}); cite that " +
    "address with the event's date, and its primary source.",
  'headline.among.one': '{status} for {count} of the {total} states drawn here',
  'headline.among.other': '{status} for {count} of the {total} states drawn here',
  'headline.statesOf.one': '{count} of the {total} states drawn here: {status}',
  'headline.statesOf.other': '{count} of the {total} states drawn here: {status}',
  'headline.states.one': '{count} state: {status}',
  'headline.states.other': '{count} states: {status}',
  'headline.since': '{text} (since {since})',
  'headline.by': '{text} (by {since})',
  'headline.sinceContested': '{text} (since {since}; claimed, contested by {parties})',
  'headline.noStatus': 'no status recorded',
  'oldLink.here': 'You followed an older link (#{anchor}) to this event; it now lasts as #{id}.',
  'oldLink.heading': 'Older links to this page',
  'oldLink.lede': 'These addresses were published for events that are now recorded elsewhere or were removed.',
  'oldLink.moved': '#{anchor}: now recorded under {instrument}',
  'oldLink.removed': '#{anchor}: removed. {note}',
  'about.who': 'Who publishes this site',
  'about.whoText':
    'The Arms Control Timeline project publishes this site: an open-source project whose code, content and data ' +
    'live in one repository. The code is under the MIT licence; the narratives and the data are under CC BY 4.0.',
  'about.repository': 'The repository: {link}.',
  'about.review': 'How the facts are edited and reviewed',
  'about.reviewText':
    'Every fact is an event in a Markdown file, one file per instrument, and every event cites at least one source ' +
    'a reader can open. Changes to the content go through the repository’s review, and a validator checks every ' +
    'file on every build: the dates, the vocabulary of events, the order of each party’s steps, that every event ' +
    'has its source. The site is not built while any problem remains. Each instrument’s page says when it was last ' +
    'reviewed: the day its file last changed.',
  'about.versions': 'Versions and corrections',
  'about.versionsText':
    'The data is released in versions, each named for the day it last changed and a short hash of its content; ' +
    'this is version {version}. Every release stays available, unchanged, on {releases}. What each version added, ' +
    'corrected or removed, with the reason for each correction, is on {changes}, and in its feed.',
  'about.releasesLink': 'the releases page',
  'about.changesLink': 'the changes page',
  'about.notFound': 'Dates not found',
  'about.notFoundText':
    'Each state below decided or notified a suspension, but no source we could read gives the day it took effect, ' +
    'or took a step that a source of a later day says it had taken, but no source we could read gives its own day. ' +
    'A suspension is drawn as “suspension notified, date of effect not found” from the day it was notified or ' +
    'decided, never as still in force; a step known only by a later day is drawn from that day and dated “by” it. ' +
    'If you know the record, tell us.',
  'about.notFoundItem': '{party}: suspension notified {day}; date of effect not found',
  'about.notFoundDay': '{party}: {step} {day}; its own day not found',
  'about.mistakes': 'Reporting a mistake',
  'about.mistakesText':
    "Open an issue in the project's repository naming the page, the event, what is wrong and a source that shows " +
    'the correct fact. A correction changes the content file, carries a note saying why, and is listed on the ' +
    'changes page.',
  'about.mistakesWhere': 'Report it in the repository’s issue tracker: {link}.',
  'about.data': 'Open data',
  'about.dataVersion': 'Data version {version} (data format {format}), under CC BY 4.0.',
  'about.dataTreaties': '{file}: every instrument with its events, sources and derived status intervals.',
  'about.dataParties':
    '{file}: every state that acted, with its derived status intervals in each instrument and the events that name it.',
  'about.dataEvents':
    '{file}: one row per event and acting party, with the date at its precision and the first source. A CSV file ' +
    'has no place for the version, so the link saves it under a name that carries it ({name}), and each release ' +
    'keeps its own copy.',
  'about.dataReleases':
    '{file}: every released version of the data, each with its treaties.json and events.csv, unchanged.',
  'about.dataChanges': '{file}: an Atom feed of the events added, corrected or removed between versions.',
  'about.dataSchema':
    '{file}: the JSON Schema of {treaties} (and, under {pointer}, of {parties}), generated from the schema that validates the content.',
  'about.dataFeed': '{file}: an Atom feed of the latest lifecycle events.',
  'notFound.title': 'Page not found',
  'notFound.description': 'There is no page at this address on the Arms Control Timeline.',
  'notFound.text': 'There is no page at this address. It may have been mistyped, or the page may have moved.',
  'notFound.startAgain': "Start again from {timeline}, or from {list} with each one's status today.",
  'notFound.timeline': 'the timeline of every instrument',
  'notFound.list': 'the list of treaties',
  'notFound.treaties': 'Treaties and agreements',
  // Said only on built pages: no browser script carries them.
  'asOf.partyStatus': '{party}: {status}',
  'explorer.timelineLabel':
    'Interactive timeline. Arrows move between events, a letter goes to the lane it begins, plus and minus zoom, Enter opens the event.',
  'event.contestedBy': 'as claimed; contested by {parties}',
  'table.event': 'Event',
  'headline.today': 'Status today:',
  'card.lastStep': 'Last step:',
  'party.title': '{name}: arms-control instruments',
  'party.description.one':
    '{name} has steps of its own recorded in {count} of the {total} arms-control instruments covered here: {events} with sources, and its status as of {day}.',
  'party.description.other':
    '{name} has steps of its own recorded in {count} of the {total} arms-control instruments covered here: {events} with sources, and its status ' +
    'in each as of {day}.',
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
} as const);

/** Every key of the English table of page strings. */
type EnglishPageKey = keyof typeof PAGE_EN;

/** The id of a counted page string, without its `.one` or `.other`. */
export type PagePluralId = PluralBase<EnglishPageKey>;

/** The id of a string only built pages say on their own (`pt`), not a form of a counted string (`ptn`). */
export type PageStringId = Exclude<EnglishPageKey, `${PagePluralId}.${'one' | 'other'}`>;

/** An edition's table of page strings, checked complete as strings.ts's EditionStrings is. */
export type EditionPageStrings<L extends Locale> = EditionTable<L, PageStringId, PagePluralId>;

/** The English table of page strings. */
export const PAGE_STRINGS_EN: EditionPageStrings<'en'> = PAGE_EN;

declare const __LOCALE__: string | undefined;

/** This build's table, chosen as strings.ts chooses its own, so that no other edition's is carried. */
const TABLE: Readonly<Record<string, string>> =
  typeof __LOCALE__ !== 'string'
    ? PAGE_EN
    : __LOCALE__ === 'ru'
      ? PAGE_STRINGS_RU
      : __LOCALE__ === 'uk'
        ? PAGE_STRINGS_UK
        : __LOCALE__ === 'de'
          ? PAGE_STRINGS_DE
          : __LOCALE__ === 'fr'
            ? PAGE_STRINGS_FR
            : __LOCALE__ === 'pl'
              ? PAGE_STRINGS_PL
              : __LOCALE__ === 'en-XA'
                ? pseudoTable(PAGE_EN)
                : PAGE_EN;

/** A page string of this build's edition. */
export function pt(id: PageStringId, values?: StringValues): string {
  return fill(LOCALE, id, TABLE[id]!, values);
}

/** A page string split around the placeholders `values` does not fill (see stringParts in strings.ts). */
export function pageStringParts(id: PageStringId, values: StringValues = {}): StringPart[] {
  return partsOf(TABLE[id]!, values);
}

/** What an event type means, in one sentence: for the methodology page and CONTENT.md. */
export function eventMeaning(type: EventType): string {
  return pt(`event.${type}.meaning`);
}

/** The form of a page string for a count (`{count}` is filled in), as the edition's plural rules choose it. */
export function ptn(id: PagePluralId, count: number, values: StringValues = {}): string {
  const form = `${id}.${pluralForm(count)}`;
  return fill(LOCALE, form, TABLE[form]!, { ...values, count });
}
