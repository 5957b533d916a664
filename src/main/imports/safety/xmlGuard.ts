// Office never writes a DOCTYPE or ENTITY declaration into a workbook part. Any part that has
// one is either an XXE probe or a "billion laughs" entity bomb, so we refuse it outright instead
// of trying to parse it safely. Our XML scanner also never expands entities other than the five
// predefined ones and numeric references, so even a missed declaration could not expand.
import { ImportReadError } from './errors';

const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

export function assertNoXmlDeclarations(text: string, file: string, part: string): void {
  if (DECLARATION.test(text)) {
    throw new ImportReadError('XML_ENTITIES', file, {}, { vi: part, en: part });
  }
}
