/**
 * Records stored in the database. Each is declared once, with its zod schema, in shared/model; this
 * file names them for the renderer.
 *
 * Privacy: nothing here holds a pupil's identity. Check-ins and surveys are counts only.
 */
export type {
  Activity,
  ActivityType,
  AgendaSection,
  AuditEntry,
  Audience,
  Campaign,
  CheckInSession,
  Contact,
  Indicator,
  Partner,
  PartnerKind,
  Resource,
  ResourceKind,
  ResourceLink,
  SchoolSettings,
  StoredCampaignTemplate,
  SurveyResult,
  SurveyWave,
  Theme,
  WorkshopPlan,
} from '@shared/model';
