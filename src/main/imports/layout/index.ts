// Layout detection: header rows, data block, column mapping, title hints, layout signature.
export { detectLayout, mapColumns, type LayoutDetection } from './detectLayout';
export { classifyHeader, namesKpi, parsePeriodHeader } from './headerVocabulary';
export { parseCellNumber, type ParsedNumber } from './cellNumber';
export { layoutSignature } from './signature';
export { indicatorFromTitle, readTitleHints } from './titleHints';
export { normalizeHeader, cellText, isFootnoteText } from './normalizeHeader';
export { isCanonicalPeriod, isYearlessPeriod, normalisePeriod } from './periods';
