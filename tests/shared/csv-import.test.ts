import { describe, expect, it } from 'vitest';
import { bytesSource, CsvProblem, detectDelimiter, detectEncoding, readCsv, readCsvText, sizeProblem, uniqueHeaders, type ByteSource } from '../../shared/csv-import';

async function records(source: ByteSource | string, limits?: Parameters<typeof readCsv>[1]['limits']) {
  const rows: string[][] = [];
  const src = typeof source === 'string' ? bytesSource(new TextEncoder().encode(source)) : source;
  const info = await readCsv(src, { onRecord: (cells) => void rows.push(cells), ...(limits ? { limits } : {}) });
  return { rows, info };
}

/** Windows-1252 bytes for a string of Latin-1 characters and a few 1252 specials. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

describe('decoding', () => {
  it('reads UTF-8 with a byte-order mark (Microsoft Forms) without a stray character in the first header', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Name,Café\nAmy,Oui\n')]);
    const { rows, info } = await records(bytesSource(bytes));
    expect(info).toMatchObject({ encoding: 'utf-8', hadBom: true });
    expect(rows).toEqual([
      ['Name', 'Café'],
      ['Amy', 'Oui'],
    ]);
  });

  it('reads Windows-1252 from older Excel with no mojibake', async () => {
    const { rows, info } = await records(bytesSource(cp1252('Question,Answer\n“Café”,It’s 5€ – fine\n')));
    expect(info.encoding).toBe('windows-1252');
    expect(rows[1]).toEqual(['“Café”', 'It’s 5€ – fine']);
  });

  it('falls back to Windows-1252 when a bad byte appears far into a file that began as plain ASCII', async () => {
    const ascii = 'Q1,Q2\n' + 'Often,Never\n'.repeat(20_000);
    const bytes = new Uint8Array([...new TextEncoder().encode(ascii), ...cp1252('Caf\u00e9,Always\n')]);
    let restarts = 0;
    const rows: string[][] = [];
    const info = await readCsv(bytesSource(bytes), {
      onRecord: (cells) => void rows.push(cells),
      onRestart: () => {
        restarts += 1;
        rows.length = 0;
      },
      limits: { chunkBytes: 64 * 1024 },
    });
    expect(restarts).toBe(1);
    expect(info.encoding).toBe('windows-1252');
    expect(rows.at(-1)).toEqual(['Café', 'Always']);
    expect(rows).toHaveLength(20_002);
  });

  it('reads UTF-16 (Excel “Unicode text”, tab separated)', async () => {
    const text = 'Year\tHow often?\nY9\tOften\n';
    const body = new Uint8Array(text.length * 2);
    [...text].forEach((ch, i) => {
      body[i * 2] = ch.charCodeAt(0);
    });
    const { rows, info } = await records(bytesSource(new Uint8Array([0xff, 0xfe, ...body])));
    expect(info).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(rows[1]).toEqual(['Y9', 'Often']);
  });

  it('never splits a character across slices', async () => {
    const text = 'Q\n' + 'é€😴\n'.repeat(5000);
    const rows: string[][] = [];
    await readCsv(bytesSource(new TextEncoder().encode(text)), { onRecord: (c) => void rows.push(c), limits: { chunkBytes: 1000 } });
    expect(rows.slice(1).every((r) => r[0] === 'é€😴')).toBe(true);
    expect(rows).toHaveLength(5001);
  });

  it('detects encodings from the first bytes', () => {
    expect(detectEncoding(new TextEncoder().encode('plain'))).toEqual({ encoding: 'utf-8', bom: 0 });
    expect(detectEncoding(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c]))).toEqual({ encoding: 'windows-1252', bom: 0 });
    // A multi-byte character cut off at the end of the sample is still UTF-8.
    expect(detectEncoding(new Uint8Array([0x41, 0xc3]))).toEqual({ encoding: 'utf-8', bom: 0 });
  });
});

describe('delimiters, quotes and rows', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    [';', 'Name;Year;Answer\nAmy;9;"Often; sometimes"\nBen;9;Never\n'],
    ['\t', 'a\tb\n1\t2\n'],
    ['|', 'a|b|c\n1|2|3\n'],
  ])('detects %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('prefers the delimiter that is consistent over one that only appears inside answers', () => {
    expect(detectDelimiter('Year;Comment\n9;"I sleep, mostly"\n10;"Fine, thanks, ok"\n')).toBe(';');
  });

  it('keeps line breaks and quotes inside quoted answers', async () => {
    const { rows } = await records('Q1,Comment\r\nOften,"Line one\r\nline two, with ""quotes"""\r\nNever,ok\r\n');
    expect(rows).toEqual([
      ['Q1', 'Comment'],
      ['Often', 'Line one\r\nline two, with "quotes"'],
      ['Never', 'ok'],
    ]);
  });

  it('keeps a quoted line break that straddles two slices', async () => {
    const long = 'x'.repeat(3000);
    const text = `Q,C\nA,"${long}\n${long}"\nB,done\n`;
    const { rows } = await records(bytesSource(new TextEncoder().encode(text)), { chunkBytes: 1024 });
    expect(rows).toHaveLength(3);
    expect(rows[1]![1]).toBe(`${long}\n${long}`);
    expect(rows[2]).toEqual(['B', 'done']);
  });

  it('returns ragged rows as they are (the analyser decides), and skips blank lines', async () => {
    const { rows } = await records('a,b,c\n1,2\n\n1,2,3,4\n');
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', '2'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('reads a file without a final newline, and one with only a header', async () => {
    expect((await records('a,b\n1,2')).rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect((await records('a,b\n')).rows).toEqual([['a', 'b']]);
  });

  it('refuses an empty file, a file over the size limit before reading it, and a runaway quoted cell', async () => {
    await expect(records('')).rejects.toThrow('The file is empty.');
    let read = false;
    const huge: ByteSource = {
      size: 500 * 1024 * 1024,
      slice: () => ({
        arrayBuffer: async () => {
          read = true;
          return new ArrayBuffer(0);
        },
      }),
    };
    await expect(records(huge)).rejects.toThrow(/This file is 500 MB\. Upstream reads files up to 250 MB/);
    expect(read).toBe(false);
    expect(sizeProblem(10)).toBeNull();
    const runaway = 'a,b\n1,"never closed' + 'x'.repeat(50_000);
    await expect(records(bytesSource(new TextEncoder().encode(runaway)), { chunkBytes: 4096, maxRowChars: 20_000 })).rejects.toThrow(/^Row 2 is longer than 20 kB/);
    await expect(records('a,b\n1,2\n3,"never closed\n4,5\n')).rejects.toThrow(/^Row 3 has a quote mark \(\"\) that is never closed/);
    await expect(records('a,b\n1,2\n3,"never closed\n4,5\n')).rejects.toBeInstanceOf(CsvProblem);
  });

  it('streams a large file in slices, calling back with progress', async () => {
    const text = 'Year,Q1\n' + 'Y9,Often\n'.repeat(50_000);
    const progress: number[] = [];
    let count = 0;
    await readCsv(bytesSource(new TextEncoder().encode(text)), { onRecord: () => void (count += 1), onProgress: (read) => progress.push(read), limits: { chunkBytes: 64 * 1024 } });
    expect(count).toBe(50_001);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(text.length);
  });

  it('stops when cancelled', async () => {
    const text = 'Q\n' + 'a\n'.repeat(100_000);
    let calls = 0;
    await expect(readCsv(bytesSource(new TextEncoder().encode(text)), { onRecord: () => undefined, cancelled: () => ++calls > 2, limits: { chunkBytes: 4096 } })).rejects.toThrow('The import was cancelled.');
  });

  it('names blank and repeated headers so every column can be told apart', async () => {
    expect(uniqueHeaders(['\uFEFFName', '', 'Q', 'q', 'Q'])).toEqual(['Name', 'Column 2', 'Q', 'q (2)', 'Q (3)']);
    const seen: string[][] = [];
    await readCsvText('x\n1\n', (cells) => void seen.push(cells));
    expect(seen).toEqual([['x'], ['1']]);
  });
});

describe('a file that is not a CSV at all', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]);
  const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new TextEncoder().encode('[Content_Types].xml')]);
  const binary = new Uint8Array(Array.from({ length: 500 }, (_, i) => (i * 7919) % 256));

  it.each([
    ['a PNG picture', png, 'This is not a CSV file: it looks like a PNG picture.'],
    ['an Excel workbook', xlsx, 'This is not a CSV file: it looks like an Excel workbook or another zipped file (such as .xlsx or .docx). In Excel, choose File → Save a Copy → CSV UTF-8'],
    ['random bytes', binary, 'This is not a CSV file: it holds binary data, not text.'],
  ])('says so for %s, before reading a row', async (_label, bytes, message) => {
    const rows: string[][] = [];
    const read = readCsv(bytesSource(bytes), { onRecord: (cells) => void rows.push(cells) });
    await expect(read).rejects.toThrow(CsvProblem);
    await expect(read).rejects.toThrow(message);
    expect(rows).toEqual([]);
  });

  it('still reads UTF-16 text (its zero bytes are not binary)', async () => {
    const body = [...'Topic\tCount\r\nsleep\t3\r\n'].flatMap((c) => [c.charCodeAt(0), 0]);
    const rows: string[][] = [];
    await readCsv(bytesSource(new Uint8Array([0xff, 0xfe, ...body])), { onRecord: (cells) => void rows.push(cells) });
    expect(rows).toEqual([['Topic', 'Count'], ['sleep', '3']]);
  });
});
