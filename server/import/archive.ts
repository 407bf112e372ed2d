/**
 * An XLSX file is a ZIP archive of XML. Before exceljs inflates it, its directory is checked
 * against the limits (entries, declared size), then every entry is inflated once with the size
 * it declares enforced by yauzl, so a small file that holds hundreds of megabytes of XML (or
 * says it holds less than it does) is refused before it can take the memory and the time.
 */
import yauzl from 'yauzl';
import { importLimits, megabytes } from './limits.ts';
import { ImportFailure } from './problems.ts';

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
  // Inflated for real, each entry stopped as soon as it passes the size it declares.
  let inflated = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    let own = 0;
    try {
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        own += (chunk as Buffer).length;
        inflated += (chunk as Buffer).length;
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
