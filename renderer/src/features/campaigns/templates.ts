import { useLiveQuery } from 'dexie-react-hooks';
import { parseCampaignTemplate, TemplateError, type CampaignTemplate } from '@shared/campaign-templates';
import { useDatabase } from '../../db/DatabaseContext';
import type { Partner } from '../../db/records';

export type TemplateEntry =
  | { key: string; source: 'built-in' | 'own'; template: CampaignTemplate }
  | { key: string; source: 'built-in' | 'own'; error: string; fileName: string };

const files = import.meta.glob('../../../../resources/templates/campaigns/*.json', { eager: true, import: 'default' });

function load(source: 'built-in' | 'own', key: string, fileName: string, json: unknown): TemplateEntry {
  try {
    return { key, source, template: parseCampaignTemplate(json) };
  } catch (error) {
    return { key, source, fileName, error: error instanceof TemplateError ? error.message : 'This template file is damaged or not an Upstream campaign template.' };
  }
}

/** The templates shipped in resources/templates/campaigns, checked once. */
export const BUILT_IN_TEMPLATES: TemplateEntry[] = Object.entries(files).map(([path, json]) => {
  const fileName = path.split('/').pop() ?? path;
  return load('built-in', `built-in:${fileName.replace(/\.json$/, '')}`, fileName, json);
});

export function useTemplates(): TemplateEntry[] | undefined {
  const db = useDatabase();
  const own = useLiveQuery(() => db.campaignTemplates.orderBy('title').toArray(), [db]);
  if (own === undefined) return undefined;
  return [...BUILT_IN_TEMPLATES, ...own.map((t) => load('own', `own:${t.id}`, t.title, t.template))];
}

/** Matches a template's partner wording ("MHST", "School nurse") to the school's partners. */
export function matchPartners(wording: string | undefined, partners: Partner[]): string[] {
  if (!wording) return [];
  const lower = wording.toLowerCase();
  const byKind = lower.includes('mhst') || lower.includes('mental health support') ? partners.filter((p) => p.kind === 'mhst') : [];
  const byName = partners.filter((p) => lower.includes(p.name.toLowerCase()) || p.name.toLowerCase().includes(lower));
  return [...new Set([...byKind, ...byName].map((p) => p.id))];
}
