/**
 * What a file may hold: limits checked before and while reading, each refusal naming its limit
 * in Chinese and English, never a library's words. The limits are lowered here so that the files
 * stay small; the real ones are the same checks (tests/api/importLimits.test.ts, `npm run bench`).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseFile } from '../../server/import/index.ts';
import { importLimits } from '../../server/import/limits.ts';
import type { ImportContext } from '../../server/import/plan.ts';
import { delimiterOf, textEncoding } from '../../server/import/sheet.ts';
import { lyingXlsxBomb, manyPartsXlsx, wideCsv, xlsxBomb } from '../helpers/bombs.ts';

const ctx: ImportContext = { indicators: [], areas: [], contract: null };
const saved = { ...importLimits };
afterEach(() => Object.assign(importLimits, saved));

async function refusal(fileName: string, bytes: Uint8Array) {
  const parsed = await parseFile(fileName, bytes, ctx);
  expect(parsed.ok).toBe(false);
  const [first] = parsed.plan.problems;
  // Our words, in both languages: no stack, no library message.
  expect(first?.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(first?.message.en).not.toMatch(/Cannot read properties|undefined|at .*\.js/);
  return first;
}

describe('the limits of a file', () => {
  it('an XLSX that unpacks past the limit is refused from its directory, before exceljs sees it', async () => {
    importLimits.xlsxUncompressedBytes = 2 * 1024 * 1024;
    const bomb = await xlsxBomb(6);
    expect(bomb.length).toBeLessThan(100_000);
    const p = await refusal('bomb.xlsx', bomb);
    expect(p?.code).toBe('import/xlsx_too_large');
    expect(p?.message.zh).toContain('上限 2.0 MB');
    expect(p?.message.en).toContain('limit of 2.0 MB');
  });

  it('one that lies about its size in its directory is stopped while it unpacks', async () => {
    importLimits.xlsxUncompressedBytes = 2 * 1024 * 1024;
    const p = await refusal('liar.xlsx', await lyingXlsxBomb(6));
    expect(p?.code).toBe('import/xlsx_size_mismatch');
  });

  it('an archive of too many parts is refused', async () => {
    importLimits.xlsxEntries = 50;
    const p = await refusal('parts.xlsx', await manyPartsXlsx(80));
    expect(p?.code).toBe('import/xlsx_entries');
    expect(p?.message.en).toContain('over the limit of 50');
  });

  it('a text file of too many cells is refused before it is split into them', async () => {
    importLimits.cells = 10_000;
    const p = await refusal('wide.csv', wideCsv(2_000, 20));
    expect(p?.code).toBe('import/too_many_cells');
    expect(p?.message.zh).toContain('10000');
  });

  it('a file over the size limit is refused', async () => {
    importLimits.fileBytes = 1024;
    const p = await refusal('big.csv', wideCsv(200, 10));
    expect(p?.code).toBe('import/too_large');
  });

  it('Excel 97–2003 and PDF files are refused with what to do instead', async () => {
    const xls = await refusal('表.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(xls?.code).toBe('import/xls');
    expect(xls?.message.zh).toContain('.xlsx');
    const pdf = await refusal('报告.pdf', Buffer.from('%PDF-1.7\n'));
    expect(pdf?.code).toBe('import/pdf');
  });
});

describe('encodings and separators, detected, never asked', () => {
  const text = '服务片区,电访\r\n片区1,1350\r\n';
  it.each([
    ['UTF-8 with BOM', Buffer.from('\ufeff' + text), 'utf-8'],
    ['UTF-8', Buffer.from(text), 'utf-8'],
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'utf-16le',
    ],
    ['UTF-16 LE without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    // 服务片区,电访 as GB18030 (GBK) bytes, written out so the test needs no encoder.
    [
      'GB18030',
      Buffer.from([0xb7, 0xfe, 0xce, 0xf1, 0xc6, 0xac, 0xc7, 0xf8, 0x2c, 0xb5, 0xe7, 0xb7, 0xc3]),
      'gb18030',
    ],
  ])('%s', (_name, bytes, encoding) => expect(textEncoding(bytes)?.encoding).toBe(encoding));

  it('bytes that are none of these are not guessed at', () => {
    expect(textEncoding(Buffer.from([0x31, 0xff, 0x2c, 0xff]))).toBeNull();
  });

  it.each([
    ['a title line, then tabs', '附件1 统计表\n服务片区\t电访\t入户\n片区1\t1\t2\n', '\t'],
    [
      'commas inside a tab file’s footnote',
      'a\tb\tc\nd\te\tf\n注：人口(116428人),户数437户,人数1427人\n',
      '\t',
    ],
    ['semicolons', 'a;b;c\n1;2;3\n', ';'],
    ['commas', 'a,b,c\n1,2,3\n', ','],
  ])('%s', (_name, head, delimiter) => expect(delimiterOf(head)).toBe(delimiter));
});
