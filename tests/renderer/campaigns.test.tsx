import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultEnglandTermDates } from '@shared/calendar';
import { UpstreamDatabase } from '../../renderer/src/db/database';
import { DatabaseProvider } from '../../renderer/src/db/DatabaseContext';
import type { Activity, Campaign } from '../../renderer/src/db/records';
import { ActivityEditorScreen } from '../../renderer/src/features/campaigns/ActivityEditor';
import { CampaignEditorScreen } from '../../renderer/src/features/campaigns/CampaignEditor';
import { CampaignPage } from '../../renderer/src/features/campaigns/CampaignPage';
import { CampaignsScreen } from '../../renderer/src/features/campaigns/CampaignsScreen';
import { TemplatesScreen } from '../../renderer/src/features/campaigns/TemplatesScreen';
import { plannerEntries } from '../../renderer/src/features/campaigns/YearPlannerScreen';
import { ToastProvider } from '../../renderer/src/ui/Toasts';

// Typing into several fields takes a few seconds on a busy 2-core machine: give each story room.
const SLOW = { timeout: 30_000 };
configure({ asyncUtilTimeout: 5_000 });

let db: UpstreamDatabase;
beforeEach(async () => {
  db = new UpstreamDatabase(`campaigns-ui-${crypto.randomUUID()}`);
  await db.open();
  const at = new Date().toISOString();
  await db.settings.put({
    id: 'school',
    name: 'Riverside Academy',
    yearGroups: ['Y7', 'Y8', 'Y9', 'Y10', 'Y11'],
    academicYears: [defaultEnglandTermDates(2026), defaultEnglandTermDates(2027)],
    suppressionThreshold: 5,
    createdAt: at,
    updatedAt: at,
  });
});
afterEach(() => vi.restoreAllMocks());

function renderAt(path: string) {
  return render(
    <DatabaseProvider db={db}>
      <ToastProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/campaigns" element={<CampaignsScreen />} />
            <Route path="/campaigns/new" element={<CampaignEditorScreen />} />
            <Route path="/campaigns/templates" element={<TemplatesScreen />} />
            <Route path="/campaigns/:campaignId" element={<CampaignPage />} />
            <Route path="/campaigns/:campaignId/activities/new" element={<ActivityEditorScreen />} />
            <Route path="/campaigns/:campaignId/activities/:activityId" element={<ActivityEditorScreen />} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </DatabaseProvider>,
  );
}

const at = '2026-11-01T00:00:00.000Z';
function campaign(id: string, patch: Partial<Campaign> = {}): Campaign {
  return { id, title: id, theme: 'sleep', audiences: ['pupils'], yearGroups: ['Y7'], startDate: '2026-11-02', endDate: '2026-12-18', partnerIds: [], status: 'planned', createdAt: at, updatedAt: at, ...patch };
}
function activity(id: string, campaignId: string, patch: Partial<Activity> = {}): Activity {
  return { id, campaignId, type: 'assembly', title: id, date: '2026-11-10', partnerIds: [], audiences: ['pupils'], yearGroups: ['Y7'], status: 'planned', createdAt: at, updatedAt: at, ...patch };
}

describe('the campaign list', () => {
  beforeEach(async () => {
    await db.campaigns.bulkAdd([
      campaign('Sleep well this winter', { why: 'Pupils say they are tired.' }),
      campaign('Calm before mocks', { theme: 'exam-stress', yearGroups: ['Y11'], startDate: '2027-01-11', endDate: '2027-02-12', lead: 'Mr Hughes' }),
      campaign('Friendship week', { theme: 'friendships', status: 'finished', startDate: '2026-09-14', endDate: '2026-09-18' }),
      campaign('Old sleep campaign', { status: 'archived', startDate: '2025-11-03', endDate: '2025-12-12' }),
    ]);
  });

  it('searches titles and the evidence, and filters by status, theme and term', SLOW, async () => {
    const user = userEvent.setup();
    renderAt('/campaigns');
    const count = await screen.findByText('3 campaigns');
    const titles = () => within(screen.getByRole('table')).getAllByRole('link').map((l) => l.textContent);
    expect(titles()).toEqual(['Calm before mocks', 'Sleep well this winter', 'Friendship week']);

    await user.type(screen.getByRole('searchbox', { name: 'Search campaigns' }), 'tired');
    await waitFor(() => expect(count).toHaveTextContent('1 campaign'));
    expect(titles()).toEqual(['Sleep well this winter']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search campaigns' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search campaigns' }), 'HUGHES');
    await waitFor(() => expect(titles()).toEqual(['Calm before mocks']));
    await user.clear(screen.getByRole('searchbox', { name: 'Search campaigns' }));

    await user.selectOptions(screen.getByLabelText('Status'), 'All');
    await waitFor(() => expect(count).toHaveTextContent('4 campaigns'));
    await user.selectOptions(screen.getByLabelText('Theme'), 'Sleep');
    await waitFor(() => expect(titles()).toEqual(['Sleep well this winter', 'Old sleep campaign']));
    await user.selectOptions(screen.getByLabelText('Term'), 'Autumn 2026/27');
    await waitFor(() => expect(titles()).toEqual(['Sleep well this winter']));
    await user.selectOptions(screen.getByLabelText('Theme'), 'Exam stress');
    expect(await screen.findByText('No campaigns match. Try another search or filter.')).toBeInTheDocument();
  });
});

