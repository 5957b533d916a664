// AG Grid's Theming API (no CSS files): Quartz with the app's font and colours. The font is the
// bundled Be Vietnam Pro so stacked Vietnamese diacritics (ể, ặ, ữ) render offline.
import { themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Be Vietnam Pro', 'system-ui', 'sans-serif'],
  fontSize: 13,
  headerFontWeight: 600,
  headerFontSize: 13,
  accentColor: '#0b5cad',
  headerBackgroundColor: '#eef3f9',
  rowHoverColor: '#f3f7fc',
  borderColor: '#d7dee8',
  spacing: 6,
  cellHorizontalPadding: 10,
  rowHeight: 34,
  headerHeight: 40,
  wrapperBorderRadius: 6,
});
