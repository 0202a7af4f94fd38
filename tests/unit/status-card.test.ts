import { describe, expect, it } from 'vitest';
import { headlineOn } from '../../src/lib/model/pinned-headline.ts';
import { lastSteps } from '../../src/lib/site/status-card.ts';
import { contentModel } from './content-model.ts';

describe('lastSteps(model)', () => {
  it('lastSteps lists every step of an instrument oldest first, each with its line and permanent address', () => {
    const model = contentModel('new-start');
    const steps = lastSteps(model);
    expect(steps).toHaveLength(model.data.events.length);
    expect(steps.map((s) => s.from)).toEqual([...steps.map((s) => s.from)].sort());
    expect(steps[0]).toEqual({
      from: '2010-04-08',
      line: '8 April 2010: Signed — United States and Russia',
      href: '/treaties/new-start/#new-start-2010-04-08-signed',
    });
  });

  it('headlineOn(lastSteps) gives the step that was last on a day: New START expired on 5 February 2026', () => {
    const steps = lastSteps(contentModel('new-start'));
    expect(headlineOn(steps, '2026-02-05').line).toMatch(/^5 February 2026: Expired/);
    expect(headlineOn(steps, '2011-02-04').line).toMatch(/^\d+ (January|February) 2011: /);
  });
});
