// English texts of import problems and file refusals, and of the place they name
// (file, sheet, cell). Built into ImportProblem/ImportReadError messages by src/shared/imports/place.ts.
import type { importMessagesVi } from './importMessagesVi';

export const importMessagesEn: Record<keyof typeof importMessagesVi, string> = {
  'readError.FILE_NOT_FOUND': 'File not found',
  'readError.FILE_UNREADABLE': 'The file cannot be opened for reading',
  'readError.FILE_EMPTY': 'The file is empty',
  'readError.FILE_TOO_LARGE': 'The file is too large to import',
  'readError.UNKNOWN_FORMAT':
    'Unrecognised file format (only .xlsx, .xlsm, .xls, .xml, .csv, .tsv, .txt, .html are accepted)',
  'readError.UNSUPPORTED_FORMAT': 'This spreadsheet format is not supported',
  'readError.NOT_A_SPREADSHEET':
    'The content is not a spreadsheet (perhaps an image or another file renamed)',
  'readError.CORRUPT_ZIP': 'The Excel file is corrupt or truncated (invalid zip structure)',
  'readError.CORRUPT_WORKBOOK': 'The workbook is corrupt and cannot be read',
  'readError.ENCRYPTED':
    'The workbook is password-protected; open it in Excel, remove the password and save it again',
  'readError.ZIP_BOMB': 'The file expands to an abnormal size (suspected zip bomb); reading stopped',
  'readError.XML_ENTITIES':
    'The file contains XML DOCTYPE/ENTITY declarations, which are not allowed in Excel files',
  'readError.PROTO_KEY': 'A cell holds the forbidden value "__proto__"',
  'readError.CELL_TOO_LONG': 'A cell is longer than 32,767 characters (the Excel limit)',
  'readError.TOO_MANY_ROWS': 'More than 1,048,576 rows (the Excel limit)',
  'readError.TOO_MANY_COLUMNS': 'More than 16,384 columns (the Excel limit)',
  'readError.SPARSE_CELLS':
    'Rows hold stray cells far to the right of the table (like this one): delete them or copy the table to a new sheet',
  'readError.INVALID_UTF8':
    'The text file has invalid bytes: not UTF-8 and not plausibly Windows-1258. Save it again as "CSV UTF-8"',
  'readError.INVALID_UTF16':
    'The UTF-16 text file (Excel\'s "Unicode text") is damaged or cut in the middle of a character. Save it again from Excel',
  'readError.NUL_IN_TEXT':
    'The text file holds a NUL character (byte 0), which no CSV table has: open the file, delete it and save',
  'readError.SHEET_NOT_FOUND': 'The workbook has no such sheet',
  'readError.CANCELLED': 'Reading was cancelled',
  'readAdvice.damaged':
    'Get the file again from whoever sent it, or open it in Excel, save it again as .xlsx and import that copy.',
  'readDetail.outOfMemory': 'reading it needs more memory than an import may use',
  'readDetail.partTooLarge': '{part} inflates to {mb} MB, more memory than an import may use',
  'readDetail.sheetNameTooLong': 'the sheet name "{name}" is {n} characters long (Excel allows 31)',
  'readDetail.rowOutOfOrder': 'row {row} comes after row {prev} (Excel writes rows in order)',
  'readDetail.rowTwice': 'row {row} is there twice (Excel writes each row once)',
  'readDetail.cellOutOfOrder':
    'cell {cell} is repeated or comes after a cell right of it (Excel writes each cell once, in order)',
  'readDetail.cellType': 'a cell of type "{type}", which Excel does not have',
  'readDetail.xlsDamaged': 'the Excel 97–2003 (.xls) structure is damaged or cut short',
  'readDetail.utf16At': 'at byte {offset}',
  'readDetail.overChars': 'over {n} characters',
  'readDetail.zipEntries': 'more than {n} entries',
  'readDetail.partTwice': '{part} appears twice',
  'readDetail.relationshipTwice': 'the relationship id "{id}" appears twice in the workbook',
  'readDetail.xlsTooLarge':
    'an Excel 97–2003 file (.xls) is read only under {n} MB: open it in Excel and save it as .xlsx',
  'readDetail.textNoTable': 'plain text with no columns, not an Excel workbook',
  'readDetail.noPermission':
    'this account has no permission to read the file: ask for it, or copy the file into a folder of yours and import the copy',
  'readDetail.folderNoPermission':
    'this account has no permission to open the folder the file is in ({folder}): copy the file into a folder of yours and import the copy',
  'readDetail.systemError': 'the system said {code} when the file was opened',
  'readDetail.isFolder': 'this is a folder, not a file: choose a file in it',
  'readDetail.notAFile':
    'this is not a regular file (a pipe such as <(…)): to read a table from standard input, use "import -"',
  'readDetail.nulInText':
    'on line {line}, byte {column} of the line — usually left by copying from another program',
  'readDetail.pdfNoTable':
    'a PDF; to import a table in it, copy the table and paste it into "Paste a table from Excel or a web page", or into Excel and save it as .xlsx',
  'readDetail.htmlNoTable': 'the file is a web page (HTML) but has no table',
  'readDetail.htmlTooManyTables': 'a web page with more than {n} tables',
  'readDetail.htmlTooManySpans': 'a table with too many merged cells (rowspan/colspan)',
  'readDetail.htmlTooLarge': 'a web page (HTML) is read only when smaller than {n} MB',
  'readDetail.xmlTooLarge':
    'an XML Spreadsheet 2003 is read only when smaller than {n} MB; open it in Excel and save it as .xlsx',
  'readDetail.xmlTooManySheets': 'more than {n} worksheets',
  'readDetail.xmlNoWorkbook': 'no <Workbook> element',
  'readDetail.xmlNoWorkbookEnd': 'the file is truncated (no </Workbook>)',
  'readDetail.xmlMalformed': 'the file is truncated or its XML is malformed',
  'readDetail.xmlSheetTooSparse':
    'the sheet spans more than {n} cells counting the blank cells before each value (values very far apart, as in column XFD): not a data table; delete the stray cells in Excel and save it again',
  'readDetail.duplicateSheetName':
    'two sheets are named "{name}" (Excel does not allow it): open the file in Excel, rename one of them and save it again',
  'readDetail.sheetNamesOneToExcel':
    'sheets "{name}" and "{other}" differ only in capitals, which Excel reads as one name: open the file in Excel, rename one of them and save it again',
  'readDetail.sheetCut': 'the sheet is cut short: its data stops after row {row}',
  'readDetail.sheetMalformed': "the sheet's XML is damaged at this row",
  'readDetail.invalidByte': 'byte {byte} at offset {offset}',
  'readDetail.noWorksheets': 'no worksheets',
  'readDetail.unsupportedOds':
    'OpenDocument spreadsheets (.ods) are not supported yet: open the file in Excel or LibreOffice and save it as .xlsx',
  'readDetail.unsupportedFods':
    'Flat XML OpenDocument spreadsheets (.fods) are not supported yet: open the file in LibreOffice and save it as .xlsx',
  'readDetail.unsupportedOpendocument':
    'The file is an OpenDocument text or presentation, not a spreadsheet: choose the .xlsx spreadsheet instead',
  'readDetail.unsupportedXlsb':
    'Excel Binary Workbooks (.xlsb) are not supported yet: open the file in Excel and save it as .xlsx (Excel Workbook)',
  'readDetail.unsupportedNumbers':
    'Apple Numbers files (.numbers) are not supported: open the file in Numbers and export it to Excel (.xlsx)',
  'readDetail.unsupportedXml':
    'An XML file that is not an Excel XML Spreadsheet 2003: open the file in Excel and save it as .xlsx',
  'problem.notANumber': 'is not a number',
  'problem.scoreRange': 'a score must be between 0 and 1',
  'problem.scoreLooksRank':
    'a score must be between 0 and 1: {value} — this column holds whole numbers from 1 to {n}, which look like ranks: in the mapping step, check which column is the score and which the rank',
  'problem.scoreLooksPercent':
    'a score must be between 0 and 1: {value} looks like a percentage — write {score} or {percent}%',
  'problem.scoreLooksPoints':
    'a score must be between 0 and 1: {value} looks like points out of 1000 — the DTI score is {score} (the points divided by 1000); write the score from 0 to 1',
  'problem.scorePointsHeader':
    'the column gives scores in points out of {max}: values above 1 are divided by {max} ({value} → {score}); please check',
  'problem.scoreRatioInPercent':
    'the column gives scores in percent, but {value} is read as a score from 0 to 1 (kept, not divided by 100); please check',
  'problem.scorePercentCell':
    "the score is written as a percentage: read as {score} (a score from 0 to 1); the column's other cells written so are read alike — please check",
  'problem.scorePercentHeader':
    'the column gives scores in percent: values from 1 to 100 are read as percentages and divided by 100 ({value} → {score}); please check',
  'problem.rankRange': 'a rank must be from 1 to {n}',
  'problem.rankNotInteger': 'a rank must be a whole number',
  'problem.rankInconsistent':
    '{indicator} rank does not follow the scores: this unit has score {score}, while {other} (row {otherRow}) has score {otherScore} and rank {otherRank}',
  'problem.rankInconsistentWithStored':
    '{indicator} score {score} at rank {rank} is out of order with the stored ranking: {other} is ranked {otherRank} with score {otherScore} — the score or the rank was likely mistyped; check before importing',
  'problem.scoresTieAtPrecision':
    '{count} units have equal {indicator} scores at the precision of the file ({decimals} decimals) but different ranks (first: score {score}): the ranks between them cannot be checked against the scores and are imported as written',
  'problem.excerpt': 'the table has only {present} of {n} units: imported as an excerpt',
  'problem.duplicateUnit': 'unit "{unit}" appears again (already on row {first})',
  'problem.duplicateKpi': '"{unit}" – "{indicator}" – period {period} appears again (already on row {first})',
  'problem.missingUnitsSkipped':
    'a ranking must cover all {n} units; {count} missing: {names} — you chose to skip rows at the unit names step: {skipped} (row {rows}); go back and choose the unit for that name',
  'problem.unitWithoutFigures':
    'the row of "{unit}" has no figure at all (empty, "-", N/A or #N/A; {count} unit(s) so): a ranking must give the figures of all {n} units — fill in the score and rank and import again',
  'problem.unitCodePrefix':
    'the number "{code}" written before the unit\'s name is not the code of {unit} ({unitCode}) ({count} cell(s) so, like this one): the unit was found by its name; please check',
  'problem.unitCodeUnknown':
    'code "{code}" is no unit\'s code in the list of {n} units ({count} cell(s) so, like this one): the unit was found by its name ("{unit}"); an old template? check the code column',
  'problem.fractionValue':
    'not one number: two numbers written as numerator/denominator — write one number (the ratio, or the numerator), or the two numbers in two columns',
  'problem.missingUnitsScattered':
    'the ranking has {present} of {n} units, {count} missing: {names} — not one part of the table (under half of the units, or an unbroken run of ranks such as the top 20, is imported as an excerpt): add the missing rows',
  'problem.missingUnits':
    'the ranking has {present} of {n} units, {count} missing: {names} — so few missing is usually a copy that lost rows: add those rows (a part of the table — under half of the units, or an unbroken run of ranks such as the top 20 — is imported as an excerpt)',
  'problem.formulaColumnShiftedDown':
    "the DTI score of {count} of {total} rows differs from the {method} formula: from this row on, this column's figures fit the scores of the row above each — the column looks shifted down by a row from here (a cell inserted or pasted a row low?); correct the file and import it again",
  'problem.formulaColumnShiftedUp':
    "the DTI score of {count} of {total} rows differs from the {method} formula: from this row on, this column's figures fit the scores of the row below each — the column looks shifted up by a row from here (a cell deleted or pasted a row high?); correct the file and import it again",
  'problem.formulaMostRows':
    "the DTI score of {count} of {total} rows differs from the {method} formula: a column is likely out of place (shifted by a row, or another index's figures); check the columns and import again",
  'problem.formulaMismatch': 'DTI score {score} differs from the {method} formula ({expected})',
  'problem.totalOfRate':
    'column "{header}" beside the levels of "{kpi}", a rate, is no rate of the whole province here (outside its levels\' rates): not imported for it (the levels are)',
  'problem.namedOtherThanDti':
    "the title or the sheet's name says something other than the DTI's ranking, over columns read as the DTI's ({header})",
  'problem.indexSheetOverDti':
    'the sheet "{text}" is named for another index than the DTI, but its columns are read as the DTI\'s ({header}): if its figures are that index\'s, map the columns to a KPI in the mapping step, or choose the sheet of the DTI',
  'problem.selfAssessedDti':
    'the title "{text}" says a self-assessment: its scores are stored as the year\'s DTI, over the ministry\'s results. If they are not the published ones, map the columns to a KPI in the mapping step',
  'problem.pillarSheetOverDti':
    'the sheet "{text}" is named for the pillar "{pillar}", but the columns are headed as the DTI\'s ({header}): read as the DTI. If the figures are the pillar\'s, map the columns to its score and rank in the mapping step',
  'problem.pillarNamedOverDti':
    'the title "{text}" names the pillar "{pillar}", but the columns are headed as the DTI\'s ({header}): read as the DTI. If the figures are the pillar\'s, map the columns to its score and rank in the mapping step',
  'problem.yearContradicts': 'the file title says {title}, but the import is for {year}',
  'problem.groupContradicts':
    'the file title names the {title}-unit list, but the import is for the {group}-unit group',
  'problem.complete34BeforeList':
    'the table lists the 34 units after the 2025 rearrangement (their new names), but {year} was ranked among the 63 units: check the year of the table',
  'problem.complete34As63':
    'the table lists the 34 units after the 2025 rearrangement (their new names), but the import is for the 63-unit group: choose group 34 (--group 34)',
  'problem.codesOfOtherList':
    'the units are given by code alone, and all {found} codes are codes of the 34-unit list (from 1 July 2025), some of which name other provinces on the {group}-unit list (15 is Lào Cai, formerly Yên Bái): import it for the 34-unit group, or add a column of unit names',
  'problem.namesOfOtherList':
    "{found} of the file's unit names are names of the {title}-unit list, but the import is for the {group}-unit group",
  'problem.subProvincialUnit':
    '"{unit}" is a district or a commune, not a province: DTI Desk keeps provincial figures (if the figure is a province\'s, choose the province)',
  'problem.countNotWhole':
    'a count in "{unit}" is a whole number, not below zero, but this cell (and maybe others of the column) is not: read as written, check it',
  'problem.unitUnmatched': 'unit name "{unit}" is not recognised',
  'problem.tooManyUnitQuestions':
    '{count} names in this column are not recognised as provinces or cities: the unit column may be the wrong one (check the mapping step); the first {shown} are asked here, the rest once those are answered',
  'problem.unitAmbiguous': 'name "{unit}" could be several units: {names}',
  'problem.duplicateColumnDiffers':
    'column "{header}" and column {other} ({otherHeader}) give the same figure with different values: choose the one to import in the mapping step (set the other to "Ignore"), or delete the extra column in the file',
  'problem.kpiGenericName':
    '"{name}" says a total of no KPI (nor does the title): write the KPI\'s name in the file or its title and import again',
  'problem.kpiTwoColumns':
    'columns {columns} both give "{indicator}" for {period}: choose the one to import in the mapping step (set the other to "Ignore"), or delete the extra column in the file',
  'problem.sameFieldTwice':
    'column "{header}" and column {other} ({otherHeader}) are both mapped to the same figure: map one of them to something else in the mapping step (or "Ignore")',
  'problem.duplicateColumn':
    'column "{header}" holds what column {other} ({otherHeader}) is imported for, so it is not imported (change it in the mapping step if needed)',
  'problem.kpiNearName':
    'the KPI "{name}" is not in the database, but its name is nearly that of "{stored}": its values are imported as a new KPI, apart from the series of "{stored}" — if it is the same KPI, rename it "{stored}" in the file and import again',
  'problem.kpiOtherUnit':
    'the database holds "{name}" in {other}; this file gives it in {unit}: its values are imported as another KPI, "{indicator}" — if it is the same KPI, write its unit as the database does and import again',
  'problem.otherYearColumn':
    'column "{header}" holds the figures of {year}, not of {target}: not imported with {target} (import the file again for {year} to keep them)',
  'problem.setAside.samePeriodLastYear':
    'column "{header}" holds the same period last year: not imported with this table (import that period\'s file if needed)',
  'problem.setAside.thisPeriodUntold':
    'column "{header}" says "this" month, quarter or year, which the title does not give (it gives another period): not imported — write the period in the title or the column\'s header and import again',
  'problem.setAside.previousPeriod':
    'column "{header}" holds the period before: not imported with this table (import that period\'s file if needed)',
  'problem.setAside.unitsMergedInto':
    'column "{header}" names the new unit each former province merged into (repeated over rows): the figures are imported for the former provinces beside it, this column is not',
  'problem.setAside.totalOfNoSpan':
    'column "{header}" is a total of the columns before it, but of no period that can be told: not imported',
  'problem.setAside.totalOfPart':
    'column "{header}" is the total of the period its header names, but the columns before it do not hold all the months or quarters of that period: of which period it is the total cannot be told, not imported',
  'problem.setAside.totalOfRates':
    'column "{header}" is a sum of rates, not the rate of the whole period: not imported',
  'problem.setAside.averageOfColumns':
    'column "{header}" is an average of the columns before it: not imported (each period is imported on its own)',
  'problem.setAside.derived':
    'column "{header}" is worked out from others (a change, a movement in rank, a comparison with last year): not imported',
  'problem.setAside.regionalRank':
    'column "{header}" is a rank within a region or a group, not the national rank: not imported',
  'problem.setAside.formerUnits':
    'column "{header}" names the units before the rearrangement; units are read from the column of the new names: not imported',
  'problem.setAside.otherYear':
    'column "{header}" has no year: it holds the table\'s latest year, not the year being imported, so it is not imported',
  'problem.setAside.periodToDate':
    'column "{header}" is a total up to a date, not a period: not imported. Write the period in the header ("9 tháng 2025") and import again',
  'problem.setAside.periodOutsideGroup':
    'column "{header}" names a period outside the period of its group header ("Tháng 10" under "Quý III", say): not imported. Correct the header and import again',
  'problem.setAside.mainIndexRank': 'column "{header}" is the rank of a main index: not imported',
  'problem.setAside.notTheDti':
    'column "{header}" names the DTI but is not its score (an average, a difference or one indicator\'s points): not imported with the ranking',
  'problem.setAside.anotherIndex':
    'column "{header}" is a figure of an index other than the DTI: not imported with the ranking (import a table of that index alone to keep it as an indicator)',
  'problem.setAside.otherIndexRank':
    'column "{header}" ranks an index other than the one the title names: not imported (import a table of that index alone to keep its ranks)',
  'problem.setAside.subProvincialRows':
    'the sheet name or title says the rows are "{said}", so column "{header}" lists districts or communes (even where a name is also a province\'s): DTI Desk keeps provincial figures. Import a table of the provinces; if the rows are provinces after all, map this column as the unit column again in the Imports wizard',
  'problem.setAside.subProvincial':
    'column "{header}" lists districts or communes: DTI Desk keeps provincial figures. Import a table of the provinces',
  'problem.alreadyImported':
    'this file (same content, same sheet) was imported as import #{id} on {at}: importing it again writes only values that have changed since',
  'problem.yearInPartReport':
    'column "{header}" gives the whole year {year} in a report of {period}, written before the year ended: a plan or an estimate, not the year\'s result — not imported',
  'problem.rankOfNoColumn':
    'column "{header}" is a rank, but names no one indicator column of this table (none, or several alike): not imported',
  'problem.unknownColumn': 'column "{header}" is not recognised and will not be imported',
  'problem.noUnitColumn':
    'no column is mapped to the unit name: choose the column of the provinces, or, for a table about one province, the unit of the whole table',
  'problem.noValueColumn': 'no value column is mapped',
  'problem.noValueColumnUnknown':
    'no value column is mapped: {columns} not recognised — choose what each one holds in the mapping step',
  'problem.noValueColumnSetAside':
    'no value column is left to import: {columns} set aside, each for the reason said with it',
  'problem.noYear': 'no ranking year is chosen',
  'problem.noYearFileName':
    "no ranking year is chosen; the file's name says {year}: choose it (--year {year}) if the figures are that year's",
  'problem.noYearPublished':
    "no ranking year is chosen; the title says only when the table was published or updated ({published}), which is not the ranking's year: a year's DTI is published the next year, so it may be {year} (--year {year})",
  'problem.noGroup': 'no ranking group (63 or 34) is chosen',
  'problem.yearOtherThanFileName':
    "the file's name says {named}, but the import is for {year}: check the ranking year before importing",
  'problem.noGroupForKpiRanks':
    'the ranks in the table may be among the 63 or among the 34 provinces (no "out of" column; neither the title nor the period says which): choose the ranking group (63 or 34)',
  'problem.kpiNamedAsIndex':
    '"{name}" is an index of the DTI ranking, not a KPI: a province\'s DTI result is imported from the ranking table (one row per province, its score and rank), not as a KPI of that name',
  'problem.noIndicator': 'the indicator name is missing',
  'problem.noPeriod': 'the period is missing',
  'problem.countReadWholeMarkChosen':
    'a count in "{unit}" is a whole number: read as {n} — the decimal mark "{mark}" chosen for the column applies to its numbers that are not counts; please check',
  'problem.countReadWhole':
    'a count in "{unit}" is a whole number: read as {n}, the comma or point separating thousands; please check',
  'problem.ambiguousNumber':
    'the decimal mark of this column is unclear (no number in it reads only one way): read as {n}, please check',
  'problem.ambiguousNumberMixed':
    "this column's decimal mark is unclear (its numbers write decimals both ways, a point in some, a comma in others): read as {n}, check it or choose the column's decimal mark",
  'problem.ambiguousNumberByFile':
    "the decimal mark of this column is unclear (no number in it reads only one way): read as {n} after the file's other columns, where the point is the decimal mark; if it separates thousands in this column, choose the column's decimal mark",
  'problem.rankOfMismatch': 'the rank is written out of {of}, but this is a ranking of {n} units',
  'problem.rankOfMismatchReport':
    "the rank is written out of {of}, but the import is for {unit} of the {n}-unit list: if the report's figures are those of {unit} among the {of} units, choose group {of} (--group {of})",
  'problem.unitCodeConflict':
    'code "{code}" is {codeUnit} but the name says "{unit}": correct the code or the name in the file',
  'problem.unitEmpty': 'the unit name cell is empty but the row has values',
  'problem.columnYearContradicts':
    'the column is for {column}, but the import is for {year}: map the {year} column instead',
  'problem.sheetYearContradicts':
    'the sheet is named for {sheetYear}, but the import is for {year}: choose the right sheet',
  'problem.sheetYearContradictsOther':
    'the sheet name says {sheetYear}, but the import is for {year}: choose the sheet "{other}"',
  'problem.sheetYearContradictsHidden':
    'the sheet name says {sheetYear}, but the import is for {year}: the file\'s sheet "{other}" names {year} but is hidden in Excel — choose it if it is the table to import',
  'problem.unitCodeOtherList':
    "code {code} is {unit} in the list of {n} provinces and cities (used for the file's periods), but {other} in the list of {otherN}: if the file is {other}'s, give the name in --unit",
  'problem.splitDecimal':
    'the row has more fields ({fields}) than the header has columns ({header}): decimal commas in a comma-separated file, perhaps (0,8002 split into 0 and 8002); quote the numbers or save the file with semicolons',
  'problem.valueWithoutHeader': 'the cell is outside the columns with a header and is not imported',
  'problem.formulaNoValue':
    'the cell is a formula saved without its value (the file was not saved by Excel): open it in Excel, save it and import again',
  'problem.formulaError':
    'the cell holds an Excel formula error: correct the formula and save the file again',
  'problem.emptySheet':
    'this sheet has no cell with data: choose the sheet with the table (if Excel shows one, the file may be damaged: open it in Excel and save it again)',
  'problem.noData': 'the table has no data row under its header: nothing to import',
  'problem.noValues':
    'no value cell of the data rows ({n}) holds a value (empty, "-" or N/A): nothing to import',
  'problem.valueMark':
    "values of this column carry something after the number ({n} cells, like this one: a footnote mark, a change, last year's figure?): the number is read without it; check the file's notes",
  'problem.percentFractionAmongOne':
    "this value of an indicator in % lies between 0 and 1 while the column's other value is {min} ({count} such cells): a ratio typed for a percentage (0.97 for 97%)? Read as written, check it",
  'problem.percentFractionAmong':
    'this value of an indicator in % lies between 0 and 1 while the others lie between {min} and {max} ({count} such cells): a ratio typed for a percentage (0.97 for 97%)? Read as written, check it',
  'problem.percentFractionStored':
    'this value of an indicator in % lies between 0 and 1, while the values stored for {unit} of this indicator lie between {min} and {max}: a ratio typed for a percentage (0.998 for 99.8%)? Read as written, check it',
  'problem.percentFractionStoredOne':
    'this value of an indicator in % lies between 0 and 1, while the value stored for {unit} of this indicator is {min}: a ratio typed for a percentage (0.998 for 99.8%)? Read as written, check it',
  'problem.percentFraction':
    'every value of this indicator in % ({n} cells) lies between 0 and 1, like this one: if they are ratios (0.9952 = 99.52%), multiply by 100 or format the cells as % in Excel and import again',
  'problem.noDataCells':
    'cells of this column that hold no number ({n}: {cells}) are taken as no data, not imported',
  'problem.periodNeedsYear':
    'the period columns ({periods}) have no year: say the year of the table (--year)',
  'problem.unitsAcross':
    'the table is transposed: {n} unit names run along one row (one column per unit). Transpose it in Excel (one row per unit) and import again',
  'problem.nextTable': 'another table starts at this row; only the first table is read (to row {end})',
  'problem.mergedValue': 'the cell is merged over {rows} rows: its value is taken for each of them',
  'problem.periodMonthFirst':
    'the dates of this column are written month/day/year (a file exported on an English-locale computer): read so — this cell is month {month}/{year}; please check',
  'problem.periodMonthFirstLikely':
    'read day/month/year, the dates of this column are consecutive days of one month; read month/day/year (a file exported on an English-locale computer), each is the first of a month: read month/day/year — this cell is month {month}/{year}; if that is wrong, write the period as a month (01/2024) and import again',
  'problem.badPeriodMonthFirst':
    'a date written month/day/year (a file exported on an English-locale computer): write day/month/year ({day}/{month}/{year}) or the month ({month}/{year}) — the whole column is probably written so',
  'problem.badPeriodSerial':
    'the period is not understood: the number looks like a date Excel stores as a serial number ({date}) in a cell that lost its date format; format the column as a date in Excel, or write the month (09/2022)',
  'problem.unitByRememberedAnswer':
    'unit name "{unit}" is read as {name}, as you answered on an earlier import; if that answer was wrong, forget it in Settings → Remembered unit names (or undo that import) and import again',
  'problem.badTablePeriod':
    'the table\'s default period "{period}" is not understood: write a year (2022), a month (09/2022), a quarter (Quý III/2022) or "6 tháng đầu năm 2022" in the mapping step',
  'problem.badColumnPeriod':
    'the period "{period}" of this column is not understood: write a year (2022), a month (09/2022), a quarter (Quý III/2022) or "6 tháng đầu năm 2022" in the mapping step',
  'problem.runningTotalOffMonths':
    'the running total {total} is not the sum of its {n} months on the same row ({months}): one of the figures was likely mistyped or copied from another row — please check',
  'problem.scaleJump':
    'this value ({value}) is about {factor} times the stored value ({old}) of "{indicator}" for {unit}, {period} — {n} of the file\'s values are so: the file and the database likely count in different units (thousands, millions, billions). Read as written; check the unit before importing',
  'problem.scaleJumpDown':
    'this value ({value}) is about 1/{factor} of the stored value ({old}) of "{indicator}" for {unit}, {period} — {n} of the file\'s values are so: the file and the database likely count in different units (thousands, millions, billions). Read as written; check the unit before importing',
  'problem.fileEndsMidRow':
    "the file ends inside this row (no line break after it; the row has {cells} of the header's {width} cells): it was likely cut while being copied or downloaded, and its last cell may be missing digits — get the whole file again or check this row",
  'problem.badPeriod':
    'the period is not understood: write a year (2022), a month (09/2022), a quarter (Q3/2022) or "6 tháng đầu năm 2022"',
  'problem.noTableIndicator':
    'the table has one column per period but no indicator column: say which indicator it holds',
  'problem.noLevelIndicator':
    'the columns {levels} name only a level or a measure (province, commune; number, rate), not the indicator, and no column above them or title names it: say which indicator they hold',
  'problem.noLevelIndicatorRow':
    'the indicator "{level}" names the level the value is reported at, but no item above it or title names the indicator: say which indicator it is (in the file, or as the table\'s indicator)',
  'problem.noTablePeriod': 'the table has no period column: say which year or period its values belong to',
  'problem.percentFormatted':
    "cannot be a percentage rate: the cell is probably formatted as a percentage with {typed} typed in it (Excel shows 100 times the figure typed) — type {typed}% or remove the cell's percentage format",
  'problem.percentRange': 'a percentage outside 0–100',
  'problem.readingWhole': '{n} (a whole number)',
  'problem.readingDecimal': '{n} (a decimal)',
  'problem.decimalMarkApplied':
    'numbers of this column that read two ways are read with the decimal mark "{mark}" chosen for the column (this cell: {n})',
  'problem.percentReadInRange':
    'read with the decimal mark of its column this percentage is outside 0–100%, so it is read as {n}%; please check',
  'problem.unitInCell':
    'the cells of this column are written with a unit ("{unit}"): the number is read and "{unit}" taken as the indicator\'s unit of measure',
  'problem.unitInCellScaled':
    'the number is written in "{unit}", not in the indicator\'s unit ({expected}): converted to {expected} (this cell: {converted}); the other cells of the column written so are converted too',
  'problem.unitInCellScale':
    'the number is written with "{unit}": a number with a scale (thousand, million, billion) is read only when its indicator names the same unit (in the indicator\'s name, e.g. "(nghìn người)", or in a unit-of-measure column); write the full number or give the unit that way',
  'problem.unitInCellMismatch':
    'the cell is written in "{unit}" but the indicator is measured in "{expected}": this value is not read (write the number in "{expected}")',
  'problem.sectionRow': 'a row holding only "{text}": taken for a heading inside the table, skipped',
  'problem.summaryRow': 'summary row "{unit}" is skipped',
  'problem.summaryRowUnits':
    'summary row "{unit}" is skipped: the rows it closes are in different units ({units}), so it is no whole of them',
  'problem.repeatedHeader':
    'a row repeating the table\'s header ("{text}"; a table printed in blocks): not data, skipped',
  'problem.repeatedColumnNumbers':
    'a row of column numbers ("{text}") repeated inside the table: not data, skipped',
  'problem.regionHeading':
    '"{text}" names a region, not a unit: taken for a heading between groups of units, skipped',
  'problem.periodRow':
    'row "{text}" names a period (or the same period last year, or the plan), not an indicator: a figure other than the table\'s, skipped, not imported',
  'problem.regionRow': '"{unit}" is a region, not a unit: the region\'s row (such as its average) is skipped',
  'problem.formerUnitSkipped':
    '"{unit}" is marked as a former unit: on 1 July 2025 it merged into {successor}, so it is not on the 34-unit list; the row is taken as information and skipped (not imported)',
  'problem.hiddenRow':
    'a row hidden in Excel (a filter?) is imported all the same: {count} row(s) so, the first is this one',
  'problem.hiddenSheet':
    'this sheet is hidden in Excel (often a draft or old figures): make sure it is the one to import',
  'problem.hiddenColumn': 'a column hidden in Excel is imported too',
  'problem.noMethodology':
    'values of index "{index}" are not imported ({count}): DTI Desk has no methodology for {year}',
  'problem.unitNotCity':
    '"{unit}" is not taken as {names}: {names} is a province, and "Thành phố"/"TP" only precedes a centrally-run city (this may be a provincial city); choose the unit or skip the row',
  'problem.unitNotProvince':
    '"{unit}" is not taken as {names}: {names} is a centrally-run city, not a province; choose the unit or skip the row',
  'problem.unitNewInOldList':
    '"{unit}" is a unit formed on 1 July 2025, not one of the 63-unit list: import it for the 34-unit group',
  'problem.unitOldInNewList':
    '"{unit}" is a unit of before 1 July 2025, not one of the 34-unit list: import it for the 63-unit group',
  'problem.periodAfterOldList':
    'a value for period {period} of "{unit}" (63-unit list): from 1 July 2025 the unit belongs to the 34-unit list; import for the 34-unit group or correct the period',
  'problem.periodBeforeNewList':
    'a value for period {period} of "{unit}" (34-unit list): the unit did not exist before 1 July 2025; import for the 63-unit group or correct the period',
  'problem.unitPrefixMismatch':
    'the "Tỉnh"/"Thành phố" prefix of "{unit}" does not fit the kind of unit ({names})',
  'problem.periodOutsideList': 'period {period} of "{unit}" is outside the time of the unit list',
  'problem.replacesHandEdits':
    "{n} value(s) you edited by hand will be replaced by the file's (cells {cells}, marked “edited” in the preview); undoing this import brings them back",
  'problem.rankOfOldValue':
    'values changed with no rank given in the file: {n} (cells {cells}); the rank stored ranked the old value and is kept — import the new ranks or correct them in the grid',
  'problem.rankHeldByOther':
    "the file gives {n} rank(s) that the stored ranking gives to units this file does not list (cells {cells}; rank {rank} of {unit} is {other}'s there) — they may be ranks within a region or a group, not the national ones: check them before importing (undoing the import brings the stored ranks back)",
  'problem.rowsOfYearsChoose':
    "the table has a row per year ({years}): an import holds one year's ranking — choose the year to import (the others are imported one by one the same way)",
  'problem.rankHeldByOther2024':
    '{n} rank(s) in the file are held, in the stored 2024 ranking of the 63 provinces, by other units the file does not list (cells {cells}; rank {rank} of {unit} is held by {other}), and no rank is above 34: this may be the 2024 ranking of the 34 units (republished after the rearrangement) — if so, choose group 34 (--group 34) instead of 63',
  'problem.rankHeldByOtherGroup':
    "the file ranks its {units} units from 1 again, and the stored ranking gives those ranks to units this file does not list (cells {cells}; rank {rank} of {unit} is {other}'s there), units that score above units this file ranks before them: ranks within a region or a group, or a ranking other than the stored one. Set the rank column to Ignore in the mapping step to import the scores alone; if this file's ranks are the right national ones, import the whole ranking or undo the import that stored the other one first",
  'problem.rowsOfOtherYears':
    'the table has a row per year: only the row of {year} is imported; the rows of {years} are set aside (import them year by year, choosing another year)',
  'problem.rankNotCompetition':
    '{indicator} ranks do not skip after a tie: {count} units share rank {tie}, so the next unit must rank {expected}, not {rank} (the ministry uses competition ranks, as in 2022: two units at 15, the next at 17); check the ranks in the file',
  'problem.tableOnHiddenSheet':
    'this sheet has no data table, but the hidden sheet "{hidden}" has one: choose the sheet "{hidden}"',
  'problem.estimateColumn':
    'column "{header}" holds estimates, not final figures: they are stored as the values of their period; import the final figures when they are published to replace them',
  'problem.headerSplit':
    'the header "{header}" has a "{delimiter}" outside quotes, which split it into two columns out of line with the data rows; it was read back as one column (when you fix the file, put this header in quotes)',
  'problem.periodsOutsideTitle':
    'the title gives the period {title}, but the table has figures for {periods}: they are stored for the periods their columns or cells give; check the title or the periods',
  'problem.planSheet':
    "the sheet's name says these are plan figures: DTI Desk does not import plan targets yet, and these values would be stored as results — if they are a plan, do not import this sheet",
  'problem.notProvincesRanked':
    '"{text}" says this is a ranking of {ranked}, not of the provinces: DTI Desk imports the provincial DTI ranking only, and this table is not imported (its names may be the same as provinces\')',
  'problem.ranked.district': 'districts, towns and provincial cities (the district-level DTI)',
  'problem.ranked.commune': 'communes and wards (the commune-level DTI)',
  'problem.ranked.ministry': 'ministries and ministry-level agencies (the ministerial DTI)',
  'problem.columnOfOtherKind':
    'column "{header}" is mapped to a field this kind of table does not import: it is left out',
  'problem.kpiColumnInRanking':
    'column "{header}" is mapped to an indicator\'s figures, which a ranking table does not import: it is left out — to import it, import the file again as an indicator table',
  'problem.rankingColumnInKpi':
    'column "{header}" is mapped to a score or rank of the DTI ranking, which an indicator table does not import: it is left out — to import it, import the file again as a ranking table',
  'problem.planTargetColumn':
    'column "{header}" holds plan targets, not imported yet (DTI Desk does not import plan targets yet; the data stays in the file)',
  'problem.groupYearContradictsTitle':
    'the title of the file says {group} units, but the {year} ranking is among {expected} units (63 units until 2023, both 63 and 34 for 2024, 34 units from 2025): is the year or the title wrong? Correct the year, or choose the {expected}-unit group',
  'problem.groupYearContradicts':
    'the {year} ranking is among {expected} units (63 units until 2023, both 63 and 34 for 2024, 34 units from 2025), but the import is for the {group}-unit group: choose the {expected}-unit group or correct the year',
  'problem.unitMerged':
    '"{unit}" is a unit of the 63-unit list: on 1 July 2025 it merged into {successor}, so it is not on the 34-unit list; choose {successor} if the figure is for the merged unit, or import for the 63-unit group if it is from before 1 July 2025',
  'problem.periodSpansMerger':
    'period {period} runs across 1 July 2025, when the 63 units became 34: check which units and months the figure covers',
  'problem.periodSpansMergerChanged':
    'period {period} runs across 1 July 2025, when "{unit}" of the 63-unit list became part of {successor} of the 34-unit list: the former unit has no figure for a period beyond 30 June 2025, and the file does not say that this one is {successor}\'s — import the periods before and from that date apart ({successor}\'s figures, restated for the merged unit, with group 34)',
  'problem.periodSpansMergerChangedMany':
    'period {period} runs across 1 July 2025: so do the figures of {count} more units of the 63-unit list that merged on that date ({names}) — import the periods before and from that date apart',
  'problem.periodSpansMergerNewMany':
    'period {period} runs across 1 July 2025: the figures of {count} more units of the 34-unit list formed by merging on that date ({names}) are stored the same way — check them',
  'problem.periodSpansMergerWhich':
    'period {period} runs across 1 July 2025, and the file names "{unit}" both before that date (the unit of the 63-unit list, from 1 July 2025 part of {successor}) and after it ({successor} of the 34-unit list): which of the two this figure is for cannot be told — import it with the group it belongs to (--group 63 or 34), apart from the other rows',
  'problem.periodSpansMergerNew':
    'period {period} runs across 1 July 2025: the value is stored for "{unit}" of the 34-unit list, formed on that date from {parts}; for the months before, the figure is of the territory of those units together — check that it is',
  'problem.periodAfterMergerAs63':
    'period {period} is after 1 July 2025, when the country has 34 provincial units: the figures are by the 34 and cannot be imported for the group of 63 — choose group 34 (--group 34)',
  'problem.restatedFor34':
    'the values of {period}, before 1 July 2025, are imported for the 34 units as they are from that date (figures restated for the new units): they are stored for those units, not for the 63 of the time — but for a province the rearrangement left as it was, on its own unit of the 63 (one territory, one series)',
  'problem.listFollowsPeriod':
    'each row is matched on the unit list of its period: rows with periods {side} ({count}) were matched on the {list}-unit list, the others on the {group}-unit list (a province the rearrangement left as it was: each figure on the list of its own period)',
  'problem.otherSheetsWithTables':
    'the workbook has {count} other sheet(s) with a table, not read by this import: {sheets}; import each sheet in turn',
  'problem.yearNotInPeriods':
    "the import is for {year}, but the file's periods are {periods}: values are stored under the file's periods, not under {year}; check the year",
  'problem.rankMissing':
    'empty rank cell beside score {score}: the unit is stored without a rank; {count}{more} such empty rank cells in the file — check the file',
  'problem.rankMissingTie':
    'empty rank cell beside score {score}, the same as row {row} (rank {rank}): most likely tied at {rank} (a merged cell copied) — write {rank} in this cell; the unit is stored without a rank; {count}{more} such empty rank cells in the file',
  'problem.emptyKeepsStored':
    'the cell is empty but the database holds {stored} for it: that value is kept (an empty cell removes nothing); the file has {count}{more} such empty cell(s)',
  'problem.activityIndexRenamed':
    "the columns {columns} name the activity indices as QĐ 922 (2021–2023) does; {year} is under QĐ 405, which calls them “Digital government”, “Digital economy”, “Digital society”: imported as those indices — check the table's year",
  'problem.sideBySide':
    'the table is two blocks side by side (unit names in columns {left} and {right}): only the left block would be read, so nothing is imported; move the right block (from column {from}) under the left one and import again',
  'problem.storedNotInFileKpi':
    '{count} stored value(s) of these KPIs and periods are not imported from this file ({names}: no cell of theirs, or one set aside as said): they are kept (a row left out or a cell emptied in a file removes nothing)',
  'problem.storedNotInFile':
    '{count} unit(s) with stored figures for {year} are not in this file ({names}): their stored figures are kept (a row left out of a file removes nothing; to remove a figure, edit it on the Rankings page)',
  'problem.excerptStored':
    'the table has {present} of {n} units; counting the units already imported for {year} ({stored}), {count} still missing: imported as part of the ranking',
  'problem.excerptRest':
    'the table has {present} of {n} units: imported as part of the ranking; the other units ({count}) seem to be on sheet "{rest}": import that sheet too',
  'problem.missingUnitsRest':
    'the table has {present} of {n} units; the other {count} seem to be on sheet "{rest}": import each sheet in turn (sheet "{sheet}", then sheet "{rest}"); nothing was written',
  'problem.kpiSheetPeriodColumns':
    "the sheet is named for {named} ({sheetPeriod}), but its columns give {periods}: the values are stored for the columns' periods — check which is right (a sheet or a header left from another period's copy?)",
  'problem.kpiSheetPeriod':
    "the sheet is named for {named} ({sheetPeriod}), but its values are stored for {period}, as the title says: check which is right (a title left from another month's copy?)",
  'problem.kpiSheetYear':
    'the sheet is named for {sheetYear}, but its values are imported for period {period}: choose the sheet of {period} or import for {sheetYear}',
  'problem.sectionOtherPart':
    'the row "{text}" starts another part of the table (another pillar or year): the rows below it are not of the ranking being imported — split that part off and import it on its own',
  'problem.kpiSheetYearPeriods':
    "the sheet is named for {sheetYear}, but the table's periods are {periods}: the values are imported for the table's periods; check that this is the sheet to import",
  'problem.kpiColumnYear':
    'the column header names {column}, but its values are imported for period {period}: import for {column} or correct the header',
  'problem.periodAfterMerged':
    'a value for period {period} of "{unit}" (63-unit list): on 1 July 2025 "{unit}" merged into {successor} (34-unit list), so there is no "{unit}" for that period; a figure of "{unit}" is not one of {successor}: correct the period if the figure is from before 1 July 2025, or leave the row out',
  'problem.periodsAcrossMergerInRow':
    'the period columns {before} (before 1 July 2025) and {after} (from 1 July 2025) belong to two unit lists (63 and 34 units), and each row is one unit: import the columns before 1 July 2025 and those from it separately (set the others to "Ignore"), or import them all for the 34-unit list, the earlier ones as restated for the units as they are now (group 34)',
  'problem.sheetUnitMerged':
    'the table has no unit column, and its sheet name or title says "{unit}", which merged into {successor} on 1 July 2025 and is not on the 34-unit list of periods from 07/2025: choose the unit of the whole table ({successor}) in the Imports wizard, or correct the periods',
  'problem.subProvincialTable':
    "the sheet name or title says the table is about {subject}, not a province: DTI Desk keeps provincial figures. Import the province's table; if these are the province's figures after all, choose the unit of the whole table in the Imports wizard",
  'problem.indexNotInMethodology':
    "this column's index is not part of the {year} methodology (Decision {decision}){elsewhere}: its values are not imported ({count})",
  'problem.moreIndicesNotInMethodology':
    '{columns} more columns ({headers}) hold indices that are not part of the {year} methodology: {count} values are not imported — if the table is of another year, correct the year and import again',
  'problem.noMethodologyColumn':
    'values of this column are not imported ({count}): DTI Desk has no methodology for {year}',
  'problem.methodologyOf': ' but of the methodology of Decision {decision} ({years})',
  'problem.sideFromMerger': 'from 1 July 2025',
  'problem.sideBeforeMerger': 'before 1 July 2025',
  'readError.HTML_NO_TABLE': 'The file is a web page (HTML) but has no data table',
  'place.file': 'file "{file}"',
  'place.sheet': 'sheet "{sheet}"',
  'place.cell': 'cell {cell} (row {row}, column {col})',
  'place.cellHeader': 'cell {cell} (row {row}, column {col}: {header})',
  'place.row': 'row {row}',
  'place.col': 'column {col}',
  'place.colHeader': 'column {col} ({header})',
  'place.value': 'value "{value}"',
};
