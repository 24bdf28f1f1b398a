/** A write refused before anything was stored: the app's one form error, under the name trends code knows. */
export { FormValidationError as TrendsValidationError } from '@shared/field-errors';
