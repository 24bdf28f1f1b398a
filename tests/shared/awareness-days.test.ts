import { describe, expect, it } from 'vitest';
import { AWARENESS_DAY_RULES, awarenessDayIn, awarenessDaysBetween } from '../../shared/awareness-days';

const on = (id: string, year: number) => {
  const rule = AWARENESS_DAY_RULES.find((r) => r.id === id)!;
  const day = awarenessDayIn(rule, year);
  return [day.start, day.end];
};

describe('awareness days', () => {
  it('each has a rule and an https source', () => {
    expect(AWARENESS_DAY_RULES.map((r) => r.title)).toEqual([
      'Time to Talk Day',
      'Children’s Mental Health Week',
      'World Sleep Day',
      'Mental Health Awareness Week',
      'World Mental Health Day',
      'Anti-Bullying Week',
    ]);
    for (const rule of AWARENESS_DAY_RULES) {
      expect(rule.source.url).toMatch(/^https:\/\//);
      expect(rule.rule.length).toBeGreaterThan(10);
    }
  });

  it('match the dates the organisers published', () => {
    expect(on('world-sleep-day', 2024)).toEqual(['2024-03-15', '2024-03-15']);
    expect(on('world-sleep-day', 2025)).toEqual(['2025-03-14', '2025-03-14']);
    expect(on('world-sleep-day', 2026)).toEqual(['2026-03-13', '2026-03-13']); // 20 March 2026 is itself a Friday
    expect(on('time-to-talk-day', 2024)).toEqual(['2024-02-01', '2024-02-01']);
    expect(on('time-to-talk-day', 2025)).toEqual(['2025-02-06', '2025-02-06']);
    expect(on('childrens-mental-health-week', 2024)).toEqual(['2024-02-05', '2024-02-11']);
    expect(on('childrens-mental-health-week', 2025)).toEqual(['2025-02-03', '2025-02-09']);
    expect(on('childrens-mental-health-week', 2026)).toEqual(['2026-02-09', '2026-02-15']);
    expect(on('mental-health-awareness-week', 2024)).toEqual(['2024-05-13', '2024-05-19']);
    expect(on('mental-health-awareness-week', 2025)).toEqual(['2025-05-12', '2025-05-18']);
    expect(on('world-mental-health-day', 2026)).toEqual(['2026-10-10', '2026-10-10']);
    expect(on('anti-bullying-week', 2024)).toEqual(['2024-11-11', '2024-11-15']);
    expect(on('anti-bullying-week', 2025)).toEqual(['2025-11-10', '2025-11-14']);
  });

  it('are listed for a school year in date order', () => {
    expect(awarenessDaysBetween('2026-08-27', '2027-07-21').map((d) => `${d.start} ${d.title}`)).toEqual([
      '2026-10-10 World Mental Health Day',
      '2026-11-09 Anti-Bullying Week',
      '2027-02-01 Children’s Mental Health Week',
      '2027-02-04 Time to Talk Day',
      '2027-03-19 World Sleep Day',
      '2027-05-10 Mental Health Awareness Week',
    ]);
  });
});
