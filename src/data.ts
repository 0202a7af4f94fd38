/**
 * The one module that reads the content collection. Pages import the finished models from here.
 */
import { getCollection, render } from 'astro:content';
import { instrumentModel, type InstrumentModel } from './lib/model/instrument-summary.ts';
import { asOfDay } from './node/as-of.ts';
import type { UrlContext } from './lib/site/url-state.ts';
import { lanePages, type LanePage } from './lib/explorer/lane-pages.ts';
import { actingStates, type ActingState } from './lib/party/acting-states.ts';
import {
  crossOldAnchors,
  idResolver,
  legacyEventId,
  legacyForPage,
  treatyOldAnchors,
  type LegacyIndex,
  type PublishedIds,
} from './lib/site/event-addresses.ts';
import legacyIndexFile from '../content/ids/legacy-index.json';
import publishedFile from '../content/ids/published.json';
import { posix } from 'node:path';
import { resolveVersion, type DataVersion } from './lib/releases/data-version.ts';
import { contentHash } from './node/content-hash.ts';
import { readSnapshot, releaseHistory, snapshotOf, type DataChanges } from './lib/releases/data-diff.ts';
import { CONTENT_DIR } from './node/content-files.ts';
import { fileChangeDays, lastChangeDay } from './node/git-dates.ts';
import { readReleases, RELEASES_DIR, type CommittedRelease } from './node/releases.ts';
import { repositoryUrl as repositoryFromEnv } from './node/repository.ts';

/** The build's as-of day (YYYY-MM-DD). */
export const asOf = asOfDay();

const entries = (await getCollection('treaties')).sort(
  (a, b) => a.data.concluded.date.localeCompare(b.data.concluded.date) || a.id.localeCompare(b.id),
);

/** Every instrument, oldest first, with its derived lifecycle. */
export const instruments: InstrumentModel[] = entries.map((entry) => instrumentModel(entry.id, entry.data, asOf));

/** Every state that acted in the content, by name: each has a page under /parties/. */
export const states: ActingState[] = actingStates(instruments);

/** One instrument by id. */
export function instrumentById(id: string): InstrumentModel {
  const found = instruments.find((i) => i.id === id);
  if (!found) throw new Error(`No instrument "${id}" in content/treaties/`);
  return found;
}

/** The rendered Markdown narrative of an instrument. */
export async function renderNarrative(id: string) {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`No instrument "${id}" in content/treaties/`);
  return render(entry);
}

/** The frozen index anchors of the last release that had them, and every id ever published. */
export const legacyIndex: LegacyIndex = legacyIndexFile;
const published: PublishedIds = publishedFile;

/** What any event id, alias or removed id leads to now. */
export const resolveEventId = idResolver(instruments);

/** The old anchors an instrument's page answers: its index anchors and ids published on it that now name something else. */
export const treatyAnchors = (id: string) => treatyOldAnchors(id, legacyIndex, published, resolveEventId);

/** The old `instrument-event-N` anchors of the pages that span instruments (a state's page, the explorer's table). */
export const crossAnchors = crossOldAnchors(legacyIndex, resolveEventId);

/** The browser's table of old `instrument:index` addresses for these instruments (with their events' anchors). */
export const legacyTable = (page: readonly { id: string; events: readonly { anchor: string }[] }[]) =>
  legacyForPage(legacyIndex, page, resolveEventId);

/** The event ids of these instruments, by instrument. */
const eventIdsOf = (models: readonly InstrumentModel[]) =>
  Object.fromEntries(models.map((i) => [i.id, i.data.events.map((e) => e.id)]));

/** What a view's address may name: the instruments, their events' ids and the as-of day. */
export const urlContext: UrlContext = {
  instrumentIds: instruments.map((i) => i.id),
  eventIds: eventIdsOf(instruments),
  legacyEvent: (value) => {
    const to = resolveEventId(legacyEventId(legacyIndex, value) ?? '');
    return to?.kind === 'event' ? to.id : undefined;
  },
  asOf,
};

/** The explorer's pages of lanes: one page (the home page) until the content outgrows it. */
export const explorerPages = lanePages(instruments.map((i) => ({ id: i.id, concluded: i.data.concluded.date })));

/** The static paths of explorer pages 2 onwards (page 1 is the home page, or /embed/ for embeds). */
export const laterPagePaths = () =>
  explorerPages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page } }));

/** The instruments a page of lanes draws, and what its address may name: only those. */
export function pageOf(page: LanePage): { models: InstrumentModel[]; context: UrlContext } {
  const ids = new Set(page.ids);
  return {
    models: instruments.filter((i) => ids.has(i.id)),
    context: {
      ...urlContext,
      instrumentIds: page.ids,
      eventIds: Object.fromEntries(page.ids.map((id) => [id, urlContext.eventIds[id]!])),
    },
  };
}

/** The repository's top folder: builds and tests run there. */
const root = process.cwd();

/** The folder whose history dates the data: content/ (instruments and ids), or the benchmark's own folder. */
const contentRoot = CONTENT_DIR === 'content/treaties' ? 'content' : CONTENT_DIR;

/** The releases committed under releases/, oldest version first. */
export const committedReleases: CommittedRelease[] = readReleases(root);

/**
 * The version of the data this build publishes: a committed release's, when the content is that
 * release's; otherwise the day of the content's last commit (`git log -1 --format=%cs -- content`, the
 * build's day if it has uncommitted changes or git is not there) and the hash of the content. The hash is
 * of the content as written, not of the models, which name the instruments in this edition's language: the
 * version names the data, so every edition cites the one version (and its files) that English publishes.
 */
export const dataVersion: DataVersion = resolveVersion(
  contentHash(entries),
  lastChangeDay(root, contentRoot, asOf),
  asOf,
  committedReleases.map((r) => r.version),
);

/** Whether this version is among the committed releases (else `npm run release` would add it). */
export const isReleased = committedReleases.some((r) => r.version === dataVersion.id);

/** The changes from each version to the next, the current data included, newest first. */
export const history: DataChanges[] = releaseHistory([
  ...committedReleases.map((r) => readSnapshot(r.treaties, `${RELEASES_DIR}/${r.version}/treaties.json`)),
  snapshotOf(instruments, dataVersion.id, asOf),
]);

const reviewDays = fileChangeDays(root, CONTENT_DIR, asOf);

/** The day an instrument's file last changed (its last review), or undefined when git cannot say. */
export const lastReviewed = (id: string): string | undefined => reviewDays.get(posix.join(CONTENT_DIR, `${id}.md`));

/** The public repository (REPOSITORY_URL at build time), where readers report errors; undefined when unset. */
export const repositoryUrl = repositoryFromEnv();
