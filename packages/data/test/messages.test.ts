import { describe, expect, it } from 'vitest';
import { events, initiatives, territories, validate, validateTerritory, describeErrors } from '../dist/index.js';

// The validators' messages as shipped: one per problem, the field, the value received and what is allowed.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a copy to break on purpose
const clone = (value: unknown): any => JSON.parse(JSON.stringify(value));
const withPeriod = () => clone(initiatives.find((initiative) => initiative.period?.start)!);

describe('validate', () => {
  it('says once, in plain words, that a date is not a date, and how to write one', () => {
    const initiative = withPeriod();
    initiative.period.start = { value: '22/11/2024', precision: 'day' };
    expect(validate('initiatives', initiative)).toEqual([
      { path: '/period/start/value', message: '"22/11/2024" is not a date — write 2024-11-22, 2024-11 or 2024 with precision day, month or year' },
    ]);
    initiative.period.start = { value: '2024-02-30', precision: 'day' };
    expect(validate('initiatives', initiative)).toHaveLength(1);
    initiative.period.start = { value: '2024-11', precision: 'day' };
    expect(validate('initiatives', initiative)[0]!.message).toContain('set precision "month"');
  });

  it('allows early, mid or late only on a date known to the month', () => {
    const initiative = withPeriod();
    for (const precision of ['day', 'year'] as const) {
      initiative.period.start = { value: precision === 'day' ? '2024-11-22' : '2024', precision, approximation: 'late' };
      const errors = validate('initiatives', initiative);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toContain('only for a date known to the month');
    }
    initiative.period.start = { value: '2024-11', precision: 'month', approximation: 'late' };
    expect(validate('initiatives', initiative)).toEqual([]);
  });

  it('checks that an INSEE code has the length of its level, and says which', () => {
    const commune = clone(territories.find((territory) => territory.level === 'commune')!);
    commune.code = '11';
    expect(validate('territories', commune)).toEqual([{ path: '/code', message: '"11" is not the INSEE code of a commune — write 5 characters (11069, 2A004)' }]);
    const region = clone(territories.find((territory) => territory.level === 'region')!);
    region.code = '2A';
    expect(validateTerritory(region)).toBe(false);
    expect(describeErrors(validateTerritory.errors ?? [], region)[0]!.message).toContain('region — write 2 digits');
  });

  it('names the field and the value for a missing field, an unknown one, a wrong enum value and a participant with both ids', () => {
    const event = clone(events[0]!);
    delete event.title;
    event.colour = 'red';
    event.kind = 'party';
    event.actors = [{ organisation: 'a', person: 'b', role: 'partner', citation: event.citations[0] }];
    expect(validate('events', event)).toEqual([
      { path: '/title', message: 'missing — this field is required' },
      { path: '/colour', message: 'unknown field (value "red") — remove it or check its spelling' },
      { path: '/kind', message: expect.stringMatching(/^"party" is not allowed — use one of "signature", /) },
      { path: '/actors/0', message: 'give an organisation or a person — exactly one of the two' },
    ]);
  });

  it('accepts every published record', () => {
    for (const initiative of initiatives) expect(validate('initiatives', initiative)).toEqual([]);
    for (const territory of territories) expect(validate('territories', territory)).toEqual([]);
  });
});
