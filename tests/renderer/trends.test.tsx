import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// These stories click through whole screens; on a busy 2-core machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });
import { defaultEnglandTermDates } from '../../shared/calendar';
import { suppressCount } from '../../shared/suppression';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import { CheckInEditorScreen } from '../../renderer/src/features/trends/CheckInEditor';
import { CheckInsScreen } from '../../renderer/src/features/trends/CheckInsScreen';
import { CsvClientContext, createInProcessCsvClient } from '../../renderer/src/features/trends/csv-client';
import { SurveyImportScreen } from '../../renderer/src/features/trends/SurveyImportScreen';
import { TrendChart } from '../../renderer/src/features/trends/TrendChart';
import { TrendsSettingsSection } from '../../renderer/src/features/trends/TrendsSettingsSection';
import { ToastProvider } from '../../renderer/src/ui/Toasts';

let db: UpstreamDatabase;

beforeEach(async () => {
  db = new UpstreamDatabase(`trends-ui-${crypto.randomUUID()}`);
  await db.open();
  await db.settings.put({ id: 'school', name: 'Riverside Academy', yearGroups: ['Y7', 'Y8', 'Y9'], academicYears: [defaultEnglandTermDates(2026)], suppressionThreshold: 5, createdAt: '', updatedAt: '' });
});

function renderAt(path: string, routes: ReactNode) {
  return render(
    <DatabaseProvider db={db}>
      <ToastProvider>
        <CsvClientContext.Provider value={createInProcessCsvClient}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>{routes}</Routes>
          </MemoryRouter>
        </CsvClientContext.Provider>
      </ToastProvider>
    </DatabaseProvider>,
  );
}

