/** The Russian edition's strings of the explorer's browser code (see ../explorer-strings.ts). */
import type { EditionExplorerStrings } from '../explorer-strings.ts';

export const EXPLORER_STRINGS_RU: EditionExplorerStrings<'ru'> = {
  'explorer.cursor': '{lane}: {event} ({n} из {of})',
  'explorer.textsElsewhere': 'Его описание и источники — на странице договора',
  'explorer.statusOn': 'Статус на {day}',
  'explorer.wholeLifecycle': 'Весь жизненный цикл: {name}',
  'explorer.pickedEvents.one': '{count} событие в этой точке хронологии',
  'explorer.pickedEvents.few': '{count} события в этой точке хронологии',
  'explorer.pickedEvents.many': '{count} событий в этой точке хронологии',
  'explorer.pickedEvents.other': '{count} события в этой точке хронологии',
  'asOf.fold': 'Каждый документ на {day}',
  'asOf.sentence': 'На {day}. {groups}',
  'asOf.group': '{title}: {entries}.',
  'asOf.entryWithDetail': '{name} ({detail})',
};
