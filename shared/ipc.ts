/**
 * zod schemas for every payload the renderer sends to the main process. The main process parses
 * each payload with these before acting; anything else is refused.
 */
import { z } from 'zod';
import { fitsBackupLimit, MAX_BACKUP_BYTES } from './backup';
import { isSafeExternalUrl } from './external-url';

const fileName = z
  .string()
  .min(1)
  .max(200)
  // No path separators or characters that Windows forbids in file names.
  .refine((name) => !/[\\/:*?"<>|\u0000-\u001f]/.test(name), 'File name has characters a file system refuses')
  .refine((name) => !/^\.+$/.test(name.trim()), 'File name cannot be only dots')
  // Windows refuses these names whatever the extension.
  .refine((name) => !/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i.test(name.trim()), 'That file name is reserved by Windows');

/** Every file Upstream saves fits the backup limit, a backup being the largest. */
const fitsUtf8Limit = fitsBackupLimit;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).min(1).max(10),
});

/** One limit for saving, automatic backups and restoring: the backup limit (a backup is the largest file). */
export const MAX_SAVE_BYTES = MAX_BACKUP_BYTES;

export const saveFileRequestSchema = z.object({
  suggestedName: fileName,
  data: z.union([z.string().refine(fitsUtf8Limit, 'The file is too large to save'), z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_SAVE_BYTES)]),
  mimeType: z.string().min(1).max(100),
  filters: z.array(fileFilterSchema).max(10).optional(),
}).strict();

/** One of the app's stylesheets: its URL (the shell also checks it is the app's own) or its text. */
const printStyleSchema = z.union([z.object({ href: z.string().max(2000) }).strict(), z.object({ css: z.string().max(5 * 1024 * 1024) }).strict()]);

export const printRequestSchema = z.object({
  document: z.object({
    title: z.string().max(500),
    schoolName: z.string().max(500),
    body: z.string().min(1).refine(fitsUtf8Limit, 'The document is too large to print'),
    styles: z.array(printStyleSchema).max(100),
  }).strict(),
  kind: z.enum(['a4', 'slides']),
  suggestedName: fileName,
}).strict();

export const externalUrlSchema = z.string().max(2000).refine(isSafeExternalUrl, 'Only https links to other sites can be opened');

/** An automatic backup's text (checked again when restored). */
export const automaticBackupSchema = z.string().min(2).refine(fitsUtf8Limit, 'The backup is too large');

export const backupNameSchema = z.string().regex(/^upstream-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/, 'Not an Upstream backup name');

export const clearAppStorageSchema = z.object({ includeBackups: z.boolean() }).strict();