describe('the tally screen', () => {
  it('counts with buttons, arrow keys and typed digits, and saves the session in one write with undo', async () => {
    const user = userEvent.setup();
    renderAt(
      '/trends/check-ins/new',
      <>
        <Route path="/trends/check-ins/new" element={<CheckInEditorScreen />} />
        <Route path="/trends/check-ins" element={<CheckInsScreen />} />
      </>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Record a drop-in' })).toBeInTheDocument();
    // Every default topic has a labelled counter.
    for (const topic of ['sleep', 'friendships', 'exam stress', 'family', 'anxiety', 'low mood', 'bullying', 'online', 'other']) {
      expect(screen.getByRole('spinbutton', { name: topic })).toHaveValue(0);
      expect(screen.getByRole('button', { name: `Add one ${topic}` })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Add one sleep' }));
    await user.click(screen.getByRole('button', { name: 'Add one sleep' }));
    await user.click(screen.getByRole('button', { name: 'Add one sleep' }));
    await user.click(screen.getByRole('button', { name: 'Remove one sleep' }));
    expect(screen.getByRole('spinbutton', { name: 'sleep' })).toHaveValue(2);
    // Removing below zero does nothing.
    await user.click(screen.getByRole('button', { name: 'Remove one family' }));
    expect(screen.getByRole('spinbutton', { name: 'family' })).toHaveValue(0);
    // Typed digits and the arrow keys.
    await user.click(screen.getByRole('spinbutton', { name: 'friendships' }));
    await user.keyboard('12');
    expect(screen.getByRole('spinbutton', { name: 'friendships' })).toHaveValue(12);
    await user.click(screen.getByRole('spinbutton', { name: 'anxiety' }));
    await user.keyboard('{ArrowUp}{ArrowUp}+{ArrowDown}');
    expect(screen.getByRole('spinbutton', { name: 'anxiety' })).toHaveValue(2);
    expect(screen.getByText('16 visits so far')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '2026-11-24');
    await user.selectOptions(screen.getByLabelText('Session type'), 'Group session');
    await user.click(screen.getByRole('button', { name: 'Save session' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Drop-in sessions' })).toBeInTheDocument();
    const saved = await db.checkIns.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ date: '2026-11-24', sessionType: 'group-session', counts: [{ topic: 'sleep', count: 2 }, { topic: 'friendships', count: 12 }, { topic: 'anxiety', count: 2 }] });
    // The list shows the total, and small totals would be suppressed.
    expect(await screen.findByRole('row', { name: /24 November 2026 Group session 16 sleep, friendships, anxiety/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.checkIns.count()).toBe(0));
  });

  it('refuses to save a session with no visits, and writes nothing', async () => {
    const user = userEvent.setup();
    renderAt('/trends/check-ins/new', <Route path="/trends/check-ins/new" element={<CheckInEditorScreen />} />);
    await user.click(await screen.findByRole('button', { name: 'Save session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Add at least one visit before saving. Nothing has been saved yet.');
    expect(await db.checkIns.count()).toBe(0);
  });

  it('counts by year group when asked, with a counter per topic and year', async () => {
    const user = userEvent.setup();
    renderAt('/trends/check-ins/new', <Route path="/trends/check-ins/new" element={<CheckInEditorScreen />} />);
    await user.click(await screen.findByRole('checkbox', { name: 'Count by year group' }));
    await user.click(screen.getByRole('button', { name: 'Add one sleep, Year 9' }));
    await user.click(screen.getByRole('button', { name: 'Add one sleep, year not known' }));
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    await waitFor(async () => expect(await db.checkIns.count()).toBe(1));
    expect((await db.checkIns.toArray())[0]!.counts).toEqual([
      { topic: 'sleep', yearGroup: 'Y9', count: 1 },
      { topic: 'sleep', count: 1 },
    ]);
  });
});

describe('the survey import wizard', () => {
  const csv = [
    '\uFEFFID;Email;Name;Year;How often do you have trouble sleeping?;Comments',
    ...Array.from({ length: 24 }, (_, i) => `${i + 1};p${i}@school.org;Pupil ${String.fromCharCode(65 + i)}dams;${['Year 9', 'Y9', '9', 'Year 8'][i % 4]};${['Often', 'Never', 'Sometimes'][i % 3]};"tired ${i}\nreally"`),
  ].join('\r\n');

  it('reads, masks, maps, shows what will be stored, and stores counts only on confirm', async () => {
    const user = userEvent.setup();
    renderAt('/trends/surveys/import', <Route path="/trends/surveys/import" element={<SurveyImportScreen />} />);
    await user.upload(await screen.findByLabelText('Survey file (CSV)'), new File([csv], 'forms.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/24 responses/)).toBeInTheDocument();
    expect(screen.getByText(/separated by semicolons/)).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: /The first 5 responses/ });
    expect(preview).not.toHaveTextContent('@');
    expect(preview).not.toHaveTextContent('Pupil');
    expect(within(preview).getAllByText('(hidden: email)')).toHaveLength(5);
    expect(await db.surveyWaves.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Next: choose questions' }));
    expect(screen.getByLabelText('Which column is the year group?')).toHaveValue('3');
    await user.type(screen.getByLabelText('Survey name'), 'Autumn check-in survey');
    await user.click(screen.getByRole('button', { name: 'Next: check what will be stored' }));
    expect(await screen.findByText('Choose at least one question to keep.')).toBeInTheDocument();
    const question = screen.getByRole('group', { name: 'How often do you have trouble sleeping?' });
    await user.click(within(question).getByRole('checkbox', { name: 'Keep this question' }));
    await user.click(within(question).getByRole('checkbox', { name: /^Often/ }));
    await user.click(screen.getByRole('button', { name: 'Next: check what will be stored' }));

    expect(await screen.findByRole('heading', { name: 'What will be stored' })).toBeInTheDocument();
    const stored = screen.getByRole('table', { name: /How often do you have trouble sleeping\?/ });
    expect(within(stored).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Answer', 'Year 8', 'Year 9']);
    expect(stored).toHaveTextContent('fewer than 5');
    expect(screen.getByRole('list', { name: 'Columns Upstream will not keep' })).toHaveTextContent('Email: identifying: email');
    expect(screen.getByRole('list', { name: 'Columns Upstream will not keep' })).toHaveTextContent('Comments: free text');
    expect(await db.surveyWaves.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Store these counts' }));
    expect(await screen.findByText(/from 24 responses as “Autumn check-in survey”/)).toBeInTheDocument();
    const results = await db.surveyResults.toArray();
    expect(results.reduce((n, r) => n + r.count, 0)).toBe(24);
    expect(JSON.stringify(await db.surveyWaves.toArray())).not.toMatch(/@|Pupil|tired/);
  });

  it('names the row and column of a year group it cannot read, and stores nothing', async () => {
    const user = userEvent.setup();
    renderAt('/trends/surveys/import', <Route path="/trends/surveys/import" element={<SurveyImportScreen />} />);
    const bad = 'Year group,Q\nYear 9,Often\nYear 9,Never\nStaff,Often\n';
    await user.upload(await screen.findByLabelText('Survey file (CSV)'), new File([bad], 'bad.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Next: choose questions' }));
    expect(screen.getByText('Row 4, column “Year group”: “Staff” (fewer than 5 responses)')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Survey name'), 'Test');
    const q = screen.getByRole('group', { name: 'Q' });
    await user.click(within(q).getByRole('checkbox', { name: 'Keep this question' }));
    await user.click(within(q).getByRole('checkbox', { name: /^Often/ }));
    await user.click(screen.getByRole('button', { name: 'Next: check what will be stored' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Row 4, column “Year group”: “Staff” is not a year group Upstream recognises');
    expect(await db.surveyWaves.count()).toBe(0);
  });

  it('refuses an empty file and a header with no responses, in words', async () => {
    const user = userEvent.setup();
    renderAt('/trends/surveys/import', <Route path="/trends/surveys/import" element={<SurveyImportScreen />} />);
    await user.upload(await screen.findByLabelText('Survey file (CSV)'), new File(['Year,Q\n'], 'empty.csv', { type: 'text/csv' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file has a header row but no responses.');
    expect(await db.surveyWaves.count()).toBe(0);
  });
});

describe('charts', () => {
  it('never shows a suppressed value: a marker and “fewer than 5” instead, with the numbers in a table behind a button', async () => {
    const user = userEvent.setup();
    render(
      <TrendChart
        title="Visits by week"
        kind="bar"
        categoryLabel="Week"
        categories={['Aut 1', 'Aut 2']}
        series={[{ key: 'v', label: 'Visits', cells: [suppressCount(3, 5), suppressCount(12, 5)] }]}
        valueLabel="Visits"
        summary="Bar chart of visits: Aut 1 fewer than 5, Aut 2 12."
        threshold={5}
      />,
    );
    expect(screen.getByRole('img', { name: 'Bar chart of visits: Aut 1 fewer than 5, Aut 2 12.' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['WeekVisits', 'Aut 1fewer than 5', 'Aut 212']);
    expect(document.body.textContent).not.toMatch(/\b3\b/);
    expect(screen.getByText(/Hatched marks: fewer than 5/)).toBeInTheDocument();
  });
});

describe('settings: the school’s topics', () => {
  it('edits the topic list and refuses an identifying label', async () => {
    const user = userEvent.setup();
    renderAt('/settings', <Route path="/settings" element={<TrendsSettingsSection />} />);
    expect(await screen.findByLabelText('Topic 1')).toHaveValue('sleep');
    await user.click(screen.getByRole('button', { name: 'Remove bullying' }));
    await user.click(screen.getByRole('button', { name: 'Add a topic' }));
    await user.type(screen.getByLabelText('Topic 9'), 'ring 07700 900123');
    await user.click(screen.getByRole('button', { name: 'Save topics' }));
    expect(await screen.findByText(/This topic looks like a phone/)).toBeInTheDocument();
    expect((await db.settings.get('school'))!.checkInTopics).toBeUndefined();
    await user.clear(screen.getByLabelText('Topic 9'));
    await user.type(screen.getByLabelText('Topic 9'), 'Revision');
    await user.click(screen.getByRole('button', { name: 'Save topics' }));
    expect(await screen.findByText('Topics saved.')).toBeInTheDocument();
    expect((await db.settings.get('school'))!.checkInTopics).toEqual(['sleep', 'friendships', 'exam stress', 'family', 'anxiety', 'low mood', 'online', 'other', 'revision']);
  });
});

describe('suppression across the numbers on one screen', () => {
  const years = [defaultEnglandTermDates(2026)];
  const weeks = [
    // week total 12 = friendships 6 + sleep 5 + exam stress 1: "All topics" minus the shown topics would give exam stress away.
    { date: '2026-09-09', counts: [{ topic: 'friendships', count: 6 }, { topic: 'sleep', count: 5 }, { topic: 'exam stress', count: 1 }] },
    { date: '2026-09-16', counts: [{ topic: 'friendships', count: 8 }, { topic: 'sleep', count: 7 }, { topic: 'exam stress', count: 6 }] },
    { date: '2026-09-23', counts: [{ topic: 'friendships', count: 9 }, { topic: 'sleep', count: 6 }, { topic: 'exam stress', count: 7 }] },
  ].map((w) => ({ ...w, sessionType: 'bistro-drop-in' }));

  const data = (sessions: typeof weeks) => ({ sessions, years, waves: [], results: [], indicators: [], campaigns: [], assumedYears: [] });
  const settings = { yearGroups: ['Y7', 'Y8', 'Y9'] as const as ('Y7' | 'Y8' | 'Y9')[] };

  it('hides a second week wherever the period total shown on the same screen would give a hidden one away', async () => {
    const { dashboardView, weeklyChart } = await import('../../renderer/src/features/trends/chart-models');
    // Exam stress: 1, 6 and 7 visits. The topics table shows the term's 14, so 14 − 6 − 7 would reveal the 1.
    const selection = { academicYear: 2026, term: 'autumn' as const, topic: 'exam stress', yearGroup: null };
    const chart = weeklyChart(dashboardView(data(weeks), settings, selection, 5, '2026-12-18', null), selection, years);
    const cells = chart.series[0]!.cells.slice(1, 4) as { text: string; hidden: boolean }[];
    expect(cells[0]!.text).toBe('fewer than 5');
    expect(cells.filter((c) => c.hidden).length).toBeGreaterThanOrEqual(2);
    expect(cells.filter((c) => c.text === 'hidden').length).toBeGreaterThanOrEqual(1);
    // All topics: 12, 21 and 22 are all shown.
    const all = { ...selection, topic: null };
    const allChart = weeklyChart(dashboardView(data(weeks), settings, all, 5, '2026-12-18', null), all, years);
    expect(allChart.series.map((s) => s.label)).toEqual(['All topics']);
    expect((allChart.series[0]!.cells.slice(1, 4) as { text: string }[]).map((c) => c.text)).toEqual(['12', '21', '22']);
  });
});

describe('the chart Trends opens with is worked out ahead', () => {
  const years = [defaultEnglandTermDates(2026)];
  const sessions = [
    { date: '2026-09-09', sessionType: 'bistro-drop-in', counts: [{ topic: 'sleep', count: 6 }] },
    { date: '2026-10-14', sessionType: 'bistro-drop-in', counts: [{ topic: 'sleep', count: 8 }] },
  ];
  const today = new Date('2026-11-24T09:00:00');

  it('chooses this year and this term by default, and what the address asks for otherwise', async () => {
    const { trendSelection } = await import('../../renderer/src/features/trends/chart-models');
    expect(trendSelection(new URLSearchParams(), sessions, years, today)).toEqual({ available: [2026], selection: { academicYear: 2026, term: 'autumn', topic: null, yearGroup: null } });
    expect(trendSelection(new URLSearchParams('term=year&topic=sleep&group=Y9'), sessions, years, today).selection).toEqual({ academicYear: 2026, term: null, topic: 'sleep', yearGroup: 'Y9' });
    // A year without data is not offered, so the default stands.
    expect(trendSelection(new URLSearchParams('year=2019'), sessions, years, today).selection.academicYear).toBe(2026);
  });

  it('keeps the default view from the Dashboard’s idle time until the sessions change', async () => {
    const { dashboardView, primeFirstChart, trendSelection } = await import('../../renderer/src/features/trends/chart-models');
    const data = { sessions, years, waves: [], results: [], indicators: [], campaigns: [], assumedYears: [] };
    const settings = { yearGroups: [] };
    primeFirstChart(data, settings, 5, today);
    const { selection } = trendSelection(new URLSearchParams(), sessions, years, today);
    const first = dashboardView(data, settings, selection, 5, '2026-11-24', null);
    expect(dashboardView(data, settings, selection, 5, '2026-11-24', null)).toBe(first);
    // Other choices, another threshold or a new list of sessions are worked out afresh, and agree.
    expect(dashboardView(data, settings, selection, 10, '2026-11-24', null)).not.toBe(first);
    const again = dashboardView({ ...data, sessions: [...sessions] }, settings, selection, 5, '2026-11-24', null);
    expect(again).not.toBe(first);
    expect(again.chart).toEqual(first.chart);
  });
});
