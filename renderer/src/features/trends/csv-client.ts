/**
 * The page's side of CSV parsing. `createCsvClient()` starts the worker (csv.worker.ts) for one
 * import; `cancel()` terminates it at once, whatever it is doing, and everything it had read goes
 * with it. Where Worker is missing (jsdom tests), the same jobs run in-process behind the same
 * interface. Components take the client from CsvClientContext so tests can supply their own.
 */
import { createContext, useContext } from 'react';
import type { SurveyImportPlan, SurveyMapping } from '@shared/survey-aggregate';
import { CsvJobs, toJobProblem, type AnalysedSurvey, type JobProblem, type Progress, type TallyRecords } from './csv-jobs';

export type WorkerRequest = { type: 'analyse-survey'; file: File } | { type: 'plan-survey'; mapping: SurveyMapping } | { type: 'read-tallies'; file: File } | { type: 'forget' };

export type WorkerReply =
  | { type: 'progress'; read: number; total: number }
  | ({ type: 'analysed' } & AnalysedSurvey)
  | { type: 'planned'; plan: SurveyImportPlan }
  | ({ type: 'tallies' } & TallyRecords)
  | { type: 'problem'; problem: JobProblem };

/** A problem reading or planning, in words for the lead, naming the row and column where known. */
export class ImportProblem extends Error {
  constructor(readonly problem: JobProblem) {
    super(problem.message);
  }
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
  }
}

export interface CsvClient {
  analyseSurvey(file: File, onProgress: Progress): Promise<AnalysedSurvey>;
  planSurvey(mapping: SurveyMapping): Promise<SurveyImportPlan>;
  readTallies(file: File, onProgress: Progress): Promise<TallyRecords>;
  /** Stops the current job at once and forgets the file. The client cannot be used after. */
  cancel(): void;
}

/** Runs the jobs in a Web Worker. */
export function createWorkerCsvClient(): CsvClient {
  const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'Upstream CSV reader' });
  let pending: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; onProgress?: Progress } | null = null;
  let closed = false;

  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const message = event.data;
    if (message.type === 'progress') {
      pending?.onProgress?.(message.read, message.total);
      return;
    }
    const current = pending;
    pending = null;
    if (!current) return;
    if (message.type === 'problem') current.reject(new ImportProblem(message.problem));
    else current.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    const current = pending;
    pending = null;
    current?.reject(new ImportProblem({ message: 'Upstream could not read this file. Try again, or save it from Excel as “CSV UTF-8”.' }));
  };

  const ask = (request: WorkerRequest, onProgress?: Progress): Promise<WorkerReply> => {
    if (closed) return Promise.reject(new ImportCancelled());
    if (pending) return Promise.reject(new Error('Another file is still being read.'));
    return new Promise((resolve, reject) => {
      pending = { resolve, reject, ...(onProgress ? { onProgress } : {}) };
      worker.postMessage(request);
    });
  };

  return {
    async analyseSurvey(file, onProgress) {
      const reply = await ask({ type: 'analyse-survey', file }, onProgress);
      if (reply.type !== 'analysed') throw new Error('Unexpected reply');
      return { analysis: reply.analysis, info: reply.info };
    },
    async planSurvey(mapping) {
      const reply = await ask({ type: 'plan-survey', mapping });
      if (reply.type !== 'planned') throw new Error('Unexpected reply');
      return reply.plan;
    },
    async readTallies(file, onProgress) {
      const reply = await ask({ type: 'read-tallies', file }, onProgress);
      if (reply.type !== 'tallies') throw new Error('Unexpected reply');
      return { header: reply.header, records: reply.records, info: reply.info };
    },
    cancel() {
      closed = true;
      worker.terminate();
      const current = pending;
      pending = null;
      current?.reject(new ImportCancelled());
    },
  };
}

/** Runs the same jobs on the calling thread (tests; hosts without Worker). */
export function createInProcessCsvClient(): CsvClient {
  const jobs = new CsvJobs();
  let cancelled = false;
  const run = async <T>(work: () => Promise<T> | T): Promise<T> => {
    if (cancelled) throw new ImportCancelled();
    try {
      return await work();
    } catch (error) {
      if (cancelled) throw new ImportCancelled();
      throw new ImportProblem(toJobProblem(error));
    }
  };
  return {
    analyseSurvey: (file, onProgress) => run(() => jobs.analyseSurvey(file, onProgress, () => cancelled)),
    planSurvey: (mapping) => run(() => jobs.planSurvey(mapping)),
    readTallies: (file, onProgress) => run(() => jobs.readTallies(file, onProgress, () => cancelled)),
    cancel() {
      cancelled = true;
      jobs.forget();
    },
  };
}

export function createCsvClient(): CsvClient {
  return typeof Worker === 'function' ? createWorkerCsvClient() : createInProcessCsvClient();
}

/** How screens get a client: the worker by default, something else in tests. */
export const CsvClientContext = createContext<() => CsvClient>(createCsvClient);

export function useCsvClientFactory(): () => CsvClient {
  return useContext(CsvClientContext);
}
