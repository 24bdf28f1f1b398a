import { useLiveQuery } from 'dexie-react-hooks';
import { parseCampaignTemplate, type CampaignTemplate } from '@shared/campaign-templates';
import { FileFormatError } from '@shared/file-format';
import type { UpstreamDatabase } from '../../db/database';
import { useDatabase } from '../../db/DatabaseContext';
import type { Partner, StoredCampaignTemplate } from '../../db/records';

/** `id` is the stored record's id for a lead's own template (to delete or download it). */
export type TemplateEntry =
  | { key: string; source: 'built-in' | 'own'; id?: string; template: CampaignTemplate }
  | { key: string; source: 'built-in' | 'own'; id?: string; error: string; fileName: string };

const files = import.meta.glob('../../../../resources/templates/campaigns/*.json', { eager: true, import: 'default' });

function load(source: 'built-in' | 'own', key: string, fileName: string, json: unknown, id?: string): TemplateEntry {
  const stored = id ? { id } : {};
  try {
    return { key, source, ...stored, template: parseCampaignTemplate(json) };
  } catch (error) {
    return { key, source, ...stored, fileName, error: error instanceof FileFormatError ? error.message : 'This template file is damaged or not an Upstream campaign template.' };
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
  return [...BUILT_IN_TEMPLATES, ...own.map((t) => load('own', `own:${t.id}`, t.title, t.template, t.id))];
}

/**
 * Stores a lead's own template (checked first, so a damaged one is never saved). A template with
 * the same title is replaced rather than duplicated: `replaced` says which happened.
 */
export async function saveOwnTemplate(db: UpstreamDatabase, input: unknown): Promise<{ id: string; title: string; replaced: boolean }> {
  const template = parseCampaignTemplate(input);
  const now = new Date().toISOString();
  return db.transaction('rw', db.campaignTemplates, async () => {
    const existing = await db.campaignTemplates.where('title').equals(template.title).first();
    const id = existing?.id ?? crypto.randomUUID();
    await db.campaignTemplates.put({ id, title: template.title, template, createdAt: existing?.createdAt ?? now, updatedAt: now });
    return { id, title: template.title, replaced: existing !== undefined };
  });
}

/** Deletes one of the lead's own templates and returns it, so Undo can put it back. */
export async function deleteOwnTemplate(db: UpstreamDatabase, id: string): Promise<StoredCampaignTemplate | null> {
  return db.transaction('rw', db.campaignTemplates, async () => {
    const stored = await db.campaignTemplates.get(id);
    if (!stored) return null;
    await db.campaignTemplates.delete(id);
    return stored;
  });
}

export async function restoreOwnTemplate(db: UpstreamDatabase, stored: StoredCampaignTemplate): Promise<void> {
  await db.campaignTemplates.put(stored);
}

/** Largest template file Upstream reads: real ones are a few kilobytes. */
export const TEMPLATE_FILE_MAX_BYTES = 1_000_000;

/** Reads a template file a lead chose, then saves it as their own. Throws FileFormatError with a message a lead can act on. */
export async function importTemplateFile(db: UpstreamDatabase, file: Pick<File, 'size' | 'text' | 'name'>): Promise<{ id: string; title: string; replaced: boolean }> {
  if (file.size > TEMPLATE_FILE_MAX_BYTES) throw new FileFormatError(`“${file.name}” is too large to be an Upstream campaign template.`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new FileFormatError(`Upstream could not read “${file.name}”.`);
  }
  return saveOwnTemplate(db, text);
}

/** Matches a template's partner wording ("MHST", "School nurse") to the school's partners. */
export function matchPartners(wording: string | undefined, partners: Partner[]): string[] {
  if (!wording) return [];
  const lower = wording.toLowerCase();
  const byKind = lower.includes('mhst') || lower.includes('mental health support') ? partners.filter((p) => p.kind === 'mhst') : [];
  const byName = partners.filter((p) => lower.includes(p.name.toLowerCase()) || p.name.toLowerCase().includes(lower));
  return [...new Set([...byKind, ...byName].map((p) => p.id))];
}
