import { FileFormatError } from '@shared/file-format';
import { parseWorkshopTemplate, type WorkshopTemplate } from '@shared/workshop-templates';

export type WorkshopTemplateEntry = { key: string; template: WorkshopTemplate } | { key: string; fileName: string; error: string };

const files = import.meta.glob('../../../../resources/templates/workshops/*.json', { eager: true, import: 'default' });

/** The workshop templates shipped in resources/templates/workshops, checked once. */
export const BUILT_IN_WORKSHOP_TEMPLATES: WorkshopTemplateEntry[] = Object.entries(files)
  .map(([path, json]): WorkshopTemplateEntry => {
    const fileName = path.split('/').pop() ?? path;
    try {
      const template = parseWorkshopTemplate(json);
      return { key: template.id, template };
    } catch (error) {
      return { key: fileName, fileName, error: error instanceof FileFormatError ? error.message : 'This template file is damaged.' };
    }
  })
  // Parents' workshop first: the one most schools start with.
  .sort((a, b) => order(a) - order(b));

function order(entry: WorkshopTemplateEntry): number {
  const ids = ['parent-sleep-workshop', 'year-11-exam-stress', 'staff-sleep-briefing', 'sleep-assembly'];
  const index = ids.indexOf(entry.key);
  return index === -1 ? ids.length : index;
}

export function findWorkshopTemplate(id: string | null | undefined): WorkshopTemplate | undefined {
  const entry = BUILT_IN_WORKSHOP_TEMPLATES.find((t) => t.key === id);
  return entry && 'template' in entry ? entry.template : undefined;
}
