import Dexie, { type EntityTable } from 'dexie';
import { DATABASE_NAME } from '@shared/identity';
import type {
  Activity,
  AuditEntry,
  Campaign,
  CheckInSession,
  Contact,
  Indicator,
  Partner,
  Resource,
  ResourceLink,
  SchoolSettings,
  StoredCampaignTemplate,
  SurveyResult,
  SurveyWave,
  WorkshopPlan,
} from './records';
import { declareVersions } from './schema';

/** The one database class. Tables and versions come from schema.ts. */
export class UpstreamDatabase extends Dexie {
  settings!: EntityTable<SchoolSettings, 'id'>;
  campaigns!: EntityTable<Campaign, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  resources!: EntityTable<Resource, 'id'>;
  resourceLinks!: EntityTable<ResourceLink, 'id'>;
  workshopPlans!: EntityTable<WorkshopPlan, 'id'>;
  checkIns!: EntityTable<CheckInSession, 'id'>;
  surveyWaves!: EntityTable<SurveyWave, 'id'>;
  surveyResults!: EntityTable<SurveyResult, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  partners!: EntityTable<Partner, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  campaignTemplates!: EntityTable<StoredCampaignTemplate, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareVersions(this);
  }
}
