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
  if (names.includes('Workbook') || names.includes('Book')) return { kind: 'xls' };
  return { kind: 'other', names };
}
