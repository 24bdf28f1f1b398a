/**
 * Reading CSV files the way schools actually have them: Microsoft Forms and Google Forms exports
 * (UTF-8, often with a byte-order mark), Excel "CSV" saved as Windows-1252 or UTF-16 ("Unicode
 * text", tab-separated), semicolons from European-locale Excel, quoted answers with line breaks,
 * rows with missing trailing cells.
 *
 * Files are STREAMED: read in slices (1 MB by default), decoded with a streaming TextDecoder (so a
 * character split across slices is never garbled) and parsed with Papa Parse's parser, keeping only
 * the unfinished last row between slices. Memory does not grow with the file. A file larger than
 * `maxBytes` (250 MB) is refused before a single byte is read, and a row longer than `maxRowChars`
 * (1 MB) stops the read: neither is a survey export.
 *
 * Pure TypeScript (TextDecoder and Papa Parse run in a worker, a page and Node alike): the worker in
 * renderer/src/features/trends/csv.worker.ts drives it, and tests drive it directly.
 */
import Papa from 'papaparse';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type CsvDelimiter = ',' | ';' | '\t' | '|';

export const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' };
export const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (older Excel)',
  'utf-16le': 'UTF-16 (Excel “Unicode text”)',
  'utf-16be': 'UTF-16 big-endian',
};

export const CSV_LIMITS = {
  /** Refused before reading: a school survey export of even a million responses is smaller. */
  maxBytes: 250 * 1024 * 1024,
  /** A single row longer than this is not a survey response. */
  maxRowChars: 1024 * 1024,
  /** Slice size for reading. */
  chunkBytes: 1024 * 1024,
};

