import 'server-only';
import { ZipFile } from 'yazl';

/**
 * A ZIP of the given files through yazl: entries stored (PDFs are compressed already), dated now, UTF-8
 * names, and ZIP64 records written when an edition's PDFs outgrow 4 GB or 65,535 files.
 */
export function buildZip(files: { name: string; data: Buffer }[], mtime = new Date()): Promise<Buffer> {
  const zip = new ZipFile();
  for (const file of files) zip.addBuffer(file.data, file.name, { mtime, compress: false });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
