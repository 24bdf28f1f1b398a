/**
 * Surveys: a wave (when it ran, its questions, how many answered) and its aggregated counts, one row
 * per wave, question, answer and year group. Raw rows are never stored.
 */
import { z } from 'zod';
import { count, id, isoDate, isSample, TERM_NAMES, text, timestamp, YEAR_GROUPS } from './fields';
import { defineTable } from './table';

export const surveyWaveSchema = z.object({
  id,
  title: text(500),
  date: isoDate,
  academicYear: z.number().int().min(1990).max(2200),
  term: z.enum(TERM_NAMES).optional(),
  source: z.enum(['csv', 'manual']),
  questions: z.array(z.object({ id, text: text(2000), concernAnswers: z.array(text(500)).max(100) })).max(500),
  /** How many responses the counts came from (a CSV's rows, or the n of a report). */
  responses: count.optional(),
  /** Columns of the file that were not kept, and why ("identifying: email", "free text"): headers only, never cells. */
  droppedColumns: z.array(z.object({ header: text(500), reason: text(200) })).max(2000).optional(),
  isSample,
  createdAt: timestamp,
});

export const surveyResultSchema = z.object({ id, waveId: id, questionId: id, answer: text(500), yearGroup: z.enum(YEAR_GROUPS).optional(), count });

export type SurveyWave = z.infer<typeof surveyWaveSchema>;
export type SurveyResult = z.infer<typeof surveyResultSchema>;

export const surveyWavesTable = defineTable({ name: 'surveyWaves', schema: surveyWaveSchema, indexes: { 1: '&id, date, academicYear' } });
export const surveyResultsTable = defineTable({ name: 'surveyResults', schema: surveyResultSchema, indexes: { 1: '&id, waveId, [waveId+questionId]' } });
