/**
 * Files built to take a server's memory and time, for the import's limits: an XLSX that unpacks
 * to far more XML than its size (a ZIP bomb), the same lying about its size in its directory,
 * one of very many parts, and a text file of very many cells.
 */
import JSZip from 'jszip';

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

/** An XLSX whose one sheet holds about `megabytes` of repetitive XML (compresses about 1,000:1). */
export async function xlsxBomb(megabytes: number): Promise<Buffer> {
  const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="B${r}"><v>2</v></c></row>`;
  const rowsPerMb = Math.floor((1024 * 1024) / row(100000).length);
  const chunk = Array.from({ length: rowsPerMb }, (_, i) => row(100000 + (i % 10))).join('');
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${chunk.repeat(megabytes)}</sheetData></worksheet>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * The bomb with its sheet's uncompressed size written as `claimed` bytes in the local header and
 * the central directory, so that a check of the declared sizes alone lets it through.
 */
export async function lyingXlsxBomb(megabytes: number, claimed = 1000): Promise<Buffer> {
  const bytes = await xlsxBomb(megabytes);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (const [signature, sizeAt, nameAt] of [
    [0x04034b50, 22, 30],
    [0x02014b50, 24, 46],
  ] as const)
    for (let i = 0; i < bytes.length - 4; i++)
      if (
        bytes.readUInt32LE(i) === signature &&
        bytes.subarray(i + nameAt, i + nameAt + name.length).equals(name)
      )
        bytes.writeUInt32LE(claimed, i + sizeAt);
  return bytes;
}

/** An XLSX-looking archive of `count` tiny parts. */
export async function manyPartsXlsx(count: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes);
  for (let i = 0; i < count; i++) zip.file(`xl/parts/p${i}.xml`, '<a/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A CSV of `rows` rows × `columns` columns of small numbers. */
export function wideCsv(rows: number, columns: number): Buffer {
  const line = Array.from({ length: columns }, (_, i) => i % 10).join(',') + '\n';
  return Buffer.from(line.repeat(rows));
}
