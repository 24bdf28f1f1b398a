import { formatWeekday } from '@shared/calendar';
import type { SchoolSettings } from '@shared/domain';
import { buildSlideDeck, type DeckSlide } from '@shared/slide-deck';
import { agendaTimings } from '@shared/workshop-plan';
import { NATIONAL_HELPLINES } from './labels';
import type { WorkshopPrintData } from './queries';

/** "Thursday 3 December 2026 · 18:00 · School library" from the parts that are set. */
export function whenAndWhere(parts: { date?: string | undefined; time?: string | undefined; venue?: string | undefined }): string {
  return [parts.date, parts.time, parts.venue].filter(Boolean).join(' · ');
}

/** A workshop plan's slides, the same for the PDF and the PowerPoint file. */
export function workshopDeck(data: Pick<WorkshopPrintData, 'plan'>, settings: Pick<SchoolSettings, 'name' | 'mhstContact' | 'dslContact'>): DeckSlide[] {
  const { plan } = data;
  const timings = agendaTimings(plan.agenda, plan.startTime);
  return buildSlideDeck({
    schoolName: settings.name,
    title: plan.title,
    when: whenAndWhere({ date: plan.date ? formatWeekday(plan.date) : undefined, time: plan.startTime, venue: plan.venue }),
    summary: plan.summary,
    sections: timings.sections.map(({ section, startClock, endClock }) => ({
      title: section.title,
      whatHappens: section.whatHappens,
      facilitatorNotes: [section.facilitatorNotes, section.materials ? `Materials: ${section.materials}` : undefined].filter(Boolean).join('\n\n'),
      timing: `${startClock ? `${startClock}–${endClock} ` : ''}(${section.minutes} ${section.minutes === 1 ? 'minute' : 'minutes'})`,
    })),
    keyMessages: plan.keyMessages ?? [],
    signposting: plan.signposting,
    mhstContact: settings.mhstContact,
    dslContact: settings.dslContact,
    helplines: NATIONAL_HELPLINES.map((line) => ({ name: line.name, how: line.how.replace(/ \(free\)$/, '') })),
  });
}
