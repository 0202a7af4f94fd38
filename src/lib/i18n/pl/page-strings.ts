/** The Polish edition's page strings (see ../page-strings.ts); the kinds of instrument come from ../glossary.ts. */
import { GLOSSARY_PL, withPageGlossary, type GlossaryPageStrings } from '../glossary.ts';
import type { EditionPageStrings } from '../page-strings.ts';

export const PAGE_STRINGS_PL = /* @__PURE__ */ withPageGlossary(GLOSSARY_PL, {
  'site.name': 'Arms Control Timeline',
  'site.pageTitle': '{title} · Arms Control Timeline',
  'site.printed': 'Wydrukowano z {address}, dostęp {day}, wersja danych {version}.',
  'picture.png': 'Wykres jako PNG ({width} px)',
  'picture.svg': 'Wykres jako SVG',
  'picture.source':
    'Źródło: {site}, wersja danych {version}. Każde zdarzenie odsyła do swojego źródła pod adresem poniżej.',
  'picture.licence': 'CC BY 4.0',
  'site.description':
    'Jak traktaty o kontroli zbrojeń w Europie i w stosunkach amerykańsko-rosyjskich podpisywano, ratyfikowano, ' +
    'zawieszano, porzucano lub pozwalano im wygasnąć.',
  'site.skip': 'Przejdź do treści',
  'site.navLabel': 'Serwis',
  'site.editions': 'Język',
  'site.contentInEnglish': 'Opisy wydarzeń i historia traktatów są na razie w języku angielskim.',
  'site.nav.timeline': 'Oś czasu',
  'site.nav.treaties': 'Traktaty',
  'site.nav.states': 'Państwa',
  'site.nav.about': 'Metodologia i dane',
  'site.footer': 'Dane na dzień {day}, wersja {version}. Każde zdarzenie prowadzi do swojego źródła.',
  'site.footer.howWeWork': 'Jak pracujemy',
  'site.footer.data': 'Dane',
  'site.footer.feed': 'Kanał',
  'site.footer.changes': 'Zmiany',
  'site.publisher': 'Projekt Arms Control Timeline',
  'site.feedTitle': 'Najnowsze zdarzenia w cyklu życia',
  'search.label': 'Znajdź traktat, państwo lub zdarzenie',
  'search.placeholder': 'Szukaj…',
  'search.fallback': 'Znajdź {treaties} lub {states}',
  'search.fallbackTreaties': 'dokument',
  'search.fallbackStates': 'państwo',
  'search.filters': 'Zawęź wyniki',
  'search.filter.instrument': 'Dokument',
  'search.filter.type': 'Rodzaj zdarzenia',
  'search.filter.state': 'Państwo',
  'search.filter.decade': 'Dekada',
  'search.filter.any': 'Dowolne',
  'search.decade': 'Lata {decade}.',

  'keyDate.signed': 'Podpisanie',
  'keyDate.adopted': 'Przyjęcie',
  'keyDate.provisionallyApplied': 'Tymczasowe stosowanie',
  'keyDate.inForce': 'Wejście w życie',
  'keyDate.inEffect': 'Początek stosowania',
  'keyDate.ended': 'Koniec',
  'lineage.supersedes': 'Zastępuje',
  'lineage.supersededBy': 'Zastąpiony przez',
  'lineage.adaptedBy': 'Dostosowany przez',
  'lineage.updatedBy': 'Zaktualizowany przez',
  'lineage.related': 'Powiązane',

  'chart.wholeTreaty': 'Traktat jako całość',
  'chart.noScriptAddress':
    'Bez JavaScriptu ten wykres pokazuje cały zapis według stanu na {day}: dzień, okres lub filtr w adresie działa tylko z JavaScriptem.',
  'chart.wholeDocument': 'Dokument jako całość',
  'chart.wholeShort': 'Całość',
  'chart.summary.one': 'Cykl życia: {name}. {lanes} wiersz (dokument jako całość), {events}, stan na dzień {day}.',
  'chart.summary.few':
    'Cykl życia: {name}. {lanes} wiersze (dokument jako całość i każda strona, która działała), {events}, stan na dzień {day}.',
  'chart.summary.many':
    'Cykl życia: {name}. {lanes} wierszy (dokument jako całość i każda strona, która działała), {events}, stan na dzień {day}.',
  'chart.summary.other':
    'Cykl życia: {name}. {lanes} wiersza (dokument jako całość i każda strona, która działała), {events}, stan na dzień {day}.',
  'chart.overviewSummary':
    'Oś czasu dokumentów ({instruments}) i zdarzeń ({events}), stan na dzień {day}: jeden wiersz na dokument, w kolorze jego statusu.',
  'chart.partySummary.one':
    '{name} w {count} dokumencie: jeden wiersz ze statusem w czasie, {events}, stan na dzień {day}.',
  'chart.partySummary.few':
    '{name} w {count} dokumentach: po wierszu na każdy, ze statusem w czasie, {events}, stan na dzień {day}.',
  'chart.partySummary.many':
    '{name} w {count} dokumentach: po wierszu na każdy, ze statusem w czasie, {events}, stan na dzień {day}.',
  'chart.partySummary.other':
    '{name} w {count} dokumentu: po wierszu na każdy, ze statusem w czasie, {events}, stan na dzień {day}.',
  'chart.zoomIn': 'Powiększ',
  'chart.zoomOut': 'Pomniejsz',
  'chart.showAll': 'Pokaż wszystko',
  'chart.regionLabel':
    'Wykres cyklu życia. Strzałki przechodzą między zdarzeniami, plus i minus zmieniają powiększenie, 0 pokazuje wszystko, Enter otwiera zdarzenie.',
  'chart.keys': 'Klawiatura: strzałki — między zdarzeniami, + i − — powiększenie, 0 — wszystko, Enter — otwórz.',
  'strip.period': '{status} od {from} do {to}',
  'strip.periodOpen': '{status} od {from}',
  'strip.label': '{name}: {periods}',
  'strip.none': 'jeszcze bez statusu',

  'explorer.title': 'Oś czasu',
  'explorer.titlePaged': 'Oś czasu, dokumenty {first}–{last} z {total}',
  'explorer.heading': 'Jak zawierano i rozmontowywano traktaty o kontroli zbrojeń',
  'explorer.lede':
    'Traktaty Europy i stosunków amerykańsko-rosyjskich na jednej osi czasu: podpisane, ratyfikowane, zawieszone, ' +
    'porzucone lub wygasłe. Dane na dzień {day}; każde zdarzenie prowadzi do swojego źródła.',
  'explorer.label': 'Przeglądarka osi czasu',
  'explorer.asOf': 'Stan na dzień',
  'explorer.zoom': 'Powiększenie',
  'explorer.fitAll': 'Dopasuj wszystko',
  'explorer.filters': 'Filtry',
  'explorer.instruments': 'Dokumenty',
  'explorer.eventTypes': 'Rodzaje zdarzeń',
  'explorer.party': 'Strona',
  'explorer.allParties': 'Wszystkie strony',
  'explorer.embedTitle': 'Traktaty o kontroli zbrojeń na jednej osi czasu',
  'explorer.keys':
    'Klawiatura: strzałki — między zdarzeniami, litera — do wiersza, + i − — powiększenie, Shift + strzałki — przesunięcie widoku, Enter — otwórz.',
  'explorer.skip': 'Przejdź do osi czasu',
  'explorer.hint':
    'Powiększanie — przyciskami, Ctrl + kółko myszy lub gestem, przesuwanie — przeciąganiem. Po wybraniu wiersza lub zdarzenia pojawi się ono w panelu.',
  'explorer.closePanel': 'Zamknij panel',
  'explorer.everyEvent': 'Wszystkie zdarzenia po kolei',
  'explorer.eventTableLink': 'Wszystkie w jednej tabeli, ze źródłami.',
  'events.title': 'Wszystkie zdarzenia po kolei',
  'events.description':
    'Każde podpisanie, ratyfikacja, zawieszenie, wystąpienie i wygaśnięcie śledzonych przez nas dokumentów kontroli zbrojeń, w ' +
    'porządku chronologicznym, każde ze źródłami; dane na dzień {day}.',
  'events.lede':
    'Zdarzenia: {events}, dokumenty: {instruments}, w porządku chronologicznym, stan na dzień {day}. Każde prowadzi do strony swojego dokumentu i do źródeł.',
  'events.timeline': 'Zobacz je na osi czasu.',
  'oldLink.row':
    'Ten link prowadził do wiersza tabeli wszystkich zdarzeń, które mają teraz własne strony: to zdarzenie można otworzyć tam.',
  'explorer.eventCount': 'Zdarzenia: {events}, dokumenty: {instruments}.',
  'explorer.eventCountPaged':
    'Zdarzenia: {events}, dokumenty: {instruments} — dokumenty {first}–{last} z {total} (zawarte: {years}); ' +
    'pozostałe są na innych stronach osi czasu.',
  'explorer.pagesLabel': 'Strony osi czasu',
  'explorer.pagesLabelAgain': 'Strony osi czasu (powtórzenie)',
  'table.date': 'Data',
  'table.instrument': 'Dokument',
  'table.who': 'Kto',
  'table.whatHappened': 'Co się stało',
  'table.sources': 'Źródła',
  'table.status': 'Status',
  'table.from': 'Od',
  'table.until': 'Do',
  'table.today': 'dziś',
  'table.endOfDay': 'koniec dnia {day}',

  'asOf.heading': 'Status na dzień {day}',

  'compare.from': 'Od',
  'compare.to': 'Do',
  'compare.submit': 'Porównaj',

  'card.credit': '{site} · wersja danych {version}, stan na dzień {day}',
  'card.creditAddress': '{address} · CC BY 4.0',
  'card.alt': 'Wykres: {title}. {sentence}',
  'card.statesLane': 'Każde państwo w osobnym wierszu',
  'card.instrumentsLane': 'Każdy dokument w osobnym wierszu',
  'card.colour.none': 'Brak podpisu lub jeszcze nie strona',
  'card.colour.pending': 'Podpisano, nie obowiązuje',
  'card.colour.ratified': 'Ratyfikowano, nie obowiązuje',
  'card.colour.provisional': 'Stosowanie tymczasowe',
  'card.colour.in-force': 'Obowiązuje lub jest stosowany',
  'card.colour.suspended': 'Stosowanie zawieszone lub notyfikowano zawieszenie',
  'card.colour.ended': 'Wystąpienie, wygaśnięcie lub zakończenie obowiązywania',
  'embed.open': 'Osadź',
  'embed.what': 'Co osadzić',
  'embed.whatChart': 'Wykres',
  'embed.whatCard': 'Kartę statusu: zdanie powyżej i ostatni krok, do kolumny bocznej',
  'embed.heading': 'Osadź ten widok',
  'embed.intro':
    'Kod pokazuje dokładnie to, co widać teraz: te same dokumenty, ten sam okres i ten sam dzień. Dopasowuje ramkę ' +
    'do treści zarówno na telefonach, jak i na komputerach.',
  'embed.when': 'Co mają zobaczyć czytelnicy Państwa artykułu?',
  'embed.pinned': 'Stan rzeczy na dziś, {day}',
  'embed.pinnedNote':
    '(najlepsze do artykułu: nadal opowiada to, o czym Państwo pisali, z odnośnikiem „najnowsze dane”)',
  'embed.current': 'Zawsze najnowsze dane',
  'embed.currentNote': '(dla stron, które mają śledzić wydarzenia)',
  'embed.code': 'Kod do osadzenia',
  'embed.copy': 'Kopiuj kod do osadzenia',
  'embed.static':
    'Dla serwisów, które nie dopuszczają skryptów zewnętrznych (stała wysokość; w kolumnach węższych niż 1024 px ' +
    'osadzenie przewija się w swojej ramce, a wiersz ze źródłem pozostaje widoczny)',
  'embed.copyStatic': 'Kopiuj kod bez skryptu',
  'embed.preview': 'Podgląd',
  'embed.previewTitle': 'Podgląd: {title}',
  'embed.close': 'Zamknij',
  'embed.description': '{title}: widok Arms Control Timeline do osadzenia, każde zdarzenie z odnośnikiem do źródła.',
  'embed.footer': 'Arms Control Timeline · wersja danych {version}, stan na dzień {day} · źródła',
  'embed.latest': 'Najnowsze dane',

  'treaty.title': '{name}: cykl życia',
  'treaty.description': '{summary} Status na dzień {day}: {status}.',
  'treaty.kind': 'Rodzaj',
  'treaty.concluded': 'Zawarcie',
  'treaty.concludedAt': '{place}, {day}',
  'treaty.depositary': 'Depozytariusz',
  'treaty.scope.one':
    'Wykres przedstawia dokument jako całość oraz {count} państwo, którego własne kroki są tu odnotowane.',
  'treaty.scope.few':
    'Wykres przedstawia dokument jako całość oraz każde z {count} państw, których własne kroki są tu odnotowane.',
  'treaty.scope.many':
    'Wykres przedstawia dokument jako całość oraz każde z {count} państw, których własne kroki są tu odnotowane.',
  'treaty.scope.other':
    'Wykres przedstawia dokument jako całość oraz każde z {count} państwa, których własne kroki są tu odnotowane.',
  'treaty.scopeNeeded.one':
    'Wykres przedstawia dokument jako całość oraz {count} państwo, którego własne kroki są tu odnotowane; wśród ' +
    'wymienionych ({list}): {within}; bez kroków do pokazania: {without}.',
  'treaty.scopeNeeded.few':
    'Wykres przedstawia dokument jako całość oraz każde z {count} państw, których własne kroki są tu odnotowane; wśród ' +
    'wymienionych ({list}): {within}; bez kroków do pokazania: {without}.',
  'treaty.scopeNeeded.many':
    'Wykres przedstawia dokument jako całość oraz każde z {count} państw, których własne kroki są tu odnotowane; wśród ' +
    'wymienionych ({list}): {within}; bez kroków do pokazania: {without}.',
  'treaty.scopeNeeded.other':
    'Wykres przedstawia dokument jako całość oraz każde z {count} państwa, których własne kroki są tu odnotowane; wśród ' +
    'wymienionych ({list}): {within}; bez kroków do pokazania: {without}.',
  'entry.needs':
    'Do wejścia w życie potrzebna jest ratyfikacja przez państwa: {list}. Ratyfikowało {ratified} z {total}.',
  'entry.missing.one': 'Nie ratyfikowało {count} państwo: {states}.',
  'entry.missing.few': 'Nie ratyfikowały {count} państwa: {states}.',
  'entry.missing.many': 'Nie ratyfikowało {count} państw: {states}.',
  'entry.missing.other': 'Nie ratyfikowało {count} państwa: {states}.',
  'entry.neverSigned.one': '{states}: nawet go nie podpisano.',
  'entry.neverSigned.few': '{states}: nawet go nie podpisano.',
  'entry.neverSigned.many': '{states}: nawet go nie podpisano.',
  'entry.neverSigned.other': '{states}: nawet go nie podpisano.',
  'treaty.eachState': 'Każde państwo o odmiennym statusie',
  'treaty.lifecycle': 'Cykl życia',
  'treaty.periodsTable': 'Okresy statusów w formie tabeli',
  'treaty.periodsCaption': 'Status każdej strony od zdarzenia, które go rozpoczęło',
  'treaty.asWhole': '{name} jako całość',
  'treaty.events': 'Zdarzenia',
  'treaty.background': 'Tło',
  'treaty.lastReviewed': 'Ostatnia weryfikacja: {day}.',
  'treaty.lastReviewedChanges': 'Zobacz, co się zmieniło.',

  'states.title': 'Państwa',
  'states.description.one':
    'Każde państwo, które podpisało, ratyfikowało, zawiesiło lub opuściło śledzony przez nas dokument kontroli ' +
    'zbrojeń: {count} państwo, z własną osią czasu, stan na dzień {day}.',
  'states.description.few':
    'Każde państwo, które podpisało, ratyfikowało, zawiesiło lub opuściło śledzony przez nas dokument kontroli ' +
    'zbrojeń: {count} państwa, każde z własną osią czasu, stan na dzień {day}.',
  'states.description.many':
    'Każde państwo, które podpisało, ratyfikowało, zawiesiło lub opuściło śledzony przez nas dokument kontroli ' +
    'zbrojeń: {count} państw, każde z własną osią czasu, stan na dzień {day}.',
  'states.description.other':
    'Każde państwo, które podpisało, ratyfikowało, zawiesiło lub opuściło śledzony przez nas dokument kontroli ' +
    'zbrojeń: {count} państwa, każde z własną osią czasu, stan na dzień {day}.',
  'states.lede':
    'Każde państwo, które działało w śledzonym przez nas dokumencie. Strona każdego pokazuje jego status w czasie w każdym dokumencie, w którym ' +
    'odnotowano jego własne kroki, każdy krok ze źródłami.',
  'states.today': 'Państwa obecnie istniejące',
  'states.historical': 'Państwa, które już nie istnieją',
  'states.instruments.one': '{count} dokument',
  'states.instruments.few': '{count} dokumenty',
  'states.instruments.many': '{count} dokumentów',
  'states.instruments.other': '{count} dokumentu',
  'states.events.one': '{count} zdarzenie',
  'states.events.few': '{count} zdarzenia',
  'states.events.many': '{count} zdarzeń',
  'states.events.other': '{count} zdarzenia',
  'states.counts': '({code}) · {instruments} z własnymi krokami, {events}',

  'feed.title': 'Arms Control Timeline: najnowsze zdarzenia w cyklu życia',
  'feed.subtitle':
    'Podpisania, ratyfikacje, zawieszenia, wystąpienia i wygaśnięcia dokumentów kontroli zbrojeń, każde ze źródłem. Wersja danych {version}.',
  'feed.release': 'Wersja danych {version}',

  'cite.heading': 'Jak cytować tę stronę',
  'cite.headingData': 'Jak cytować dane',
  'cite.lede': 'Wersja danych {version}, dostęp {day}. Każdy format to zwykły tekst do skopiowania.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago (autor-data)',
  'cite.bibtex': 'BibTeX',
  'cite.csl': 'CSL-JSON',
  'cite.note': 'Wersja danych {version}; dostęp {day}',
  'cite.versionLabel': 'Wersja danych {version}',
  'cite.dataTitle': 'Arms Control Timeline: dokumenty kontroli zbrojeń, zdarzenia ich cyklu życia i źródła',

  'releases.title': 'Wydania danych',
  'releases.description':
    'Każda wydana wersja danych Arms Control Timeline, każda niezmieniona pod własnym adresem, aby cytat prowadził do cytowanych danych.',
  'releases.lede':
    'Nazwa wersji to dzień ostatniej zmiany danych i krótki skrót (hash) ich zawartości. Pliki wydania ' +
    'nigdy się nie zmieniają: wystarczy zacytować wersję, a każdy pobierze dane, które Państwo czytali.',
  'releases.version': 'Wersja',
  'releases.date': 'Ostatnia zmiana danych',
  'releases.files': 'Pliki',
  'releases.current': 'bieżąca',
  'releases.unreleased': 'dane tej kompilacji, jeszcze nieutrwalone jako wydanie',
  'releases.changes': 'Co się zmieniło',
  'changes.title': 'Zmiany w danych',
  'changes.description':
    'Co dodano, poprawiono lub usunięto między wersjami danych Arms Control Timeline, zdarzenie po zdarzeniu, z powodem każdej poprawki.',
  'changes.lede':
    'Każda wersja jest porównywana z poprzednią zdarzenie po zdarzeniu: poprawione zdarzenie pokazuje każdą zmienioną wartość, ' +
    'stara → nowa, i notę z powodem. Poprawki to też wiadomości: można je śledzić w {feed}.',
  'changes.feedLink': 'kanale zmian',
  'changes.releasesLink': 'Pliki każdej wersji są na {releases}.',
  'changes.releasesLinkText': 'stronie wydań',
  'changes.heading': 'Wersja {to} w porównaniu z {from}',
  'changes.first': 'Nie ma jeszcze czego porównać: wersja {version} to pierwsze wydanie danych.',
  'changes.nothing':
    'Żadnego zdarzenia nie dodano, nie poprawiono ani nie usunięto; zmiana dotyczyła czegoś innego (tekstu, nazwy).',
  'changes.changed': 'Poprawiono',
  'changes.added': 'Dodano',
  'changes.removed': 'Usunięto',
  'changes.empty': '(brak)',
  'changes.yes': 'tak',
  'changes.no': 'nie',
  'changes.source': '{publisher}, „{title}”, {url}.',
  'changes.fieldLine': '{label}: {from} → {to}',
  'changes.separator': ' · ',
  'changes.reason': 'Powód: {reason}',
  'changes.reasonDated': '{note} (poprawiono {date})',
  'changes.field.instrument': 'Dokument',
  'changes.field.id': 'Identyfikator',
  'changes.field.date': 'Data',
  'changes.field.approximate': 'Data przybliżona',
  'changes.field.notAfter': 'Znana tylko jako data najpóźniejsza',
  'changes.field.type': 'Co się stało',
  'changes.field.document': 'Dokument',
  'changes.field.parties': 'Kto',
  'changes.field.predecessor': 'Poprzednik',
  'changes.field.contestedBy': 'Kwestionowane przez',
  'changes.field.description': 'Opis',
  'changes.field.sources': 'Źródła',
  'changes.feedTitle': 'Arms Control Timeline: zmiany w danych',
  'changes.feedSubtitle': 'Zdarzenia dodane, poprawione lub usunięte między wersjami danych, każda poprawka z powodem.',
  'changes.entry.changed': '{instrument}: poprawiono w wersji {version} — {line}',
  'changes.entry.added': '{instrument}: dodano w wersji {version} — {line}',
  'changes.entry.removed': '{instrument}: usunięto w wersji {version} — {line}',
  'changes.releaseLink': 'Wersja danych {version}',
  'event.negotiations-opened.meaning': 'Rozpoczęły się formalne negocjacje nad tekstem.',
  'event.adopted.meaning':
    'Tekst przyjęła konferencja, forum lub Zgromadzenie Ogólne ONZ; w przypadku dokumentu politycznie wiążącego oznacza to rozpoczęcie jego stosowania.',
  'event.opened-for-signature.meaning': 'Państwa mogły rozpocząć podpisywanie.',
  'event.signed.meaning':
    'Strona podpisała. Podpisanie nie jest ratyfikacją: zobowiązuje państwo jedynie do powstrzymania się od ' +
    'działań, które udaremniłyby przedmiot i cel traktatu.',
  'event.ratification-rejected.meaning':
    'Parlament głosował przeciwko zgodzie na ratyfikację; państwo pozostaje sygnatariuszem.',
  'event.ratified.meaning':
    'Strona ratyfikowała, przystąpiła lub zatwierdziła, zwykle przez złożenie dokumentu ratyfikacyjnego.',
  'event.provisionally-applied.meaning': 'Strony uzgodniły stosowanie traktatu lub jego części przed wejściem w życie.',
  'event.entered-into-force.meaning': 'Traktat stał się prawnie wiążący — dla wszystkich stron lub dla jednej.',
  'event.succeeded.meaning': 'Państwo przejęło prawa i obowiązki państwa poprzednika.',
  'event.updated.meaning': 'Dokument zmieniono, dostosowano lub wydano w nowej wersji.',
  'event.extended.meaning': 'Strony przedłużyły okres obowiązywania traktatu.',
  'event.statement.meaning':
    'Oficjalne oświadczenie dotyczące dokumentu, które nie zmienia statusu prawnego, na przykład zobowiązanie do moratorium.',
  'event.withdrawal-announced.meaning':
    'Rząd zapowiedział zamiar wystąpienia; sama zapowiedź nie wywołuje skutków prawnych.',
  'event.withdrawal-notified.meaning':
    'Złożono formalną notyfikację wypowiedzenia, co rozpoczęło bieg okresu wypowiedzenia przewidzianego w traktacie.',
  'event.suspension-notified.meaning':
    'Strona postanowiła o zawieszeniu lub je notyfikowała, ale żadne dostępne nam źródło nie podaje dnia, w którym stało się ono skuteczne: ' +
    'strona jest pokazana jako ta, która je notyfikowała, nigdy jako nadal związana, dopóki nie nastąpi datowane zdarzenie „zawieszenie”.',
  'event.suspended.meaning':
    'Strona przestała wykonywać dokument, pozostając jego stroną. Zawieszenie nie jest wystąpieniem.',
  'event.resumed.meaning': 'Strona wznowiła wykonywanie dokumentu po zawieszeniu.',
  'event.ratification-revoked.meaning': 'Strona cofnęła ratyfikację; pozostaje sygnatariuszem.',
  'event.withdrawn.meaning': 'Wystąpienie stało się skuteczne: państwo nie jest już stroną.',
  'event.expired.meaning': 'Dokument wygasł zgodnie z własnymi postanowieniami, z upływem okresu obowiązywania.',
  'event.terminated.meaning':
    'Dokument przestał obowiązywać wszystkie strony, na przykład gdy jedna z dwóch stron z niego wystąpiła.',
  'pager.drawn': 'Ta strona przedstawia dokumenty {first}–{last} z {total}, od najstarszych (strona {page} z {pages}).',
  'pager.previous': '← Poprzednie: {first}–{last}',
  'pager.next': 'Następne: {first}–{last} →',
  'pager.every': 'Wszystkie strony',
  'pager.entry': '{first}–{last} ({years})',
  'index.title': 'Traktaty',
  'index.description':
    'Każdy śledzony przez nas dokument kontroli zbrojeń, z jego dzisiejszym statusem i najważniejszymi datami.',
  'index.heading': 'Traktaty i dokumenty',
  'index.lede': 'Od najstarszych. Każdy pasek pokazuje status dokumentu od {from} do {to}.',
  'index.show': 'Pokaż',
  'index.filter.all': 'Wszystkie',
  'index.filter.in-force': 'Obowiązujące lub stosowane',
  'index.filter.not-in-force': 'Nieobowiązujące',
  'index.filter.ended': 'Zakończone',
  'about.title': 'Metodologia i dane',
  'about.description':
    'Jak Arms Control Timeline odnotowuje zdarzenia, wyprowadza status i podaje źródła; jak go cytować; i jego otwarte dane.',
  'about.intro':
    'Każdy fakt w tym serwisie to zdarzenie w życiu dokumentu: data, strona lub strony, które działały, ' +
    'co zrobiły, i co najmniej jedno źródło, które czytelnik może sprawdzić. Statusów nigdy nie wpisuje się ręcznie; ' +
    'wyprowadza je ze zdarzeń jeden model, a każdy widok — oś czasu, strony cyklu życia, eksporty — pokazuje ' +
    'ten sam wyprowadzony status.',
  'about.events': 'Co oznacza każdy rodzaj zdarzenia',
  'about.eventsIntro':
    'Każdy krok jest odnotowany jako to, czym był, pod własną datą: podpisanie nie jest ratyfikacją, zapowiedź nie jest ' +
    'notyfikacją, notyfikacja nie jest skutecznym wystąpieniem, a zawieszenie nie jest wystąpieniem.',
  'about.event': 'Zdarzenie',
  'about.meaning': 'Znaczenie',
  'about.dates': 'Daty, dokładność i daty przybliżone',
  'about.datesText':
    'Data jest pokazywana z dokładnością, na jaką pozwalają źródła: „{year}”, „{month}” lub „{day}”. Nigdy nie zamieniamy „{year}” ' +
    'na „{firstDay}”. Gdy źródła podają tylko datę przybliżoną, jest ona oznaczona „{approximate}”. Aby ustalić ' +
    'status na dany dzień, zdarzenie znane tylko z dokładnością do roku lub miesiąca liczy się od pierwszego dnia tego okresu. ' +
    'Daty to dni kalendarzowe w UTC, tak jak podają je dokumenty.',
  'about.status': 'Jak wyprowadzany jest status',
  'about.statusText':
    'Każdy dokument ma własny wiersz (zdarzenia wszystkich stron łącznie: przyjęcie, wejście w życie, ' +
    'wygaśnięcie, zakończenie obowiązywania) oraz wiersz dla każdej strony, która działała samodzielnie. Status strony wynika z jej własnych zdarzeń ' +
    'i zdarzeń dokumentu jako całości: podpisuje, ratyfikuje, jest związana, gdy dokument obowiązuje, może ' +
    'zawiesić jego stosowanie, wznowić je lub wystąpić. Państwo, które było sukcesorem innego ({successor} wobec {predecessor}), przejmuje ' +
    'status poprzednika. Zdarzenia dotyczące dokumentu powiązanego — protokołu, porozumienia dostosowującego, nowej ' +
    'wersji — są wymienione i pokazane, ale nie zmieniają statusu samego dokumentu. Ratyfikacja ' +
    'złożona po wejściu dokumentu w życie sprawia, że zaczyna on obowiązywać tę stronę.',
  'about.sources': 'Źródła',
  'about.sourcesText':
    'Cytujemy najbardziej miarodajne źródło, jakie mogliśmy sprawdzić: depozytariusza, strony rządów i organizacji ' +
    'międzynarodowych, następnie publikacje referencyjne, takie jak zestawienia Arms Control Association. Doniesienia ' +
    'prasowe są kontekstem, a nie źródłami urzędowymi. Gdy źródła się różnią, mówi o tym opis dokumentu. Czego ' +
    'nie mogliśmy zweryfikować, tego tu nie ma.',
  'about.cite': 'Jak cytować',
  'about.citeText':
    'Należy zacytować wersję danych, którą Państwo czytali, i dzień dostępu: wersja oznacza dane, które nigdy się nie zmieniają, na ' +
    'stronie wydań. Poniżej jest cytowanie całego zbioru danych; strona każdego dokumentu i każdego państwa ' +
    'proponuje własne.',
  'about.citeEvent':
    'Pojedyncze zdarzenie: każde zdarzenie ma własną kotwicę na stronie swojego dokumentu (na przykład {address}); należy zacytować ten ' +
    'adres z datą zdarzenia i jego źródłem pierwotnym.',
  'headline.among.one': '{status} — dla {count} z {total} pokazanych tu państw',
  'headline.among.few': '{status} — dla {count} z {total} pokazanych tu państw',
  'headline.among.many': '{status} — dla {count} z {total} pokazanych tu państw',
  'headline.among.other': '{status} — dla {count} z {total} pokazanych tu państw',
  'headline.statesOf.one': '{count} z {total} pokazanych tu państw: {status}',
  'headline.statesOf.few': '{count} z {total} pokazanych tu państw: {status}',
  'headline.statesOf.many': '{count} z {total} pokazanych tu państw: {status}',
  'headline.statesOf.other': '{count} z {total} pokazanych tu państw: {status}',
  'headline.states.one': '{count} państwo: {status}',
  'headline.states.few': '{count} państwa: {status}',
  'headline.states.many': '{count} państw: {status}',
  'headline.states.other': '{count} państwa: {status}',
  'headline.since': '{text} (od {since})',
  'headline.by': '{text} (najpóźniej {since})',
  'headline.sinceContested': '{text} (od {since}; według deklaracji, kwestionowane przez: {parties})',
  'headline.noStatus': 'brak odnotowanego statusu',
  'oldLink.here': 'Ten link do zdarzenia był starszy (#{anchor}); zdarzenie jest teraz pod adresem #{id}.',
  'oldLink.heading': 'Starsze linki do tej strony',
  'oldLink.lede': 'Te adresy opublikowano dla zdarzeń, które są teraz odnotowane gdzie indziej lub zostały usunięte.',
  'oldLink.moved': '#{anchor}: teraz odnotowane w dokumencie {instrument}',
  'oldLink.removed': '#{anchor}: usunięto. {note}',
  'about.who': 'Kto wydaje ten serwis',
  'about.whoText':
    'Serwis wydaje projekt Arms Control Timeline: projekt o otwartym kodzie źródłowym, którego kod, treści i dane ' +
    'znajdują się w jednym repozytorium. Kod jest na licencji MIT; opisy i dane na licencji CC BY 4.0.',
  'about.repository': 'Repozytorium: {link}.',
  'about.review': 'Jak fakty są redagowane i weryfikowane',
  'about.reviewText':
    'Każdy fakt to zdarzenie w pliku Markdown, jeden plik na dokument, a każde zdarzenie podaje co najmniej jedno źródło, ' +
    'które czytelnik może otworzyć. Zmiany w treści przechodzą przegląd w repozytorium, a walidator sprawdza każdy ' +
    'plik przy każdej kompilacji: daty, słownik zdarzeń, kolejność kroków każdej strony, czy każde zdarzenie ma źródło. ' +
    'Serwis nie jest budowany, dopóki pozostaje jakikolwiek problem. Strona każdego dokumentu podaje, kiedy był ostatnio ' +
    'weryfikowany: dzień ostatniej zmiany jego pliku.',
  'about.versions': 'Wersje i poprawki',
  'about.versionsText':
    'Dane są wydawane w wersjach, każda nazwana dniem ostatniej zmiany i krótkim skrótem (hash) zawartości; ' +
    'to jest wersja {version}. Każde wydanie pozostaje dostępne, niezmienione, na {releases}. Co każda wersja dodała, ' +
    'poprawiła lub usunęła, z powodem każdej poprawki, jest na {changes} i w jej kanale.',
  'about.releasesLink': 'stronie wydań',
  'about.changesLink': 'stronie zmian',
  'about.notFound': 'Nieznalezione daty',
  'about.notFoundText':
    'Każde z poniższych państw postanowiło o zawieszeniu lub je notyfikowało, ale żadne dostępne nam źródło nie ' +
    'podaje dnia, w którym stało się ono skuteczne. ' +
    'Jest pokazywane jako „notyfikowano zawieszenie, nie znaleziono daty skuteczności” od dnia notyfikacji lub decyzji, nigdy ' +
    'jako nadal związane. Inne podjęły krok, który potwierdza źródło z dnia późniejszego, lecz żadne źródło nie ' +
    'podaje jego własnej daty: jest pokazywany od tamtego dnia i datowany „najpóźniej”. Jeśli znają Państwo ' +
    'dokumenty, prosimy o informację.',
  'about.notFoundItem': '{party}: notyfikowano zawieszenie {day}; nie znaleziono daty skuteczności',
  'about.notFoundDay': '{party}: {step} {day}; nie znaleziono własnej daty',
  'about.mistakes': 'Zgłaszanie błędów',
  'about.mistakesText':
    'Należy otworzyć zgłoszenie (issue) w repozytorium projektu, podając stronę, zdarzenie, co jest błędne, i źródło, które potwierdza ' +
    'prawidłowy fakt. Poprawka zmienia plik z treścią, zawiera notę z powodem i jest wymieniona na ' +
    'stronie zmian.',
  'about.mistakesWhere': 'Błąd można zgłosić w systemie zgłoszeń repozytorium: {link}.',
  'about.data': 'Otwarte dane',
  'about.dataVersion': 'Wersja danych {version} (format danych {format}), na licencji CC BY 4.0.',
  'about.dataTreaties': '{file}: każdy dokument z jego zdarzeniami, źródłami i wyprowadzonymi przedziałami statusów.',
  'about.dataParties':
    '{file}: każde państwo, które działało, z wyprowadzonymi przedziałami statusów w każdym dokumencie i zdarzeniami, które je wymieniają.',
  'about.dataEvents':
    '{file}: jeden wiersz na zdarzenie i działającą stronę, z datą w jej dokładności i pierwszym źródłem. Plik CSV ' +
    'nie ma miejsca na wersję, więc link zapisuje go pod nazwą, która ją zawiera ({name}), a każde wydanie ' +
    'zachowuje własną kopię.',
  'about.dataReleases':
    '{file}: każda wydana wersja danych, każda z własnymi plikami treaties.json i events.csv, niezmienionymi.',
  'about.dataChanges': '{file}: kanał Atom zdarzeń dodanych, poprawionych lub usuniętych między wersjami.',
  'about.dataSchema':
    '{file}: JSON Schema dla {treaties} (a pod {pointer} dla {parties}), wygenerowany ze schematu, który waliduje treść.',
  'about.dataFeed': '{file}: kanał Atom najnowszych zdarzeń w cyklu życia.',
  'notFound.title': 'Nie znaleziono strony',
  'notFound.description': 'Pod tym adresem w serwisie Arms Control Timeline nie ma strony.',
  'notFound.text': 'Pod tym adresem nie ma strony. Być może adres wpisano z błędem albo strona została przeniesiona.',
  'notFound.startAgain': 'Proszę zacząć od {timeline} lub od {list} z dzisiejszym statusem każdego z nich.',
  'notFound.timeline': 'osi czasu wszystkich dokumentów',
  'notFound.list': 'listy traktatów',
  'notFound.treaties': 'Traktaty i porozumienia',
  // Said only on built pages: no browser script carries them.
  'asOf.partyStatus': '{party}: {status}',
  'explorer.timelineLabel':
    'Interaktywna oś czasu. Strzałki przechodzą między zdarzeniami, litera — do wiersza, którego nazwa się od niej ' +
    'zaczyna, plus i minus zmieniają powiększenie, Enter otwiera zdarzenie.',
  'event.contestedBy': 'według deklaracji; kwestionowane przez: {parties}',
  'table.event': 'Zdarzenie',
  'headline.today': 'Status na dziś:',
  'card.lastStep': 'Ostatni krok:',
  'party.title': '{name}: dokumenty kontroli zbrojeń',
  'party.description.one':
    '{name}: własne kroki państwa odnotowano w {count} z {total} uwzględnionych tu dokumentów kontroli zbrojeń: {events} ze źródłami oraz status ' +
    'na dzień {day}.',
  'party.description.few':
    '{name}: własne kroki państwa odnotowano w {count} z {total} uwzględnionych tu dokumentów kontroli zbrojeń: {events} ze źródłami oraz status ' +
    'w każdym z nich na dzień {day}.',
  'party.description.many':
    '{name}: własne kroki państwa odnotowano w {count} z {total} uwzględnionych tu dokumentów kontroli zbrojeń: {events} ze źródłami oraz status ' +
    'w każdym z nich na dzień {day}.',
  'party.description.other':
    '{name}: własne kroki państwa odnotowano w {count} z {total} uwzględnionych tu dokumentów kontroli zbrojeń: {events} ze źródłami oraz status ' +
    'w każdym z nich na dzień {day}.',
  'party.overTime': 'Status w każdym dokumencie w czasie',
  'party.keyDates': 'Najważniejsze daty',
  'party.firstStep': 'Pierwszy krok',
  'party.inForce': 'Obowiązuje od',
  'party.ended': 'Koniec',
  'party.statusOn': 'Status na dzień {day}',
  'party.stepOn': '{step} {day}',
  'party.continuedBy': 'Kontynuator',
  'party.continues': 'Kontynuuje państwo',
  'party.successors': 'Państwa sukcesorskie',
  'party.otherSuccessors': 'Inne państwa sukcesorskie',
  'party.successorOf': 'Sukcesor państwa',
} as const satisfies Omit<EditionPageStrings<'pl'>, keyof GlossaryPageStrings>);
