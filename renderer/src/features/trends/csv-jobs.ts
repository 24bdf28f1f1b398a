/**
 * The work the CSV worker does, as plain functions over a Blob: read a survey export into a masked
 * analysis, plan what to store from the lead's mapping, and read a tally CSV. csv.worker.ts runs
 * them off the main thread; tests (and any host without workers) run them in-process through the
 * same client interface (csv-client.ts).
 *
 * The analyser lives between "analyse" and "plan" and is dropped after: raw rows are never kept,
 * and never leave this module except as masked preview rows.
 */
import { CsvProblem, readCsv, type ByteSource, type CsvReadInfo } from '@shared/csv-import';
import { planSurveyImport, SurveyAnalyser, type SurveyAnalysis, type SurveyImportPlan, type SurveyMapping } from '@shared/survey-aggregate';

export const MAX_TALLY_ROWS = 50_000;

export interface AnalysedSurvey {
  analysis: SurveyAnalysis;
  info: CsvReadInfo;
}

export interface TallyRecords {
  header: string[];
  records: { cells: string[]; row: number }[];
  info: CsvReadInfo;
}

export type Progress = (bytesRead: number, totalBytes: number) => void;

/** A problem as it crosses the worker boundary. */
export interface JobProblem {
  message: string;
  row?: number;
  column?: string;
}

export function toJobProblem(error: unknown): JobProblem {
  if (error instanceof CsvProblem) return { message: error.message, ...error.where };
  return { message: 'Upstream could not read this file. Check it is a CSV file (in Excel: File, Save As, CSV UTF-8) and try again.' };
}

export class CsvJobs {
  private analyser: SurveyAnalyser | null = null;
  private analysis: SurveyAnalysis | null = null;

  async analyseSurvey(file: ByteSource, onProgress: Progress, cancelled: () => boolean = () => false): Promise<AnalysedSurvey> {
    this.forget();
    let analyser = new SurveyAnalyser();
    const info = await readCsv(file, {
      onRecord: (cells, n) => analyser.addRecord(cells, n),
      onProgress,
      cancelled,
      onRestart: () => {
        analyser = new SurveyAnalyser();
      },
    });
    const analysis = analyser.analysis();
    this.analyser = analyser;
    this.analysis = analysis;
    return { analysis, info };
  }

  planSurvey(mapping: SurveyMapping): SurveyImportPlan {
    if (!this.analyser || !this.analysis) throw new CsvProblem('Choose the file again: Upstream has already let go of it.');
    return planSurveyImport(this.analyser, this.analysis, mapping);
  }

  /** Lets go of everything read from the last file. */
  forget(): void {
    this.analyser = null;
    this.analysis = null;
  }

  async readTallies(file: ByteSource, onProgress: Progress, cancelled: () => boolean = () => false): Promise<TallyRecords> {
    let header: string[] | null = null;
    let records: TallyRecords['records'] = [];
    const info = await readCsv(file, {
      onRecord: (cells, n) => {
        if (header === null) {
          header = cells.map((c) => c.trim());
          return;
        }
        if (records.length >= MAX_TALLY_ROWS) throw new CsvProblem(`The file has more than ${MAX_TALLY_ROWS.toLocaleString('en-GB')} rows of tallies. Split it into smaller files, a year at a time.`, { row: n });
        records.push({ cells, row: n });
      },
      onProgress,
      cancelled,
      onRestart: () => {
        header = null;
        records = [];
      },
    });
    if (header === null) throw new CsvProblem('The file is empty: there is no header row.');
    return { header, records, info };
  }
}
