/** The French edition's strings of the explorer's browser code (see ../explorer-strings.ts). */
import type { EditionExplorerStrings } from '../explorer-strings.ts';

export const EXPLORER_STRINGS_FR: EditionExplorerStrings<'fr'> = {
  'explorer.cursor': '{lane} : {event} ({n} sur {of})',
  'explorer.textsElsewhere': 'Sa description et ses sources, sur la page du traité',
  'explorer.statusOn': 'Statut au {day}',
  'explorer.wholeLifecycle': 'Tout le cycle de vie : {name}',
  'explorer.pickedEvents.one': '{count} événement à cet endroit de la chronologie',
  'explorer.pickedEvents.many': '{count} d’événements à cet endroit de la chronologie',
  'explorer.pickedEvents.other': '{count} événements à cet endroit de la chronologie',
  'asOf.fold': 'Chaque instrument au {day}',
  'asOf.sentence': 'Au {day}. {groups}',
  'asOf.group': '{title} : {entries}.',
  'asOf.entryWithDetail': '{name} ({detail})',
};
