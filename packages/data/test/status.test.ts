import { describe, expect, it } from 'vitest';
import { currentStatus, facilities, getById, initiatives, metadata, reviewWindow, statusHistory, type Initiative } from '../dist/index.js';

// The status helpers as shipped (dist/), on the real data: "today" is the data's verification day, never the clock.

describe('statusHistory and currentStatus', () => {
  it('give every initiative and health centre its latest dated claim, with its as-of date and quote', () => {
    for (const record of [...initiatives, ...facilities]) {
      const history = statusHistory(record);
      expect(history.length).toBeGreaterThan(0);
      const current = currentStatus(record);
      expect(current.value).toBe(history.at(-1)!.value);
      expect(current.as_of).toEqual(history.at(-1)!.as_of);
      expect(current.citation.quote.length).toBeGreaterThan(2);
    }
  });

  it('says the present state of the 2020 Ségur consultation is not verified', () => {
    const segur = getById('initiatives', 'segur-sante-occitanie')!;
    const current = currentStatus(segur);
    expect(current).toMatchObject({ value: 'ongoing', as_of: { value: '2020-06', precision: 'month' }, verified: false });
    expect(current.window).toEqual(reviewWindow('initiatives'));
    expect(current.window.to).toBe(metadata.datasets.initiatives.verified);
  });

  it('counts a claim as verified only inside the review window, and never one only bounded from below', () => {
    const segur = getById('initiatives', 'segur-sante-occitanie')!;
    const { from, to } = reviewWindow('initiatives');
    const at = (as_of: Initiative['status'][number]['as_of']): Initiative => ({ ...segur, status: [{ ...segur.status[0]!, as_of }] });
    expect(currentStatus(at({ value: to, precision: 'day' })).verified).toBe(true);
    expect(currentStatus(at({ value: from, precision: 'day' })).verified).toBe(true);
    const dayBefore = new Date(Date.parse(from) - 86_400_000).toISOString().slice(0, 10);
    expect(currentStatus(at({ value: dayBefore, precision: 'day' })).verified).toBe(false);
    expect(currentStatus(at({ value: to.slice(0, 4), precision: 'year' })).verified).toBe(true);
    const bounded = { value: to, precision: 'day', bound: 'not-before', inferred: true, reasoning: { fr: 'x', en: 'x' } } as const;
    expect(currentStatus(at(bounded)).verified).toBe(false);
  });

  it('takes the last claim of a longer history', () => {
    const lussan = getById('facilities', 'centre-sante-lussan')!;
    const opened = { ...lussan.status[0]!, value: 'open' as const, as_of: { value: '2023-10', precision: 'month' as const } };
    expect(currentStatus({ ...lussan, status: [lussan.status[0]!, opened] }).value).toBe('open');
    expect(currentStatus(lussan).value).toBe('planned');
  });
});
