/**
 * Records stored in the database. Every later feature fills in these shapes; add optional fields
 * freely, but a change to an index goes through a new schema version (see schema.ts).
 *
 * Privacy: nothing here holds a pupil's identity. Check-ins and surveys are counts only.
 */
import type { IsoDate, SchoolSettings, TermName, YearGroup } from '@shared/domain';

export type { SchoolSettings };

export type Theme =
  | 'sleep'
  | 'exam-stress'
  | 'anxiety'
  | 'friendships'
  | 'healthy-eating'
  | 'physical-activity'
  | 'online-safety'
  | 'bereavement'
  | 'other';

export type Audience = 'pupils' | 'parents' | 'staff' | 'community';

export interface Campaign {
  id: string;
  title: string;
  theme: Theme;
  why?: string;
  indicatorId?: string;
  goal?: string;
  audiences: Audience[];
  yearGroups: YearGroup[];
  startDate: IsoDate;
  endDate: IsoDate;
  lead?: string;
  partnerIds: string[];
  status: 'idea' | 'planned' | 'running' | 'finished' | 'archived';
  rag?: 'red' | 'amber' | 'green';
  reviewDate?: IsoDate;
  notes?: string;
  isSample?: boolean;
  createdAt: string;
  updatedAt: string;
}

export type ActivityType =
  | 'assembly'
  | 'pshe-lesson'
  | 'parent-workshop'
  | 'pupil-workshop'
  | 'drop-in'
  | 'group-session'
  | 'support-slot'
  | 'staff-training'
  | 'website-content'
  | 'fundraiser'
  | 'community-conversation'
  | 'other';

export interface Activity {
  id: string;
  campaignId: string;
  type: ActivityType;
  title: string;
  date: IsoDate;
  startTime?: string;
  durationMinutes?: number;
  place?: string;
  owner?: string;
  partnerIds: string[];
  audiences: Audience[];
  yearGroups: YearGroup[];
  status: 'planned' | 'done' | 'cancelled';
  /** How many attended: a count, never names. */
  reach?: number;
  workshopPlanId?: string;
  /** Short themes heard at a community conversation. */
  concernsHeard?: string[];
  notes?: string;
  isSample?: boolean;
  createdAt: string;
  updatedAt: string;
}

export type ResourceKind =
  | 'tip-sheet'
  | 'parent-handout'
  | 'assembly-script'
  | 'pshe-lesson'
  | 'workshop-activity'
  | 'website-copy'
  | 'letter'
  | 'poster'
  | 'signposting';

export interface Resource {
  id: string;
  /** Set on built-in resources: the id and version they ship with. Built-ins are read-only. */
  builtInId?: string;
  builtInVersion?: number;
  /** Set when this version of Upstream no longer ships the built-in; it is kept because something links to it. */
  builtInRemovedAt?: string;
  /** Set on a lead's copy of a built-in. */
  copiedFromBuiltInId?: string;
  title: string;
  kind: ResourceKind;
  themes: Theme[];
  audiences: Audience[];
  yearGroups: YearGroup[];
  readingMinutes?: number;
  bodyMarkdown: string;
  sources: { title: string; url?: string }[];
  tags: string[];
  archived: 0 | 1;
  /** Digest of title and body, used to spot duplicates on import. */
  contentHash?: string;
  createdAt: string;
  updatedAt: string;
}

/** A resource attached to an activity or workshop plan. */
export interface ResourceLink {
  id: string;
  resourceId: string;
  ownerType: 'activity' | 'workshopPlan';
  ownerId: string;
}

export interface AgendaSection {
  id: string;
  title: string;
  minutes: number;
  whatHappens?: string;
  facilitatorNotes?: string;
  materials?: string;
}

export interface WorkshopPlan {
  id: string;
  title: string;
  audience: 'parents' | 'pupils' | 'staff';
  yearGroups: YearGroup[];
  theme: Theme;
  date?: IsoDate;
  startTime?: string;
  slotMinutes?: number;
  venue?: string;
  facilitators: string[];
  objectives: string[];
  agenda: AgendaSection[];
  materialsChecklist: { item: string; done: boolean }[];
  followUp?: string;
  campaignId?: string;
  /** What the workshop covers, in a sentence or two (opens the parent handout). */
  summary?: string;
  /** Short messages for the handout and slides, one idea each. */
  keyMessages?: string[];
  /** Where to get help, in the plan's own words (printed with the school's contacts and national helplines). */
  signposting?: string;
  /** Partners facilitating (the MHST, the school nurse); `facilitators` holds staff. */
  partnerIds?: string[];
  /** The built-in template the plan started from. */
  templateId?: string;
  isSample?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One drop-in or group session: counts per topic (and optionally year group), never names. */
export interface CheckInSession {
  id: string;
  date: IsoDate;
  sessionType: string;
  counts: { topic: string; yearGroup?: YearGroup; count: number }[];
  isSample?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SurveyWave {
  id: string;
  title: string;
  date: IsoDate;
  academicYear: number;
  term?: TermName;
  source: 'csv' | 'manual';
  questions: { id: string; text: string; concernAnswers: string[] }[];
  /** How many responses the counts came from (a CSV's rows, or the n of a report). */
  responses?: number;
  /** Columns of the file that were not kept, and why ("identifying: email", "free text"): headers only, never cells. */
  droppedColumns?: { header: string; reason: string }[];
  isSample?: boolean;
  createdAt: string;
}

/** Aggregated survey counts: one row per wave, question, answer and year group. Raw rows are never stored. */
export interface SurveyResult {
  id: string;
  waveId: string;
  questionId: string;
  answer: string;
  yearGroup?: YearGroup;
  count: number;
}

export interface Indicator {
  id: string;
  name: string;
  source: { kind: 'check-in-topic'; topic: string } | { kind: 'survey-question'; questionText: string; yearGroup?: YearGroup };
  isSample?: boolean;
  createdAt: string;
  updatedAt?: string;
}

export type PartnerKind = 'mhst' | 'nhs-trust' | 'council' | 'community-group' | 'charity' | 'other';

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  notes?: string;
  isSample?: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A partner's contact: work details only. */
export interface Contact {
  id: string;
  partnerId: string;
  name: string;
  role?: string;
  workEmail?: string;
  workPhone?: string;
}

/** What was imported or exported, when, and how much: never the content itself. */
export interface AuditEntry {
  seq?: number;
  at: string;
  action: 'import' | 'export' | 'backup' | 'restore' | 'delete-all' | 'sample-loaded' | 'sample-removed';
  subject: string;
  count?: number;
}

/** A lead's own campaign template: the template document (shared/campaign-templates.ts) plus when it was saved. */
export interface StoredCampaignTemplate {
  id: string;
  title: string;
  /** The template in the same format as the built-in ones. */
  template: unknown;
  createdAt: string;
  updatedAt: string;
}
