/**
 * Deterministic synthetic instruments for the benchmark: valid content of realistic shape (about 20
 * events each), written only into a folder the benchmark names, never into content/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32), so every run writes the same files. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const WORDS =
  'treaty limits verification inspection forces missiles launchers warheads notification data exchange consultative commission parties compliance reductions ceilings zones flank equipment aircraft'.split(
    ' ',
  );

/** Writes `count` synthetic instruments into `dir`, numbered from 1; returns how many events they hold. */
export function writeSyntheticContent(dir: string, count: number, seed = 1): number {
  mkdirSync(dir, { recursive: true });
  const next = random(seed);
  let events = 0;
  for (let n = 1; n <= count; n++) {
    const id = `synthetic-${pad(n, 4)}`;
    const year = 1960 + Math.floor(next() * 50);
    let month = 1 + Math.floor(next() * 12);
    let y = year;
    const day = () => `${y}-${pad(month)}-${pad(1 + Math.floor(next() * 28))}`;
    const advance = () => {
      month += 2 + Math.floor(next() * 10);
      while (month > 12) {
        month -= 12;
        y++;
      }
    };
    const list: string[] = [];
    const add = (type: string, parties: string, text: string, precision: 'day' | 'month' | 'year' = 'day') => {
      const date = precision === 'day' ? day() : precision === 'month' ? `${y}-${pad(month)}` : String(y);
      list.push(
        `  - id: ${id}-e${list.length + 1}\n    date: "${date}"\n    type: ${type}\n    parties: [${parties}]\n    description: "${text}"\n    sources:\n      - title: "Synthetic source ${list.length + 1} for ${id}"\n        publisher: "Benchmark"\n        url: "https://example.org/bench/${id}/${list.length + 1}"`,
      );
      advance();
      if (precision === 'year') y++; // a year-only date must not repeat within the year
    };
    add('negotiations-opened', 'all-parties', 'Negotiations opened.', 'month');
    add('signed', 'US, RU', 'Both parties signed.');
    add('ratified', 'US', 'The first party ratified.');
    add('ratified', 'RU', 'The second party ratified.');
    add('entered-into-force', 'all-parties', 'The instrument entered into force.');
    let suspended = false;
    const target = 16 + Math.floor(next() * 8);
    while (list.length < target && y < 2024) {
      const roll = next();
      if (!suspended && roll < 0.15) {
        add('suspended', 'RU', 'One party suspended its implementation.');
        suspended = true;
      } else if (suspended && roll < 0.35) {
        add('resumed', 'RU', 'The party resumed implementation.');
        suspended = false;
      } else if (roll < 0.55) add('updated', 'all-parties', 'The parties adopted an amendment.');
      else if (roll < 0.7) add('statement', 'US', 'A party made a statement on compliance.', 'month');
      else add('statement', 'RU', 'A party made a statement on implementation.', 'year');
    }
    if (y < 2025 && next() < 0.5) {
      add('withdrawal-announced', 'US', 'A party announced its withdrawal.');
      if (y < 2025) add('withdrawn', 'US', 'The withdrawal took effect.');
    }
    events += list.length;
    const body = Array.from({ length: 160 }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
    writeFileSync(
      join(dir, `${id}.md`),
      `---\nname: "Synthetic Instrument ${n}"\nshortName: "S-${pad(n, 4)}"\nkind: treaty\nsummary: "A synthetic instrument for the benchmark."\nconcluded:\n  place: "Geneva"\n  date: "${year}"\nparties: [all-parties, US, RU]\nevents:\n${list.join('\n')}\n---\n\n${body}.\n`,
    );
  }
  return events;
}
