// HTML tables: a table copied from the ministry's web page (the clipboard holds HTML), a saved web
// page, or a portal's "Xuất Excel" export that is really an HTML table renamed .xls. We need only
// rows, cells, colspan/rowspan and text, so a small single-pass tag scanner does; scripts, styles
// and comments are dropped and no markup is ever rendered or evaluated. Every scan moves forward
// (no backtracking regex over the whole document), so a hostile page costs linear time, and the
// sheet limits (rows, columns) are enforced while the grid is built.
import { UNIT_LABEL } from '../../../../shared/imports/indicatorNames';
import { formatNumber } from '../../../../shared/format';
import { translate } from '../../../../shared/i18n';
import type { CellRange } from '../../../../shared/imports/types';
import { ImportReadError } from '../../safety/errors';
import { MAX_COLUMNS, MAX_ROWS } from '../../safety/limits';

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
  ['hellip', '…'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bull', '•'],
  ['minus', '−'],
  ['permil', '‰'],
  ['euro', '€'],
  ['ensp', '\u2002'],
  ['emsp', '\u2003'],
  ['thinsp', '\u2009'],
  ['zwnj', ''],
  ['zwj', ''],
  ...LATIN1.map((n, i) => [n, String.fromCharCode(0xa0 + i)] as [string, string]),
]);
/** Old pages write these without the ";" and browsers accept it. */
const LEGACY = /&(nbsp|amp|lt|gt|quot)(?![A-Za-z0-9;])/g;

function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/g, (m, e: string) => {
      if (e[0] === '#') {
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
      }
      return NAMED.get(e) ?? m;
    })
    .replace(LEGACY, (_m, e: string) => NAMED.get(e)!);
}

export interface HtmlGrid {
  rows: string[][];
  merges: CellRange[];
  /**
   * What the page says the table is, where its rows do not: the table's caption, else the heading
   * above it ("<h2>CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP TỈNH NĂM 2022</h2>"); lines apart by "\n" (a title,
   * then the table's unit: "Đơn vị tính: %").
   */
  heading?: string;
  /** The page's title: a hint of the year at most (a portal's name is no KPI). */
  pageTitle?: string;
}

/** Tables nested deeper than this are read as part of the enclosing cell's table. */
const MAX_DEPTH = 32;
/** A page with more tables than this is not a table export. */
const MAX_HTML_TABLES = 2000;
/**
 * Column slots written for cells spanning several rows. A real table writes a few per row; a page
 * of rowspan+colspan cells could make the bookkeeping quadratic, so it is capped.
 */
const MAX_SPAN_WORK = 50_000_000;

/** Elements whose content is not table text (and may contain "<td" in a string). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript', 'xml']);
/** Elements that break a line inside a cell: their text must not run into the next. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

const ROWSPAN = /\browspan\s*=\s*["']?\s*(\d+)/i;
const COLSPAN = /\bcolspan\s*=\s*["']?\s*(\d+)/i;
const SPAN = /span/i;
const spanOf = (attrs: string, re: RegExp) => {
  const m = re.exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
};
/** Cell text that needs whitespace folding or entity decoding (most cells, "12" or "Bình Phước", do not). */
const NEEDS_WORK = /(?! )\s|\s\s|^\s|\s$|&/;
const fold = (raw: string) =>
  decodeHtmlEntities(raw.replace(/\s+/g, ' '))
    .replace(/\u00a0/g, ' ')
    .trim();

interface TableState {
  order: number;
  rows: string[][];
  merges: CellRange[];
  /** Last row (0-based) each column is occupied to by a cell spanning rows from above. */
  busyUntil: number[];
  r: number;
  c: number;
  /** Text of the open cell, null when no cell is open. */
  cell: string | null;
  cellAttrs: string;
  /** The heading above the table, or its caption (see HtmlGrid.heading). */
  heading: string;
}

