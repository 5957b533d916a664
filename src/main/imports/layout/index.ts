// Layout detection: header rows, data block, column mapping, title hints, layout signature.
export { detectLayout, mapColumns } from './detectLayout';
export { classifyHeader, parsePeriodHeader } from './headerVocabulary';
export { parseCellNumber, type ParsedNumber } from './cellNumber';
export { layoutSignature } from './signature';
export { indicatorFromTitle, readTitleHints } from './titleHints';
export { normalizeHeader, cellText, isFootnoteText } from './normalizeHeader';
export { isCanonicalPeriod, normalisePeriod } from './periods';
