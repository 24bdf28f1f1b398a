/**
 * What makes a campaign or an activity savable. Messages are plain English, keyed by field, and
 * shown beside the field; nothing is saved while any remain.
 */
import { isIsoDate } from './calendar';
import type { FieldErrors } from './school-settings';

export const TITLE_MAX = 160;

function checkTitle(errors: FieldErrors, title: string, what: string): void {
  const trimmed = title.trim();
  if (trimmed === '') errors['title'] = `Give the ${what} a title.`;
  else if (trimmed.length > TITLE_MAX) errors['title'] = `Keep the title to ${TITLE_MAX} characters or fewer.`;
}

export function validateCampaignDraft(draft: { title: string; startDate: string; endDate: string; reviewDate?: string | undefined }): FieldErrors {
  const errors: FieldErrors = {};
  checkTitle(errors, draft.title, 'campaign');
  if (!isIsoDate(draft.startDate)) errors['startDate'] = 'Enter the date the campaign starts.';
  if (!isIsoDate(draft.endDate)) errors['endDate'] = 'Enter the date the campaign ends.';
  else if (isIsoDate(draft.startDate) && draft.endDate < draft.startDate) errors['endDate'] = 'The campaign cannot end before it starts.';
  if (draft.reviewDate && !isIsoDate(draft.reviewDate)) errors['reviewDate'] = 'Enter a real date for the review, or leave it empty.';
  return errors;
}

export function validateActivityDraft(draft: { title: string; date: string; startTime?: string | undefined; durationMinutes?: number | undefined; reach?: number | undefined }): FieldErrors {
  const errors: FieldErrors = {};
  checkTitle(errors, draft.title, 'activity');
  if (!isIsoDate(draft.date)) errors['date'] = 'Enter the date of the activity.';
  if (draft.startTime && !/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.startTime)) errors['startTime'] = 'Enter a time such as 08:45, or leave it empty.';
  if (draft.durationMinutes !== undefined && (!Number.isInteger(draft.durationMinutes) || draft.durationMinutes < 1 || draft.durationMinutes > 24 * 60)) {
    errors['durationMinutes'] = 'The length must be a whole number of minutes, at least 1.';
  }
  if (draft.reach !== undefined && (!Number.isInteger(draft.reach) || draft.reach < 0)) errors['reach'] = 'Reach is how many attended: a whole number, 0 or more.';
  return errors;
}