/** The longest heading or title read (a page's own text is not a heading). */
const HEADING_CHARS = 500;
/** Blocks whose text may be the title of the table below them (TITLE_CHARS at most). */
const TITLE_BLOCK = /^(p|div)$/;
const TITLE_CHARS = 250;
/** All of it in bold: "<strong>Số hồ sơ … (hồ sơ)</strong>", not "<strong>Ghi chú:</strong> số liệu …". */
const isBold = (inner: string): boolean => {
  const m = /^\s*<(b|strong)\b[^>]*>([\s\S]*?)<\/\1\s*>\s*$/i.exec(inner);
  return m !== null && !/<\/?(b|strong)\b/i.test(m[2]!);
};
/** Written in capitals, a unit in brackets aside ("SỐ HỒ SƠ … NĂM 2024 (hồ sơ)"). */
const isCapitals = (text: string) => {
  const t = text.replace(/[(（][^()（）]*[)）]/gu, '');
  return t === t.toLocaleUpperCase('vi') && /\p{Lu}.*\p{Lu}/u.test(t);
};
/** A line that states the table's unit ("Đơn vị tính: %", "(ĐVT: tổ)"), short. */
const UNIT_LINE = new RegExp(`^[(（]?\\s*(?:${UNIT_LABEL})\\s*[:：][^:：]{1,30}$`, 'iu');
/** Elements that name what follows them: headings, a table's caption. */
const HEADING = /^(h[1-6]|caption)$/;
/** The text of an element's content (tags dropped, entities decoded, spaces folded). */
const textOf = (inner: string) => fold(inner.replace(/<[^>]*>/g, ' '));

/** NOT_A_SPREADSHEET for an HTML file, saying why in the user's language. */
function notADataTable(
  file: string,
  key: 'readDetail.htmlNoTable' | 'readDetail.htmlTooManyTables' | 'readDetail.htmlTooManySpans',
  n = 0,
): ImportReadError {
  const say = (lang: 'vi' | 'en') => translate(lang, key, { n: formatNumber(n, lang, 0) });
  return new ImportReadError('NOT_A_SPREADSHEET', file, {}, { vi: say('vi'), en: say('en') });
}

/** Where the refusals of the scanner point (the sheet is not known while scanning). */
export interface HtmlScanWhere {
  file: string;
}

/**
 * Every table of the document with content, in document order. A table nested in a cell is a
 * table of its own; the enclosing cell gets no text from it. Rows, cells and spans outside any
 * <table> (a clipboard fragment of <tr>s) form a table of their own.
 */