/** A plain-English reason an import cannot go ahead, naming the row and column where there is one. */
export class CsvProblem extends Error {
  constructor(
    message: string,
    readonly where?: { row?: number; column?: string },
  ) {
    super(message);
    this.name = 'CsvProblem';
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 0 })} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} kB`;
  return `${bytes} bytes`;
}

/** The refusal for a file over the limit, before reading it. */
export function sizeProblem(size: number, limits = CSV_LIMITS): CsvProblem | null {
  if (size <= limits.maxBytes) return null;
  return new CsvProblem(
    `This file is ${formatBytes(size)}. Upstream reads files up to ${formatBytes(limits.maxBytes)}, which is far more than a school survey needs, so this is probably not a survey export. ` +
      'Check you chose the right file, or delete columns you do not need (names, emails, comments) in Excel and save it again.',
  );
}

// ── Not a CSV file at all ───────────────────────────────────────────────────────────────────────

/** Files people pick by mistake, by their first bytes. */
const NOT_CSV_SIGNATURES: Array<{ bytes: number[]; what: string; advice?: string }> = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook or another zipped file (such as .xlsx or .docx)', advice: 'In Excel, choose File → Save a Copy → CSV UTF-8, then import that file.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an older Excel or Word file (.xls or .doc)', advice: 'In Excel, choose File → Save As → CSV UTF-8, then import that file.' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG picture' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG photo' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF picture' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: 'a sound, video or picture file' },
];

/**
 * A file that is plainly not text: a known signature, or NUL and control bytes no CSV holds. Checked
 * on the first bytes before any parsing, so a picture never reads as "row 2 has 24 cells".
 */
export function notCsvProblem(head: Uint8Array, encoding: CsvEncoding): CsvProblem | null {
  const found = NOT_CSV_SIGNATURES.find((sig) => sig.bytes.every((byte, i) => head[i] === byte));
  const advice = found?.advice ?? 'Choose the .csv file your survey tool exported (in Excel: File → Save As → CSV UTF-8).';
  if (found) return new CsvProblem(`This is not a CSV file: it looks like ${found.what}. ${advice}`);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return new CsvProblem(`This is not a CSV file: it holds binary data, not text. ${advice}`);
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return head.length > 0 && control / head.length > 0.01 ? new CsvProblem(`This is not a CSV file: it holds binary data, not text. ${advice}`) : null;
}

// ── Encoding ────────────────────────────────────────────────────────────────────────────────────

/** The encoding of a file from its first bytes: a byte-order mark if there is one, else UTF-8 if the bytes are valid UTF-8, else Windows-1252. */
export function detectEncoding(head: Uint8Array): { encoding: CsvEncoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // UTF-16 without a BOM: every other byte zero in ASCII text.
  if (head.length >= 4 && head[1] === 0 && head[3] === 0 && head[0] !== 0) return { encoding: 'utf-16le', bom: 0 };
  return { encoding: isValidUtf8(head) ? 'utf-8' : 'windows-1252', bom: 0 };
}

/** True when the bytes are valid UTF-8, allowing a character cut off at the very end (the slice boundary). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let end = bytes.length;
  // Step back over an incomplete trailing sequence (at most 3 continuation bytes after a lead byte).
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      if (back < needed) end -= back;
    }
    break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

// ── Delimiter and line endings ──────────────────────────────────────────────────────────────────

const CANDIDATES: CsvDelimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter of a file from its first lines: the candidate that appears, outside quotes, the same
 * non-zero number of times on most lines (ties go to the larger count, then to the comma). A single
 * column has no delimiter: that is reported as commas.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const lines = splitRecords(sample, 12);
  if (lines.length === 0) return ',';
  let best: { delimiter: CsvDelimiter; score: number; count: number } = { delimiter: ',', score: 0, count: 0 };
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const header = counts[0]!;
    if (header === 0) continue;
    // How many lines agree with the header's count (a ragged row or two does not change the verdict).
    const agreeing = counts.filter((c) => c === header).length;
    const score = agreeing / counts.length;
    if (score > best.score || (score === best.score && header > best.count)) best = { delimiter, score, count: header };
  }
  return best.delimiter;
}

/** Whole records (quoted newlines kept inside) from the start of a text, at most `limit`. The last one may be cut off. */
function splitRecords(text: string, limit: number): string[] {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && records.length < limit; i += 1) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (i > start) records.push(text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      start = i + 1;
    }
  }
  if (records.length < limit && start < text.length) records.push(text.slice(start));
  return records.filter((r) => r.trim() !== '');
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) count += 1;
  }
  return count;
}

/** The line ending between records (outside quotes), so a line break inside a quoted answer stays in the answer. */
export function detectNewline(sample: string): '\r\n' | '\n' | '\r' {
  let inQuotes = false;
  for (let i = 0; i < sample.length; i += 1) {
    const ch = sample[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\r') return sample[i + 1] === '\n' ? '\r\n' : '\r';
    else if (!inQuotes && ch === '\n') return '\n';
  }
  return '\n';
}

// ── Streaming ───────────────────────────────────────────────────────────────────────────────────

/** What the reader needs of a File or Blob (so tests can pass their own). */
export interface ByteSource {
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface CsvReadInfo {
  encoding: CsvEncoding;
  hadBom: boolean;
  delimiter: CsvDelimiter;
  /** Records read, header included, blank lines not counted. */
  records: number;
}

export interface CsvReadOptions {
  /** Called with each record (an array of cells) and its 1-based line-of-records number (1 = header). Return false to stop. */
  onRecord: (cells: string[], recordNumber: number) => void | false;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Checked between slices; when it returns true the read stops with a CsvProblem('cancelled'). */
  cancelled?: () => boolean;
  limits?: Partial<typeof CSV_LIMITS>;
  /** Force an encoding instead of detecting one. */
  encoding?: CsvEncoding;
}

export const CANCELLED = 'The import was cancelled.';

/**
 * Streams a file through the parser, calling onRecord for every non-blank record. If a file that
 * looked like UTF-8 turns out not to be (an accented letter from older Excel half-way down), it is
 * read again from the start as Windows-1252: `onRestart` tells the caller to forget what it counted.
 */
export async function readCsv(source: ByteSource, options: CsvReadOptions & { onRestart?: () => void }): Promise<CsvReadInfo> {
  const limits = { ...CSV_LIMITS, ...options.limits };
  const tooBig = sizeProblem(source.size, limits);
  if (tooBig) throw tooBig;
  if (source.size === 0) throw new CsvProblem('The file is empty.');

  const head = new Uint8Array(await source.slice(0, Math.min(source.size, 64 * 1024)).arrayBuffer());
  const detected = options.encoding ? { encoding: options.encoding, bom: 0 } : detectEncoding(head);
  const notCsv = notCsvProblem(head, detected.encoding);
  if (notCsv) throw notCsv;
  try {
    return await readWith(source, detected.encoding, detected.bom, options, limits);
  } catch (error) {
    if (error instanceof NotUtf8 && !options.encoding) {
      options.onRestart?.();
      return readWith(source, 'windows-1252', 0, options, limits);
    }
    throw error;
  }
}

class NotUtf8 extends Error {}

async function readWith(source: ByteSource, encoding: CsvEncoding, bom: number, options: CsvReadOptions, limits: typeof CSV_LIMITS): Promise<CsvReadInfo> {
  // Without a BOM, UTF-8 is a guess from the first bytes: decode strictly so a later invalid byte shows the guess was wrong.
  const strict = encoding === 'utf-8' && bom === 0;
  const decoder = new TextDecoder(encoding, { fatal: strict, ignoreBOM: false });
  let delimiter: CsvDelimiter | null = null;
  let parser: Papa.Parser | null = null;
  let pending = '';
  let records = 0;
  let stopped = false;

  const emit = (rows: string[][]) => {
    for (const row of rows) {
      if (stopped) return;
      if (row.length === 1 && row[0]!.trim() === '') continue; // blank line
      if (row.every((cell) => cell.trim() === '') && records > 0) continue;
      records += 1;
      if (options.onRecord(row, records) === false) stopped = true;
    }
  };

  const feed = (text: string, final: boolean) => {
    pending += text;
    if (parser === null) {
      // Wait for enough text to see the first few lines, unless this is all there is.
      if (!final && pending.length < 16 * 1024) return;
      if (pending.charCodeAt(0) === 0xfeff) pending = pending.slice(1);
      delimiter = detectDelimiter(pending.slice(0, 64 * 1024));
      parser = new Papa.Parser({ delimiter, newline: detectNewline(pending.slice(0, 64 * 1024)), quoteChar: '"' });
    }
    const result = parser.parse(pending, 0, !final) as { data: string[][]; errors: { code: string }[]; meta: { cursor: number } };
    if (final && result.errors.some((e) => e.code === 'MissingQuotes')) {
      const row = records + result.data.length;
      throw new CsvProblem(`Row ${row} has a quote mark (") that is never closed, so the rest of the file would be read as one answer. Check the row in Excel and save the file again.`, { row });
    }
    emit(result.data);
    const cursor = final ? pending.length : result.meta.cursor;
    pending = pending.slice(cursor);
    if (pending.length > limits.maxRowChars) {
      throw new CsvProblem(`Row ${records + 1} is longer than ${formatBytes(limits.maxRowChars)}, so this does not look like a survey export. Check for a quote mark (") that is never closed.`, { row: records + 1 });
    }
  };

  for (let offset = bom; offset < source.size && !stopped; offset += limits.chunkBytes) {
    if (options.cancelled?.()) throw new CsvProblem(CANCELLED);
    const end = Math.min(source.size, offset + limits.chunkBytes);
    const bytes = new Uint8Array(await source.slice(offset, end).arrayBuffer());
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new NotUtf8();
    }
    feed(text, false);
    options.onProgress?.(end, source.size);
  }
  if (!stopped) {
    let tail: string;
    try {
      tail = decoder.decode();
    } catch {
      throw new NotUtf8();
    }
    feed(tail, true);
  }
  return { encoding, hadBom: bom > 0, delimiter: delimiter ?? ',', records };
}

/** Parses a whole string (for small inputs and tests), same rules as readCsv. */
export async function readCsvText(text: string, onRecord: CsvReadOptions['onRecord']): Promise<CsvReadInfo> {
  const bytes = new TextEncoder().encode(text);
  return readCsv(bytesSource(bytes), { onRecord });
}

/** A ByteSource over bytes in memory. */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    slice: (start, end) => ({ arrayBuffer: async () => bytes.slice(start, end).buffer as ArrayBuffer }),
  };
}

/** Column names made unique and never blank: "Question", "Question (2)", "Column 5". */
export function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const base = raw.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
