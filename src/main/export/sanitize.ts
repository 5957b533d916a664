// Spreadsheet formula injection: a text cell starting with = + - @ (or a tab/CR) is executed as a
// formula by Excel/LibreOffice when the exported file is opened. Such text gets a leading quote.
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
