/**
 * A save refused before anything was written because a form's fields need fixing. One class for
 * every form (campaigns, activities, workshop plans, partners, resources, settings, trends): its
 * `errors` map each field ("title", "sources.1.url") to a plain-English message shown beside it.
 * Files that cannot be read are a different thing: see FileFormatError in ./file-format.
 */
import type { FieldErrors } from './school-settings';

export class FormValidationError extends Error {
  override readonly name = 'FormValidationError';
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors)[0] ?? 'Some fields need fixing.');
  }
}
