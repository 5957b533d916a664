// A minimal XML scanner for the handful of SpreadsheetML parts we read. Why not a general parser:
// we need only start/end tags, a few attributes and text; we must stream sheet XML in chunks; and
// we want no DTD or entity machinery at all (see safety/xmlGuard). Element names are matched
// without their namespace prefix, because some writers emit <x:row> instead of <row>.

export interface XmlToken {
  /** 'open' for <a>, 'close' for </a>, 'empty' for <a/>, 'text' for character data. */
  type: 'open' | 'close' | 'empty' | 'text';
  /** Local name (prefix stripped) for tags; '' for text. */
  name: string;
  /** Raw attribute text for tags; decoded text for 'text'. */
  value: string;
}

// Comments, processing instructions and CDATA first, then tags, then text.
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, ent: string) => {
    if (ent[0] === '#') {
      const code = ent[1] === 'x' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[ent] ?? m;
  });
}

/** Excel escapes control characters in strings as _x000D_ (carriage return) and _x005F_ (underscore). */
export function decodeOoxmlEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Calls `onToken` for each token of a complete piece of XML. */
export function scanXml(xml: string, onToken: (t: XmlToken) => void): void {
  TOKEN.lastIndex = 0;
  const token: XmlToken = { type: 'text', name: '', value: '' };
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml)) !== null) {
    if (m[6] !== undefined) {
      token.type = 'text';
      token.name = '';
      token.value = decodeXmlText(m[6]);
    } else if (m[3] !== undefined) {
      token.type = m[2] === '/' ? 'close' : m[5] === '/' ? 'empty' : 'open';
      token.name = m[3];
      token.value = m[4] ?? '';
    } else if (m[1] !== undefined) {
      token.type = 'text';
      token.name = '';
      token.value = m[1];
    } else continue; // comment or processing instruction
    onToken(token);
  }
}

const attrCache = new Map<string, RegExp>();

/** Value of attribute `name` (with or without prefix, e.g. "r:id" or "id") in a tag's raw attribute text. */
export function getAttr(attrs: string, name: string): string | undefined {
  let re = attrCache.get(name);
  if (!re) {
    const escaped = name.replace(/[.:-]/g, (c) => `\\${c}`);
    re = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrCache.set(name, re);
  }
  const m = re.exec(attrs);
  if (!m) return undefined;
  return decodeXmlText(m[1] ?? m[2] ?? '');
}

/** Relationship id attribute: "r:id" in Excel's files, sometimes another prefix bound to the same namespace. */
export function getRelId(attrs: string): string | undefined {
  const m = /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
  return m ? decodeXmlText(m[1] ?? m[2] ?? '') : undefined;
}

/**
 * Incremental scanning for streamed parts: feed decoded text pieces; complete tokens are passed
 * on and an incomplete tail (a tag or text cut at the chunk edge) waits for the next piece.
 */
export class XmlChunkScanner {
  private pending = '';
  constructor(private readonly onToken: (t: XmlToken) => void) {}
  push(text: string): void {
    const s = this.pending + text;
    // Everything before the last '<' is complete: a tag that starts earlier ends at a '>' before
    // the next '<', and text before it is whole. Comments/CDATA with '<' inside are not written
    // inside sheetData by spreadsheet programs; if one is cut we wait until it is complete.
    let cut = s.lastIndexOf('<');
    if (cut < 0) cut = 0;
    // (looked for only when the text has a '<!' at all — a sheet seldom has: searched backwards
    // for each of the two, a chunk without either was gone over twice, measured 0.1 s in 100k rows)
    if (s.indexOf('<!') >= 0) {
      const openCdata = s.lastIndexOf('<![CDATA[', cut);
      if (openCdata >= 0 && s.indexOf(']]>', openCdata) < 0) cut = openCdata;
      const openComment = s.lastIndexOf('<!--', cut);
      if (openComment >= 0 && s.indexOf('-->', openComment) < 0) cut = openComment;
    }
    scanXml(s.slice(0, cut), this.onToken);
    this.pending = s.slice(cut);
  }
  end(): void {
    scanXml(this.pending, this.onToken);
    this.pending = '';
  }
  get pendingLength(): number {
    return this.pending.length;
  }
}
