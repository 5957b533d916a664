// A table copied from the ministry's web page arrives on the clipboard as HTML. We need only
// rows, cells, colspan/rowspan and text, so a small tag scanner does; scripts, styles and
// comments are dropped and no markup is ever rendered or evaluated.
import type { CellRange } from '../../../../shared/imports/types';

const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  );
const NAMED = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['ndash', '–'],
  ['mdash', '—'],
  ...LATIN1.map((n, i) => [n, String.fromCharCode(0xa0 + i)] as [string, string]),
]);

function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED.get(e) ?? m;
  });
}

export interface HtmlGrid {
  rows: string[][];
  merges: CellRange[];
}

const attrNum = (attrs: string, name: string) => {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
};

/** Picks the table with the most rows and lays it out on a grid (spans fill the grid). */
export function parseHtmlTable(html: string): HtmlGrid | null {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  const tables = cleaned.match(/<table\b[\s\S]*?<\/table\s*>/gi) ?? (/<tr\b/i.test(cleaned) ? [cleaned] : []);
  if (tables.length === 0) return null;
  const table = tables.reduce((a, b) =>
    (b.match(/<tr\b/gi)?.length ?? 0) > (a.match(/<tr\b/gi)?.length ?? 0) ? b : a,
  );

  const rows: string[][] = [];
  const merges: CellRange[] = [];
  const occupied = new Set<string>();
  let r = -1;
  let c = 0;
  let cellText: string | null = null;
  let cellAttrs = '';
  const closeCell = () => {
    if (cellText === null) return;
    while (occupied.has(`${r}:${c}`)) c++;
    const text = decodeHtmlEntities(cellText.replace(/\s+/g, ' '))
      .replace(/\u00a0/g, ' ')
      .trim();
    const rowspan = attrNum(cellAttrs, 'rowspan');
    const colspan = attrNum(cellAttrs, 'colspan');
    const row = rows[r]!;
    while (row.length < c) row.push('');
    row[c] = text;
    for (let dr = 0; dr < rowspan; dr++)
      for (let dc = 0; dc < colspan; dc++) if (dr || dc) occupied.add(`${r + dr}:${c + dc}`);
    if (rowspan > 1 || colspan > 1)
      merges.push({ fromRow: r + 1, fromCol: c + 1, toRow: r + rowspan, toCol: c + colspan });
    c += colspan;
    cellText = null;
  };

  const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(table)) !== null) {
    if (m[4] !== undefined) {
      if (cellText !== null) cellText += m[4];
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'tr') {
      closeCell();
      if (!closing) {
        r++;
        c = 0;
        rows.push([]);
      }
    } else if (tag === 'td' || tag === 'th') {
      closeCell();
      if (!closing) {
        if (r < 0) {
          r = 0;
          rows.push([]);
        }
        cellText = '';
        cellAttrs = m[3] ?? '';
      }
    } else if (cellText !== null && (tag === 'br' || tag === 'p' || tag === 'div')) cellText += ' ';
  }
  closeCell();
  return { rows, merges };
}
