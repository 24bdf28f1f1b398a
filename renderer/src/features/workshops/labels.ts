import type { WorkshopPlan } from '../../db/records';

export const WORKSHOP_AUDIENCE_LABELS: Record<WorkshopPlan['audience'], string> = {
  parents: 'Parents and carers',
  pupils: 'Pupils',
  staff: 'Staff',
};

/** The documents a plan exports, as named in file names and on buttons. */
export const WORKSHOP_DOCUMENTS = {
  handout: { route: 'handout', kind: 'a4', fileLabel: 'parent handout', button: 'Parent handout (PDF)' },
  facilitator: { route: 'facilitator', kind: 'a4', fileLabel: 'facilitator plan', button: 'Facilitator plan (PDF)' },
  slides: { route: 'slides', kind: 'slides', fileLabel: 'slides', button: 'Slides (PDF)' },
} as const;

export type WorkshopDocument = keyof typeof WORKSHOP_DOCUMENTS;

/** National helplines printed on every handout (checked against each service's own pages; see the signposting resource's sources). */
export const NATIONAL_HELPLINES: { name: string; how: string; when: string }[] = [
  { name: 'NHS 111', how: 'Call 111 or go to 111.nhs.uk', when: 'Urgent health advice, including mental health, any time. In an emergency call 999.' },
  { name: 'Childline', how: 'Call 0800 1111 (free)', when: 'For children and young people under 19, any time, about anything.' },
  { name: 'Samaritans', how: 'Call 116 123 (free)', when: 'For anyone who is struggling to cope, any time.' },
  { name: 'Shout', how: 'Text SHOUT to 85258 (free)', when: 'Text support, any time, for anyone who needs to talk.' },
];
