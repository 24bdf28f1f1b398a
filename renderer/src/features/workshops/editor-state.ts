/**
 * The editor's working copy of a plan: numbers and lists are kept as the text the lead typed, so a
 * half-typed "1" or an empty line never jumps about, and are turned back into a plan on save.
 */
import { linesOf } from '@shared/workshop-plan';
import type { AgendaSection, WorkshopPlan } from '../../db/records';
import type { WorkshopPlanDraft } from './queries';

export interface SectionState {
  id: string;
  title: string;
  minutesText: string;
  whatHappens: string;
  facilitatorNotes: string;
  materials: string;
}

export interface ChecklistItemState {
  id: string;
  item: string;
  done: boolean;
}

export interface EditorState {
  title: string;
  audience: WorkshopPlan['audience'];
  theme: WorkshopPlan['theme'];
  yearGroups: WorkshopPlan['yearGroups'];
  summary: string;
  date: string;
  startTime: string;
  slotText: string;
  venue: string;
  facilitatorsText: string;
  partnerIds: string[];
  objectivesText: string;
  keyMessagesText: string;
  agenda: SectionState[];
  checklist: ChecklistItemState[];
  followUp: string;
  signposting: string;
  campaignId: string;
  templateId?: string | undefined;
  isSample?: boolean | undefined;
}

/** "" → NaN (an error the validator names), otherwise the number typed. */
export function minutesOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim());
}

export function sectionFromState(section: SectionState): AgendaSection {
  return {
    id: section.id,
    title: section.title,
    minutes: minutesOf(section.minutesText),
    whatHappens: section.whatHappens,
    facilitatorNotes: section.facilitatorNotes,
    materials: section.materials,
  };
}

export function stateFromDraft(draft: WorkshopPlanDraft, newId: () => string = () => crypto.randomUUID()): EditorState {
  return {
    title: draft.title,
    audience: draft.audience,
    theme: draft.theme,
    yearGroups: [...draft.yearGroups],
    summary: draft.summary ?? '',
    date: draft.date ?? '',
    startTime: draft.startTime ?? '',
    slotText: draft.slotMinutes === undefined ? '' : String(draft.slotMinutes),
    venue: draft.venue ?? '',
    facilitatorsText: draft.facilitators.join('\n'),
    partnerIds: [...(draft.partnerIds ?? [])],
    objectivesText: draft.objectives.join('\n'),
    keyMessagesText: (draft.keyMessages ?? []).join('\n'),
    agenda: draft.agenda.map((s) => ({
      id: s.id,
      title: s.title,
      minutesText: Number.isFinite(s.minutes) ? String(s.minutes) : '',
      whatHappens: s.whatHappens ?? '',
      facilitatorNotes: s.facilitatorNotes ?? '',
      materials: s.materials ?? '',
    })),
    checklist: draft.materialsChecklist.map((m) => ({ id: newId(), item: m.item, done: m.done })),
    followUp: draft.followUp ?? '',
    signposting: draft.signposting ?? '',
    campaignId: draft.campaignId ?? '',
    templateId: draft.templateId,
    isSample: draft.isSample,
  };
}

export function draftFromState(state: EditorState): WorkshopPlanDraft {
  const slot = state.slotText.trim() === '' ? undefined : Number(state.slotText.trim());
  const draft: WorkshopPlanDraft = {
    title: state.title,
    audience: state.audience,
    theme: state.theme,
    yearGroups: state.yearGroups,
    summary: state.summary,
    date: state.date,
    startTime: state.startTime,
    venue: state.venue,
    facilitators: linesOf(state.facilitatorsText),
    partnerIds: state.partnerIds,
    objectives: linesOf(state.objectivesText),
    keyMessages: linesOf(state.keyMessagesText),
    agenda: state.agenda.map(sectionFromState),
    materialsChecklist: state.checklist.map((c) => ({ item: c.item, done: c.done })),
    followUp: state.followUp,
    signposting: state.signposting,
    campaignId: state.campaignId,
  };
  if (slot !== undefined) draft.slotMinutes = slot;
  if (state.templateId) draft.templateId = state.templateId;
  if (state.isSample) draft.isSample = true;
  return draft;
}

/** Materials named in the agenda ("Flipchart, marker pens") that the checklist does not hold yet. */
export function materialsFromAgenda(agenda: readonly SectionState[], checklist: readonly ChecklistItemState[]): string[] {
  const have = new Set(checklist.map((c) => c.item.trim().toLowerCase()));
  const found: string[] = [];
  for (const section of agenda) {
    for (const part of section.materials.split(/[,;\n]/)) {
      const item = part.trim();
      const key = item.toLowerCase();
      if (item !== '' && !have.has(key)) {
        have.add(key);
        found.push(item.charAt(0).toUpperCase() + item.slice(1));
      }
    }
  }
  return found;
}
