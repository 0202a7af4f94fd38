/** The French edition's page strings (see ../page-strings.ts); the kinds of instrument come from ../glossary.ts. */
import { GLOSSARY_FR, withPageGlossary, type GlossaryPageStrings } from '../glossary.ts';
import type { EditionPageStrings } from '../page-strings.ts';

export const PAGE_STRINGS_FR = /* @__PURE__ */ withPageGlossary(GLOSSARY_FR, {
  'site.name': 'Arms Control Timeline',
  'site.pageTitle': '{title} · Arms Control Timeline',
  'site.printed': 'Imprimé depuis {address}, consulté le {day}, version des données {version}.',
  'picture.png': 'Graphique en PNG ({width} px)',
  'picture.svg': 'Graphique en SVG',
  'picture.source':
    'Source : {site}, version des données {version}. Chaque événement renvoie à sa source à l’adresse ci-dessous.',
  'picture.licence': 'CC BY 4.0',
  'site.description':
    'Comment les traités de maîtrise des armements de l’Europe et de la relation américano-russe ont été signés, ' +
    'ratifiés, suspendus, abandonnés ou laissés expirer.',
  'site.skip': 'Aller au contenu',
  'site.navLabel': 'Site',
  'site.editions': 'Langue',
  'site.contentInEnglish': 'Les descriptions des événements et l’histoire des traités sont pour l’instant en anglais.',
  'site.nav.timeline': 'Chronologie',
  'site.nav.treaties': 'Traités',
  'site.nav.states': 'États',
  'site.nav.about': 'Méthodologie et données',
  'site.footer': 'Données au {day}, version {version}. Chaque événement renvoie à sa source.',
  'site.footer.howWeWork': 'Notre méthode',
  'site.footer.data': 'Données',
  'site.footer.feed': 'Flux',
  'site.footer.changes': 'Modifications',
  'site.publisher': 'Projet Arms Control Timeline',
  'site.feedTitle': 'Derniers événements du cycle de vie',
  'search.label': 'Trouver un traité, un État ou un événement',
  'search.placeholder': 'Rechercher…',
  'search.fallback': 'Trouver {treaties} ou {states}',
  'search.fallbackTreaties': 'un instrument',
  'search.fallbackStates': 'un État',
  'search.filters': 'Affiner les résultats',
  'search.filter.instrument': 'Instrument',
  'search.filter.type': 'Type d’événement',
  'search.filter.state': 'État',
  'search.filter.decade': 'Décennie',
  'search.filter.any': 'Tous',
  'search.decade': 'Années {decade}',

  'keyDate.signed': 'Signature',
  'keyDate.adopted': 'Adoption',
  'keyDate.provisionallyApplied': 'Application provisoire',
  'keyDate.inForce': 'Entrée en vigueur',
  'keyDate.inEffect': 'Prise d’effet',
  'keyDate.ended': 'Fin',
  'lineage.supersedes': 'Remplace',
  'lineage.supersededBy': 'Remplacé par',
  'lineage.adaptedBy': 'Adapté par',
  'lineage.updatedBy': 'Mis à jour par',
  'lineage.related': 'Instruments liés',

  'chart.wholeTreaty': 'Traité dans son ensemble',
  'chart.noScriptAddress':
    'Sans JavaScript, ce graphique montre tout l’historique au {day} : un jour, une période ou un filtre dans l’adresse ne s’applique qu’avec JavaScript.',
  'chart.wholeDocument': 'Document dans son ensemble',
  'chart.wholeShort': 'Tous',
  'chart.summary.one': 'Cycle de vie : {name}. {lanes} ligne (l’instrument dans son ensemble), {events}, au {day}.',
  'chart.summary.many':
    'Cycle de vie : {name}. {lanes} de lignes (l’instrument dans son ensemble et chaque partie ayant agi), {events}, au {day}.',
  'chart.summary.other':
    'Cycle de vie : {name}. {lanes} lignes (l’instrument dans son ensemble et chaque partie ayant agi), {events}, au {day}.',
  'chart.overviewSummary':
    'Chronologie de {instruments} instruments et de {events} événements, au {day} : une ligne par instrument, colorée selon son statut.',
  'chart.partySummary.one':
    '{name} dans {count} instrument : une ligne avec son statut au fil du temps, {events}, au {day}.',
  'chart.partySummary.many':
    '{name} dans {count} d’instruments : une ligne chacun avec son statut au fil du temps, {events}, au {day}.',
  'chart.partySummary.other':
    '{name} dans {count} instruments : une ligne chacun avec son statut au fil du temps, {events}, au {day}.',
  'chart.zoomIn': 'Zoom avant',
  'chart.zoomOut': 'Zoom arrière',
  'chart.showAll': 'Tout afficher',
  'chart.regionLabel':
    'Graphique du cycle de vie. Les flèches passent d’un événement à l’autre, plus et moins zooment, 0 affiche tout, Entrée ouvre un événement.',
  'chart.keys':
    'Clavier : flèches pour passer d’un événement à l’autre, + et − pour zoomer, 0 pour tout afficher, Entrée pour ouvrir.',
  'strip.period': '{status} de {from} à {to}',
  'strip.periodOpen': '{status} depuis {from}',
  'strip.label': '{name} : {periods}',
  'strip.none': 'pas encore de statut',

  'explorer.title': 'Chronologie',
  'explorer.titlePaged': 'Chronologie, instruments {first} à {last} sur {total}',
  'explorer.heading': 'Comment les traités de maîtrise des armements ont été conclus puis défaits',
  'explorer.lede':
    'Les traités de l’Europe et de la relation américano-russe sur une seule chronologie : signés, ratifiés, suspendus, ' +
    'abandonnés ou laissés expirer. Données au {day} ; chaque événement renvoie à sa source.',
  'explorer.label': 'Explorateur de chronologie',
  'explorer.asOf': 'À la date du',
  'explorer.zoom': 'Zoom',
  'explorer.fitAll': 'Tout ajuster',
  'explorer.filters': 'Filtres',
  'explorer.instruments': 'Instruments',
  'explorer.eventTypes': 'Types d’événement',
  'explorer.party': 'Partie',
  'explorer.allParties': 'Toutes les parties',
  'explorer.embedTitle': 'Les traités de maîtrise des armements sur une seule chronologie',
  'explorer.keys':
    'Clavier : flèches pour passer d’un événement à l’autre, une lettre pour aller à une ligne, + et − pour ' +
    'zoomer, Maj + flèches pour déplacer la vue, Entrée pour ouvrir.',
  'explorer.skip': 'Aller à la chronologie',
  'explorer.hint':
    'Zoomez avec les boutons, Ctrl + molette ou en pinçant, et faites glisser pour vous déplacer. Sélectionnez une ' +
    'ligne ou un événement pour l’afficher dans le panneau.',
  'explorer.closePanel': 'Fermer le panneau',
  'explorer.everyEvent': 'Tous les événements, dans l’ordre',
  'explorer.eventTableLink': 'Les lire tous dans un seul tableau, avec leurs sources.',
  'events.title': 'Tous les événements, dans l’ordre',
  'events.description':
    'Chaque signature, ratification, suspension, chaque retrait et chaque expiration des instruments de maîtrise des armements que nous suivons, dans ' +
    'l’ordre chronologique, chacun avec ses sources ; données au {day}.',
  'events.lede':
    '{events} événements dans {instruments} instruments, dans l’ordre chronologique, au {day}. Chacun renvoie à la page de son instrument et à ses sources.',
  'events.timeline': 'Les voir sur la chronologie.',
  'oldLink.row':
    'Ce lien menait à une ligne du tableau de tous les événements, qui ont désormais chacun leur page : ouvrez cet événement là-bas.',
  'explorer.eventCount': '{events} événements dans {instruments} instruments.',
  'explorer.eventCountPaged':
    '{events} événements dans {instruments} instruments, les instruments {first} à {last} sur {total} (conclus {years}) ; ' +
    'les autres sont sur les autres pages de la chronologie.',
  'explorer.pagesLabel': 'Pages de la chronologie',
  'explorer.pagesLabelAgain': 'Pages de la chronologie (rappel)',
  'table.date': 'Date',
  'table.instrument': 'Instrument',
  'table.who': 'Qui',
  'table.whatHappened': 'Ce qui s’est passé',
  'table.sources': 'Sources',
  'table.status': 'Statut',
  'table.from': 'Du',
  'table.until': 'Au',
  'table.today': 'aujourd’hui',
  'table.endOfDay': 'fin de la journée du {day}',

  'asOf.heading': 'Statut au {day}',

  'compare.from': 'Du',
  'compare.to': 'Au',
  'compare.submit': 'Comparer',

  'card.credit': '{site} · version des données {version}, au {day}',
  'card.creditAddress': '{address} · CC BY 4.0',
  'card.alt': 'Graphique : {title}. {sentence}',
  'card.statesLane': 'Une ligne par État',
  'card.instrumentsLane': 'Une ligne par instrument',
  'card.colour.none': 'Non signé ou pas encore partie',
  'card.colour.pending': 'Signé, pas en vigueur',
  'card.colour.ratified': 'Ratifié, pas en vigueur',
  'card.colour.provisional': 'Appliqué à titre provisoire',
  'card.colour.in-force': 'En vigueur ou en application',
  'card.colour.suspended': 'Application suspendue, ou suspension notifiée',
  'card.colour.ended': 'Retrait, expiration ou extinction',
  'embed.open': 'Intégrer',
  'embed.what': 'Que voulez-vous intégrer ?',
  'embed.whatChart': 'Le graphique',
  'embed.whatCard': 'Une fiche de statut : la phrase ci-dessus et la dernière étape, pour une colonne latérale',
  'embed.heading': 'Intégrer cette vue',
  'embed.intro':
    'Le code affiche exactement ce que vous voyez : les mêmes instruments, la même période et la même date. Son ' +
    'cadre s’adapte à son contenu, sur téléphone comme sur ordinateur.',
  'embed.when': 'Que doivent voir les lecteurs de votre article ?',
  'embed.pinned': 'La situation telle qu’elle est aujourd’hui, {day}',
  'embed.pinnedNote':
    '(idéal pour un article : il continue de raconter ce que vous avez écrit, avec un lien « voir les dernières données »)',
  'embed.current': 'Toujours les dernières données',
  'embed.currentNote': '(pour les pages qui doivent suivre l’actualité)',
  'embed.code': 'Code d’intégration',
  'embed.copy': 'Copier le code d’intégration',
  'embed.static':
    'Pour les sites qui n’autorisent aucun script tiers (hauteur fixe ; dans une colonne de moins de 1024 px, ' +
    'l’intégration défile dans son cadre, la ligne de crédit restant visible)',
  'embed.copyStatic': 'Copier le code sans script',
  'embed.preview': 'Aperçu',
  'embed.previewTitle': 'Aperçu : {title}',
  'embed.close': 'Fermer',
  'embed.description': '{title} : une vue intégrable d’Arms Control Timeline, chaque événement relié à sa source.',
  'embed.footer': 'Arms Control Timeline · version des données {version}, au {day} · sources',
  'embed.latest': 'Voir les dernières données',

  'treaty.title': '{name} : cycle de vie',
  'treaty.description': '{summary} Statut au {day} : {status}.',
  'treaty.kind': 'Nature',
  'treaty.concluded': 'Conclu',
  'treaty.concludedAt': '{place}, {day}',
  'treaty.depositary': 'Dépositaire',
  'treaty.scope.one':
    'Le graphique représente l’instrument dans son ensemble et l’État ({count}) dont les actes propres sont consignés ici.',
  'treaty.scope.many':
    'Le graphique représente l’instrument dans son ensemble et chacun des {count} d’États dont les actes propres sont consignés ici.',
  'treaty.scope.other':
    'Le graphique représente l’instrument dans son ensemble et chacun des {count} États dont les actes propres sont consignés ici.',
  'treaty.scopeNeeded.one':
    'Le graphique représente l’instrument dans son ensemble et l’État ({count}) dont les actes propres sont consignés ici, {within} ' +
    'parmi {list} ; {without} : aucun acte à représenter.',
  'treaty.scopeNeeded.many':
    'Le graphique représente l’instrument dans son ensemble et chacun des {count} d’États dont les actes propres sont consignés ici, ' +
    'dont {within} parmi {list} ; {without} : aucun acte à représenter.',
  'treaty.scopeNeeded.other':
    'Le graphique représente l’instrument dans son ensemble et chacun des {count} États dont les actes propres sont consignés ici, ' +
    'dont {within} parmi {list} ; {without} : aucun acte à représenter.',
  'entry.needs': 'L’entrée en vigueur exige la ratification de {list} : {ratified} sur {total} l’ont ratifié.',
  'entry.missing.one': 'Celui qui ne l’a pas fait ({count}) : {states}.',
  'entry.missing.many': 'Les {count} d’États qui ne l’ont pas fait : {states}.',
  'entry.missing.other': 'Les {count} qui ne l’ont pas fait : {states}.',
  'entry.neverSigned.one': '{states} ne l’a même pas signé.',
  'entry.neverSigned.many': '{states} ne l’ont même pas signé.',
  'entry.neverSigned.other': '{states} ne l’ont même pas signé.',
  'treaty.eachState': 'Chaque État qui diffère',
  'treaty.lifecycle': 'Cycle de vie',
  'treaty.periodsTable': 'Périodes de statut sous forme de tableau',
  'treaty.periodsCaption': 'Le statut de chaque partie à partir de l’événement qui l’a ouvert',
  'treaty.asWhole': '{name} dans son ensemble',
  'treaty.events': 'Événements',
  'treaty.background': 'Contexte',
  'treaty.lastReviewed': 'Dernière révision : {day}.',
  'treaty.lastReviewedChanges': 'Voir ce qui a changé.',

  'states.title': 'États',
  'states.description.one':
    'Chaque État ayant signé, ratifié, suspendu ou quitté un instrument de maîtrise des armements que nous ' +
    'suivons : {count} État, avec sa propre chronologie au {day}.',
  'states.description.many':
    'Chaque État ayant signé, ratifié, suspendu ou quitté un instrument de maîtrise des armements que nous ' +
    'suivons : {count} d’États, chacun avec sa propre chronologie au {day}.',
  'states.description.other':
    'Chaque État ayant signé, ratifié, suspendu ou quitté un instrument de maîtrise des armements que nous ' +
    'suivons : {count} États, chacun avec sa propre chronologie au {day}.',
  'states.lede':
    'Chaque État ayant agi dans un instrument que nous suivons. Chaque page montre le statut de l’État au fil du temps dans chaque instrument où ' +
    'ses propres étapes sont consignées, chaque étape avec ses sources.',
  'states.today': 'États actuels',
  'states.historical': 'États qui n’existent plus',
  'states.instruments.one': '{count} instrument',
  'states.instruments.many': '{count} d’instruments',
  'states.instruments.other': '{count} instruments',
  'states.events.one': '{count} événement',
  'states.events.many': '{count} d’événements',
  'states.events.other': '{count} événements',
  'states.counts': '({code}) · {instruments} avec des étapes propres, {events}',

  'feed.title': 'Arms Control Timeline : derniers événements du cycle de vie',
  'feed.subtitle':
    'Signatures, ratifications, suspensions, retraits et expirations des instruments de maîtrise des armements, ' +
    'chacun avec sa source. Version des données {version}.',
  'feed.release': 'Version des données {version}',

  'cite.heading': 'Citer cette page',
  'cite.headingData': 'Citer les données',
  'cite.lede': 'Version des données {version}, consultée le {day}. Chaque format est du texte brut à copier.',
  'cite.apa': 'APA',
  'cite.chicago': 'Chicago (auteur-date)',
  'cite.bibtex': 'BibTeX',
  'cite.csl': 'CSL-JSON',
  'cite.note': 'Version des données {version} ; consultée le {day}',
  'cite.versionLabel': 'Version des données {version}',
  'cite.dataTitle':
    'Arms Control Timeline : instruments de maîtrise des armements, événements de leur cycle de vie et sources',

  'releases.title': 'Versions publiées des données',
  'releases.description':
    'Chaque version publiée des données d’Arms Control Timeline, conservée telle quelle à sa propre adresse, pour qu’une citation retrouve les données citées.',
  'releases.lede':
    'Une version porte le nom du jour de la dernière modification des données et une courte empreinte de leur contenu. Les fichiers d’une version ' +
    'ne changent jamais : citez la version, et chacun pourra retrouver les données que vous avez lues.',
  'releases.version': 'Version',
  'releases.date': 'Dernière modification des données',
  'releases.files': 'Fichiers',
  'releases.current': 'actuelle',
  'releases.unreleased': 'les données de cette construction, pas encore publiées comme version',
  'releases.changes': 'Ce qui a changé',
  'changes.title': 'Modifications des données',
  'changes.description':
    'Ce qui a été ajouté, corrigé ou supprimé entre les versions des données d’Arms Control Timeline, événement ' +
    'par événement, avec la raison de chaque correction.',
  'changes.lede':
    'Chaque version est comparée à la précédente, événement par événement : un événement corrigé montre chaque valeur modifiée, ' +
    'ancienne → nouvelle, et la note qui en donne la raison. Les corrections sont des nouvelles : suivez-les dans le {feed}.',
  'changes.feedLink': 'flux des modifications',
  'changes.releasesLink': 'Les fichiers de chaque version sont sur {releases}.',
  'changes.releasesLinkText': 'la page des versions',
  'changes.heading': 'Version {to}, comparée à {from}',
  'changes.first': 'Rien à comparer pour l’instant : la version {version} est la première publication des données.',
  'changes.nothing':
    'Aucun événement n’a été ajouté, corrigé ou supprimé ; la modification portait ailleurs (un texte, un nom).',
  'changes.changed': 'Corrigé',
  'changes.added': 'Ajouté',
  'changes.removed': 'Supprimé',
  'changes.empty': '(aucun)',
  'changes.yes': 'oui',
  'changes.no': 'non',
  'changes.source': '{publisher}, « {title} », {url}.',
  'changes.fieldLine': '{label} : {from} → {to}',
  'changes.separator': ' · ',
  'changes.reason': 'Raison : {reason}',
  'changes.reasonDated': '{note} (corrigé le {date})',
  'changes.field.instrument': 'Instrument',
  'changes.field.id': 'Identifiant',
  'changes.field.date': 'Date',
  'changes.field.approximate': 'Date approximative',
  'changes.field.notAfter': 'Connu seulement comme date limite',
  'changes.field.type': 'Ce qui s’est passé',
  'changes.field.document': 'Document',
  'changes.field.parties': 'Qui',
  'changes.field.predecessor': 'Prédécesseur',
  'changes.field.contestedBy': 'Contesté par',
  'changes.field.description': 'Description',
  'changes.field.sources': 'Sources',
  'changes.feedTitle': 'Arms Control Timeline : modifications des données',
  'changes.feedSubtitle':
    'Événements ajoutés, corrigés ou supprimés entre les versions des données, chaque correction avec sa raison.',
  'changes.entry.changed': '{instrument} : corrigé dans la version {version} — {line}',
  'changes.entry.added': '{instrument} : ajouté dans la version {version} — {line}',
  'changes.entry.removed': '{instrument} : supprimé dans la version {version} — {line}',
  'changes.releaseLink': 'Version des données {version}',
  'event.negotiations-opened.meaning': 'Les négociations officielles sur le texte ont commencé.',
  'event.adopted.meaning':
    'Le texte a été adopté par une conférence, un forum ou l’Assemblée générale des Nations unies ; pour un ' +
    'document politiquement contraignant, cette adoption le met en application.',
  'event.opened-for-signature.meaning': 'Les États pouvaient commencer à signer.',
  'event.signed.meaning':
    'Une partie a signé. La signature n’est pas la ratification : elle oblige seulement un État à s’abstenir ' +
    'd’actes qui priveraient le traité de son objet et de son but.',
  'event.ratification-rejected.meaning':
    'Un parlement a voté contre l’approbation de la ratification ; l’État reste signataire.',
  'event.ratified.meaning':
    'Une partie a ratifié, adhéré ou approuvé, généralement par le dépôt d’un instrument de ratification.',
  'event.provisionally-applied.meaning':
    'Les parties sont convenues d’appliquer le traité, ou une partie de celui-ci, avant son entrée en vigueur.',
  'event.entered-into-force.meaning':
    'Le traité est devenu juridiquement contraignant, pour toutes les parties ou pour l’une d’elles.',
  'event.succeeded.meaning': 'Un État a repris les droits et obligations d’un État prédécesseur.',
  'event.updated.meaning': 'L’instrument a été modifié, adapté ou publié dans une nouvelle version.',
  'event.extended.meaning': 'Les parties ont prorogé la durée du traité.',
  'event.statement.meaning':
    'Une déclaration officielle sur l’instrument qui ne modifie aucun statut juridique, comme l’engagement de respecter un moratoire.',
  'event.withdrawal-announced.meaning':
    'Un gouvernement a annoncé son intention de se retirer ; une annonce n’a en soi aucun effet juridique.',
  'event.withdrawal-notified.meaning':
    'Le retrait a été notifié officiellement, ce qui ouvre le préavis prévu par le traité.',
  'event.suspension-notified.meaning':
    'Une partie a décidé ou notifié la suspension, mais aucune source que nous avons pu lire ne donne le jour de sa prise d’effet : la ' +
    'partie est montrée comme l’ayant notifiée, jamais comme encore liée, jusqu’à ce que suive un événement « suspension » daté.',
  'event.suspended.meaning':
    'Une partie a cessé d’appliquer l’instrument tout en restant partie. La suspension n’est pas un retrait.',
  'event.resumed.meaning': 'Une partie a repris l’application de l’instrument après une suspension.',
  'event.ratification-revoked.meaning': 'Une partie a révoqué sa ratification ; elle reste signataire.',
  'event.withdrawn.meaning': 'Un retrait a pris effet : l’État n’est plus partie.',
  'event.expired.meaning': 'L’instrument a pris fin selon ses propres termes, au terme de sa durée.',
  'event.terminated.meaning':
    'L’instrument a pris fin pour toutes ses parties, par exemple quand l’une des deux parties s’est retirée.',
  'pager.drawn':
    'Cette page représente les instruments {first} à {last} sur {total}, du plus ancien au plus récent (page {page} sur {pages}).',
  'pager.previous': '← Précédents : {first}–{last}',
  'pager.next': 'Suivants : {first}–{last} →',
  'pager.every': 'Toutes les pages',
  'pager.entry': '{first}–{last} ({years})',
  'index.title': 'Traités',
  'index.description':
    'Chaque instrument de maîtrise des armements que nous suivons, avec son statut actuel et ses dates clés.',
  'index.heading': 'Traités et documents',
  'index.lede': 'Du plus ancien au plus récent. Chaque bande montre le statut de l’instrument de {from} à {to}.',
  'index.show': 'Afficher',
  'index.filter.all': 'Tous',
  'index.filter.in-force': 'En vigueur ou en application',
  'index.filter.not-in-force': 'Pas en vigueur',
  'index.filter.ended': 'Ayant pris fin',
  'about.title': 'Méthodologie et données',
  'about.description':
    'Comment Arms Control Timeline consigne les événements, déduit les statuts et cite ses sources ; comment le citer ; et ses données ouvertes.',
  'about.intro':
    'Chaque fait sur ce site est un événement dans la vie d’un instrument : une date, la ou les parties qui ont agi, ' +
    'ce qu’elles ont fait, et au moins une source que le lecteur peut vérifier. Les statuts ne sont jamais saisis à la main ; ils sont ' +
    'déduits des événements par un modèle unique, et chaque vue — la chronologie, les pages de cycle de vie, les exports — montre ' +
    'le même statut déduit.',
  'about.events': 'Ce que signifie chaque type d’événement',
  'about.eventsIntro':
    'Chaque étape est consignée pour ce qu’elle était, à sa propre date : la signature n’est pas la ratification, une annonce n’est pas ' +
    'une notification, une notification n’est pas le retrait effectif, et la suspension n’est pas le retrait.',
  'about.event': 'Événement',
  'about.meaning': 'Signification',
  'about.dates': 'Dates, précision et dates approximatives',
  'about.datesText':
    'Une date est affichée avec la précision que permettent ses sources : « {year} », « {month} » ou « {day} ». Nous ne transformons jamais « {year} » ' +
    'en « {firstDay} ». Lorsque les sources ne donnent qu’une date approximative, elle est marquée « {approximate} ». Pour établir un ' +
    'statut à un jour donné, un événement connu seulement à l’année ou au mois compte à partir du premier jour de cette période. ' +
    'Les dates sont des jours civils en UTC, tels que les documents les donnent.',
  'about.status': 'Comment le statut est déduit',
  'about.statusText':
    'Chaque instrument a sa propre ligne (les événements de toutes ses parties ensemble : adoption, entrée en vigueur, ' +
    'expiration, extinction) et une ligne pour chaque partie ayant agi pour son compte. Le statut d’une partie suit ses propres événements ' +
    'et ceux de l’instrument dans son ensemble : elle signe, ratifie, est liée une fois l’instrument en vigueur, peut ' +
    'suspendre, reprendre ou se retirer. Un État qui a succédé à un autre ({successor} pour {predecessor}) reprend ' +
    'le statut de son prédécesseur. Les événements relatifs à un document associé — un protocole, un accord d’adaptation, une nouvelle ' +
    'version — sont listés et représentés, mais ne modifient pas le statut de l’instrument lui-même. Une ratification ' +
    'déposée après l’entrée en vigueur de l’instrument le met en vigueur pour cette partie.',
  'about.sources': 'Sources',
  'about.sourcesText':
    'Nous citons la source la plus autorisée que nous avons pu vérifier : le dépositaire, les pages des gouvernements et des organisations ' +
    'internationales, puis des ouvrages de référence comme les fiches de l’Arms Control Association. Les articles de ' +
    'presse sont du contexte, pas des sources faisant foi. Lorsque les sources divergent, le récit de l’instrument le dit. Si nous ' +
    'n’avons pas pu vérifier un fait, il ne figure pas ici.',
  'about.cite': 'Comment citer',
  'about.citeText':
    'Citez la version des données que vous avez lue et le jour de votre lecture : la version désigne des données qui ne changent jamais, sur ' +
    'la page des versions. Ci-dessous figure la citation de l’ensemble des données ; la page de chaque instrument et de chaque État ' +
    'propose la sienne.',
  'about.citeEvent':
    'Un événement isolé : chaque événement a sa propre ancre sur la page de son instrument (par exemple {address}) ; citez cette ' +
    'adresse avec la date de l’événement et sa source primaire.',
  'headline.among.one': '{status} pour {count} des {total} États représentés ici',
  'headline.among.many': '{status} pour {count} des {total} États représentés ici',
  'headline.among.other': '{status} pour {count} des {total} États représentés ici',
  'headline.statesOf.one': '{count} des {total} États représentés ici : {status}',
  'headline.statesOf.many': '{count} des {total} États représentés ici : {status}',
  'headline.statesOf.other': '{count} des {total} États représentés ici : {status}',
  'headline.states.one': '{count} État : {status}',
  'headline.states.many': '{count} d’États : {status}',
  'headline.states.other': '{count} États : {status}',
  'headline.since': '{text} (depuis {since})',
  'headline.by': '{text} (au plus tard en {since})',
  'headline.sinceContested': '{text} (depuis {since} ; selon ses auteurs, contesté par {parties})',
  'headline.noStatus': 'aucun statut enregistré',
  'oldLink.here': 'Vous avez suivi un ancien lien (#{anchor}) vers cet événement ; il se trouve désormais sous #{id}.',
  'oldLink.heading': 'Anciens liens vers cette page',
  'oldLink.lede': 'Ces adresses ont été publiées pour des événements désormais consignés ailleurs ou supprimés.',
  'oldLink.moved': '#{anchor} : désormais consigné sous {instrument}',
  'oldLink.removed': '#{anchor} : supprimé. {note}',
  'about.who': 'Qui publie ce site',
  'about.whoText':
    'Le projet Arms Control Timeline publie ce site : un projet open source dont le code, les contenus et les données ' +
    'se trouvent dans un seul dépôt. Le code est sous licence MIT ; les récits et les données sont sous CC BY 4.0.',
  'about.repository': 'Le dépôt : {link}.',
  'about.review': 'Comment les faits sont rédigés et relus',
  'about.reviewText':
    'Chaque fait est un événement dans un fichier Markdown, un fichier par instrument, et chaque événement cite au moins une source ' +
    'que le lecteur peut ouvrir. Les modifications du contenu passent par la relecture du dépôt, et un validateur vérifie chaque ' +
    'fichier à chaque construction : les dates, le vocabulaire des événements, l’ordre des étapes de chaque ' +
    'partie, la présence d’une source pour chaque événement. ' +
    'Le site n’est pas construit tant qu’un problème subsiste. La page de chaque instrument indique quand il a été relu pour la ' +
    'dernière fois : le jour où son fichier a changé pour la dernière fois.',
  'about.versions': 'Versions et corrections',
  'about.versionsText':
    'Les données sont publiées en versions, chacune nommée d’après le jour de sa dernière modification et une courte empreinte de son contenu ; ' +
    'voici la version {version}. Chaque version reste disponible, inchangée, sur {releases}. Ce que chaque version a ajouté, ' +
    'corrigé ou supprimé, avec la raison de chaque correction, figure sur {changes} et dans son flux.',
  'about.releasesLink': 'la page des versions',
  'about.changesLink': 'la page des modifications',
  'about.notFound': 'Dates introuvables',
  'about.notFoundText':
    'Chacun des États ci-dessous a décidé ou notifié une suspension, mais aucune source que nous avons pu lire ne donne le jour de sa prise d’effet. ' +
    'Il est représenté comme « suspension notifiée, date de prise d’effet introuvable » à partir du jour de la notification ou de la décision, jamais ' +
    'comme encore lié. D’autres ont franchi une étape qu’une source d’un jour ultérieur atteste, sans qu’aucune ' +
    'source n’en donne le jour : elle est représentée à partir de ce jour-là et datée « au plus tard le ». Si vous ' +
    'connaissez les documents, dites-le-nous.',
  'about.notFoundItem': '{party} : suspension notifiée le {day} ; date de prise d’effet introuvable',
  'about.notFoundDay': '{party} : {step} {day} ; date propre introuvable',
  'about.mistakes': 'Signaler une erreur',
  'about.mistakesText':
    'Ouvrez un ticket dans le dépôt du projet en indiquant la page, l’événement, ce qui est erroné et une source qui établit ' +
    'le fait exact. Une correction modifie le fichier de contenu, porte une note qui en donne la raison et figure sur la ' +
    'page des modifications.',
  'about.mistakesWhere': 'Signalez-la dans le gestionnaire de tickets du dépôt : {link}.',
  'about.data': 'Données ouvertes',
  'about.dataVersion': 'Version des données {version} (format de données {format}), sous CC BY 4.0.',
  'about.dataTreaties':
    '{file} : chaque instrument avec ses événements, ses sources et ses intervalles de statut déduits.',
  'about.dataParties':
    '{file} : chaque État ayant agi, avec ses intervalles de statut déduits dans chaque instrument et les événements qui le nomment.',
  'about.dataEvents':
    '{file} : une ligne par événement et par partie agissante, avec la date à sa précision et la première source. Un fichier CSV ' +
    'n’a pas de place pour la version : le lien l’enregistre donc sous un nom qui la porte ({name}), et chaque version ' +
    'conserve sa propre copie.',
  'about.dataReleases':
    '{file} : chaque version publiée des données, chacune avec ses fichiers treaties.json et events.csv, inchangés.',
  'about.dataChanges': '{file} : un flux Atom des événements ajoutés, corrigés ou supprimés entre les versions.',
  'about.dataSchema':
    '{file} : le schéma JSON (JSON Schema) de {treaties} (et, sous {pointer}, de {parties}), généré à partir du schéma qui valide le contenu.',
  'about.dataFeed': '{file} : un flux Atom des derniers événements du cycle de vie.',
  'notFound.title': 'Page introuvable',
  'notFound.description': 'Il n’y a pas de page à cette adresse sur Arms Control Timeline.',
  'notFound.text':
    'Il n’y a pas de page à cette adresse. Elle a peut-être été mal saisie, ou la page a peut-être été déplacée.',
  'notFound.startAgain': 'Repartez de {timeline}, ou de {list} avec le statut actuel de chacun.',
  'notFound.timeline': 'la chronologie de tous les instruments',
  'notFound.list': 'la liste des traités',
  'notFound.treaties': 'Traités et accords',
  // Said only on built pages: no browser script carries them.
  'asOf.partyStatus': '{party} : {status}',
  'explorer.timelineLabel':
    'Chronologie interactive. Les flèches passent d’un événement à l’autre, une lettre mène à la ligne qui ' +
    'commence par elle, plus et moins zooment, Entrée ouvre l’événement.',
  'event.contestedBy': 'selon ses auteurs ; contesté par {parties}',
  'table.event': 'Événement',
  'headline.today': 'Statut aujourd’hui :',
  'card.lastStep': 'Dernière étape :',
  'party.title': '{name} : instruments de maîtrise des armements',
  'party.description.one':
    '{name} : ses propres étapes sont consignées dans {count} des {total} instruments de maîtrise des armements couverts ici : {events} avec ' +
    'leurs sources, et son statut au {day}.',
  'party.description.many':
    '{name} : ses propres étapes sont consignées dans {count} des {total} instruments de maîtrise des armements couverts ici : {events} avec ' +
    'leurs sources, et son statut dans chacun au {day}.',
  'party.description.other':
    '{name} : ses propres étapes sont consignées dans {count} des {total} instruments de maîtrise des armements couverts ici : {events} avec ' +
    'leurs sources, et son statut dans chacun au {day}.',
  'party.overTime': 'Statut dans chaque instrument au fil du temps',
  'party.keyDates': 'Dates clés',
  'party.firstStep': 'Première étape',
  'party.inForce': 'En vigueur',
  'party.ended': 'Fin',
  'party.statusOn': 'Statut au {day}',
  'party.stepOn': '{step}, {day}',
  'party.continuedBy': 'État continuateur',
  'party.continues': 'Continuateur de',
  'party.successors': 'États successeurs',
  'party.otherSuccessors': 'Autres États successeurs',
  'party.successorOf': 'Successeur de',
} as const satisfies Omit<EditionPageStrings<'fr'>, keyof GlossaryPageStrings>);
