/** The Polish edition's strings of the explorer's browser code (see ../explorer-strings.ts). */
import type { EditionExplorerStrings } from '../explorer-strings.ts';

export const EXPLORER_STRINGS_PL: EditionExplorerStrings<'pl'> = {
  'explorer.cursor': '{lane}: {event} ({n} z {of})',
  'explorer.textsElsewhere': 'Jego opis i źródła — na stronie traktatu',
  'explorer.statusOn': 'Status na dzień {day}',
  'explorer.wholeLifecycle': 'Cały cykl życia: {name}',
  'explorer.pickedEvents.one': '{count} zdarzenie w tym miejscu osi czasu',
  'explorer.pickedEvents.few': '{count} zdarzenia w tym miejscu osi czasu',
  'explorer.pickedEvents.many': '{count} zdarzeń w tym miejscu osi czasu',
  'explorer.pickedEvents.other': '{count} zdarzenia w tym miejscu osi czasu',
  'asOf.fold': 'Każdy dokument na dzień {day}',
  'asOf.sentence': 'Na dzień {day}. {groups}',
  'asOf.group': '{title}: {entries}.',
  'asOf.entryWithDetail': '{name} ({detail})',
};
