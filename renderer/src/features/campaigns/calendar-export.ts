import type { SaveFileResult } from '@shared/platform';
import type { Activity } from '../../db/records';
import { platform } from '../../platform';

/** Stable across exports, so re-importing the file updates events instead of duplicating them. */
export const activityUid = (activity: Pick<Activity, 'id'>) => `${activity.id}@upstream.app`;

/**
 * Writes activities as an iCalendar file through the platform's save dialog. The calendar library
 * loads only when a lead exports, keeping it out of start-up.
 */
export async function exportActivitiesAsIcs(activities: Activity[], calendarName: string, fileName: string): Promise<SaveFileResult> {
  const { buildIcs } = await import('@shared/ics');
  let text: string;
  try {
    text = buildIcs(
      activities.map((a) => ({
        uid: activityUid(a),
        title: a.title,
        date: a.date,
        startTime: a.startTime,
        durationMinutes: a.durationMinutes,
        location: a.place,
        description: a.notes,
        status: a.status,
        updatedAt: a.updatedAt,
      })),
      calendarName,
    );
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : 'Upstream could not make the calendar file.' };
  }
  try {
    return await platform.saveFile({ suggestedName: fileName, data: text, mimeType: 'text/calendar', filters: [{ name: 'Calendar', extensions: ['ics'] }] });
  } catch {
    return { status: 'failed', message: 'Upstream could not save the calendar file. Try again, or choose another folder.' };
  }
}
