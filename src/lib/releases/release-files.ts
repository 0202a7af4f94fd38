/** The files of a release, as published at /data/releases/<version>/ and committed under releases/<version>/. */
export const RELEASE_FILE_NAMES = ['treaties.json', 'events.csv'] as const;

/** The name of one of them. */
export type ReleaseFileName = (typeof RELEASE_FILE_NAMES)[number];

/** The name a download of the current events.csv is saved under, carrying the version the CSV cannot hold. */
export function versionedCsvName(version: string): string {
  return `arms-control-timeline-events-${version}.csv`;
}
