/**
 * An XLSX file is a ZIP archive of XML. Before exceljs inflates it, its directory is checked
 * against the limits (entries, declared size), then every entry is inflated once with the size
 * it declares enforced by yauzl, so a small file that holds hundreds of megabytes of XML (or
 * says it holds less than it does) is refused before it can take the memory and the time.
 */
import yauzl from 'yauzl';
import { importLimits, megabytes } from './limits.ts';
import { ImportFailure } from './problems.ts';

/** Parts that may be large in a genuine workbook: the sheets and their shared strings. */
const bulkPart = /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/;

/** Column letters → number (A → 1, XFD → 16384). */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The cells of the `<mergeCell ref="A1:B2"/>` ranges whole in `text`. */
function mergedCells(text: string): number {
  let cells = 0;
  for (const m of text.matchAll(/<mergeCell ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g)) {
    const [, c1 = 'A', r1 = '1', c2 = 'A', r2 = '1'] = m;
    const cols = Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
    const rows = Math.abs(Number(r2) - Number(r1)) + 1;
    cells += cols * rows;
  }
  return cells;
}

export async function checkArchive(fileName: string, bytes: Uint8Array): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      autoClose: false,
      // Checked below, chunk by chunk, to refuse with our own words.
      validateEntrySizes: false,
    });
  } catch {
    throw new ImportFailure('import/bad_xlsx', { file: fileName });
  }
  if (zip.entryCount > importLimits.xlsxEntries)
    throw new ImportFailure('import/xlsx_entries', {
      file: fileName,
      value: String(zip.entryCount),
      limit: String(importLimits.xlsxEntries),
    });
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      entries.push(entry);
    }
  } catch {
    throw new ImportFailure('import/bad_xlsx', { file: fileName });
  }
  const limit = importLimits.xlsxUncompressedBytes;
  const tooLarge = (size: number) =>
    new ImportFailure('import/xlsx_too_large', {
      file: fileName,
      value: megabytes(size),
      limit: megabytes(limit),
    });
  if (declared > limit) throw tooLarge(declared);
  const partLimit = importLimits.xlsxPartBytes;
  const oversized = entries.find((e) => !bulkPart.test(e.fileName) && e.uncompressedSize > partLimit);
  if (oversized)
    throw new ImportFailure('import/xlsx_part_too_large', {
      file: fileName,
      value: oversized.fileName,
      limit: megabytes(partLimit),
    });
  // Inflated for real, each entry stopped as soon as it passes the size it declares; a sheet's
  // merged ranges are added up on the way (exceljs spreads each over its cells).
  let inflated = 0;
  let merged = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    let own = 0;
    let tail = '';
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName);
    try {
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        own += (chunk as Buffer).length;
        inflated += (chunk as Buffer).length;
        if (sheet) {
          const text = tail + (chunk as Buffer).toString('latin1');
          merged += mergedCells(text);
          // A tag cut between two chunks is read whole with the next one.
          const cut = text.lastIndexOf('<');
          tail = cut >= 0 && text.length - cut < 200 ? text.slice(cut) : '';
          if (merged > importLimits.cells) {
            stream.destroy();
            throw new ImportFailure('import/too_many_cells', {
              file: fileName,
              limit: String(importLimits.cells),
            });
          }
        }
        if (own > entry.uncompressedSize) {
          stream.destroy();
          // More bytes than the directory declared: a file built to slip past the size check.
          throw new ImportFailure('import/xlsx_size_mismatch', {
            file: fileName,
            value: megabytes(entry.uncompressedSize),
          });
        }
        if (inflated > limit) {
          stream.destroy();
          throw tooLarge(inflated);
        }
      }
    } catch (error) {
      zip.close();
      if (error instanceof ImportFailure) throw error;
      throw new ImportFailure('import/bad_xlsx', { file: fileName });
    }
  }
  zip.close();
}
