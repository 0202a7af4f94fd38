/** The Ukrainian edition's page strings (see ../page-strings.ts); the kinds of instrument come from ../glossary.ts. */
import { GLOSSARY_UK, withPageGlossary, type GlossaryPageStrings } from '../glossary.ts';
import type { EditionPageStrings } from '../page-strings.ts';

export const PAGE_STRINGS_UK = /* @__PURE__ */ withPageGlossary(GLOSSARY_UK, {
  'site.name': 'Arms Control Timeline',
  'site.pageTitle': '{title} · Arms Control Timeline',
  'site.printed': 'Надруковано з {address}, дата звернення {day}, версія даних {version}.',
  'picture.png': 'Графік у PNG ({width} пікс.)',
  'picture.svg': 'Графік у SVG',
  'picture.source':
    'Джерело: {site}, версія даних {version}. Кожна подія посилається на своє джерело за адресою нижче.',
  'picture.licence': 'CC BY 4.0',
  'site.description':
    'Як договори з контролю над озброєннями в Європі та у відносинах США і Росії підписували, ратифікували, зупиняли, полишали або залишали спливати.',
  'site.skip': 'Перейти до змісту',
  'site.navLabel': 'Сайт',
  'site.editions': 'Мова',
  'site.contentInEnglish': 'Описи подій та історія договорів поки що наведені англійською мовою.',
  'site.nav.timeline': 'Хронологія',
  'site.nav.treaties': 'Договори',
  'site.nav.states': 'Держави',
  'site.nav.about': 'Методологія і дані',
  'site.footer': 'Дані станом на {day}, версія {version}. Кожна подія має посилання на своє джерело.',
  'site.footer.howWeWork': 'Як ми працюємо',
  'site.footer.data': 'Дані',
  'site.footer.feed': 'Стрічка',
  'site.footer.changes': 'Зміни',
  'site.publisher': 'Проєкт Arms Control Timeline',
  'site.feedTitle': 'Останні події життєвого циклу',
  'search.label': 'Знайти договір, державу або подію',
  'search.placeholder': 'Знайти…',
  'search.fallback': 'Знайти {treaties} або {states}',
  'search.fallbackTreaties': 'документ',
  'search.fallbackStates': 'державу',
  'search.filters': 'Уточнити результати',
  'search.filter.instrument': 'Документ',
  'search.filter.type': 'Тип події',
  'search.filter.state': 'Держава',
  'search.filter.decade': 'Десятиліття',
  'search.filter.any': 'Будь-яке',
  'search.decade': '{decade}-ті',

  'keyDate.signed': 'Підписання',
  'keyDate.adopted': 'Ухвалення',
  'keyDate.provisionallyApplied': 'Тимчасове застосування',
  'keyDate.inForce': 'Набрання чинності',
  'keyDate.inEffect': 'Початок застосування',
  'keyDate.ended': 'Припинення',
  'lineage.supersedes': 'Замінює',
  'lineage.supersededBy': 'Замінений',
  'lineage.adaptedBy': 'Адаптований',
  'lineage.updatedBy': 'Оновлений',
  'lineage.related': 'Пов’язані документи',

  'chart.wholeTreaty': 'Договір загалом',
  'chart.noScriptAddress':
    'Без JavaScript цей графік показує всю історію станом на {day}: день, період або фільтр в адресі діють лише з JavaScript.',
  'chart.wholeDocument': 'Документ загалом',
  'chart.wholeShort': 'Усі',
  'chart.summary.one':
    'Життєвий цикл: {name}. Доріжок: {lanes} (документ загалом і кожен учасник, що діяв, якщо такі є), {events}, станом на {day}.',
  'chart.summary.few':
    'Життєвий цикл: {name}. Доріжок: {lanes} (документ загалом і кожен учасник, що діяв, якщо такі є), {events}, станом на {day}.',
  'chart.summary.many':
    'Життєвий цикл: {name}. Доріжок: {lanes} (документ загалом і кожен учасник, що діяв, якщо такі є), {events}, станом на {day}.',
  'chart.summary.other':
    'Життєвий цикл: {name}. Доріжок: {lanes} (документ загалом і кожен учасник, що діяв, якщо такі є), {events}, станом на {day}.',
  'chart.overviewSummary':
    'Хронологія документів ({instruments}) і подій ({events}) станом на {day}: по доріжці на документ, колір показує його статус.',
  'chart.partySummary.one':
    '{name} — у {count} документі: по доріжці на кожен, зі статусом у часі, {events}, станом на {day}.',
  'chart.partySummary.few':
    '{name} — у {count} документах: по доріжці на кожен, зі статусом у часі, {events}, станом на {day}.',
  'chart.partySummary.many':
    '{name} — у {count} документах: по доріжці на кожен, зі статусом у часі, {events}, станом на {day}.',
  'chart.partySummary.other':
    '{name} — у {count} документа: по доріжці на кожен, зі статусом у часі, {events}, станом на {day}.',
  'chart.zoomIn': 'Збільшити',
  'chart.zoomOut': 'Зменшити',
  'chart.showAll': 'Показати все',
  'chart.regionLabel':
    'Діаграма життєвого циклу. Стрілки переходять між подіями, плюс і мінус змінюють масштаб, 0 показує все, Enter відкриває подію.',
  'chart.keys': 'Клавіатура: стрілки — між подіями, + і − — масштаб, 0 — показати все, Enter — відкрити.',
  'strip.period': '{status} з {from} по {to}',
  'strip.periodOpen': '{status} з {from}',
  'strip.label': '{name}: {periods}',
  'strip.none': 'статусу ще немає',

  'explorer.title': 'Хронологія',
  'explorer.titlePaged': 'Хронологія, документи {first}–{last} з {total}',
  'explorer.heading': 'Як укладали й руйнували договори з контролю над озброєннями',
  'explorer.lede':
    'Договори Європи та відносин США і Росії на одній хронології: підписання, ратифікація, зупинення, ' +
    'вихід або закінчення строку дії. Дані станом на {day}; кожна подія має посилання на своє джерело.',
  'explorer.label': 'Оглядач хронології',
  'explorer.asOf': 'Станом на',
  'explorer.zoom': 'Масштаб',
  'explorer.fitAll': 'Показати все',
  'explorer.filters': 'Фільтри',
  'explorer.instruments': 'Документи',
  'explorer.eventTypes': 'Типи подій',
  'explorer.party': 'Учасник',
  'explorer.allParties': 'Усі учасники',
  'explorer.embedTitle': 'Договори з контролю над озброєннями на одній хронології',
  'explorer.keys':
    'Клавіатура: стрілки — між подіями, літера — до доріжки, + і − — масштаб, Shift + стрілки — зсув, Enter — відкрити.',
  'explorer.skip': 'Перейти до хронології',
  'explorer.hint':
    'Масштаб — кнопками, Ctrl + коліщатко або жестом, зсув — перетягуванням. Оберіть доріжку або подію, щоб побачити її на панелі.',
  'explorer.closePanel': 'Закрити панель',
  'explorer.everyEvent': 'Усі події за порядком',
  'explorer.eventTableLink': 'Усі події в одній таблиці, з джерелами.',
  'events.title': 'Усі події за порядком',
  'events.description':
    'Усі підписання, ратифікації, зупинення, виходи й закінчення строку дії документів з контролю над озброєннями, які ми відстежуємо, у ' +
    'хронологічному порядку, кожне з джерелами; дані станом на {day}.',
  'events.lede':
    'Подій: {events}, документів: {instruments}, у хронологічному порядку, станом на {day}. Кожна має посилання на сторінку свого документа та на джерела.',
  'events.timeline': 'Переглянути їх на хронології.',
  'oldLink.row': 'Це посилання вело до рядка таблиці всіх подій, які тепер мають власні сторінки: відкрийте подію там.',
  'explorer.eventCount': 'Подій: {events}, документів: {instruments}.',
  'explorer.eventCountPaged':
    'Подій: {events}, документів: {instruments} — документи {first}–{last} з {total} (укладені: {years}); ' +
    'решта — на інших сторінках хронології.',
  'explorer.pagesLabel': 'Сторінки хронології',
  'explorer.pagesLabelAgain': 'Сторінки хронології (повтор)',
  'table.date': 'Дата',
  'table.instrument': 'Документ',
  'table.who': 'Хто',
  'table.whatHappened': 'Що сталося',
  'table.sources': 'Джерела',
  'table.status': 'Статус',
  'table.from': 'З',
  'table.until': 'По',
  'table.today': 'сьогодні',
  'table.endOfDay': 'кінець дня {day}',

  'asOf.heading': 'Статус на {day}',

  'compare.from': 'З',
  'compare.to': 'По',
  'compare.submit': 'Порівняти',

  'card.credit': '{site} · версія даних {version}, станом на {day}',
  'card.creditAddress': '{address} · CC BY 4.0',
  'card.alt': 'Діаграма: {title}. {sentence}',
  'card.statesLane': 'По рядку на державу',
  'card.instrumentsLane': 'По рядку на документ',
  'card.colour.none': 'Не підписано або ще не учасник',
  'card.colour.pending': 'Підписано, не діє',
  'card.colour.ratified': 'Ратифіковано, не діє',
  'card.colour.provisional': 'Застосовується тимчасово',
  'card.colour.in-force': 'Діє або застосовується',
  'card.colour.suspended': 'Дію зупинено або повідомлено про зупинення',
  'card.colour.ended': 'Вихід, закінчення строку або припинення дії',
  'embed.open': 'Вбудувати',
  'embed.what': 'Що вбудувати',
  'embed.whatChart': 'Діаграму',
  'embed.whatCard': 'Картку статусу: речення вище й останній крок, для бічної колонки',
  'embed.heading': 'Вбудувати цей вигляд',
  'embed.intro':
    'Код показує саме те, що ви бачите зараз: ті самі документи, той самий період і ту саму дату. Він підлаштовує ' +
    'рамку під вміст і на телефонах, і на комп’ютерах.',
  'embed.when': 'Що мають побачити читачі вашої статті?',
  'embed.pinned': 'Стан справ на сьогодні, {day}',
  'embed.pinnedNote': '(найкраще для статті: показує те, про що ви писали, з посиланням «найновіші дані»)',
  'embed.current': 'Завжди найновіші дані',
  'embed.currentNote': '(для сторінок, які мають стежити за подіями)',
  'embed.code': 'Код для вбудовування',
  'embed.copy': 'Скопіювати код',
  'embed.static':
    'Для сайтів, що не допускають сторонніх скриптів (фіксована висота; у колонках, вужчих за 1024 пікс., вміст ' +
    'прокручується всередині рамки, рядок із джерелом лишається видимим)',
  'embed.copyStatic': 'Скопіювати код без скрипту',
  'embed.preview': 'Попередній перегляд',
  'embed.previewTitle': 'Попередній перегляд: {title}',
  'embed.close': 'Закрити',
  'embed.description': '{title}: вбудовуваний вигляд Arms Control Timeline, кожна подія з посиланням на джерело.',
  'embed.footer': 'Arms Control Timeline · версія даних {version}, станом на {day} · джерела',
  'embed.latest': 'Найновіші дані',

  'treaty.title': '{name}: життєвий цикл',
  'treaty.description': '{summary} Статус на {day}: {status}.',
  'treaty.kind': 'Вид',
  'treaty.concluded': 'Укладено',
  'treaty.concludedAt': '{place}, {day}',
  'treaty.depositary': 'Депозитарій',
  'treaty.scope.one': 'Діаграма показує документ загалом і {count} державу, чиї власні кроки тут записано.',
  'treaty.scope.few': 'Діаграма показує документ загалом і кожну з {count} держав, власні кроки яких тут записано.',
  'treaty.scope.many': 'Діаграма показує документ загалом і кожну з {count} держав, власні кроки яких тут записано.',
  'treaty.scope.other': 'Діаграма показує документ загалом і кожну з {count} держави, власні кроки яких тут записано.',
  'treaty.scopeNeeded.one':
    'Діаграма показує документ загалом і {count} державу, чиї власні кроки тут записано; з них ' +
    'серед перелічених ({list}): {within}; без кроків для відображення: {without}.',
  'treaty.scopeNeeded.few':
    'Діаграма показує документ загалом і кожну з {count} держав, власні кроки яких тут записано; з них ' +
    'серед перелічених ({list}): {within}; без кроків для відображення: {without}.',
  'treaty.scopeNeeded.many':
    'Діаграма показує документ загалом і кожну з {count} держав, власні кроки яких тут записано; з них ' +
    'серед перелічених ({list}): {within}; без кроків для відображення: {without}.',
  'treaty.scopeNeeded.other':
    'Діаграма показує документ загалом і кожну з {count} держави, власні кроки яких тут записано; з них ' +
    'серед перелічених ({list}): {within}; без кроків для відображення: {without}.',
  'entry.needs': 'Для набрання чинності потрібна ратифікація держав: {list}. Ратифікували {ratified} з {total}.',
  'entry.missing.one': 'Не ратифікувала {count} держава: {states}.',
  'entry.missing.few': 'Не ратифікували {count} держави: {states}.',
  'entry.missing.many': 'Не ратифікували {count} держав: {states}.',
  'entry.missing.other': 'Не ратифікували {count} держави: {states}.',
  'entry.neverSigned.one': 'Навіть не підписали: {states}.',
  'entry.neverSigned.few': 'Навіть не підписали: {states}.',
  'entry.neverSigned.many': 'Навіть не підписали: {states}.',
  'entry.neverSigned.other': 'Навіть не підписали: {states}.',
  'treaty.eachState': 'Кожна держава з відмінним статусом',
  'treaty.lifecycle': 'Життєвий цикл',
  'treaty.periodsTable': 'Періоди статусів у вигляді таблиці',
  'treaty.periodsCaption': 'Статус кожного учасника від події, що його започаткувала',
  'treaty.asWhole': '{name} загалом',
  'treaty.events': 'Події',
  'treaty.background': 'Передісторія',
  'treaty.lastReviewed': 'Остання перевірка: {day}.',
  'treaty.lastReviewedChanges': 'Що змінилося.',

  'states.title': 'Держави',
  'states.description.one':
    'Усі держави, що підписали, ратифікували, зупинили або залишили документ з контролю над озброєннями, який ми ' +
    'відстежуємо: {count} держава, кожна з власною хронологією станом на {day}.',
  'states.description.few':
    'Усі держави, що підписали, ратифікували, зупинили або залишили документ з контролю над озброєннями, який ми ' +
    'відстежуємо: {count} держави, кожна з власною хронологією станом на {day}.',
  'states.description.many':
    'Усі держави, що підписали, ратифікували, зупинили або залишили документ з контролю над озброєннями, який ми ' +
    'відстежуємо: {count} держав, кожна з власною хронологією станом на {day}.',
  'states.description.other':
    'Усі держави, що підписали, ратифікували, зупинили або залишили документ з контролю над озброєннями, який ми ' +
    'відстежуємо: {count} держави, кожна з власною хронологією станом на {day}.',
  'states.lede':
    'Усі держави, що діяли в документах, які ми відстежуємо. Сторінка кожної показує її статус у кожному документі в часі, кожен крок — із джерелами.',
  'states.today': 'Наявні держави',
  'states.historical': 'Держави, яких більше немає',
  'states.instruments.one': '{count} документ',
  'states.instruments.few': '{count} документи',
  'states.instruments.many': '{count} документів',
  'states.instruments.other': '{count} документа',
  'states.events.one': '{count} подія',
  'states.events.few': '{count} події',
  'states.events.many': '{count} подій',
  'states.events.other': '{count} події',
  'states.counts': '({code}) · {instruments}, {events}',

  'feed.title': 'Arms Control Timeline: останні події життєвого циклу',
  'feed.subtitle':
    'Підписання, ратифікації, зупинення, виходи й закінчення строку дії документів з контролю над озброєннями, кожне з джерелом. Версія даних {version}.',
  'feed.release': 'Версія даних {version}',

  'cite.heading': 'Як цитувати цю сторінку',
  'cite.headingData': 'Як цитувати дані',
  'cite.lede': 'Версія даних {version}, дата звернення {day}. Кожен формат — звичайний текст для копіювання.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago (автор — дата)',
  'cite.bibtex': 'BibTeX',
  'cite.csl': 'CSL-JSON',
  'cite.note': 'Версія даних {version}; дата звернення {day}',
  'cite.versionLabel': 'Версія даних {version}',
  'cite.dataTitle':
    'Arms Control Timeline: документи з контролю над озброєннями, події їхнього життєвого циклу та джерела',

  'releases.title': 'Випуски даних',
  'releases.description':
    'Усі випущені версії даних Arms Control Timeline, кожна незмінною за власною адресою, щоб цитата вела до тих даних, на які вона посилається.',
  'releases.lede':
    'Версію названо за днем останньої зміни даних і коротким хешем їхнього вмісту. Файли випуску ' +
    'ніколи не змінюються: цитуйте версію, і будь-хто зможе отримати ті самі дані, що їх читали ви.',
  'releases.version': 'Версія',
  'releases.date': 'Остання зміна даних',
  'releases.files': 'Файли',
  'releases.current': 'поточна',
  'releases.unreleased': 'дані цієї збірки, ще не зафіксовані як випуск',
  'releases.changes': 'Що змінилося',
  'changes.title': 'Зміни даних',
  'changes.description':
    'Що додано, виправлено або вилучено між версіями даних Arms Control Timeline, подія за подією, з причиною кожного виправлення.',
  'changes.lede':
    'Кожну версію порівнюють із попередньою подія за подією: у виправленої події показано кожне змінене значення, ' +
    'старе → нове, і примітку з причиною. Виправлення — теж новини: стежте за ними у {feed}.',
  'changes.feedLink': 'стрічці змін',
  'changes.releasesLink': 'Файли кожної версії — на {releases}.',
  'changes.releasesLinkText': 'сторінці випусків',
  'changes.heading': 'Версія {to} порівняно з {from}',
  'changes.first': 'Порівнювати поки немає з чим: версія {version} — перший випуск даних.',
  'changes.nothing': 'Жодну подію не додано, не виправлено й не вилучено; зміна була деінде (у тексті, у назві).',
  'changes.changed': 'Виправлено',
  'changes.added': 'Додано',
  'changes.removed': 'Вилучено',
  'changes.empty': '(немає)',
  'changes.yes': 'так',
  'changes.no': 'ні',
  'changes.source': '{publisher}, «{title}», {url}.',
  'changes.fieldLine': '{label}: {from} → {to}',
  'changes.separator': ' · ',
  'changes.reason': 'Причина: {reason}',
  'changes.reasonDated': '{note} (виправлено {date})',
  'changes.field.instrument': 'Документ',
  'changes.field.id': 'Ідентифікатор',
  'changes.field.date': 'Дата',
  'changes.field.approximate': 'Приблизна дата',
  'changes.field.notAfter': 'Відома лише як крайня дата',
  'changes.field.type': 'Що сталося',
  'changes.field.document': 'Документ',
  'changes.field.parties': 'Хто',
  'changes.field.predecessor': 'Попередник',
  'changes.field.contestedBy': 'Оскаржується',
  'changes.field.description': 'Опис',
  'changes.field.sources': 'Джерела',
  'changes.feedTitle': 'Arms Control Timeline: зміни даних',
  'changes.feedSubtitle': 'Події, додані, виправлені або вилучені між версіями даних, кожне виправлення — з причиною.',
  'changes.entry.changed': '{instrument}: виправлено у версії {version} — {line}',
  'changes.entry.added': '{instrument}: додано у версії {version} — {line}',
  'changes.entry.removed': '{instrument}: вилучено у версії {version} — {line}',
  'changes.releaseLink': 'Версія даних {version}',
  'event.negotiations-opened.meaning': 'Розпочалися офіційні переговори щодо тексту.',
  'event.adopted.meaning':
    'Текст ухвалено конференцією, форумом або Генеральною Асамблеєю ООН; для політично обов’язкового документа це означає початок його застосування.',
  'event.opened-for-signature.meaning': 'Держави дістали змогу підписати документ.',
  'event.signed.meaning':
    'Учасник підписав документ. Підписання — не ратифікація: воно зобов’язує державу лише утримуватися від дій, які позбавили б договір його об’єкта й мети.',
  'event.ratification-rejected.meaning':
    'Законодавчий орган проголосував проти схвалення ратифікації; держава залишається такою, що підписала.',
  'event.ratified.meaning':
    'Учасник ратифікував документ, приєднався до нього або затвердив його — зазвичай шляхом здачі на зберігання ратифікаційної грамоти.',
  'event.provisionally-applied.meaning':
    'Учасники домовилися застосовувати договір або його частину до набрання ним чинності.',
  'event.entered-into-force.meaning': 'Договір став юридично обов’язковим — для всіх учасників або для одного.',
  'event.succeeded.meaning': 'Держава перебрала права й обов’язки держави-попередниці.',
  'event.updated.meaning': 'До документа внесено зміни, його адаптовано або перевидано в новій редакції.',
  'event.extended.meaning': 'Учасники продовжили строк дії договору.',
  'event.statement.meaning':
    'Офіційна заява щодо документа, яка не змінює правового статусу, наприклад зобов’язання дотримуватися мораторію.',
  'event.withdrawal-announced.meaning': 'Уряд оголосив про намір вийти; саме оголошення правових наслідків не має.',
  'event.withdrawal-notified.meaning':
    'Надіслано офіційне повідомлення про вихід; почався строк, установлений договором.',
  'event.suspension-notified.meaning':
    'Учасник ухвалив рішення про зупинення або повідомив про нього, але жодне доступне нам джерело не називає дату, з якої воно набрало чинності: ' +
    'учасника показано як такого, що повідомив, але ніколи — як такого, що досі виконує договір, доки не з’явиться датована подія «зупинення дії».',
  'event.suspended.meaning':
    'Учасник припинив виконувати документ, залишаючись його учасником. Зупинення дії — не вихід.',
  'event.resumed.meaning': 'Учасник відновив виконання документа після зупинення.',
  'event.ratification-revoked.meaning': 'Учасник відкликав свою ратифікацію; він залишається таким, що підписав.',
  'event.withdrawn.meaning': 'Вихід набрав чинності: держава більше не є учасником.',
  'event.expired.meaning': 'Строк дії документа закінчився відповідно до його власних положень.',
  'event.terminated.meaning':
    'Дію документа припинено для всіх учасників, наприклад коли один із двох учасників вийшов із нього.',
  'pager.drawn':
    'На цій сторінці — документи {first}–{last} з {total}, від давніших до новіших (сторінка {page} з {pages}).',
  'pager.previous': '← Назад: {first}–{last}',
  'pager.next': 'Далі: {first}–{last} →',
  'pager.every': 'Усі сторінки',
  'pager.entry': '{first}–{last} ({years})',
  'index.title': 'Договори',
  'index.description':
    'Усі документи з контролю над озброєннями, які ми відстежуємо, з їхнім статусом на сьогодні та ключовими датами.',
  'index.heading': 'Договори й документи',
  'index.lede': 'Від давніших до новіших. Кожна смуга показує статус документа з {from} по {to}.',
  'index.show': 'Показати',
  'index.filter.all': 'Усі',
  'index.filter.in-force': 'Діють або застосовуються',
  'index.filter.not-in-force': 'Не діють',
  'index.filter.ended': 'Припинені',
  'about.title': 'Методологія і дані',
  'about.description':
    'Як Arms Control Timeline записує події, визначає статус і посилається на джерела; як його цитувати; його відкриті дані.',
  'about.intro':
    'Кожен факт на цьому сайті — подія в житті документа: дата, учасник або учасники, що діяли, ' +
    'що вони зробили, і щонайменше одне джерело, яке читач може перевірити. Статуси ніколи не вводять вручну: їх ' +
    'виводить із подій одна модель, і кожен вигляд — хронологія, сторінки життєвого циклу, вивантаження — показує ' +
    'той самий виведений статус.',
  'about.events': 'Що означає кожен тип події',
  'about.eventsIntro':
    'Кожен крок записано таким, яким він був, у свій день: підписання — не ратифікація, оголошення — не ' +
    'повідомлення, повідомлення — не вихід, що набрав чинності, а зупинення дії — не вихід.',
  'about.event': 'Подія',
  'about.meaning': 'Значення',
  'about.dates': 'Дати, точність і приблизні дати',
  'about.datesText':
    'Дату показано з тією точністю, яку підтверджують джерела: «{year}», «{month}» або «{day}». Ми ніколи не перетворюємо «{year}» ' +
    'на «{firstDay}». Якщо джерела дають лише приблизну дату, її позначено «{approximate}». Щоб визначити ' +
    'статус на певний день, подію, відому лише з точністю до року чи місяця, відлічують від першого дня цього періоду. ' +
    'Дати — календарні дні за UTC, як їх наводять документи.',
  'about.status': 'Як визначається статус',
  'about.statusText':
    'Кожен документ має власну доріжку (події всіх учасників разом: ухвалення, набрання чинності, ' +
    'закінчення строку, припинення дії) і доріжку для кожного учасника, що діяв самостійно. Статус учасника випливає з його власних подій ' +
    'і подій документа загалом: він підписує, ратифікує, стає зобов’язаним, коли документ набирає чинності, може ' +
    'зупинити його дію, відновити її або вийти. Держава-правонаступниця ({successor} для держави «{predecessor}») перебирає ' +
    'статус своєї попередниці. Події, що стосуються пов’язаного документа — протоколу, угоди про адаптацію, нової ' +
    'редакції, — перелічено й показано, але вони не змінюють статусу самого документа. Ратифікаційна грамота, ' +
    'здана на зберігання після набрання документом чинності, робить його чинним для цього учасника.',
  'about.sources': 'Джерела',
  'about.sourcesText':
    'Ми посилаємося на найавторитетніше джерело, яке змогли перевірити: депозитарій, сторінки урядів і міжнародних ' +
    'організацій, далі довідкові видання, як-от довідки Асоціації з контролю над озброєннями. Повідомлення ' +
    'ЗМІ — контекст, а не офіційні джерела. Де джерела розходяться, про це сказано в тексті про документ. Якщо ми ' +
    'не змогли перевірити факт, його тут немає.',
  'about.cite': 'Як цитувати',
  'about.citeText':
    'Зазначайте версію даних, яку ви читали, і день звернення: версія позначає дані, які ніколи не змінюються, на ' +
    'сторінці випусків. Нижче — посилання на весь набір даних; сторінка кожного документа й кожної держави ' +
    'пропонує власне.',
  'about.citeEvent':
    'Окрема подія: кожна подія має власний якір на сторінці свого документа (наприклад, {address}); цитуйте цю ' +
    'адресу з датою події та її першоджерелом.',
  'headline.among.one': '{status} — для {count} з {total} показаних тут держав',
  'headline.among.few': '{status} — для {count} з {total} показаних тут держав',
  'headline.among.many': '{status} — для {count} з {total} показаних тут держав',
  'headline.among.other': '{status} — для {count} з {total} показаних тут держав',
  'headline.statesOf.one': '{count} з {total} показаних тут держав: {status}',
  'headline.statesOf.few': '{count} з {total} показаних тут держав: {status}',
  'headline.statesOf.many': '{count} з {total} показаних тут держав: {status}',
  'headline.statesOf.other': '{count} з {total} показаних тут держав: {status}',
  'headline.states.one': '{count} держава: {status}',
  'headline.states.few': '{count} держави: {status}',
  'headline.states.many': '{count} держав: {status}',
  'headline.states.other': '{count} держави: {status}',
  'headline.since': '{text} (з {since})',
  'headline.by': '{text} (не пізніше {since})',
  'headline.sinceContested': '{text} (з {since}; за заявою, оскаржується: {parties})',
  'headline.noStatus': 'статус не зафіксовано',
  'oldLink.here': 'Ви перейшли до цієї події за старим посиланням (#{anchor}); тепер вона доступна як #{id}.',
  'oldLink.heading': 'Старі посилання на цю сторінку',
  'oldLink.lede': 'Ці адреси було опубліковано для подій, які тепер записано деінде або вилучено.',
  'oldLink.moved': '#{anchor}: тепер записано в документі {instrument}',
  'oldLink.removed': '#{anchor}: вилучено. {note}',
  'about.who': 'Хто видає цей сайт',
  'about.whoText':
    'Цей сайт видає проєкт Arms Control Timeline — проєкт із відкритим кодом, код, вміст і дані якого ' +
    'зберігаються в одному репозиторії. Код поширюється за ліцензією MIT, тексти й дані — за ліцензією CC BY 4.0.',
  'about.repository': 'Репозиторій: {link}.',
  'about.review': 'Як факти редагують і перевіряють',
  'about.reviewText':
    'Кожен факт — подія у файлі Markdown, по файлу на документ, і кожна подія посилається щонайменше на одне джерело, ' +
    'яке читач може відкрити. Зміни вмісту проходять перевірку в репозиторії, а валідатор перевіряє кожен ' +
    'файл під час кожної збірки: дати, словник подій, порядок кроків кожного учасника, наявність джерела в кожної події. ' +
    'Сайт не збирається, доки лишається хоч одна проблема. Сторінка кожного документа повідомляє, коли його востаннє ' +
    'перевіряли: день останньої зміни його файлу.',
  'about.versions': 'Версії та виправлення',
  'about.versionsText':
    'Дані випускають версіями, кожну названо за днем останньої зміни та коротким хешем вмісту; ' +
    'це версія {version}. Кожен випуск лишається доступним у незмінному вигляді на {releases}. Що кожна версія додала, ' +
    'виправила або вилучила, з причиною кожного виправлення, — на {changes} і в її стрічці.',
  'about.releasesLink': 'сторінці випусків',
  'about.changesLink': 'сторінці змін',
  'about.notFound': 'Незнайдені дати',
  'about.notFoundText':
    'Кожна з держав нижче ухвалила рішення про зупинення або повідомила про нього, але жодне доступне нам джерело ' +
    'не називає дату, з якої воно набрало чинності. ' +
    'Її показано як «повідомлено про зупинення, дату набрання ним чинності не знайдено» від дня повідомлення чи рішення і ніколи ' +
    '— як таку, що досі виконує документ. Інші здійснили крок, який засвідчує джерело пізнішого дня, але жодне ' +
    'джерело не називає його власну дату: його показано від того дня з позначкою «не пізніше». Якщо вам відомі ' +
    'документальні дані, повідомте нам.',
  'about.notFoundItem': '{party}: повідомлення про зупинення {day}; дату набрання ним чинності не знайдено',
  'about.notFoundDay': '{party}: {step} {day}; власну дату не знайдено',
  'about.mistakes': 'Як повідомити про помилку',
  'about.mistakesText':
    'Відкрийте задачу (issue) в репозиторії проєкту, зазначивши сторінку, подію, що неправильно, і джерело, яке підтверджує ' +
    'правильний факт. Виправлення змінює файл вмісту, супроводжується приміткою з причиною і зазначається на ' +
    'сторінці змін.',
  'about.mistakesWhere': 'Повідомте про помилку в трекері задач репозиторію: {link}.',
  'about.data': 'Відкриті дані',
  'about.dataVersion': 'Версія даних {version} (формат даних {format}), за ліцензією CC BY 4.0.',
  'about.dataTreaties': '{file}: усі документи з їхніми подіями, джерелами та виведеними інтервалами статусів.',
  'about.dataParties':
    '{file}: усі держави, що діяли, з виведеними інтервалами статусів у кожному документі та подіями, у яких їх названо.',
  'about.dataEvents':
    '{file}: по рядку на подію та учасника, що діяв, з датою в її точності й першим джерелом. У файлі CSV ' +
    'немає місця для версії, тому посилання зберігає його під назвою, що її містить ({name}), і кожен випуск ' +
    'зберігає власну копію.',
  'about.dataReleases':
    '{file}: усі випущені версії даних, кожна зі своїми treaties.json і events.csv, у незмінному вигляді.',
  'about.dataChanges': '{file}: стрічка Atom подій, доданих, виправлених або вилучених між версіями.',
  'about.dataSchema':
    '{file}: JSON Schema для {treaties} (а в {pointer} — для {parties}), створена зі схеми, яка перевіряє вміст.',
  'about.dataFeed': '{file}: стрічка Atom останніх подій життєвого циклу.',
  'notFound.title': 'Сторінку не знайдено',
  'notFound.description': 'За цією адресою на Arms Control Timeline сторінки немає.',
  'notFound.text': 'За цією адресою сторінки немає. Можливо, адресу введено з помилкою або сторінку переміщено.',
  'notFound.startAgain': 'Почніть знову з {timeline} або зі {list}, де зазначено статус кожного на сьогодні.',
  'notFound.timeline': 'хронології всіх документів',
  'notFound.list': 'списку договорів',
  'notFound.treaties': 'Договори й угоди',
  // Said only on built pages: no browser script carries them.
  'asOf.partyStatus': '{party}: {status}',
  'explorer.timelineLabel':
    'Інтерактивна хронологія. Стрілки переходять між подіями, літера — до доріжки, назва якої з неї починається, ' +
    'плюс і мінус змінюють масштаб, Enter відкриває подію.',
  'event.contestedBy': 'за заявою; оскаржується: {parties}',
  'table.event': 'Подія',
  'headline.today': 'Статус на сьогодні:',
  'card.lastStep': 'Останній крок:',
  'party.title': '{name}: документи з контролю над озброєннями',
  'party.description.one':
    '{name} — у {count} з {total} документів з контролю над озброєннями, представлених тут: {events} із джерелами та статус на {day}.',
  'party.description.few':
    '{name} — у {count} з {total} документів з контролю над озброєннями, представлених тут: {events} із джерелами та статус у кожному на {day}.',
  'party.description.many':
    '{name} — у {count} з {total} документів з контролю над озброєннями, представлених тут: {events} із джерелами та статус у кожному на {day}.',
  'party.description.other':
    '{name} — у {count} з {total} документів з контролю над озброєннями, представлених тут: {events} із джерелами та статус у кожному на {day}.',
  'party.overTime': 'Статус у кожному документі з плином часу',
  'party.keyDates': 'Ключові дати',
  'party.firstStep': 'Перший крок',
  'party.inForce': 'Діє з',
  'party.ended': 'Припинено',
  'party.statusOn': 'Статус на {day}',
  'party.stepOn': '{step} {day}',
  'party.continuedBy': 'Держава-продовжувач',
  'party.continues': 'Продовжувач держави',
  'party.successors': 'Держави-правонаступниці',
  'party.otherSuccessors': 'Інші держави-правонаступниці',
  'party.successorOf': 'Правонаступниця держави',
} as const satisfies Omit<EditionPageStrings<'uk'>, keyof GlossaryPageStrings>);
