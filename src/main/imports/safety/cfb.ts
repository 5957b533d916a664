// An OLE compound file (CFB, magic D0CF11E0) is either a legacy .xls or — when it holds an
// "EncryptedPackage" stream — an OOXML workbook encrypted with a password (Excel wraps the
// encrypted xlsx in CFB, whatever the file is called). We detect the latter by walking the CFB
// directory with SheetJS's CFB parser (the same code that later reads the .xls), so a password-
// protected workbook gets a precise "remove the password" message rather than "corrupt".
import { sheetjs } from '../../lib/sheetjs';

export type CfbContent = { kind: 'encrypted' } | { kind: 'xls' } | { kind: 'other'; names: string[] };

export function classifyCfb(buf: Uint8Array): CfbContent {
  const cfb = sheetjs().CFB.read(buf, { type: 'buffer' });
  const names = cfb.FileIndex.map((f: { name: string }) => f.name);
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) return { kind: 'encrypted' };
  if (names.includes('Workbook') || names.includes('Book')) {
    const stream = cfb.FileIndex.find((f: { name: string }) => f.name === 'Workbook' || f.name === 'Book') as
      { content?: Uint8Array } | undefined;
    // (a stream cut inside a record's header reads as a workbook with no cells: refused as the
    // cut one it is, as one cut inside a record's data is — round 77)
    if (stream?.content && !wholeRecords(stream.content)) throw new Error('BIFF stream cut short');
    return { kind: 'xls' };
  }
  return { kind: 'other', names };
}

/**
 * Whether a BIFF stream is a whole run of records (type, length, data): none runs past its end,
 * and what is left after the last one is no more than zero padding.
 */
export function wholeRecords(stream: Uint8Array): boolean {
  let at = 0;
  while (at + 4 <= stream.length) {
    const type = stream[at]! | (stream[at + 1]! << 8);
    const length = stream[at + 2]! | (stream[at + 3]! << 8);
    if (type === 0 && length === 0) break; // padding
    at += 4 + length;
  }
  if (at > stream.length) return false;
  for (let i = at; i < stream.length; i++) if (stream[i] !== 0) return false;
  return true;
}
