// SheetJS (@e965/xlsx 0.20.3, patched for CVE-2023-30533 and CVE-2024-22363) is loaded on first
// use only: requiring it costs about 230 ms on the build machine, which every import worker, the
// command line and the app's start would otherwise pay although only .xls files, password-protected
// workbooks (OLE containers) and the .xlsx export need it.
import type * as XLSXModule from '@e965/xlsx';

export type SheetJS = typeof XLSXModule;

let loaded: SheetJS | null = null;

export function sheetjs(): SheetJS {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('@e965/xlsx') as SheetJS;
  return loaded;
}
