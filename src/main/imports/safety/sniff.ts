// Decide what a file is from its first bytes, never from its name: a PNG renamed .xlsx must be
// refused as "not a spreadsheet" before any parser touches it, and a CSV saved as .xls by a
// colleague should still read as text.

export type ContainerKind =
  { kind: 'zip' } | { kind: 'cfb' } | { kind: 'text' } | { kind: 'binary'; label: string };

const SIGNATURES: { label: string; bytes: number[] }[] = [
  { label: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { label: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { label: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { label: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { label: 'RAR', bytes: [0x52, 0x61, 0x72, 0x21] },
  { label: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { label: 'gzip', bytes: [0x1f, 0x8b] },
  { label: 'ELF', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'EXE', bytes: [0x4d, 0x5a] },
];

const startsWith = (buf: Uint8Array, sig: number[]) => sig.every((b, i) => buf[i] === b);

/** `head` is the first few KB of the file. */
export function sniffContainer(head: Uint8Array): ContainerKind {
  // Local file header or (empty archive) end-of-central-directory record.
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'cfb' };
  for (const s of SIGNATURES) if (startsWith(head, s.bytes)) return { kind: 'binary', label: s.label };
  // UTF-16 text has NUL bytes by nature; its BOM tells us it is text.
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return { kind: 'text' };
  // Other text never contains NUL or most C0 controls; binary formats do within a few KB.
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) return { kind: 'binary', label: 'binary' };
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (head.length > 0 && controls / head.length > 0.01) return { kind: 'binary', label: 'binary' };
  return { kind: 'text' };
}
