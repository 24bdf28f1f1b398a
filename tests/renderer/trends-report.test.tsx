/**
 * The governors' report tells its story: page 1 with headline figures (units and bases), campaigns
 * and what moved; the lead's own commentary, written on the Trends screen and saved per term; then
 * the detail, with no empty charts, no "no data" rows for weeks still to come, no repeated headings.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultEnglandTermDates } from '../../shared/calendar';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import type { CheckInSession } from '../../renderer/src/db/records';
import { commentaryProblem } from '../../renderer/src/features/trends/ReportCommentary';
import { renderTrendsAt } from './render-trends';

vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.useRealTimers());

const stamp = { createdAt: '', updatedAt: '' };

async function school() {
  const db = new UpstreamDatabase(`report-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'school', name: 'Riverside Academy', yearGroups: ['Y7', 'Y8', 'Y9'], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, ...stamp });
  // Autumn 2026: friendships 8, sleep 6 (recorded for Year 9) and anxiety 2 a week; the other topics never come up.
  const sessions: CheckInSession[] = ['2026-09-09', '2026-09-16', '2026-09-23', '2026-09-30', '2026-10-07', '2026-11-04', '2026-11-11'].map((date, i) => ({
    id: `s${i}`,
    date,
    sessionType: 'bistro-drop-in',
    counts: [
      { topic: 'friendships', count: 8 },
      { topic: 'sleep', count: 6, yearGroup: 'Y9' },
      { topic: 'anxiety', count: 2 },
    ],
    ...stamp,
  }));
  await db.checkIns.bulkAdd(sessions);
  return db;
}

describe('the governors’ report', () => {
  it('opens with headline figures with units and bases, then the detail, and nothing empty or repeated', async () => {
    const db = await school();
    const view = renderTrendsAt(db, '/print/trends/report/2026/autumn', new Date('2026-11-20T09:00:00'));
    const summary = await screen.findByRole('region', { name: 'At a glance' });
    expect(summary).toHaveTextContent('Drop-in visits: 112 visits (all topics, all year groups) in 7 teaching weeks with a session; 16.0 visits a week.');
    expect(summary).toHaveTextContent('Most common topics: friendships (56 visits), sleep (42 visits).');
    expect(summary).toHaveTextContent('Campaigns: none ran in this period.');
    const text = view.container.textContent ?? '';
    expect(text).not.toMatch(/There (are|is) only 0 weeks|no data/);
    // Weeks still to come are not charted.
    expect(text).not.toContain('Aut 13');
    const headings = [...view.container.querySelectorAll('h2, h3')].map((h) => h.textContent);
    expect(new Set(headings).size).toBe(headings.length);
    // Grouping is stated, and rare topics are in "other topics".
    expect(screen.getByTestId('report-grouping')).toHaveTextContent('Grouped for this report, so that fewer numbers need hiding: year groups into key stages; topics with fewer than 5 visits in both periods into “other topics”');
  });

  it('prints the lead’s commentary for the term, written and saved on the Trends screen', async () => {
    const db = await school();
    const user = userEvent.setup({ advanceTimers: () => undefined });
    const trends = renderTrendsAt(db, '/trends?year=2026&term=autumn', new Date('2026-11-20T09:00:00'));
    const box = await screen.findByRole('textbox', { name: 'Commentary' }, { timeout: 20_000 });
    await user.type(box, 'Call me on 07700 900123');
    await user.click(screen.getByRole('button', { name: 'Save commentary' }));
    expect(await screen.findByText(/looks as if it holds a phone/)).toBeInTheDocument();
    expect((await db.settings.get('school'))?.reportCommentary).toBeUndefined();
    await user.clear(box);
    await user.type(box, 'Sleep came up most after half term; we will repeat the assembly in spring.');
    await user.click(screen.getByRole('button', { name: 'Save commentary' }));
    expect(await screen.findByText('Saved for the Autumn term 2026/27.')).toBeInTheDocument();
    expect((await db.settings.get('school'))?.reportCommentary).toEqual({ '2026-autumn': 'Sleep came up most after half term; we will repeat the assembly in spring.' });
    trends.unmount();
    renderTrendsAt(db, '/print/trends/report/2026/autumn', new Date('2026-11-20T09:00:00'));
    const section = await screen.findByRole('region', { name: 'From the wellbeing lead' });
    expect(within(section).getByText(/Sleep came up most after half term/)).toBeInTheDocument();
  });

  it('refuses commentary that identifies someone, and commentary that is too long', () => {
    expect(commentaryProblem('Ask jo.bloggs@school.org.uk')).toMatch(/an email address/);
    expect(commentaryProblem('x'.repeat(4001))).toMatch(/under 4,000 characters/);
    expect(commentaryProblem('Exam stress rose before mocks.')).toBeNull();
  });
});
