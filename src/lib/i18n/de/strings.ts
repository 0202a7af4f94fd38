/**
 * The German edition's interface strings (see ../strings.ts for what each is); the legal words come from
 * ../glossary.ts. Formal register (Sie).
 */
import { GLOSSARY_DE, withGlossary, type GlossaryStrings } from '../glossary.ts';
import type { EditionStrings } from '../strings.ts';

export const STRINGS_DE = /* @__PURE__ */ withGlossary(GLOSSARY_DE, {
  'date.approximate': 'ca. {date}',
  'date.notAfter': 'spätestens am {date}',
  'date.range': '{from} bis {to}',
  'list.separator': ', ',
  'list.more': '{list} und {count} weitere',

  'event.line': '{date}: {type} – {parties}',
  'event.lineDocument': '{date}: {type} ({document}) – {parties}',
  'event.lineContested': '{line}, bestritten von: {parties}',

  'statusGroup.in-force': 'In Kraft oder wirksam',
  'statusGroup.suspended': 'Von einer Vertragspartei ausgesetzt',
  'statusGroup.pending': 'Unterzeichnet oder angenommen, nicht in Kraft',
  'statusGroup.ended': 'Beendet',
  'statusGroup.not-yet': 'Noch nicht geschlossen',

  'party.all-parties': 'Alle Vertragsparteien',
  'party.nato-allies': 'NATO-Verbündete',
  'party.SU': 'Sowjetunion',
  'party.CS': 'Tschechoslowakei',
  'party.BA': 'Bosnien und Herzegowina',
  'party.CD': 'Demokratische Republik Kongo',

  'chart.caption': 'Stand: {day}.{shown} Die Balken zeigen jeden Status ab dem Ereignis, mit dem er begann; {where}.',
  'chart.captionShown': ' Gezeigt: {from} bis {to}.',
  'chart.captionPage': 'jede Markierung führt zu ihrem Ereignis und seinen Quellen weiter unten',
  'chart.leftOut.one':
    '{count} Abkommen ausgelassen, das bis {day} keinen Schritt verzeichnet von: {parties} – {names}.',
  'chart.leftOut.other':
    '{count} Abkommen ausgelassen, die bis {day} keinen Schritt verzeichnen von: {parties} – {names}.',
  'chart.captionEmbed': 'jede Markierung öffnet ihr Ereignis und seine Quellen auf Arms Control Timeline',
  'chart.asOfLine': 'Stand: {day}',
  'chart.showing': 'Gezeigt: {from} bis {to}',
  'chart.wheelHint': 'Zoomen mit Strg + Mausrad',
  'chart.wheelHintMac': 'Zoomen mit ⌘ oder Strg + Mausrad',
  'chart.group.one': '{count} Staat: {statuses}',
  'chart.group.other': '{count} Staaten: {statuses}',
  'chart.group.count': '{count} {status}',
  'chart.group.since': '{status} seit {day}',
  'chart.group.between': '{status}, jeweils seit einem Tag zwischen {from} und {to}',
  'chart.group.by': '{status}, jeweils spätestens am {day}',
  'chart.eventCount.one': '{count} Ereignis',
  'chart.eventCount.other': '{count} Ereignisse',
  'chart.markerEvents.one': '{count} Ereignis: {events}',
  'chart.markerEvents.other': '{count} Ereignisse: {events}',
  'chart.markerSpan.one': '{count} Ereignis, {first} bis {last}',
  'chart.markerSpan.other': '{count} Ereignisse, {first} bis {last}',
  'chart.markerLabel': '{instrument}, {events}',
  'chart.barSince': 'seit {day}',
  'chart.barContested': ' (nach eigener Angabe; bestritten von: {parties})',
  'chart.barTitle': '{lane}: {status}{contested}, {until}',
  'legend.label': 'Legende',
  'legend.contested': 'Nach eigener Angabe, von einer anderen Vertragspartei bestritten (gestrichelt)',
  'legend.cluster': 'Mehrere Ereignisse, hier zu dicht beieinander, um sie zu unterscheiden',

  'source.claim': 'belegt:',
  'source.copies': 'gelesen in der Kopie bei',
  'explorer.shownOf': '{shown} von {total}',
  'explorer.chooseDay': 'Wählen Sie einen Tag zwischen {from} und {to}: {value} ist {reason}.',

  'asOf.detailSeparator': '; ',

  'compare.heading': 'Was sich zwischen {from} und {to} geändert hat',
  'compare.nothing': 'Zwischen {from} und {to} hat sich kein Status geändert.',
  'compare.unavailable': 'Die Liste konnte nicht geladen werden. Die Seiten der Verträge nennen jede Statusänderung.',
  'compare.wholeInstrument': 'insgesamt',
  'compare.step': '{type}: {date}',
  'compare.sentence': '{instrument} – {who}: {before} → {after} ({steps})',

  'headline.on': 'Status am {day}:',

  'embed.measuring': 'Gemessen bei {width} px',
  'embed.copied': 'Kopiert.',
  'embed.selected': 'Markiert: Drücken Sie Strg+C oder ⌘C zum Kopieren.',

  'params.ignored': 'In der Adresse ignoriert: {list}.',
  'params.ignoredItem': '{name} ({reason})',
  'params.droppedValue': '{value} in {name}',
  'params.notHere.page': 'kein Parameter dieser Seite',
  'params.notHere.embed': 'kein Parameter dieser Einbettung',
  'params.tooLong': 'zu lang',
  'params.fromAfterTo': 'nicht vor „to“',
  'params.toBeforeFrom': 'nicht nach „from“',
  'params.unknownInstrument': 'unbekanntes Abkommen',
  'params.unknownEvent': 'unbekanntes Ereignis',
  'params.notDate': 'kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)',
  'params.notDay': 'kein Tag (JJJJ-MM-TT)',
  'params.beforeFirst': 'vor dem ersten Ereignis',
  'params.afterData': 'nach dem Stand der Daten',
  'params.notTwoDays': 'nicht zwei Tage (JJJJ-MM-TT,JJJJ-MM-TT)',
  'params.notTheme': 'nicht light, dark oder auto',
  'params.notOnOff': 'nicht on oder off',
  'params.noInstrument': 'kein Abkommen angegeben',
  'params.noEventType': 'keine Ereignisart angegeben',
  'params.noParty': 'keine Vertragspartei angegeben',
  'params.unknownEventType': 'unbekannte Ereignisart',
  'params.unknownParty': 'unbekannte Vertragspartei',

  'search.results.one': '{count} Treffer',
  'search.results.other': '{count} Treffer',
  'search.none': 'Nichts gefunden für „{query}“',
  'search.unavailable':
    'Die Suche konnte hier nicht geladen werden; blättern Sie stattdessen in den Abkommen und Staaten.',
  'search.kind.treaty': 'Abkommen',
  'search.kind.state': 'Staat',
} as const satisfies Omit<EditionStrings<'de'>, keyof GlossaryStrings>);