export function parseHtmlTables(html: string, where: HtmlScanWhere = { file: 'clipboard' }): HtmlGrid[] {
  const done: TableState[] = [];
  const stack: TableState[] = [];
  let opened = 0;
  let ignoredDepth = 0;
  let spanWork = 0;
  // the last heading outside any table, and the page's title
  let heading = '';
  let pageTitle = '';
  // the last paragraph outside any table that reads as a title (see TITLE_BLOCK): the next
  // table's heading when the page gives it none
  let paragraph = '';

  const top = (): TableState => {
    if (stack.length === 0) stack.push(newTable());
    return stack[stack.length - 1]!;
  };
  const newTable = (): TableState => ({
    order: opened++,
    rows: [],
    merges: [],
    busyUntil: [],
    r: -1,
    c: 0,
    cell: null,
    cellAttrs: '',
    heading,
  });
  const keep = (t: TableState) => {
    closeCell(t);
    if (!t.rows.some((row) => row.some((c) => c !== ''))) return;
    if (done.length >= MAX_HTML_TABLES)
      throw notADataTable(where.file, 'readDetail.htmlTooManyTables', MAX_HTML_TABLES);
    done.push(t);
  };
  const startRow = (t: TableState) => {
    closeCell(t);
    t.r++;
    if (t.r + 1 > MAX_ROWS) throw new ImportReadError('TOO_MANY_ROWS', where.file, { row: t.r + 1 });
    t.rows.push([]);
    t.c = 0;
  };
  const closeCell = (t: TableState) => {
    if (t.cell === null) return;
    const raw = t.cell;
    t.cell = null;
    if (t.busyUntil.length > t.c) while ((t.busyUntil[t.c] ?? -1) >= t.r) t.c++;
    const spans = t.cellAttrs.length > 6 && SPAN.test(t.cellAttrs);
    const rowspan = spans ? spanOf(t.cellAttrs, ROWSPAN) : 1;
    const colspan = spans ? spanOf(t.cellAttrs, COLSPAN) : 1;
    if (t.c + colspan > MAX_COLUMNS)
      throw new ImportReadError('TOO_MANY_COLUMNS', where.file, {
        row: t.r + 1,
        col: Math.max(t.c + 1, MAX_COLUMNS + 1),
      });
    const text = raw !== '' && NEEDS_WORK.test(raw) ? fold(raw) : raw;
    const row = t.rows[t.r]!;
    while (row.length < t.c) row.push('');
    row[t.c] = text;
    if (rowspan > 1) {
      spanWork += colspan;
      if (spanWork > MAX_SPAN_WORK) throw notADataTable(where.file, 'readDetail.htmlTooManySpans');
      for (let dc = 0; dc < colspan; dc++) t.busyUntil[t.c + dc] = t.r + rowspan - 1;
    }
    if (rowspan > 1 || colspan > 1)
      t.merges.push({ fromRow: t.r + 1, fromCol: t.c + 1, toRow: t.r + rowspan, toCol: t.c + colspan });
    t.c += colspan;
  };

  /** The innermost table while it has a cell open: where text goes. */
  const openCell = (): TableState | null => {
    const t = stack[stack.length - 1];
    return t !== undefined && t.cell !== null ? t : null;
  };
  const text = (chunk: string) => {
    const t = openCell();
    if (t) t.cell += chunk;
  };
  const lower = (ch: number) => ch | 0x20;
  /** The tags the grid is made of, recognised without allocating their names. */
  const tableTag = (from: number, to: number): 'td' | 'th' | 'tr' | 'table' | null => {
    const n = to - from;
    if (n === 2 && lower(html.charCodeAt(from)) === 0x74) {
      const b = lower(html.charCodeAt(from + 1));
      return b === 0x64 ? 'td' : b === 0x68 ? 'th' : b === 0x72 ? 'tr' : null;
    }
    if (n === 5 && html.slice(from, to).toLowerCase() === 'table') return 'table';
    return null;
  };
  const isAlpha = (ch: number) => (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a);
  const isNameChar = (ch: number) => isAlpha(ch) || (ch >= 0x30 && ch <= 0x39) || ch === 0x3a || ch === 0x2d;

  const len = html.length;
  let pos = 0;
  while (pos < len) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      if (openCell()) text(html.slice(pos));
      break;
    }
    if (lt > pos && openCell()) text(html.slice(pos, lt));
    pos = lt;
    const next = html.charCodeAt(pos + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // <!-- … -->, or <!DOCTYPE>, <![if …]>, <?xml …?>
      const comment = html.startsWith('<!--', pos);
      const end = comment ? html.indexOf('-->', pos + 4) : html.indexOf('>', pos);
      pos = end < 0 ? len : end + (comment ? 3 : 1);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = pos + (closing ? 2 : 1);
    if (!isAlpha(html.charCodeAt(nameStart))) {
      // A "<" that starts no tag ("< 50%") is text.
      text('<');
      pos++;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < len && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const end = html.indexOf('>', nameEnd);
    if (end < 0) break; // an unterminated tag at the end of the document
    const tag = tableTag(nameStart, nameEnd) ?? html.slice(nameStart, nameEnd).toLowerCase();
    const attrsAt = nameEnd;
    pos = end + 1;

    switch (tag) {
      case 'td':
      case 'th': {
        const t = top();
        closeCell(t);
        if (!closing) {
          if (t.r < 0) startRow(t);
          t.cell = '';
          t.cellAttrs = end > attrsAt ? html.slice(attrsAt, end) : '';
        }
        break;
      }
      case 'tr': {
        const t = top();
        if (closing) closeCell(t);
        else startRow(t);
        break;
      }
      case 'table':
        if (!closing) {
          if (stack.length >= MAX_DEPTH) ignoredDepth++;
          else {
            text(' ');
            if (stack.length === 0 && !heading) heading = paragraph;
            stack.push(newTable());
          }
        } else if (ignoredDepth > 0) ignoredDepth--;
        else if (stack.length > 0) {
          keep(stack.pop()!);
          // (a heading names the table after it, not the next one too)
          if (stack.length === 0) heading = paragraph = '';
        }
        break;
      default:
        if (closing) {
          if (BREAKS.has(tag)) text(' ');
        } else if (RAW_TEXT.has(tag) && html.charCodeAt(end - 1) !== 0x2f /* / */) {
          const close = new RegExp(`</${tag}\\s*>`, 'gi');
          close.lastIndex = pos;
          const cm = close.exec(html);
          if (tag === 'title' && !pageTitle)
            pageTitle = textOf(html.slice(pos, Math.min(cm ? cm.index : len, pos + HEADING_CHARS)));
          pos = cm ? cm.index + cm[0].length : len;
        } else if (HEADING.test(tag) && !openCell() && (tag === 'caption') === stack.length > 0) {
          // A heading between tables, or a table's caption, as the next table's title: up to its
          // end tag, or to the table's own tags when the end tag is left out (a caption's may be).
          const stop = new RegExp(`</${tag}\\s*>|<\\/?(table|tr|td|th|thead|tbody)\\b`, 'gi');
          stop.lastIndex = pos;
          const m = stop.exec(html);
          const said = textOf(html.slice(pos, Math.min(m ? m.index : len, pos + HEADING_CHARS)));
          if (tag === 'caption') top().heading = said;
          else heading = said;
          pos = m ? (m[1] ? m.index : m.index + m[0].length) : len;
        } else if (TITLE_BLOCK.test(tag) && stack.length === 0) {
          // A paragraph above the table: its title when written like one (in capitals, or bold).
          const stop = new RegExp(`</${tag}\\s*>|<\\/?(table|p|div)\\b`, 'gi');
          stop.lastIndex = pos;
          const m = stop.exec(html);
          const inner = html.slice(pos, Math.min(m ? m.index : len, pos + HEADING_CHARS));
          const said = textOf(inner);
          // (only the block right above the table: another one in between is what is above it —
          // but for the table's unit under its title, "Đơn vị tính: %": a line of the title)
          if (said && UNIT_LINE.test(said) && (paragraph || heading)) {
            // (under a heading, "<h2>…</h2><p>Đơn vị tính: hồ sơ</p>": a line of the heading)
            if (paragraph) paragraph = `${paragraph}\n${said}`;
            else heading = `${heading}\n${said}`;
          } else if (said)
            paragraph = said.length <= TITLE_CHARS && (isCapitals(said) || isBold(inner)) ? said : '';
          text(' ');
        } else if (tag === 'img' && stack.length === 0) {
          paragraph = '';
        } else if (BREAKS.has(tag)) text(' ');
    }
  }
  while (stack.length) keep(stack.pop()!);

  return done
    .sort((a, b) => a.order - b.order)
    .map((t) => {
      const n = t.rows.length;
      const merges = t.merges
        .filter((mg) => mg.fromRow <= n)
        .map((mg) => (mg.toRow > n ? { ...mg, toRow: n } : mg))
        .filter((mg) => mg.toRow > mg.fromRow || mg.toCol > mg.fromCol);
      return {
        rows: t.rows,
        merges,
        ...(t.heading ? { heading: t.heading } : {}),
        ...(pageTitle ? { pageTitle } : {}),
      };
    });
}

