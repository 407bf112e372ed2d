/**
 * What one file may hold, checked before and while it is read (`archive.ts`, `sheet.ts`) and
 * by the worker that reads it (`isolate.ts`): a file that passes cannot take the server's
 * memory or time, and one that does not is refused with the limit named.
 */
export const importLimits = {
  /** The file as uploaded. */
  fileBytes: 10 * 1024 * 1024,
  /** An XLSX's XML once inflated (a 100,000-row long template is about 20 MB). */
  xlsxUncompressedBytes: 64 * 1024 * 1024,
  /** One part of an XLSX other than its sheets and shared strings (styles, themes …). */
  xlsxPartBytes: 8 * 1024 * 1024,
  /** Rows a sheet may span (a 100,000-row long template and room to spare). */
  rows: 200_000,
  /** Files inside an XLSX (a workbook has a dozen; hundreds means something else). */
  xlsxEntries: 500,
  /** Non-empty and empty cells of the grid read (100,000 rows × 10 columns). */
  cells: 1_000_000,
  /** Heap of the worker that reads a file; past it the worker stops and the file is refused. */
  workerHeapMb: 512,
};

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