describe('the activity editor', () => {
  it('warns about a date outside the campaign, in half term, or clashing for a year group, and still saves', SLOW, async () => {
    const user = userEvent.setup();
    await db.campaigns.add(campaign('c1', { title: 'Sleep well this winter', yearGroups: ['Y7', 'Y8'] }));
    await db.campaigns.add(campaign('c2', { title: 'Friendship week' }));
    await db.activities.add(activity('a-other', 'c2', { title: 'Friendship assembly', date: '2026-11-12', yearGroups: ['Y7'] }));
    renderAt('/campaigns/c1/activities/new');
    await user.type(await screen.findByLabelText('Activity title'), 'Sleep assembly');

    const date = screen.getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-10-28');
    expect(await screen.findByText('This falls in the October half term.')).toBeInTheDocument();
    expect(screen.getByText(/This is outside the campaign’s dates \(2 November to 18 December 2026\)\./)).toBeInTheDocument();

    await user.clear(date);
    await user.type(date, '2026-11-12');
    expect(await screen.findByText('Year 7 already has “Friendship assembly” on this day.')).toBeInTheDocument();
    expect(screen.queryByText(/half term/)).not.toBeInTheDocument();
    // Only for the year groups that overlap: Year 8 alone does not clash.
    await user.click(screen.getByRole('checkbox', { name: 'Year 7' }));
    await waitFor(() => expect(screen.queryByText(/already has/)).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeInTheDocument();
    expect(await db.activities.where('campaignId').equals('c1').count()).toBe(1);
  });

  it('offers to start a campaign from a community conversation’s concerns, pre-filled', SLOW, async () => {
    const user = userEvent.setup();
    await db.campaigns.add(campaign('c1', { title: 'Sofa conversations', theme: 'other', audiences: ['community'] }));
    await db.partners.add({ id: 'p1', name: 'Brookfield Community Centre', kind: 'community-group', createdAt: at, updatedAt: at });
    await db.activities.add(
      activity('a1', 'c1', { type: 'community-conversation', title: 'Sofa conversation at the centre', date: '2026-11-19', partnerIds: ['p1'], concernsHeard: ['Closed health centre', 'Transport to appointments'] }),
    );
    renderAt('/campaigns/c1/activities/a1');
    await user.click(await screen.findByRole('link', { name: 'Start a campaign from these concerns' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'New campaign' })).toBeInTheDocument();
    expect(screen.getByText(/Started from the concerns heard at “Sofa conversation at the centre”/)).toBeInTheDocument();
    expect(screen.getByLabelText('Why: the evidence that prompted it')).toHaveValue(
      'Concerns heard at “Sofa conversation at the centre” on 19 November 2026:\n- Closed health centre\n- Transport to appointments',
    );
    expect(screen.getByLabelText('Theme')).toHaveValue('other');
    expect(screen.getByRole('checkbox', { name: 'Community' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Pupils' })).not.toBeChecked();
    expect(await screen.findByRole('checkbox', { name: 'Brookfield Community Centre' })).toBeChecked();

    await user.type(screen.getByLabelText('Title'), 'Getting to appointments');
    await user.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Getting to appointments' })).toBeInTheDocument();
    const created = (await db.campaigns.toArray()).find((c) => c.title === 'Getting to appointments')!;
    expect(created).toMatchObject({ theme: 'other', audiences: ['community'], status: 'idea', partnerIds: ['p1'] });
    expect(created.why).toContain('- Transport to appointments');
  });
});

describe('errors from actions are shown, never swallowed', () => {
  it('says so when deleting a campaign or marking an activity done fails, and keeps the page', SLOW, async () => {
    await db.campaigns.add(campaign('c1', { title: 'Sleep well this winter' }));
    await db.activities.add(activity('a1', 'c1', { title: 'Launch assembly' }));
    renderAt('/campaigns/c1');
    await screen.findByRole('heading', { level: 1, name: 'Sleep well this winter' });

    const failure = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db, 'transaction').mockRejectedValue(failure);
    // fireEvent: user-event's click waits on timers in a way that stalls while Dexie is mocked here.
    fireEvent.click(screen.getByRole('button', { name: 'Mark “Launch assembly” done' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Upstream could not mark “Launch assembly” done. This computer is running out of space');

    fireEvent.click(screen.getByRole('button', { name: 'Delete campaign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Upstream could not delete “Sleep well this winter”.');
    expect(screen.getByRole('heading', { level: 1, name: 'Sleep well this winter' })).toBeInTheDocument();
    vi.restoreAllMocks();
    expect(await db.campaigns.count()).toBe(1);
    expect((await db.activities.get('a1'))?.status).toBe('planned');
  });

  it('explains that copying to next year is for finished campaigns', SLOW, async () => {
    await db.campaigns.add(campaign('c1', { title: 'Sleep well this winter', status: 'running' }));
    renderAt('/campaigns/c1');
    expect(await screen.findByText(/When this campaign is finished \(set its status to Finished\), you can copy it into next year/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy to next year' })).not.toBeInTheDocument();
  });
});

describe('templates', () => {
  it('refuses a damaged template file with a clear message, then adds a good one the lead can delete and undo', SLOW, async () => {
    const user = userEvent.setup();
    renderAt('/campaigns/templates');
    expect(await screen.findByRole('heading', { level: 2, name: 'Built-in templates' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Sleep well this winter' })).toBeInTheDocument();
    expect(screen.getByText(/None yet/)).toBeInTheDocument();

    const input = screen.getByLabelText('Template file');
    await user.upload(input, new File(['{ "format": "something else" }'], 'broken.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“broken.json” was not imported. This template file is damaged or not an Upstream campaign template.');
    expect(await db.campaignTemplates.count()).toBe(0);

    const good = {
      format: 'upstream-campaign-template',
      formatVersion: 1,
      id: 'kindness-week',
      title: 'Kindness week',
      theme: 'friendships',
      audiences: ['pupils'],
      suggestedYearGroups: ['Y7'],
      durationWeeks: 1,
      activities: [{ type: 'assembly', title: 'Kindness assembly', weekOffset: 0, weekday: 1, audiences: ['pupils'], yearGroups: 'campaign' }],
    };
    await user.upload(input, new File([JSON.stringify(good)], 'kindness.json', { type: 'application/json' }));
    expect(await screen.findByText('Added your template “Kindness week”.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Kindness week' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete the template Kindness week' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Kindness week' })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Kindness week' })).toBeInTheDocument();
  });
});

describe('the year planner’s rows', () => {
  it('groups activities by the Monday of their week in time order, with day warnings and same-day clashes', () => {
    const years = [defaultEnglandTermDates(2026)];
    const titles = new Map([['c1', 'Sleep well this winter']]);
    const byWeek = plannerEntries(
      [
        activity('late', 'c1', { title: 'Parent workshop', date: '2026-11-12', startTime: '18:00', yearGroups: ['Y7'] }),
        activity('early', 'c1', { title: 'PSHE lesson', date: '2026-11-12', startTime: '11:00', yearGroups: ['Y7', 'Y8'] }),
        activity('monday', 'c1', { title: 'Launch assembly', date: '2026-11-09', startTime: '08:45', yearGroups: ['Y9'] }),
        activity('half-term', 'c1', { title: 'Drop-in', date: '2026-10-28', yearGroups: ['Y9'] }),
        activity('cancelled', 'c1', { title: 'Cancelled talk', date: '2026-11-12', yearGroups: ['Y7'], status: 'cancelled' }),
      ],
      years,
      titles,
    );
    const week = byWeek.get('2026-11-09')!;
    // All-day items (no start time) come first on their day.
    expect(week.map((e) => e.id)).toEqual(['monday', 'cancelled', 'early', 'late']);
    expect(week[0]).toMatchObject({ href: '#/campaigns/c1/activities/monday', meta: 'Monday 9 November 08:45 · Assembly · Year 9 · Sleep well this winter', warnings: [] });
    expect(week[1]!.warnings).toEqual([]);
    expect(week[2]!.warnings).toEqual(['Year 7 already has “Parent workshop” on this day.']);
    expect(week[3]!.warnings).toEqual(['Year 7 already has “PSHE lesson” on this day.']);
    expect(byWeek.get('2026-10-26')![0]!.warnings).toEqual(['This falls in the October half term.']);
  });
});