/** Rows with at least two filled cells: what a data table is made of (a layout table has few). */
export function dataRowCount(grid: HtmlGrid): number {
  let n = 0;
  for (const row of grid.rows) {
    let filled = 0;
    for (const c of row) if (c !== '' && ++filled >= 2) break;
    if (filled >= 2) n++;
  }
  return n;
}

/** Size of the table as data: filled rows × widest row. */
export function tableScore(grid: HtmlGrid): number {
  let rows = 0;
  let width = 0;
  for (const row of grid.rows) {
    if (row.some((c) => c !== '')) rows++;
    width = Math.max(width, row.length);
  }
  return rows * width;
}

/** Index of the table that looks most like the data (most rows × columns; the first on a tie). */
export function bestTableIndex(grids: readonly HtmlGrid[]): number {
  let best = -1;
  let bestScore = -1;
  grids.forEach((g, i) => {
    const s = tableScore(g);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

/** The data table of an HTML fragment or document, laid out on a grid (spans fill the grid). */
export function parseHtmlTable(html: string, where?: HtmlScanWhere): HtmlGrid | null {
  const grids = parseHtmlTables(html, where);
  const i = bestTableIndex(grids);
  return i < 0 ? null : grids[i]!;
}

const HTML_TAG =
  /<(!doctype\s+html|html|head|body|meta|title|table|thead|tbody|tr|td|th|style|div|span|p|font|br|link|script)\b/i;

/**
 * Whether the start of a text file is an HTML document: saved web pages and the "Excel" exports
 * of web portals. It must start with markup, so a CSV that has HTML in a cell stays a CSV; a file
 * named .htm/.html need only contain a tag. Excel 2003 XML (SpreadsheetML) is not HTML.
 */
export function looksLikeHtml(sample: string, fileName: string): boolean {
  const head = sample.slice(0, 64 * 1024);
  if (/<Workbook\b|<\?mso-application\s+progid="Excel\.Sheet"/.test(head)) return false;
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<') && HTML_TAG.test(head)) return true;
  return /\.x?html?$/i.test(fileName) && HTML_TAG.test(head);
}
