/** The German edition's strings of the explorer's browser code (see ../explorer-strings.ts). */
import type { EditionExplorerStrings } from '../explorer-strings.ts';

export const EXPLORER_STRINGS_DE: EditionExplorerStrings<'de'> = {
  'explorer.cursor': '{lane}: {event} ({n} von {of})',
  'explorer.textsElsewhere': 'Beschreibung und Quellen auf der Seite des Vertrags',
  'explorer.statusOn': 'Status am {day}',
  'explorer.wholeLifecycle': 'Der gesamte Lebenszyklus: {name}',
  'explorer.pickedEvents.one': '{count} Ereignis an dieser Stelle der Zeitleiste',
  'explorer.pickedEvents.other': '{count} Ereignisse an dieser Stelle der Zeitleiste',
  'asOf.fold': 'Jedes Abkommen am {day}',
  'asOf.sentence': 'Am {day}. {groups}',
  'asOf.group': '{title}: {entries}.',
  'asOf.entryWithDetail': '{name} ({detail})',
};
