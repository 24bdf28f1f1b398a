/**
 * Words for the Trends screens and the governors' report, written only from protected figures
 * (shared/trends-view.ts): chart summaries (also the charts' accessible names), indicator values and
 * the before/after readings, which never claim more than the numbers show.
 */
import { formatDateLong } from './calendar';
import { joinOr, describeChange, withinWeeklySwing, withinSamplingError, MIN_WINDOW_WEEKS, type IndicatorSource } from './indicators';
import { formatAverage, formatPercent } from './suppression';
import type { AverageFigure, CompareView, FigureCell, RateFigure } from './trends-view';
import { yearGroupLabel, type IsoDate } from './domain';

/** "4.2 a week", or the total's marker: "fewer than 5 visits in all", "hidden". */
export function averageText(a: AverageFigure, threshold: number): string {
  if (a.average !== null) return `${formatAverage(a.average)} a week`;
  if (a.total.status === 'withheld') return 'not given';
  return a.total.status === 'small' ? `fewer than ${threshold} visits in all` : a.total.text;
}

/** "32%", "fewer than 5 of 180", "fewer than 5 answered", "hidden". */
export function rateFigureText(r: RateFigure, threshold: number): string {
  if (r.percent !== null) return formatPercent(r.percent);
  if (r.answered.status === 'small') return `fewer than ${threshold} answered`;
  if (r.concern.status === 'small') return `fewer than ${threshold} of ${r.answered.text}`;
  return 'hidden';
}

export function valueText(v: AverageFigure | RateFigure, threshold: number): string {
  return 'weeks' in v ? averageText(v, threshold) : rateFigureText(v, threshold);
}

/** The number a chart may plot, or null (a marker is drawn instead). */
export function plotValue(v: AverageFigure | RateFigure | FigureCell): number | null {
  if ('weeks' in v) return v.average === null ? null : Math.round(v.average * 10) / 10;
  if ('percent' in v) return v.percent === null ? null : Math.round(v.percent * 10) / 10;
  return v.value;
}

/** "12 visits", "fewer than 5 visits", "hidden visits" → "visits (hidden)". */
export function visitsPhrase(cell: FigureCell): string {
  if (cell.status === 'shown') return `${cell.text} visit${cell.value === 1 ? '' : 's'}`;
  if (cell.status === 'small') return `${cell.text} visits`;
  if (cell.status === 'withheld') return 'a number of visits not given (its parts are all hidden)';
  return `a hidden number of visits`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The before/after reading for a campaign, from protected figures only. */
export function compareReading(
  c: CompareView,
  source: IndicatorSource,
  campaign: { startDate: IsoDate; endDate: IsoDate },
  threshold: number,
  windowWeeks: number,
): { reading: string; comparable: boolean } {
  if (source.kind === 'check-in-topic') {
    const topic = source.topic;
    const before = c.before?.weeks ?? 0;
    const after = c.after?.weeks ?? 0;
    if (before < MIN_WINDOW_WEEKS) {
      return {
        comparable: false,
        reading:
          before === 0
            ? `No drop-in tallies were recorded before the campaign started on ${formatDateLong(campaign.startDate)}, so there is nothing to compare with.`
            : `Only ${plural(before, 'week')} of drop-in tallies come before the campaign started on ${formatDateLong(campaign.startDate)}: not enough to compare. Upstream needs at least ${MIN_WINDOW_WEEKS}.`,
      };
    }
    if (after < MIN_WINDOW_WEEKS) {
      return {
        comparable: false,
        reading:
          after === 0
            ? `No drop-in tallies have been recorded since the campaign ended on ${formatDateLong(campaign.endDate)}, so it is too soon to compare. Upstream needs at least ${MIN_WINDOW_WEEKS} weeks; up to ${windowWeeks} are used.`
            : `Only ${plural(after, 'week')} of drop-in tallies come after the campaign ended on ${formatDateLong(campaign.endDate)}: too soon to compare. Upstream needs at least ${MIN_WINDOW_WEEKS}; up to ${windowWeeks} are used.`,
      };
    }
    const b = c.before!.value as AverageFigure;
    const a = c.after!.value as AverageFigure;
    if (b.average === null || a.average === null) {
      const side = b.average === null && a.average === null ? 'before and after' : b.average === null ? 'before' : 'after';
      return { comparable: false, reading: `The visits about ${topic} in the weeks ${side} the campaign are too few to show without risking identifying pupils, so the two cannot be compared.` };
    }
    const direction = describeChange(b.average, a.average);
    let reading = `Visits about ${topic} averaged ${formatAverage(b.average)} a week in the ${plural(before, 'week')} before and ${formatAverage(a.average)} a week in the ${plural(after, 'week')} after. `;
    if (direction === 'about the same') reading += 'That is about the same, so there is no sign of a change either way.';
    else {
      reading += `This is a ${direction}, but drop-in numbers vary week to week and other things changed too, so it does not show the campaign caused it.`;
      if (c.weekCounts && withinWeeklySwing(c.weekCounts.before, c.weekCounts.after)) reading += ' The difference is also smaller than the usual swing from one week to the next, so it could be chance.';
    }
    return { reading, comparable: true };
  }
  const before = c.point?.before ?? null;
  const after = c.point?.after ?? null;
  const who = source.yearGroup ? yearGroupLabel(source.yearGroup) : 'pupils';
  if (!before) return { comparable: false, reading: `No survey that asked “${source.questionText}” took place before the campaign started on ${formatDateLong(campaign.startDate)}, so there is nothing to compare with.` };
  if (!after) return { comparable: false, reading: `No survey that asked “${source.questionText}” has taken place since the campaign ended on ${formatDateLong(campaign.endDate)}. Compare again after the next survey.` };
  const b = c.before!.value as RateFigure;
  const a = c.after!.value as RateFigure;
  if (b.percent === null || a.percent === null) {
    return {
      comparable: false,
      reading: `In at least one of the surveys the group is too small, or too few gave an answer of concern, to show a percentage without risking identifying pupils (before: ${rateFigureText(b, threshold)}; after: ${rateFigureText(a, threshold)}).`,
    };
  }
  const answers = joinOr(before.concernAnswers.map((x) => `“${x}”`));
  const direction = describeChange(b.percent, a.percent);
  let reading =
    `In the survey before the campaign (${before.wave.title}, ${formatDateLong(before.wave.date)}, ${b.answered.text} answered), ${formatPercent(b.percent)} of ${who} answered ${answers}; ` +
    `in the survey after (${after.wave.title}, ${formatDateLong(after.wave.date)}, ${a.answered.text} answered), ${formatPercent(a.percent)} did. `;
  reading +=
    direction === 'about the same'
      ? 'That is about the same, so there is no sign of a change either way.'
      : `This is a ${direction}, but different pupils answer each time and other things changed too, so it does not show the campaign caused it.`;
  if (direction !== 'about the same' && withinSamplingError(before.concern, before.answered, after.concern, after.answered)) reading += ' With this many pupils answering, a difference this size could also be chance.';
  return { reading, comparable: true };
}
