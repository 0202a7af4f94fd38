/** The German edition's page strings (see ../page-strings.ts); the kinds of instrument come from ../glossary.ts. */
import { GLOSSARY_DE, withPageGlossary, type GlossaryPageStrings } from '../glossary.ts';
import type { EditionPageStrings } from '../page-strings.ts';

export const PAGE_STRINGS_DE = /* @__PURE__ */ withPageGlossary(GLOSSARY_DE, {
  'site.name': 'Arms Control Timeline',
  'site.pageTitle': '{title} · Arms Control Timeline',
  'site.printed': 'Gedruckt von {address}, abgerufen am {day}, Datenversion {version}.',
  'picture.png': 'Diagramm als PNG ({width} px)',
  'picture.svg': 'Diagramm als SVG',
  'picture.source':
    'Quelle: {site}, Datenversion {version}. Jedes Ereignis verweist unter der unten genannten Adresse auf seine Quelle.',
  'picture.licence': 'CC BY 4.0',
  'site.description':
    'Wie die Rüstungskontrollverträge Europas und der amerikanisch-russischen Beziehungen unterzeichnet, ' +
    'ratifiziert, ausgesetzt, aufgegeben oder auslaufen gelassen wurden.',
  'site.skip': 'Zum Inhalt springen',
  'site.navLabel': 'Website',
  'site.editions': 'Sprache',
  'site.contentInEnglish':
    'Die Beschreibungen der Ereignisse und die Geschichte der Verträge sind vorerst auf Englisch.',
  'site.nav.timeline': 'Zeitleiste',
  'site.nav.treaties': 'Verträge',
  'site.nav.states': 'Staaten',
  'site.nav.about': 'Methodik und Daten',
  'site.footer': 'Datenstand {day}, Version {version}. Jedes Ereignis verweist auf seine Quelle.',
  'site.footer.howWeWork': 'Wie wir arbeiten',
  'site.footer.data': 'Daten',
  'site.footer.feed': 'Feed',
  'site.footer.changes': 'Änderungen',
  'site.publisher': 'Projekt Arms Control Timeline',
  'site.feedTitle': 'Neueste Ereignisse im Lebenszyklus',
  'search.label': 'Vertrag, Staat oder Ereignis suchen',
  'search.placeholder': 'Suchen…',
  'search.fallback': '{treaties} oder {states} suchen',
  'search.fallbackTreaties': 'ein Abkommen',
  'search.fallbackStates': 'einen Staat',
  'search.filters': 'Ergebnisse eingrenzen',
  'search.filter.instrument': 'Abkommen',
  'search.filter.type': 'Ereignisart',
  'search.filter.state': 'Staat',
  'search.filter.decade': 'Jahrzehnt',
  'search.filter.any': 'Alle',
  'search.decade': '{decade}er',

  'keyDate.signed': 'Unterzeichnet',
  'keyDate.adopted': 'Angenommen',
  'keyDate.provisionallyApplied': 'Vorläufig angewendet',
  'keyDate.inForce': 'In Kraft',
  'keyDate.inEffect': 'Wirksam',
  'keyDate.ended': 'Beendet',
  'lineage.supersedes': 'Ersetzt',
  'lineage.supersededBy': 'Ersetzt durch',
  'lineage.adaptedBy': 'Angepasst durch',
  'lineage.updatedBy': 'Aktualisiert durch',
  'lineage.related': 'Verwandt',

  'chart.wholeTreaty': 'Vertrag insgesamt',
  'chart.noScriptAddress':
    'Ohne JavaScript zeigt dieses Diagramm den gesamten Stand vom {day}: ein Tag, ein Zeitraum oder ein Filter in der Adresse gilt nur mit JavaScript.',
  'chart.wholeDocument': 'Dokument insgesamt',
  'chart.wholeShort': 'Alle',
  'chart.summary.one': 'Lebenszyklus: {name}. {lanes} Zeile (das Abkommen insgesamt), {events}, Stand {day}.',
  'chart.summary.other':
    'Lebenszyklus: {name}. {lanes} Zeilen (das Abkommen insgesamt und jede Vertragspartei, die gehandelt hat), {events}, Stand {day}.',
  'chart.overviewSummary':
    'Zeitleiste von {instruments} Abkommen und {events} Ereignissen, Stand {day}: eine Zeile je Abkommen, gefärbt nach seinem Status.',
  'chart.partySummary.one':
    '{name} in {count} Abkommen: eine Zeile mit dem Status im Zeitverlauf, {events}, Stand {day}.',
  'chart.partySummary.other':
    '{name} in {count} Abkommen: je eine Zeile mit dem Status im Zeitverlauf, {events}, Stand {day}.',
  'chart.zoomIn': 'Vergrößern',
  'chart.zoomOut': 'Verkleinern',
  'chart.showAll': 'Alles zeigen',
  'chart.regionLabel':
    'Lebenszyklus-Diagramm. Die Pfeiltasten wechseln zwischen Ereignissen, Plus und Minus zoomen, 0 zeigt alles, die Eingabetaste öffnet ein Ereignis.',
  'chart.keys': 'Tastatur: Pfeiltasten wechseln zwischen Ereignissen, + und − zoomen, 0 zeigt alles, Eingabe öffnet.',
  'strip.period': '{status} von {from} bis {to}',
  'strip.periodOpen': '{status} seit {from}',
  'strip.label': '{name}: {periods}',
  'strip.none': 'noch kein Status',

  'explorer.title': 'Zeitleiste',
  'explorer.titlePaged': 'Zeitleiste, Abkommen {first}–{last} von {total}',
  'explorer.heading': 'Wie Rüstungs\u00adkontroll\u00adverträge geschlossen und aufgelöst wurden',
  'explorer.lede':
    'Die Verträge Europas und der amerikanisch-russischen Beziehungen auf einer Zeitleiste: unterzeichnet, ratifiziert, ausgesetzt, ' +
    'aufgegeben oder ausgelaufen. Datenstand {day}; jedes Ereignis verweist auf seine Quelle.',
  'explorer.label': 'Zeitleisten-Explorer',
  'explorer.asOf': 'Stand',
  'explorer.zoom': 'Zoom',
  'explorer.fitAll': 'Alles einpassen',
  'explorer.filters': 'Filter',
  'explorer.instruments': 'Abkommen',
  'explorer.eventTypes': 'Ereignisarten',
  'explorer.party': 'Vertragspartei',
  'explorer.allParties': 'Alle Vertragsparteien',
  'explorer.embedTitle': 'Rüstungskontrollverträge auf einer Zeitleiste',
  'explorer.keys':
    'Tastatur: Pfeiltasten wechseln zwischen Ereignissen, ein Buchstabe springt zu einer Zeile, + und − zoomen, ' +
    'Umschalt + Pfeiltasten verschieben die Ansicht, Eingabe öffnet.',
  'explorer.skip': 'Zur Zeitleiste springen',
  'explorer.hint':
    'Zoomen Sie mit den Schaltflächen, Strg + Mausrad oder zwei Fingern, und ziehen Sie zum Verschieben. Wählen ' +
    'Sie eine Zeile oder ein Ereignis, um es im Seitenbereich zu sehen.',
  'explorer.closePanel': 'Seitenbereich schließen',
  'explorer.everyEvent': 'Alle Ereignisse der Reihe nach',
  'explorer.eventTableLink': 'Alle in einer Tabelle lesen, mit ihren Quellen.',
  'events.title': 'Alle Ereignisse der Reihe nach',
  'events.description':
    'Jede Unterzeichnung, Ratifikation, Aussetzung, jeder Rücktritt und jedes Auslaufen der von uns verfolgten Rüstungskontrollabkommen, in ' +
    'zeitlicher Reihenfolge, jeweils mit Quellen; Datenstand {day}.',
  'events.lede':
    '{events} Ereignisse in {instruments} Abkommen, in zeitlicher Reihenfolge, Stand {day}. Jedes verweist auf die ' +
    'Seite seines Abkommens und auf seine Quellen.',
  'events.timeline': 'Auf der Zeitleiste ansehen.',
  'oldLink.row':
    'Dieser Link führte zu einer Zeile der Tabelle aller Ereignisse, die nun eine eigene Seite hat: Öffnen Sie das Ereignis dort.',
  'explorer.eventCount': '{events} Ereignisse in {instruments} Abkommen.',
  'explorer.eventCountPaged':
    '{events} Ereignisse in {instruments} Abkommen, den Abkommen {first}–{last} von {total} (geschlossen {years}); ' +
    'die übrigen stehen auf den anderen Seiten der Zeitleiste.',
  'explorer.pagesLabel': 'Seiten der Zeitleiste',
  'explorer.pagesLabelAgain': 'Seiten der Zeitleiste (Wiederholung)',
  'table.date': 'Datum',
  'table.instrument': 'Abkommen',
  'table.who': 'Wer',
  'table.whatHappened': 'Was geschah',
  'table.sources': 'Quellen',
  'table.status': 'Status',
  'table.from': 'Von',
  'table.until': 'Bis',
  'table.today': 'heute',
  'table.endOfDay': 'Ablauf des {day}',

  'asOf.heading': 'Status am {day}',

  'compare.from': 'Von',
  'compare.to': 'Bis',
  'compare.submit': 'Vergleichen',

  'card.credit': '{site} · Datenversion {version}, Stand {day}',
  'card.creditAddress': '{address} · CC BY 4.0',
  'card.alt': 'Diagramm: {title}. {sentence}',
  'card.statesLane': 'Jeder Staat eine Zeile',
  'card.instrumentsLane': 'Jedes Abkommen eine Zeile',
  'card.colour.none': 'Nicht unterzeichnet oder noch keine Vertragspartei',
  'card.colour.pending': 'Unterzeichnet, nicht in Kraft',
  'card.colour.ratified': 'Ratifiziert, nicht in Kraft',
  'card.colour.provisional': 'Vorläufig angewendet',
  'card.colour.in-force': 'In Kraft oder wirksam',
  'card.colour.suspended': 'Ausgesetzt oder Aussetzung notifiziert',
  'card.colour.ended': 'Zurückgetreten, ausgelaufen oder beendet',
  'embed.open': 'Einbetten',
  'embed.what': 'Was einbetten',
  'embed.whatChart': 'Das Diagramm',
  'embed.whatCard': 'Eine Statuskarte: der Satz oben und der letzte Schritt, für eine Randspalte',
  'embed.heading': 'Diese Ansicht einbetten',
  'embed.intro':
    'Der Code zeigt genau, was Sie jetzt sehen: dieselben Abkommen, denselben Ausschnitt und denselben Stichtag. ' +
    'Er passt seinen Rahmen auf Telefonen wie auf Desktops an seinen Inhalt an.',
  'embed.when': 'Was sollen die Leserinnen und Leser Ihres Artikels sehen?',
  'embed.pinned': 'Den Stand von heute, {day}',
  'embed.pinnedNote':
    '(am besten für einen Artikel: er erzählt weiter, worüber Sie geschrieben haben, mit einem Link „Neuester Stand“)',
  'embed.current': 'Immer die neuesten Daten',
  'embed.currentNote': '(für Seiten, die den Ereignissen folgen sollen)',
  'embed.code': 'Einbettungscode',
  'embed.copy': 'Einbettungscode kopieren',
  'embed.static':
    'Für Websites, die keine Skripte Dritter zulassen (feste Höhe; in Spalten unter 1024 px scrollt die Einbettung ' +
    'in ihrem Rahmen, die Quellenzeile bleibt sichtbar)',
  'embed.copyStatic': 'Code ohne Skript kopieren',
  'embed.preview': 'Vorschau',
  'embed.previewTitle': 'Vorschau: {title}',
  'embed.close': 'Schließen',
  'embed.description':
    '{title}: eine einbettbare Ansicht der Arms Control Timeline, jedes Ereignis mit seiner Quelle verknüpft.',
  'embed.footer': 'Arms Control Timeline · Datenversion {version}, Stand {day} · Quellen',
  'embed.latest': 'Neuester Stand',

  'treaty.title': '{name}: Lebenszyklus',
  'treaty.description': '{summary} Status am {day}: {status}.',
  'treaty.kind': 'Art',
  'treaty.concluded': 'Geschlossen',
  'treaty.concludedAt': '{place}, {day}',
  'treaty.depositary': 'Verwahrer',
  'treaty.scope.one':
    'Das Diagramm zeigt das Abkommen insgesamt und den {count} Staat, dessen eigene Schritte hier erfasst sind.',
  'treaty.scope.other':
    'Das Diagramm zeigt das Abkommen insgesamt und jeden der {count} Staaten, deren eigene Schritte hier erfasst sind.',
  'treaty.scopeNeeded.one':
    'Das Diagramm zeigt das Abkommen insgesamt und den {count} Staat, dessen eigene Schritte hier erfasst sind, davon {within} ' +
    'unter den Staaten {list}; {without}: kein Schritt zu zeigen.',
  'treaty.scopeNeeded.other':
    'Das Diagramm zeigt das Abkommen insgesamt und jeden der {count} Staaten, deren eigene Schritte hier erfasst sind, ' +
    'davon {within} unter den Staaten {list}; {without}: kein Schritt zu zeigen.',
  'entry.needs': 'Das Inkrafttreten erfordert die Ratifikation durch {list}: {ratified} von {total} haben ratifiziert.',
  'entry.missing.one': 'Der {count} Staat, der nicht ratifiziert hat: {states}.',
  'entry.missing.other': 'Die {count} Staaten, die nicht ratifiziert haben: {states}.',
  'entry.neverSigned.one': '{states} hat es nicht einmal unterzeichnet.',
  'entry.neverSigned.other': '{states} haben es nicht einmal unterzeichnet.',
  'treaty.eachState': 'Jeder abweichende Staat',
  'treaty.lifecycle': 'Lebenszyklus',
  'treaty.periodsTable': 'Statuszeiträume als Tabelle',
  'treaty.periodsCaption': 'Der Status jeder Vertragspartei ab dem Ereignis, mit dem er begann',
  'treaty.asWhole': '{name} insgesamt',
  'treaty.events': 'Ereignisse',
  'treaty.background': 'Hintergrund',
  'treaty.lastReviewed': 'Zuletzt geprüft: {day}.',
  'treaty.lastReviewedChanges': 'Was sich geändert hat.',

  'states.title': 'Staaten',
  'states.description.one':
    'Jeder Staat, der ein von uns verfolgtes Rüstungskontrollabkommen unterzeichnet, ratifiziert, ausgesetzt oder ' +
    'verlassen hat: {count} Staat, mit eigener Zeitleiste, Stand {day}.',
  'states.description.other':
    'Jeder Staat, der ein von uns verfolgtes Rüstungskontrollabkommen unterzeichnet, ratifiziert, ausgesetzt oder ' +
    'verlassen hat: {count} Staaten, jeder mit eigener Zeitleiste, Stand {day}.',
  'states.lede':
    'Jeder Staat, der in einem von uns verfolgten Abkommen gehandelt hat. Jede Seite zeigt den Status des Staates im Zeitverlauf in jedem ' +
    'Abkommen, in dem eigene Schritte von ihm verzeichnet sind, jeden Schritt mit seinen Quellen.',
  'states.today': 'Heutige Staaten',
  'states.historical': 'Staaten, die nicht mehr bestehen',
  'states.instruments.one': '{count} Abkommen',
  'states.instruments.other': '{count} Abkommen',
  'states.events.one': '{count} Ereignis',
  'states.events.other': '{count} Ereignisse',
  'states.counts': '({code}) · {instruments} mit eigenen Schritten, {events}',

  'feed.title': 'Arms Control Timeline: neueste Ereignisse im Lebenszyklus',
  'feed.subtitle':
    'Unterzeichnungen, Ratifikationen, Aussetzungen, Rücktritte und das Auslaufen von Rüstungskontrollabkommen, jeweils mit Quelle. Datenversion {version}.',
  'feed.release': 'Datenversion {version}',

  'cite.heading': 'Diese Seite zitieren',
  'cite.headingData': 'Die Daten zitieren',
  'cite.lede': 'Datenversion {version}, abgerufen am {day}. Jedes Format ist reiner Text zum Kopieren.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago (Autor-Jahr)',
  'cite.bibtex': 'BibTeX',
  'cite.csl': 'CSL-JSON',
  'cite.note': 'Datenversion {version}; abgerufen am {day}',
  'cite.versionLabel': 'Datenversion {version}',
  'cite.dataTitle':
    'Arms Control Timeline: Rüstungskontrollabkommen, die Ereignisse ihres Lebenszyklus und ihre Quellen',

  'releases.title': 'Veröffentlichungen der Daten',
  'releases.description':
    'Jede veröffentlichte Version der Daten der Arms Control Timeline, jede unverändert unter ihrer eigenen ' +
    'Adresse, damit ein Zitat die zitierten Daten findet.',
  'releases.lede':
    'Eine Version ist nach dem Tag der letzten Datenänderung und einem kurzen Hash ihres Inhalts benannt. Die Dateien einer Veröffentlichung ' +
    'ändern sich nie: Zitieren Sie die Version, und jeder kann die Daten abrufen, die Sie gelesen haben.',
  'releases.version': 'Version',
  'releases.date': 'Letzte Datenänderung',
  'releases.files': 'Dateien',
  'releases.current': 'aktuell',
  'releases.unreleased': 'die Daten dieses Builds, noch nicht als Veröffentlichung festgeschrieben',
  'releases.changes': 'Was sich geändert hat',
  'changes.title': 'Änderungen an den Daten',
  'changes.description':
    'Was zwischen den Versionen der Daten der Arms Control Timeline hinzugefügt, berichtigt oder entfernt wurde, ' +
    'Ereignis für Ereignis, mit dem Grund jeder Berichtigung.',
  'changes.lede':
    'Jede Version wird Ereignis für Ereignis mit der vorigen verglichen: Ein berichtigtes Ereignis zeigt jeden geänderten Wert, ' +
    'alt → neu, und den Vermerk, warum. Berichtigungen sind Nachrichten: Verfolgen Sie sie im {feed}.',
  'changes.feedLink': 'Änderungs-Feed',
  'changes.releasesLink': 'Die Dateien jeder Version stehen auf {releases}.',
  'changes.releasesLinkText': 'der Seite der Veröffentlichungen',
  'changes.heading': 'Version {to} im Vergleich mit {from}',
  'changes.first': 'Noch nichts zu vergleichen: Version {version} ist die erste Veröffentlichung der Daten.',
  'changes.nothing':
    'Kein Ereignis wurde hinzugefügt, berichtigt oder entfernt; die Änderung lag anderswo (in einem Text, einem Namen).',
  'changes.changed': 'Berichtigt',
  'changes.added': 'Hinzugefügt',
  'changes.removed': 'Entfernt',
  'changes.empty': '(keine)',
  'changes.yes': 'ja',
  'changes.no': 'nein',
  'changes.source': '{publisher}, „{title}“, {url}.',
  'changes.fieldLine': '{label}: {from} → {to}',
  'changes.separator': ' · ',
  'changes.reason': 'Grund: {reason}',
  'changes.reasonDated': '{note} (berichtigt am {date})',
  'changes.field.instrument': 'Abkommen',
  'changes.field.id': 'Kennung',
  'changes.field.date': 'Datum',
  'changes.field.approximate': 'Ungefähres Datum',
  'changes.field.notAfter': 'Nur als spätestes Datum bekannt',
  'changes.field.type': 'Was geschah',
  'changes.field.document': 'Dokument',
  'changes.field.parties': 'Wer',
  'changes.field.predecessor': 'Vorgänger',
  'changes.field.contestedBy': 'Bestritten von',
  'changes.field.description': 'Beschreibung',
  'changes.field.sources': 'Quellen',
  'changes.feedTitle': 'Arms Control Timeline: Änderungen an den Daten',
  'changes.feedSubtitle':
    'Zwischen den Versionen der Daten hinzugefügte, berichtigte oder entfernte Ereignisse, jede Berichtigung mit ihrem Grund.',
  'changes.entry.changed': '{instrument}: berichtigt in Version {version} – {line}',
  'changes.entry.added': '{instrument}: hinzugefügt in Version {version} – {line}',
  'changes.entry.removed': '{instrument}: entfernt in Version {version} – {line}',
  'changes.releaseLink': 'Datenversion {version}',
  'event.negotiations-opened.meaning': 'Förmliche Verhandlungen über den Text begannen.',
  'event.adopted.meaning':
    'Der Text wurde von einer Konferenz, einem Forum oder der UN-Generalversammlung angenommen; ein politisch verbindliches Dokument wird damit wirksam.',
  'event.opened-for-signature.meaning': 'Die Staaten konnten mit der Unterzeichnung beginnen.',
  'event.signed.meaning':
    'Eine Vertragspartei unterzeichnete. Die Unterzeichnung ist keine Ratifikation: Sie verpflichtet einen Staat ' +
    'nur, Handlungen zu unterlassen, die Ziel und Zweck des Vertrags vereiteln würden.',
  'event.ratification-rejected.meaning':
    'Ein Parlament stimmte gegen die Zustimmung zur Ratifikation; der Staat bleibt Unterzeichner.',
  'event.ratified.meaning':
    'Eine Vertragspartei ratifizierte, trat bei oder genehmigte, meist durch Hinterlegung einer Ratifikationsurkunde.',
  'event.provisionally-applied.meaning':
    'Die Vertragsparteien vereinbarten, den Vertrag oder Teile davon vor seinem Inkrafttreten anzuwenden.',
  'event.entered-into-force.meaning':
    'Der Vertrag wurde rechtlich verbindlich, für alle Vertragsparteien oder für eine.',
  'event.succeeded.meaning': 'Ein Staat übernahm die Rechte und Pflichten eines Vorgängerstaates.',
  'event.updated.meaning': 'Das Abkommen wurde geändert, angepasst oder in neuer Fassung herausgegeben.',
  'event.extended.meaning': 'Die Vertragsparteien verlängerten die Geltungsdauer des Vertrags.',
  'event.statement.meaning':
    'Eine amtliche Erklärung zum Abkommen, die keinen rechtlichen Status ändert, etwa die Zusage eines Moratoriums.',
  'event.withdrawal-announced.meaning':
    'Eine Regierung kündigte ihre Absicht an zurückzutreten; eine Ankündigung allein hat keine Rechtswirkung.',
  'event.withdrawal-notified.meaning':
    'Der Rücktritt wurde förmlich notifiziert; damit begann die Frist, die der Vertrag vorsieht.',
  'event.suspension-notified.meaning':
    'Eine Vertragspartei beschloss oder notifizierte ihre Aussetzung, doch keine Quelle, die wir lesen konnten, nennt den Tag ihres Wirksamwerdens: Die ' +
    'Vertragspartei wird als notifizierend gezeigt, nie als weiterhin gebunden, bis ein datiertes Ereignis „Aussetzung“ folgt.',
  'event.suspended.meaning':
    'Eine Vertragspartei setzte die Durchführung des Abkommens aus und bleibt doch Vertragspartei. Aussetzung ist kein Rücktritt.',
  'event.resumed.meaning': 'Eine Vertragspartei nahm die Durchführung des Abkommens nach einer Aussetzung wieder auf.',
  'event.ratification-revoked.meaning': 'Eine Vertragspartei nahm ihre Ratifikation zurück; sie bleibt Unterzeichner.',
  'event.withdrawn.meaning': 'Ein Rücktritt wurde wirksam: Der Staat ist keine Vertragspartei mehr.',
  'event.expired.meaning': 'Das Abkommen endete nach seinen eigenen Bestimmungen mit Ablauf seiner Geltungsdauer.',
  'event.terminated.meaning':
    'Das Abkommen endete für alle Vertragsparteien, etwa als eine von zwei Vertragsparteien zurücktrat.',
  'pager.drawn':
    'Diese Seite zeigt die Abkommen {first}–{last} von {total}, die ältesten zuerst (Seite {page} von {pages}).',
  'pager.previous': '← Zurück: {first}–{last}',
  'pager.next': 'Weiter: {first}–{last} →',
  'pager.every': 'Alle Seiten',
  'pager.entry': '{first}–{last} ({years})',
  'index.title': 'Verträge',
  'index.description':
    'Jedes von uns verfolgte Rüstungskontrollabkommen, mit seinem heutigen Status und seinen wichtigen Daten.',
  'index.heading': 'Verträge und Dokumente',
  'index.lede': 'Die ältesten zuerst. Jeder Streifen zeigt den Status des Abkommens von {from} bis {to}.',
  'index.show': 'Zeigen',
  'index.filter.all': 'Alle',
  'index.filter.in-force': 'In Kraft oder wirksam',
  'index.filter.not-in-force': 'Nicht in Kraft',
  'index.filter.ended': 'Beendet',
  'about.title': 'Methodik und Daten',
  'about.description':
    'Wie die Arms Control Timeline Ereignisse erfasst, den Status ableitet und Quellen angibt; wie man sie zitiert; und ihre offenen Daten.',
  'about.intro':
    'Jede Tatsache auf dieser Website ist ein Ereignis im Leben eines Abkommens: ein Datum, die handelnde ' +
    'Vertragspartei oder die handelnden Vertragsparteien, ' +
    'was sie taten, und mindestens eine Quelle, die Leserinnen und Leser prüfen können. Ein Status wird nie von Hand eingetragen; er wird ' +
    'von einem einzigen Modell aus den Ereignissen abgeleitet, und jede Ansicht – die Zeitleiste, die Seiten zum Lebenszyklus, die Exporte – zeigt ' +
    'denselben abgeleiteten Status.',
  'about.events': 'Was jede Ereignisart bedeutet',
  'about.eventsIntro':
    'Jeder Schritt wird als das erfasst, was er war, an seinem eigenen Datum: Unterzeichnung ist keine Ratifikation, eine Ankündigung ist keine ' +
    'Notifikation, eine Notifikation ist nicht der wirksame Rücktritt, und Aussetzung ist kein Rücktritt.',
  'about.event': 'Ereignis',
  'about.meaning': 'Bedeutung',
  'about.dates': 'Daten, Genauigkeit und ungefähre Daten',
  'about.datesText':
    'Ein Datum wird so genau gezeigt, wie seine Quellen es belegen: „{year}“, „{month}“ oder „{day}“. Wir machen nie aus „{year}“ ' +
    '„{firstDay}“. Wo die Quellen nur ein ungefähres Datum nennen, ist es mit „{approximate}“ gekennzeichnet. Um den ' +
    'Status an einem bestimmten Tag zu ermitteln, zählt ein nur auf Jahr oder Monat bekanntes Ereignis ab dem ersten Tag dieses Zeitraums. ' +
    'Daten sind Kalendertage in UTC, wie die Dokumente sie nennen.',
  'about.status': 'Wie der Status abgeleitet wird',
  'about.statusText':
    'Jedes Abkommen hat eine eigene Zeile (die Ereignisse aller Vertragsparteien gemeinsam: Annahme, Inkrafttreten, ' +
    'Ablauf, Beendigung) und eine Zeile für jede Vertragspartei, die für sich gehandelt hat. Der Status einer Vertragspartei folgt ihren eigenen Ereignissen ' +
    'und denen des Abkommens insgesamt: Sie unterzeichnet, ratifiziert, ist gebunden, sobald das Abkommen in Kraft ist, kann ' +
    'aussetzen, wieder aufnehmen oder zurücktreten. Ein Staat, der einem anderen nachfolgte ({successor} für {predecessor}), übernimmt ' +
    'den Status seines Vorgängers. Ereignisse zu einem zugehörigen Dokument – einem Protokoll, einem Anpassungsübereinkommen, einer neuen ' +
    'Fassung – werden aufgeführt und gezeichnet, ändern aber nicht den Status des Abkommens selbst. Eine Ratifikation, ' +
    'die nach dem Inkrafttreten des Abkommens hinterlegt wird, setzt es für diese Vertragspartei in Kraft.',
  'about.sources': 'Quellen',
  'about.sourcesText':
    'Wir zitieren die maßgeblichste Quelle, die wir prüfen konnten: den Verwahrer, die eigenen Seiten der Regierungen und internationalen ' +
    'Organisationen, dann Nachschlagewerke wie die Fact Sheets der Arms Control Association. Presseberichte ' +
    'sind Kontext, keine maßgeblichen Quellen. Wo Quellen sich widersprechen, sagt der Text zum Abkommen das. Was wir ' +
    'nicht überprüfen konnten, steht hier nicht.',
  'about.cite': 'Zitieren',
  'about.citeText':
    'Zitieren Sie die Version der Daten, die Sie gelesen haben, und den Tag des Abrufs: Die Version benennt Daten, die sich nie ändern, auf ' +
    'der Seite der Veröffentlichungen. Unten steht das Zitat des gesamten Datensatzes; die Seite jedes Abkommens und jedes Staates ' +
    'bietet ihr eigenes.',
  'about.citeEvent':
    'Ein einzelnes Ereignis: Jedes Ereignis hat einen eigenen Anker auf der Seite seines Abkommens (zum Beispiel {address}); zitieren Sie diese ' +
    'Adresse mit dem Datum des Ereignisses und seiner Primärquelle.',
  'headline.among.one': '{status} für {count} der {total} hier gezeigten Staaten',
  'headline.among.other': '{status} für {count} der {total} hier gezeigten Staaten',
  'headline.statesOf.one': '{count} der {total} hier gezeigten Staaten: {status}',
  'headline.statesOf.other': '{count} der {total} hier gezeigten Staaten: {status}',
  'headline.states.one': '{count} Staat: {status}',
  'headline.states.other': '{count} Staaten: {status}',
  'headline.since': '{text} (seit {since})',
  'headline.by': '{text} (spätestens {since})',
  'headline.sinceContested': '{text} (seit {since}; nach eigener Angabe, bestritten von: {parties})',
  'headline.noStatus': 'kein Status erfasst',
  'oldLink.here': 'Sie sind einem älteren Link (#{anchor}) zu diesem Ereignis gefolgt; es steht jetzt unter #{id}.',
  'oldLink.heading': 'Ältere Links auf diese Seite',
  'oldLink.lede': 'Diese Adressen wurden für Ereignisse veröffentlicht, die jetzt anderswo erfasst oder entfernt sind.',
  'oldLink.moved': '#{anchor}: jetzt erfasst unter {instrument}',
  'oldLink.removed': '#{anchor}: entfernt. {note}',
  'about.who': 'Wer diese Website herausgibt',
  'about.whoText':
    'Das Projekt Arms Control Timeline gibt diese Website heraus: ein Open-Source-Projekt, dessen Code, Inhalte und Daten ' +
    'in einem Repository liegen. Der Code steht unter der MIT-Lizenz, die Texte und die Daten unter CC BY 4.0.',
  'about.repository': 'Das Repository: {link}.',
  'about.review': 'Wie die Fakten bearbeitet und geprüft werden',
  'about.reviewText':
    'Jede Tatsache ist ein Ereignis in einer Markdown-Datei, einer Datei je Abkommen, und jedes Ereignis nennt mindestens eine Quelle, ' +
    'die Leserinnen und Leser öffnen können. Änderungen am Inhalt durchlaufen die Prüfung im Repository, und ein Validator prüft jede ' +
    'Datei bei jedem Build: die Daten, das Vokabular der Ereignisse, die Reihenfolge der Schritte jeder Vertragspartei, dass jedes Ereignis ' +
    'seine Quelle hat. Solange ein Problem besteht, wird die Website nicht gebaut. Die Seite jedes Abkommens nennt, wann es zuletzt ' +
    'geprüft wurde: den Tag, an dem sich seine Datei zuletzt geändert hat.',
  'about.versions': 'Versionen und Berichtigungen',
  'about.versionsText':
    'Die Daten werden in Versionen veröffentlicht, jede nach dem Tag ihrer letzten Änderung und einem kurzen Hash ihres Inhalts benannt; ' +
    'dies ist Version {version}. Jede Veröffentlichung bleibt unverändert verfügbar, auf {releases}. Was jede Version hinzugefügt, ' +
    'berichtigt oder entfernt hat, mit dem Grund jeder Berichtigung, steht auf {changes} und in ihrem Feed.',
  'about.releasesLink': 'der Seite der Veröffentlichungen',
  'about.changesLink': 'der Seite der Änderungen',
  'about.notFound': 'Nicht gefundene Daten',
  'about.notFoundText':
    'Jeder der folgenden Staaten hat eine Aussetzung beschlossen oder notifiziert, doch keine Quelle, die wir ' +
    'lesen konnten, nennt den Tag ihres Wirksamwerdens. ' +
    'Er wird ab dem Tag der Notifikation oder des Beschlusses als „Aussetzung notifiziert, Tag des Wirksamwerdens nicht gefunden“ gezeigt, nie ' +
    'als weiterhin gebunden. Andere haben einen Schritt vollzogen, den eine Quelle eines späteren Tages bezeugt, ' +
    'ohne dass eine Quelle seinen eigenen Tag nennt: Er wird ab jenem Tag gezeigt und mit „spätestens am“ datiert. ' +
    'Wenn Sie die Unterlagen kennen, teilen Sie es uns mit.',
  'about.notFoundItem': '{party}: Aussetzung notifiziert am {day}; Tag des Wirksamwerdens nicht gefunden',
  'about.notFoundDay': '{party}: {step} {day}; eigener Tag nicht gefunden',
  'about.mistakes': 'Einen Fehler melden',
  'about.mistakesText':
    'Eröffnen Sie ein Issue im Repository des Projekts und nennen Sie die Seite, das Ereignis, was falsch ist, und eine Quelle, die ' +
    'die richtige Tatsache belegt. Eine Berichtigung ändert die Inhaltsdatei, trägt einen Vermerk mit dem Grund und wird auf der ' +
    'Seite der Änderungen aufgeführt.',
  'about.mistakesWhere': 'Melden Sie ihn im Issue-Tracker des Repositorys: {link}.',
  'about.data': 'Offene Daten',
  'about.dataVersion': 'Datenversion {version} (Datenformat {format}), unter CC BY 4.0.',
  'about.dataTreaties': '{file}: jedes Abkommen mit seinen Ereignissen, Quellen und abgeleiteten Statusintervallen.',
  'about.dataParties':
    '{file}: jeder Staat, der gehandelt hat, mit seinen abgeleiteten Statusintervallen in jedem Abkommen und den Ereignissen, die ihn nennen.',
  'about.dataEvents':
    '{file}: eine Zeile je Ereignis und handelnder Vertragspartei, mit dem Datum in seiner Genauigkeit und der ersten Quelle. Eine CSV-Datei ' +
    'hat keinen Platz für die Version, daher speichert der Link sie unter einem Namen, der sie enthält ({name}), und jede Veröffentlichung ' +
    'behält ihre eigene Kopie.',
  'about.dataReleases':
    '{file}: jede veröffentlichte Version der Daten, jede mit ihren Dateien treaties.json und events.csv, unverändert.',
  'about.dataChanges':
    '{file}: ein Atom-Feed der zwischen Versionen hinzugefügten, berichtigten oder entfernten Ereignisse.',
  'about.dataSchema':
    '{file}: das JSON Schema von {treaties} (und unter {pointer} von {parties}), erzeugt aus dem Schema, das die Inhalte prüft.',
  'about.dataFeed': '{file}: ein Atom-Feed der neuesten Ereignisse im Lebenszyklus.',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.description': 'Unter dieser Adresse gibt es auf der Arms Control Timeline keine Seite.',
  'notFound.text':
    'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie falsch eingegeben, oder die Seite ist umgezogen.',
  'notFound.startAgain': 'Beginnen Sie neu mit {timeline} oder mit {list} mit dem heutigen Status jedes Abkommens.',
  'notFound.timeline': 'der Zeitleiste aller Abkommen',
  'notFound.list': 'der Liste der Verträge',
  'notFound.treaties': 'Verträge und Übereinkünfte',
  // Said only on built pages: no browser script carries them.
  'asOf.partyStatus': '{party}: {status}',
  'explorer.timelineLabel':
    'Interaktive Zeitleiste. Die Pfeiltasten wechseln zwischen Ereignissen, ein Buchstabe springt zur Zeile, die ' +
    'mit ihm beginnt, Plus und Minus zoomen, die Eingabetaste öffnet das Ereignis.',
  'event.contestedBy': 'nach eigener Angabe; bestritten von: {parties}',
  'table.event': 'Ereignis',
  'headline.today': 'Status heute:',
  'card.lastStep': 'Letzter Schritt:',
  'party.title': '{name}: Rüstungskontrollabkommen',
  'party.description.one':
    '{name}: eigene Schritte sind in {count} der {total} hier erfassten Rüstungskontrollabkommen verzeichnet: {events} mit Quellen und der Status am {day}.',
  'party.description.other':
    '{name}: eigene Schritte sind in {count} der {total} hier erfassten Rüstungskontrollabkommen verzeichnet: {events} mit Quellen und der ' +
    'Status in jedem am {day}.',
  'party.overTime': 'Status in jedem Abkommen im Zeitverlauf',
  'party.keyDates': 'Wichtige Daten',
  'party.firstStep': 'Erster Schritt',
  'party.inForce': 'In Kraft',
  'party.ended': 'Beendet',
  'party.statusOn': 'Status am {day}',
  'party.stepOn': '{step}: {day}',
  'party.continuedBy': 'Fortgesetzt durch',
  'party.continues': 'Setzt fort',
  'party.successors': 'Nachfolgestaaten',
  'party.otherSuccessors': 'Weitere Nachfolgestaaten',
  'party.successorOf': 'Nachfolgestaat von',
} as const satisfies Omit<EditionPageStrings<'de'>, keyof GlossaryPageStrings>);
