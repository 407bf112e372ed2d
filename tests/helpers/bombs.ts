/**
 * Files built to take a server's memory and time, for the import's limits: an XLSX that unpacks
 * to far more XML than its size (a ZIP bomb), the same lying about its size in its directory,
 * one of very many parts, and a text file of very many cells.
 */
import zlib from 'node:zlib';
import JSZip from 'jszip';

const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

interface ZipPart {
  name: string;
  /** The part's bytes: `chunk` repeated `repeat` times. */
  chunk: Buffer;
  repeat: number;
  /** The uncompressed size to write in the headers, when it should lie. */
  claimed?: number;
}

/**
 * A ZIP archive written part by part through zlib's deflate, so that a part of a gigabyte never
 * exists in memory as a whole (JSZip would need it as one string, past what V8 allows).
 */
async function zipOf(parts: readonly ZipPart[]): Promise<Buffer> {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const deflate = zlib.createDeflateRaw({ level: 9 });
    const compressed: Buffer[] = [];
    deflate.on('data', (b: Buffer) => compressed.push(b));
    const ended = new Promise((resolve) => deflate.on('end', resolve));
    let crc = 0;
    for (let i = 0; i < part.repeat; i++) {
      crc = zlib.crc32(part.chunk, crc);
      if (!deflate.write(part.chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
    }
    deflate.end();
    await ended;
    const data = Buffer.concat(compressed);
    const size = part.claimed ?? part.chunk.length * part.repeat;
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

const contentTypesPart = (): ZipPart => ({
  name: '[Content_Types].xml',
  chunk: Buffer.from(contentTypes),
  repeat: 1,
});

/** About a megabyte of sheet rows, the same row over and over (it deflates some 300:1). */
const rowsChunk = () => {
  const row = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>';
  return Buffer.from(row.repeat(Math.floor((1024 * 1024) / row.length)));
};

/** An XLSX whose one sheet holds about `megabytes` of XML, in a small fraction of that. */
export function xlsxBomb(megabytes: number): Promise<Buffer> {
  return zipOf([
    contentTypesPart(),
    { name: 'xl/worksheets/sheet1.xml', chunk: rowsChunk(), repeat: megabytes },
  ]);
}

/**
 * The bomb with its sheet's uncompressed size written as `claimed` bytes in the local header and
 * the central directory, so that a check of the declared sizes alone lets it through.
 */
export function lyingXlsxBomb(megabytes: number, claimed = 1000): Promise<Buffer> {
  return zipOf([
    contentTypesPart(),
    { name: 'xl/worksheets/sheet1.xml', chunk: rowsChunk(), repeat: megabytes, claimed },
  ]);
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
