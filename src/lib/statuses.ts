/**
 * The closed vocabulary of statuses that the lifecycle model derives. Colours are always paired with a
 * pattern id and a text label, so no fact is carried by colour alone.
 */

/** How a status is shown. */
export interface StatusInfo {
  /** Label shown to readers. */
  label: string;
  /** CSS custom property holding the status colour (defined for light and dark themes). */
  color: string;
  /** Fill pattern drawn over the colour, for readers who cannot tell the colours apart. */
  pattern: 'solid' | 'hatch' | 'dots' | 'cross' | 'none';
  /** Whether the instrument binds the party in this status. */
  binding: boolean;
}

/** Every status a party or an instrument can be in. */
export const STATUSES = {
  'not-signed': { label: 'Not signed', color: '--status-none', pattern: 'none', binding: false },
  negotiating: { label: 'Under negotiation', color: '--status-none', pattern: 'dots', binding: false },
  'not-in-force': { label: 'Not in force', color: '--status-pending', pattern: 'dots', binding: false },
  signed: { label: 'Signed, not ratified', color: '--status-pending', pattern: 'dots', binding: false },
  ratified: { label: 'Ratified, not in force', color: '--status-ratified', pattern: 'dots', binding: false },
  'provisionally-applied': { label: 'Provisionally applied', color: '--status-provisional', pattern: 'hatch', binding: true },
  'in-force': { label: 'In force', color: '--status-in-force', pattern: 'solid', binding: true },
  suspended: { label: 'Suspended', color: '--status-suspended', pattern: 'hatch', binding: false },
  withdrawn: { label: 'Withdrawn', color: '--status-ended', pattern: 'cross', binding: false },
  expired: { label: 'Expired', color: '--status-ended', pattern: 'cross', binding: false },
  terminated: { label: 'Terminated', color: '--status-ended', pattern: 'cross', binding: false },
  dissolved: { label: 'State dissolved', color: '--status-none', pattern: 'none', binding: false },
} as const satisfies Record<string, StatusInfo>;

/** A status id. */
export type Status = keyof typeof STATUSES;

/** Statuses after which an instrument or a party's participation has ended. */
export const ENDED_STATUSES: ReadonlySet<Status> = new Set(['withdrawn', 'expired', 'terminated', 'dissolved']);
