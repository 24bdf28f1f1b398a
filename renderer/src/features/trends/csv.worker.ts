/// <reference lib="webworker" />
/**
 * Parses CSV files off the main thread, so a 200,000-response survey never freezes the window.
 * One job at a time; the page cancels by terminating the worker. See csv-jobs.ts for the work and
 * csv-client.ts for the page's side of the conversation.
 */
import { CsvJobs, toJobProblem } from './csv-jobs';
import type { WorkerReply, WorkerRequest } from './csv-client';

const jobs = new CsvJobs();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply) => scope.postMessage(message);

let lastProgress = 0;
const progress = (read: number, total: number) => {
  // At most ~20 updates a second: enough for a smooth bar, few enough to keep the page idle.
  const now = performance.now();
  if (read < total && now - lastProgress < 50) return;
  lastProgress = now;
  reply({ type: 'progress', read, total });
};

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'analyse-survey') {
      const result = await jobs.analyseSurvey(request.file, progress);
      reply({ type: 'analysed', ...result });
    } else if (request.type === 'plan-survey') {
      reply({ type: 'planned', plan: jobs.planSurvey(request.mapping) });
    } else if (request.type === 'read-tallies') {
      reply({ type: 'tallies', ...(await jobs.readTallies(request.file, progress)) });
    } else if (request.type === 'forget') {
      jobs.forget();
    }
  } catch (error) {
    reply({ type: 'problem', problem: toJobProblem(error) });
  }
};
