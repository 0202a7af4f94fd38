/** The Ukrainian edition's strings of the explorer's browser code (see ../explorer-strings.ts). */
import type { EditionExplorerStrings } from '../explorer-strings.ts';

export const EXPLORER_STRINGS_UK: EditionExplorerStrings<'uk'> = {
  'explorer.cursor': '{lane}: {event} ({n} з {of})',
  'explorer.textsElsewhere': 'Її опис і джерела — на сторінці договору',
  'explorer.statusOn': 'Статус на {day}',
  'explorer.wholeLifecycle': 'Увесь життєвий цикл: {name}',
  'explorer.pickedEvents.one': '{count} подія в цій точці хронології',
  'explorer.pickedEvents.few': '{count} події в цій точці хронології',
  'explorer.pickedEvents.many': '{count} подій у цій точці хронології',
  'explorer.pickedEvents.other': '{count} події в цій точці хронології',
  'asOf.fold': 'Кожен документ станом на {day}',
  'asOf.sentence': 'Станом на {day}. {groups}',
  'asOf.group': '{title}: {entries}.',
  'asOf.entryWithDetail': '{name} ({detail})',
};
