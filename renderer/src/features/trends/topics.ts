/**
 * The school's own drop-in topics (Settings). Kept apart from queries.ts so the Settings screen,
 * which loads at start-up, does not bring the CSV reader and chart code with it.
 */
import { cleanTopic, validateTopics } from '@shared/tally-import';
import type { UpstreamDatabase } from '../../db/database';
import { SCHOOL_SETTINGS_ID } from '../settings/queries';
import { TrendsValidationError } from './errors';

/** Saves the topic list (cleaned) in one write. Past tallies keep the words they were saved with. */
export async function saveTopics(db: UpstreamDatabase, topics: string[]): Promise<string[]> {
  const errors = validateTopics(topics);
  if (Object.keys(errors).length > 0) throw new TrendsValidationError(errors);
  const clean = topics.map(cleanTopic);
  await db.transaction('rw', db.settings, async () => {
    const settings = await db.settings.get(SCHOOL_SETTINGS_ID);
    if (!settings) throw new Error('Set up the school first.');
    await db.settings.put({ ...settings, checkInTopics: clean, updatedAt: new Date().toISOString() });
  });
  return clean;
}
