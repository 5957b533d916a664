// Vietnamese texts of import problems and file refusals, and of the place they name
// (file, sheet, cell). Built into ImportProblem/ImportReadError messages by src/shared/imports/place.ts.
export const importMessagesVi = {
  'readError.FILE_NOT_FOUND': 'Không tìm thấy tệp',
  'readError.FILE_UNREADABLE': 'Không mở được tệp để đọc',
  'readError.FILE_EMPTY': 'Tệp rỗng, không có dữ liệu',
  'readError.FILE_TOO_LARGE': 'Tệp quá lớn để nhập',
  'readError.UNKNOWN_FORMAT':
    'Không nhận ra định dạng tệp (chỉ nhận .xlsx, .xlsm, .xls, .xml, .csv, .tsv, .txt, .html)',
  'readError.UNSUPPORTED_FORMAT': 'Định dạng bảng tính này chưa được hỗ trợ',
  'readError.NOT_A_SPREADSHEET':
    'Nội dung tệp không phải bảng tính (có thể là ảnh hoặc tệp khác bị đổi đuôi)',
  'readError.CORRUPT_ZIP': 'Tệp Excel bị hỏng hoặc bị cắt cụt (cấu trúc nén không hợp lệ)',
  'readError.CORRUPT_WORKBOOK': 'Sổ tính bị hỏng, không đọc được',
  'readError.ENCRYPTED': 'Sổ tính được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại',
  'readError.ZIP_BOMB': 'Tệp giải nén ra dung lượng bất thường (nghi là "bom nén"), đã dừng đọc',
  'readError.XML_ENTITIES': 'Tệp chứa khai báo DOCTYPE/ENTITY của XML, không được phép trong tệp Excel',
  'readError.PROTO_KEY': 'Ô chứa giá trị "__proto__" không được phép',
  'readError.CELL_TOO_LONG': 'Ô dài hơn 32.767 ký tự (giới hạn của Excel)',
  'readError.TOO_MANY_ROWS': 'Có hơn 1.048.576 dòng (giới hạn của Excel)',
  'readError.TOO_MANY_COLUMNS': 'Có hơn 16.384 cột (giới hạn của Excel)',
  'readError.SPARSE_CELLS':
    'Các dòng có ô rải rác rất xa bên phải bảng (như ô này): hãy xóa các ô thừa hoặc chép bảng sang một trang tính mới',
  'readError.INVALID_UTF8':
    'Tệp văn bản có byte không hợp lệ: không phải UTF-8 và cũng không giống Windows-1258. Hãy lưu lại dưới dạng "CSV UTF-8"',
  'readError.INVALID_UTF16':
    'Tệp văn bản UTF-16 (“Unicode text” của Excel) bị hỏng hoặc bị cắt cụt giữa một ký tự. Hãy lưu lại từ Excel',
  'readError.NUL_IN_TEXT':
    'Tệp văn bản có ký tự NUL (byte 0), không thể có trong một bảng CSV: hãy mở tệp, xóa ký tự đó và lưu lại',
  'readError.SHEET_NOT_FOUND': 'Không có trang tính này trong sổ tính',
  'readError.CANCELLED': 'Đã hủy đọc tệp',
  'readAdvice.damaged':
    'Hãy lấy lại tệp từ nơi gửi, hoặc mở tệp bằng Excel, lưu lại thành .xlsx rồi nhập bản vừa lưu.',
  'readDetail.outOfMemory': 'đọc tệp này cần nhiều bộ nhớ hơn mức một lần nhập được dùng',
  'readDetail.partTooLarge': '{part} giải nén ra {mb} MB, cần nhiều bộ nhớ hơn mức một lần nhập được dùng',
  'readDetail.sheetNameTooLong': 'tên trang tính "{name}" dài {n} ký tự (Excel cho phép 31)',
  'readDetail.rowOutOfOrder': 'dòng {row} đứng sau dòng {prev} (Excel ghi các dòng theo thứ tự)',
  'readDetail.rowTwice': 'dòng {row} có hai lần (Excel ghi mỗi dòng một lần)',
  'readDetail.cellOutOfOrder':
    'ô {cell} lặp lại hoặc đứng sau ô bên phải nó (Excel ghi mỗi ô một lần, theo thứ tự)',
  'readDetail.cellType': 'ô có kiểu "{type}", không có trong định dạng Excel',
  'readDetail.xlsDamaged': 'cấu trúc tệp Excel 97–2003 (.xls) bị hỏng hoặc bị cắt cụt',
  'readDetail.utf16At': 'ở byte {offset}',
  'readDetail.overChars': 'hơn {n} ký tự',
  'readDetail.zipEntries': 'hơn {n} mục',
  'readDetail.partTwice': '{part} xuất hiện hai lần',
  'readDetail.relationshipTwice': 'mã liên kết "{id}" xuất hiện hai lần trong sổ tính',
  'readDetail.xlsTooLarge':
    'tệp Excel 97–2003 (.xls) chỉ đọc được khi nhỏ hơn {n} MB: hãy mở bằng Excel và lưu thành .xlsx',
  'readDetail.textNoTable': 'tệp là văn bản không chia cột, không phải sổ tính Excel',
  'readDetail.noPermission':
    'tài khoản này không có quyền đọc tệp: hãy xin quyền đọc, hoặc chép tệp vào một thư mục của bạn rồi nhập bản chép',
  'readDetail.folderNoPermission':
    'tài khoản này không có quyền mở thư mục chứa tệp ({folder}): hãy chép tệp vào một thư mục của bạn rồi nhập bản chép',
  'readDetail.systemError': 'hệ điều hành báo lỗi {code} khi mở tệp',
  'readDetail.isFolder': 'đây là một thư mục, không phải tệp: hãy chọn một tệp trong thư mục đó',
  'readDetail.notAFile':
    'đây không phải là một tệp thông thường (một ống dẫn như <(…) chẳng hạn): để đọc bảng từ đầu vào chuẩn, dùng "import -"',
  'readDetail.nulInText': 'ở dòng {line}, byte thứ {column} của dòng — thường do sao chép từ phần mềm khác',
  'readDetail.pdfNoTable':
    'tệp PDF; để nhập bảng trong đó, hãy chép bảng rồi dán vào ô "Dán bảng từ Excel hoặc trang web", hoặc dán vào Excel và lưu thành .xlsx',
  'readDetail.htmlNoTable': 'tệp là trang web (HTML) nhưng không có bảng',
  'readDetail.htmlTooManyTables': 'trang web có hơn {n} bảng',
  'readDetail.htmlTooManySpans': 'bảng có quá nhiều ô gộp (rowspan/colspan)',
  'readDetail.htmlTooLarge': 'trang web (HTML) chỉ đọc được khi nhỏ hơn {n} MB',
  'readDetail.xmlTooLarge':
    'bảng tính XML (XML Spreadsheet 2003) chỉ đọc được khi nhỏ hơn {n} MB; hãy mở bằng Excel và lưu thành .xlsx',
  'readDetail.xmlTooManySheets': 'có hơn {n} trang tính',
  'readDetail.xmlNoWorkbook': 'không có phần tử <Workbook>',
  'readDetail.xmlNoWorkbookEnd': 'tệp bị cắt cụt (thiếu </Workbook>)',
  'readDetail.xmlMalformed': 'tệp bị cắt cụt hoặc XML không hợp lệ',
  'readDetail.xmlSheetTooSparse':
    'trang tính có hơn {n} ô khi tính cả các ô trống trước mỗi giá trị (giá trị nằm rất xa nhau, như ở cột XFD): không phải bảng số liệu; hãy xóa các ô thừa trong Excel rồi lưu lại',
  'readDetail.duplicateSheetName':
    'có hai trang tính cùng tên "{name}" (Excel không cho phép): hãy mở bằng Excel, đổi tên một trang tính rồi lưu lại',
  'readDetail.sheetNamesOneToExcel':
    'hai trang tính "{name}" và "{other}" chỉ khác nhau chữ hoa, chữ thường — với Excel là một tên: hãy mở bằng Excel, đổi tên một trang tính rồi lưu lại',
  'readDetail.sheetCut': 'trang tính bị cắt cụt: dữ liệu dừng giữa chừng sau dòng {row}',
  'readDetail.sheetMalformed': 'XML của trang tính bị hỏng ở dòng này',
  'readDetail.invalidByte': 'byte {byte} ở vị trí {offset}',
  'readDetail.noWorksheets': 'không có trang tính',
  'readDetail.unsupportedOds':
    'Tệp OpenDocument (.ods) chưa được hỗ trợ: mở bằng Excel hoặc LibreOffice và lưu thành .xlsx',
  'readDetail.unsupportedFods':
    'Tệp OpenDocument dạng XML phẳng (.fods) chưa được hỗ trợ: mở bằng LibreOffice và lưu thành .xlsx',
  'readDetail.unsupportedOpendocument':
    'Tệp là tài liệu OpenDocument (văn bản hoặc trình chiếu), không phải bảng tính: hãy chọn tệp bảng tính .xlsx',
  'readDetail.unsupportedXlsb':
    'Tệp Excel Binary Workbook (.xlsb) chưa được hỗ trợ: mở bằng Excel và lưu thành .xlsx (Excel Workbook)',
  'readDetail.unsupportedNumbers':
    'Tệp Apple Numbers (.numbers) chưa được hỗ trợ: mở bằng Numbers và xuất sang Excel (.xlsx)',
  'readDetail.unsupportedXml':
    'Tệp XML nhưng không phải bảng tính XML của Excel (XML Spreadsheet 2003): mở bằng Excel và lưu thành .xlsx',
  'problem.notANumber': 'không phải là số',
  'problem.scoreRange': 'điểm phải nằm trong khoảng 0 đến 1',
  'problem.scoreLooksRank':
    'điểm phải nằm trong khoảng 0 đến 1: {value} — cột này chứa các số nguyên từ 1 đến {n}, có vẻ là thứ hạng: ở bước ghép cột, hãy kiểm tra cột nào là điểm, cột nào là hạng',
  'problem.scoreLooksPercent':
    'điểm phải nằm trong khoảng 0 đến 1: {value} có vẻ là phần trăm — hãy ghi {score} hoặc {percent}%',
  'problem.scoreLooksPoints':
    'điểm phải nằm trong khoảng 0 đến 1: {value} có vẻ là số điểm trên thang 1000 — điểm DTI là {score} (số điểm chia 1000); hãy ghi điểm từ 0 đến 1',
  'problem.scorePointsHeader':
    'cột ghi điểm theo thang {max} điểm: các giá trị lớn hơn 1 được chia cho {max} ({value} → {score}); hãy kiểm tra lại',
  'problem.scoreRatioInPercent':
    'cột ghi điểm theo phần trăm, nhưng {value} được đọc là điểm từ 0 đến 1 (giữ nguyên, không chia cho 100); hãy kiểm tra lại',
  'problem.scorePercentCell':
    'điểm được ghi dưới dạng phần trăm: đã đọc là {score} (điểm từ 0 đến 1); các ô khác của cột ghi như vậy cũng được đọc như thế — hãy kiểm tra',
  'problem.scorePercentHeader':
    'cột ghi điểm theo phần trăm: các giá trị từ 1 đến 100 được đọc là phần trăm và chia cho 100 ({value} → {score}); hãy kiểm tra',
  'problem.rankRange': 'thứ hạng phải từ 1 đến {n}',
  'problem.rankNotInteger': 'thứ hạng phải là số nguyên',
  'problem.rankInconsistent':
    'thứ hạng {indicator} không khớp với thứ tự điểm: đơn vị này điểm {score}, còn {other} (dòng {otherRow}) điểm {otherScore}, hạng {otherRank}',
  'problem.rankInconsistentWithStored':
    'điểm {indicator} {score} với hạng {rank} không khớp với bảng xếp hạng đã lưu: {other} hạng {otherRank} với điểm {otherScore} — điểm hoặc hạng có lẽ gõ nhầm; hãy kiểm tra trước khi nhập',
  'problem.scoresTieAtPrecision':
    '{count} đơn vị có điểm {indicator} bằng nhau khi làm tròn như trong tệp ({decimals} chữ số thập phân) nhưng khác hạng (đầu tiên: điểm {score}): không thể kiểm tra thứ hạng giữa các đơn vị này bằng điểm, thứ hạng được nhập như trong tệp',
  'problem.excerpt': 'bảng chỉ có {present}/{n} đơn vị: được nhập như một trích đoạn',
  'problem.duplicateUnit': 'đơn vị "{unit}" xuất hiện lần nữa (đã có ở dòng {first})',
  'problem.duplicateKpi': '"{unit}" – "{indicator}" – kỳ {period} xuất hiện lần nữa (đã có ở dòng {first})',
  'problem.missingUnitsSkipped':
    'bảng xếp hạng phải có đủ {n} đơn vị; còn thiếu {count}: {names} — có dòng bạn đã chọn bỏ qua ở bước tên đơn vị: {skipped} (dòng {rows}); hãy quay lại và chọn đơn vị cho tên đó',
  'problem.unitWithoutFigures':
    'dòng của "{unit}" không có số liệu nào (ô trống, "-", N/A hoặc #N/A; {count} đơn vị như vậy): bảng xếp hạng phải có đủ số liệu của {n} đơn vị — hãy điền điểm và hạng rồi nhập lại',
  'problem.unitCodePrefix':
    'số "{code}" viết trước tên đơn vị không phải mã của {unit} ({unitCode}) ({count} ô như vậy, như ô này): đơn vị được nhận theo tên; hãy kiểm tra lại',
  'problem.unitCodeUnknown':
    'mã "{code}" không phải mã đơn vị nào của danh mục {n} đơn vị ({count} ô như vậy, như ô này): đã nhận đơn vị theo tên ("{unit}"); mẫu biểu cũ? hãy kiểm tra cột mã',
  'problem.fractionValue':
    'không phải là một số: hai số viết dạng tử số/mẫu số — hãy ghi một số (tỷ lệ, hoặc tử số), hoặc tách hai số thành hai cột',
  'problem.missingUnitsScattered':
    'bảng xếp hạng có {present}/{n} đơn vị, thiếu {count}: {names} — không phải một phần liền mạch của bảng (dưới một nửa số đơn vị, hoặc các hạng liền nhau như 20 hạng đầu, thì được nhập như một trích đoạn): hãy bổ sung các dòng thiếu',
  'problem.missingUnits':
    'bảng xếp hạng có {present}/{n} đơn vị, thiếu {count}: {names} — thiếu ít như vậy thường là bản chép bị mất dòng: hãy bổ sung các dòng đó (một phần của bảng — dưới một nửa số đơn vị, hoặc các hạng liền nhau như 20 hạng đầu — được nhập như một trích đoạn)',
  'problem.formulaColumnShiftedDown':
    'điểm DTI của {count}/{total} dòng khác với công thức {method}: từ dòng này, mỗi số liệu của cột này khớp với điểm của dòng ngay trên — cột có vẻ bị lệch xuống một dòng từ đây (chèn thêm ô hoặc dán thấp một dòng?); hãy sửa tệp rồi nhập lại',
  'problem.formulaColumnShiftedUp':
    'điểm DTI của {count}/{total} dòng khác với công thức {method}: từ dòng này, mỗi số liệu của cột này khớp với điểm của dòng ngay dưới — cột có vẻ bị lệch lên một dòng từ đây (xóa mất một ô hoặc dán cao một dòng?); hãy sửa tệp rồi nhập lại',
  'problem.formulaMostRows':
    'điểm DTI của {count}/{total} dòng khác với công thức {method}: có thể một cột bị đặt sai (lệch một dòng, hoặc là số liệu của chỉ số khác); hãy kiểm tra các cột rồi nhập lại',
  'problem.formulaMismatch': 'điểm DTI {score} khác với công thức của phương pháp {method} ({expected})',
  'problem.totalOfRate':
    'cột "{header}" bên cạnh các cấp của "{kpi}" (một tỷ lệ) không phải tỷ lệ của toàn tỉnh ở dòng này (nằm ngoài tỷ lệ các cấp): không nhập cho chỉ tiêu này (các cấp vẫn được nhập)',
  'problem.namedOtherThanDti':
    'tiêu đề hoặc tên trang tính ghi một nội dung khác bảng xếp hạng DTI, trong khi các cột đang được đọc là của DTI ({header})',
  'problem.indexSheetOverDti':
    'trang tính "{text}" mang tên một chỉ số khác DTI, nhưng các cột đang được đọc là của DTI ({header}): nếu số liệu là của chỉ số đó, hãy ghép các cột vào một chỉ tiêu ở bước ghép cột, hoặc chọn trang tính của DTI',
  'problem.selfAssessedDti':
    'tiêu đề "{text}" cho biết đây là kết quả tự đánh giá: điểm sẽ được lưu làm DTI của năm, thay cho kết quả Bộ công bố. Nếu đây không phải kết quả công bố, hãy ghép các cột vào một chỉ tiêu ở bước ghép cột',
  'problem.pillarSheetOverDti':
    'trang tính "{text}" mang tên trụ cột "{pillar}", nhưng các cột lại ghi là của DTI ({header}): đang đọc là DTI. Nếu số liệu là của trụ cột, hãy ghép các cột vào điểm và thứ hạng của trụ cột ở bước ghép cột',
  'problem.pillarNamedOverDti':
    'tiêu đề "{text}" ghi trụ cột "{pillar}", nhưng các cột lại ghi là của DTI ({header}): đang đọc là DTI. Nếu số liệu là của trụ cột, hãy ghép các cột vào điểm và thứ hạng của trụ cột ở bước ghép cột',
  'problem.yearContradicts': 'tiêu đề của tệp ghi năm {title}, nhưng nhập cho năm {year}',
  'problem.groupContradicts': 'tiêu đề của tệp ghi danh mục {title} đơn vị, nhưng nhập cho nhóm {group}',
  'problem.complete34BeforeList':
    'bảng liệt kê 34 đơn vị sau sắp xếp năm 2025 (tên mới), nhưng năm {year} được xếp hạng trong 63 tỉnh, thành phố: hãy kiểm tra năm của bảng',
  'problem.complete34As63':
    'bảng liệt kê 34 đơn vị sau sắp xếp năm 2025 (tên mới), nhưng nhập cho nhóm 63: hãy chọn nhóm 34 (--group 34)',
  'problem.codesOfOtherList':
    'đơn vị chỉ được ghi bằng mã, và cả {found} mã đều là mã của danh mục 34 đơn vị (từ 01/07/2025), trong đó có mã chỉ tỉnh khác trong danh mục {group} đơn vị (15 là Lào Cai, trước đây là Yên Bái): hãy nhập cho nhóm 34 đơn vị, hoặc thêm cột tên đơn vị',
  'problem.namesOfOtherList':
    '{found} tên đơn vị trong tệp là tên của danh mục {title} đơn vị, nhưng lần nhập là cho nhóm {group}',
  'problem.subProvincialUnit':
    '"{unit}" là một đơn vị cấp huyện hoặc xã, không phải tỉnh, thành phố: DTI Desk chỉ lưu số liệu cấp tỉnh (nếu đây đúng là số liệu của một tỉnh, hãy chọn tỉnh đó)',
  'problem.countNotWhole':
    'số đếm theo "{unit}" phải là số nguyên không âm, nhưng ô này (và có thể các ô khác của cột) không phải: đã đọc như ghi, hãy kiểm tra',
  'problem.unitUnmatched': 'không nhận ra tên đơn vị "{unit}"',
  'problem.tooManyUnitQuestions':
    '{count} tên trong cột này không nhận ra là tỉnh, thành phố: có thể cột đơn vị chưa đúng (hãy xem lại bước ghép cột); {shown} tên đầu tiên được hỏi ở đây, các tên còn lại sau khi trả lời',
  'problem.unitAmbiguous': 'tên "{unit}" có thể là nhiều đơn vị: {names}',
  'problem.duplicateColumnDiffers':
    'cột "{header}" và cột {other} ({otherHeader}) cùng ghi một loại số liệu nhưng khác nhau: hãy chọn cột cần nhập ở bước ghép cột (đặt cột kia là "Bỏ qua"), hoặc xóa cột thừa trong tệp',
  'problem.kpiGenericName':
    '"{name}" không nói là tổng của chỉ tiêu nào (tiêu đề cũng không ghi): hãy ghi tên chỉ tiêu vào tệp hoặc tiêu đề rồi nhập lại',
  'problem.kpiTwoColumns':
    'các cột {columns} cùng ghi "{indicator}" kỳ {period}: hãy chọn cột cần nhập ở bước ghép cột (đặt cột kia là "Bỏ qua"), hoặc xóa cột thừa trong tệp',
  'problem.sameFieldTwice':
    'cột "{header}" và cột {other} ({otherHeader}) được chọn cho cùng một loại số liệu: hãy chọn lại một trong hai cột ở bước ghép cột (hoặc đặt là "Bỏ qua")',
  'problem.duplicateColumn':
    'cột "{header}" chứa cùng loại số liệu với cột {other} ({otherHeader}) đang được nhập, nên không nhập (đổi ở bước ghép cột nếu cần)',
  'problem.kpiNearName':
    'chỉ tiêu "{name}" chưa có trong cơ sở dữ liệu, nhưng gần như trùng tên với "{stored}" đã có: số liệu được nhập thành chỉ tiêu mới, tách khỏi chuỗi số liệu của "{stored}" — nếu là cùng một chỉ tiêu, hãy sửa tên trong tệp thành "{stored}" rồi nhập lại',
  'problem.kpiOtherUnit':
    'cơ sở dữ liệu có "{name}" tính bằng {other}; tệp này ghi bằng {unit}: số liệu được nhập thành một chỉ tiêu khác, "{indicator}" — nếu là cùng một chỉ tiêu, hãy ghi đơn vị tính như trong cơ sở dữ liệu rồi nhập lại',
  'problem.otherYearColumn':
    'cột "{header}" là số liệu năm {year}, không phải năm {target}: không nhập cùng năm {target} (nhập lại tệp cho năm {year} nếu cần giữ)',
  'problem.setAside.samePeriodLastYear':
    'cột "{header}" là số liệu cùng kỳ năm trước, không nhập cùng bảng này (nếu cần, hãy nhập tệp của kỳ đó)',
  'problem.setAside.thisPeriodUntold':
    'cột "{header}" ghi "kỳ này" theo tháng, quý hay năm mà tiêu đề không cho biết (tiêu đề ghi kỳ khác): không nhập — hãy ghi kỳ vào tiêu đề hoặc tiêu đề cột rồi nhập lại',
  'problem.setAside.previousPeriod':
    'cột "{header}" là số liệu của kỳ trước, không nhập cùng bảng này (nếu cần, hãy nhập tệp của kỳ đó)',
  'problem.setAside.unitsMergedInto':
    'cột "{header}" ghi đơn vị mới mà mỗi tỉnh cũ đã hợp vào (lặp lại trên nhiều dòng): số liệu được nhập cho các tỉnh cũ ở cột bên cạnh, cột này không nhập',
  'problem.setAside.totalOfNoSpan':
    'cột "{header}" là tổng của các cột trước nó nhưng không rõ là của kỳ nào: không nhập',
  'problem.setAside.totalOfPart':
    'cột "{header}" là tổng của cả kỳ ghi ở tiêu đề cột, nhưng các cột trước nó không có đủ các tháng, quý của kỳ đó: không rõ là tổng của kỳ nào, không nhập',
  'problem.setAside.totalOfRates':
    'cột "{header}" là tổng của các tỷ lệ, không phải tỷ lệ của cả kỳ: không nhập',
  'problem.setAside.averageOfColumns':
    'cột "{header}" là số bình quân của các cột trước nó: không nhập (các kỳ đã được nhập riêng)',
  'problem.setAside.derived':
    'cột "{header}" là số tính ra (tăng/giảm, thay đổi bậc, so với năm trước…), không nhập',
  'problem.setAside.regionalRank':
    'cột "{header}" là hạng trong vùng hoặc trong nhóm, không phải hạng cả nước, nên không nhập',
  'problem.setAside.formerUnits':
    'cột "{header}" ghi tên đơn vị trước sắp xếp; tên đơn vị được đọc ở cột tên mới, cột này không nhập',
  'problem.setAside.otherYear':
    'cột "{header}" không ghi năm, là số liệu của năm mới nhất trong bảng, không phải của năm đang nhập, nên không nhập',
  'problem.setAside.periodToDate':
    'cột "{header}" là số lũy kế đến một ngày, không phải một kỳ, nên không nhập: hãy ghi kỳ ở tiêu đề (ví dụ "9 tháng 2025") rồi nhập lại',
  'problem.setAside.periodOutsideGroup':
    'cột "{header}" ghi một kỳ nằm ngoài kỳ của nhóm cột phía trên (ví dụ "Tháng 10" dưới "Quý III"), nên không nhập: hãy sửa tiêu đề rồi nhập lại',
  'problem.setAside.mainIndexRank': 'cột "{header}" là hạng của một chỉ số chính, không nhập',
  'problem.setAside.notTheDti':
    'cột "{header}" có nhắc DTI nhưng không phải điểm DTI của đơn vị (điểm trung bình, mức chênh lệch hay điểm của một chỉ tiêu), nên không nhập cùng bảng xếp hạng',
  'problem.setAside.anotherIndex':
    'cột "{header}" là số liệu của một chỉ số khác, không phải DTI, nên không nhập cùng bảng xếp hạng (nhập riêng bảng của chỉ số đó để lưu như một chỉ tiêu)',
  'problem.setAside.otherIndexRank':
    'cột "{header}" là thứ hạng của một chỉ số khác với chỉ số mà tiêu đề nêu, nên không nhập (nhập riêng bảng của chỉ số đó để lưu thứ hạng)',
  'problem.setAside.subProvincialRows':
    'tên trang tính hoặc tiêu đề nói các dòng là "{said}", nên cột "{header}" liệt kê đơn vị cấp huyện, xã (dù tên có thể trùng tên một tỉnh): DTI Desk chỉ lưu số liệu cấp tỉnh. Hãy nhập bảng của các tỉnh, thành phố; nếu các dòng đúng là tỉnh, thành phố, hãy chọn lại cột này là cột tên đơn vị trong trang Nhập dữ liệu',
  'problem.setAside.subProvincial':
    'cột "{header}" liệt kê các huyện, xã: DTI Desk chỉ lưu số liệu cấp tỉnh. Hãy nhập bảng của các tỉnh, thành phố',
  'problem.alreadyImported':
    'tệp này (cùng nội dung, cùng trang tính) đã được nhập ở lần nhập #{id} lúc {at}: nhập lại chỉ ghi những giá trị đã thay đổi từ đó',
  'problem.yearInPartReport':
    'cột "{header}" ghi số liệu cả năm {year} trong báo cáo kỳ {period}, lập trước khi hết năm: đó là kế hoạch hoặc số ước, không phải kết quả của năm — không nhập',
  'problem.rankOfNoColumn':
    'cột "{header}" là thứ hạng nhưng không chỉ ra đúng một cột chỉ tiêu nào của bảng này (không có, hoặc nhiều cột cùng khớp): không nhập',
  'problem.unknownColumn':
    'cột "{header}" không được nhận diện nên sẽ không nhập (dữ liệu được giữ nguyên trong tệp)',
  'problem.noUnitColumn':
    'chưa chọn cột tên đơn vị: hãy chọn cột tên tỉnh, thành phố, hoặc với bảng số liệu của một tỉnh, chọn đơn vị của cả bảng',
  'problem.noValueColumn': 'chưa chọn cột giá trị nào để nhập',
  'problem.noValueColumnUnknown':
    'chưa ghép được cột giá trị nào: không nhận ra {columns} — hãy chọn dữ liệu của từng cột ở bước ghép cột',
  'problem.noValueColumnSetAside':
    'không còn cột giá trị nào để nhập: {columns} đã được để riêng, mỗi cột vì lý do ghi kèm',
  'problem.noYear': 'chưa chọn năm xếp hạng',
  'problem.noYearFileName':
    'chưa chọn năm xếp hạng; tên tệp ghi năm {year}: chọn năm đó (--year {year}) nếu số liệu là của năm {year}',
  'problem.noYearPublished':
    'chưa chọn năm xếp hạng; tiêu đề chỉ ghi ngày công bố hoặc cập nhật (năm {published}), không phải năm của bảng xếp hạng: kết quả DTI của một năm được công bố vào năm sau, nên có thể là năm {year} (--year {year})',
  'problem.noGroup': 'chưa chọn nhóm xếp hạng (63 hoặc 34)',
  'problem.yearOtherThanFileName':
    'tên tệp ghi năm {named}, nhưng đang nhập cho năm {year}: hãy kiểm tra lại năm xếp hạng trước khi nhập',
  'problem.noGroupForKpiRanks':
    'không rõ thứ hạng trong bảng là trên 63 hay trên 34 tỉnh, thành phố (không có cột tổng số, tiêu đề và kỳ số liệu không cho biết): hãy chọn nhóm xếp hạng (63 hoặc 34)',
  'problem.kpiNamedAsIndex':
    '"{name}" là chỉ số của bảng xếp hạng DTI, không phải chỉ tiêu: kết quả DTI của tỉnh được nhập từ bảng xếp hạng (mỗi tỉnh một dòng, có điểm và thứ hạng), không nhập như một chỉ tiêu cùng tên',
  'problem.noIndicator': 'thiếu tên chỉ tiêu',
  'problem.noPeriod': 'thiếu kỳ số liệu',
  'problem.countReadWholeMarkChosen':
    'số đếm theo "{unit}" là số nguyên: đã đọc là {n} — dấu thập phân "{mark}" đã chọn cho cột chỉ áp dụng cho các số không phải số đếm; hãy kiểm tra lại',
  'problem.countReadWhole':
    'số đếm theo "{unit}" là số nguyên: đã đọc là {n}, dấu phẩy hoặc dấu chấm ngăn cách hàng nghìn; hãy kiểm tra lại',
  'problem.ambiguousNumber':
    'không rõ dấu thập phân của cột này (không có số nào chỉ đọc được một cách): đã đọc là {n}, hãy kiểm tra lại',
  'problem.ambiguousNumberMixed':
    'không rõ dấu thập phân của cột này (các số của cột viết dấu thập phân theo cả hai cách, dấu chấm ở số này, dấu phẩy ở số khác): đã đọc là {n}, hãy kiểm tra lại hoặc chọn dấu thập phân cho cột',
  'problem.ambiguousNumberByFile':
    'không rõ dấu thập phân của cột này (không có số nào chỉ đọc được một cách): đã đọc là {n} theo các cột khác của tệp, nơi dấu chấm là dấu thập phân; nếu ở cột này nó ngăn cách hàng nghìn, hãy chọn dấu thập phân cho cột',
  'problem.rankOfMismatch': 'thứ hạng ghi trên tổng số {of}, nhưng đây là bảng xếp hạng {n} đơn vị',
  'problem.rankOfMismatchReport':
    'thứ hạng ghi trên tổng số {of}, nhưng lần nhập này dành cho {unit} trong danh sách {n} đơn vị: nếu số liệu của báo cáo là của {unit} trong {of} đơn vị, hãy chọn nhóm {of} (--group {of})',
  'problem.unitCodeConflict':
    'mã "{code}" là {codeUnit} nhưng tên ghi "{unit}": hãy sửa mã hoặc tên trong tệp',
  'problem.unitEmpty': 'ô tên đơn vị trống nhưng dòng có số liệu',
  'problem.columnYearContradicts':
    'cột ghi năm {column}, nhưng nhập cho năm {year}: hãy chọn đúng cột của năm {year}',
  'problem.sheetYearContradicts':
    'tên trang tính ghi năm {sheetYear}, nhưng nhập cho năm {year}: hãy chọn đúng trang tính',
  'problem.sheetYearContradictsOther':
    'tên trang tính ghi năm {sheetYear}, nhưng nhập cho năm {year}: hãy chọn trang tính "{other}"',
  'problem.sheetYearContradictsHidden':
    'tên trang tính ghi năm {sheetYear}, nhưng nhập cho năm {year}: trang tính "{other}" của tệp ghi năm {year} nhưng đang ẩn trong Excel — hãy chọn trang tính đó nếu đúng là bảng cần nhập',
  'problem.unitCodeOtherList':
    'mã {code} là {unit} trong danh mục {n} tỉnh, thành phố (đã dùng cho kỳ của tệp), nhưng là {other} trong danh mục {otherN}: nếu tệp là của {other}, hãy ghi tên ở --unit',
  'problem.splitDecimal':
    'dòng có {fields} ô nhưng tiêu đề chỉ có {header} cột: có lẽ số thập phân viết bằng dấu phẩy trong tệp phân cách bằng dấu phẩy (0,8002 bị tách thành 0 và 8002); hãy đặt số trong ngoặc kép hoặc lưu tệp với dấu chấm phẩy',
  'problem.valueWithoutHeader': 'ô nằm ngoài các cột có tiêu đề, không được nhập',
  'problem.formulaNoValue':
    'ô là công thức được lưu mà chưa có giá trị (tệp không do Excel lưu): hãy mở tệp bằng Excel, lưu lại rồi nhập',
  'problem.formulaError': 'ô có lỗi công thức của Excel: hãy sửa công thức rồi lưu lại tệp',
  'problem.emptySheet':
    'trang tính này không có ô nào có dữ liệu: hãy chọn trang tính có bảng số liệu (nếu bảng có trong Excel, tệp có thể bị hỏng: hãy mở bằng Excel rồi lưu lại)',
  'problem.noData': 'bảng không có dòng dữ liệu nào dưới dòng tiêu đề: không có gì để nhập',
  'problem.noValues':
    'không ô số liệu nào của các dòng dữ liệu ({n} dòng) có giá trị (trống, "-" hoặc N/A): không có gì để nhập',
  'problem.valueMark':
    'giá trị của cột này có phần ghi thêm sau số ({n} ô, như ô này: dấu chú thích, mức thay đổi hay số năm trước?): đã đọc số, bỏ phần ghi thêm; hãy xem ghi chú của tệp',
  'problem.percentFractionAmongOne':
    'giá trị này của chỉ tiêu tính bằng % nằm trong khoảng 0–1 trong khi giá trị khác của cột là {min} ({count} ô như vậy): có phải tỷ số được gõ thay cho phần trăm (0,97 cho 97%)? Đã đọc như ghi, hãy kiểm tra',
  'problem.percentFractionAmong':
    'giá trị này của chỉ tiêu tính bằng % nằm trong khoảng 0–1 trong khi các giá trị khác từ {min} đến {max} ({count} ô như vậy): có phải tỷ số được gõ thay cho phần trăm (0,97 cho 97%)? Đã đọc như ghi, hãy kiểm tra',
  'problem.percentFractionStored':
    'giá trị của chỉ tiêu tính bằng % này nằm giữa 0 và 1, trong khi các giá trị đã lưu của chỉ tiêu này cho {unit} nằm trong khoảng {min}–{max}: có phải tỷ số được gõ thay cho phần trăm (0,998 thay cho 99,8%)? Đã đọc đúng như ghi trong tệp, hãy kiểm tra',
  'problem.percentFractionStoredOne':
    'giá trị của chỉ tiêu tính bằng % này nằm giữa 0 và 1, trong khi giá trị đã lưu của chỉ tiêu này cho {unit} là {min}: có phải tỷ số được gõ thay cho phần trăm (0,998 thay cho 99,8%)? Đã đọc đúng như ghi trong tệp, hãy kiểm tra',
  'problem.percentFraction':
    'mọi giá trị của chỉ tiêu tính bằng % này ({n} ô) đều nằm trong khoảng 0–1, như ô này: nếu là tỷ số (0,9952 = 99,52%), hãy nhân với 100 hoặc định dạng ô là % trong Excel rồi nhập lại',
  'problem.noDataCells':
    'các ô của cột này không có số ({n} ô: {cells}) được coi là không có số liệu, không nhập',
  'problem.periodNeedsYear': 'các cột kỳ ({periods}) không ghi năm: hãy cho biết năm của bảng (--year)',
  'problem.unitsAcross':
    'bảng xoay ngang: {n} tên đơn vị nằm trên một dòng (mỗi đơn vị một cột). Hãy chuyển vị bảng trong Excel (mỗi đơn vị một dòng) rồi nhập',
  'problem.nextTable': 'một bảng khác bắt đầu từ dòng này; chỉ đọc bảng đầu tiên (đến dòng {end})',
  'problem.mergedValue': 'ô gộp qua {rows} dòng: giá trị của ô được dùng cho từng dòng',
  'problem.periodMonthFirst':
    'các ngày của cột này viết theo kiểu tháng/ngày/năm (tệp xuất từ máy cài tiếng Anh): đã đọc như vậy — ô này là tháng {month}/{year}; hãy kiểm tra',
  'problem.periodMonthFirstLikely':
    'đọc theo ngày/tháng/năm, các ngày của cột này là những ngày liền nhau của cùng một tháng; đọc theo tháng/ngày/năm (tệp xuất từ máy cài tiếng Anh), chúng là ngày 1 của từng tháng: đã đọc theo tháng/ngày/năm — ô này là tháng {month}/{year}; nếu không đúng, hãy ghi kỳ là tháng (01/2024) rồi nhập lại',
  'problem.badPeriodMonthFirst':
    'ngày viết theo kiểu tháng/ngày/năm (tệp xuất từ máy cài tiếng Anh): hãy ghi ngày/tháng/năm ({day}/{month}/{year}) hoặc tháng ({month}/{year}) — cả cột có lẽ đều viết như vậy',
  'problem.badPeriodSerial':
    'không hiểu kỳ số liệu: con số này giống một ngày mà Excel lưu dưới dạng số sê-ri ({date}) trong ô đã mất định dạng ngày; hãy định dạng cột là ngày trong Excel, hoặc ghi tháng (09/2022)',
  'problem.unitByRememberedAnswer':
    'tên đơn vị "{unit}" được hiểu là {name}, theo lựa chọn anh/chị đã trả lời ở lần nhập trước; nếu lựa chọn đó sai, hãy quên nó trong Cài đặt → Tên đơn vị đã nhớ (hoặc hoàn tác lần nhập đó) rồi nhập lại',
  'problem.badTablePeriod':
    'không hiểu kỳ mặc định "{period}" của bảng: hãy ghi năm (2022), tháng (09/2022), quý (Quý III/2022) hoặc "6 tháng đầu năm 2022" ở bước ghép cột',
  'problem.badColumnPeriod':
    'không hiểu kỳ "{period}" của cột này: hãy ghi năm (2022), tháng (09/2022), quý (Quý III/2022) hoặc "6 tháng đầu năm 2022" ở bước ghép cột',
  'problem.runningTotalOffMonths':
    'số lũy kế {total} khác tổng {n} tháng của nó trên cùng dòng ({months}): một trong các số có lẽ gõ nhầm hoặc chép từ dòng khác — hãy kiểm tra',
  'problem.scaleJump':
    'giá trị này ({value}) gấp khoảng {factor} lần giá trị đang lưu ({old}) của "{indicator}" cho {unit}, {period} — {n} giá trị trong tệp như vậy: tệp và cơ sở dữ liệu có lẽ tính bằng đơn vị khác nhau (nghìn, triệu, tỷ). Đã đọc đúng như ghi trong tệp; hãy kiểm tra đơn vị tính trước khi nhập',
  'problem.scaleJumpDown':
    'giá trị này ({value}) chỉ bằng khoảng 1/{factor} giá trị đang lưu ({old}) của "{indicator}" cho {unit}, {period} — {n} giá trị trong tệp như vậy: tệp và cơ sở dữ liệu có lẽ tính bằng đơn vị khác nhau (nghìn, triệu, tỷ). Đã đọc đúng như ghi trong tệp; hãy kiểm tra đơn vị tính trước khi nhập',
  'problem.fileEndsMidRow':
    'tệp kết thúc giữa dòng này (không có dấu xuống dòng sau nó, dòng chỉ có {cells} trong {width} ô của tiêu đề): có lẽ tệp bị cắt khi chép hoặc tải về, ô cuối có thể thiếu chữ số — hãy lấy lại tệp đầy đủ hoặc kiểm tra dòng này',
  'problem.badPeriod':
    'không hiểu kỳ số liệu: hãy ghi năm (2022), tháng (09/2022, T9/2022), quý (Quý III/2022) hoặc "6 tháng đầu năm 2022"',
  'problem.noTableIndicator':
    'bảng có mỗi kỳ một cột nhưng không có cột chỉ tiêu: hãy cho biết bảng là chỉ tiêu nào',
  'problem.noLevelIndicator':
    'các cột {levels} chỉ ghi cấp báo cáo hoặc đại lượng (cấp tỉnh, cấp xã; số lượng, tỷ lệ), không ghi tên chỉ tiêu, và không có cột gộp phía trên hay tiêu đề nào ghi tên đó: hãy cho biết đó là chỉ tiêu nào',
  'problem.noLevelIndicatorRow':
    'chỉ tiêu "{level}" chỉ ghi cấp báo cáo số liệu, không có mục cha phía trên hay tiêu đề nào ghi tên chỉ tiêu: hãy cho biết đó là chỉ tiêu nào (trong tệp, hoặc là chỉ tiêu của cả bảng)',
  'problem.noTablePeriod': 'bảng không có cột kỳ số liệu: hãy cho biết số liệu thuộc năm hay kỳ nào',
  'problem.percentFormatted':
    'không thể là một tỷ lệ phần trăm: có lẽ ô được định dạng phần trăm mà gõ {typed} (Excel hiển thị gấp 100 lần số đã gõ) — hãy gõ {typed}% hoặc bỏ định dạng phần trăm của ô',
  'problem.percentRange': 'tỷ lệ phần trăm ngoài khoảng 0–100',
  'problem.readingWhole': '{n} (số nguyên)',
  'problem.readingDecimal': '{n} (số thập phân)',
  'problem.decimalMarkApplied':
    'các số đọc được hai cách của cột này được đọc với dấu thập phân "{mark}" như đã chọn cho cột (ô này: {n})',
  'problem.percentReadInRange':
    'đọc theo dấu thập phân của cột thì tỷ lệ này ngoài khoảng 0–100%, nên đã đọc là {n}%; hãy kiểm tra lại',
  'problem.unitInCell':
    'các ô của cột này ghi kèm đơn vị ("{unit}"): đã đọc phần số và lấy "{unit}" làm đơn vị tính của chỉ tiêu',
  'problem.unitInCellScaled':
    'ô ghi số bằng "{unit}", khác đơn vị của chỉ tiêu ({expected}): đã đổi sang {expected} (ô này: {converted}); các ô khác của cột ghi như vậy cũng được đổi',
  'problem.unitInCellScale':
    'ô ghi số kèm "{unit}": số có hệ số (nghìn, triệu, tỷ) chỉ đọc được khi chỉ tiêu ghi cùng đơn vị (trong tên chỉ tiêu, ví dụ "(nghìn người)", hoặc ở cột đơn vị tính); hãy ghi số đầy đủ hoặc ghi đơn vị như vậy',
  'problem.unitInCellMismatch':
    'ô ghi đơn vị "{unit}" nhưng chỉ tiêu tính bằng "{expected}": không đọc giá trị này (hãy ghi số theo đơn vị "{expected}")',
  'problem.sectionRow': 'dòng chỉ có "{text}": coi là dòng tiêu đề nhóm giữa bảng, bỏ qua',
  'problem.summaryRow': 'dòng tổng hợp "{unit}" được bỏ qua',
  'problem.summaryRowUnits':
    'dòng tổng hợp "{unit}" được bỏ qua: các dòng nó cộng có đơn vị tính khác nhau ({units}) nên không phải là tổng của chúng',
  'problem.repeatedHeader':
    'dòng lặp lại tiêu đề của bảng ("{text}"; bảng in thành nhiều khối): không phải số liệu, bỏ qua',
  'problem.repeatedColumnNumbers':
    'dòng số thứ tự cột ("{text}") lặp lại giữa bảng: không phải số liệu, bỏ qua',
  'problem.regionHeading':
    '"{text}" là tên vùng, không phải đơn vị: coi là dòng tiêu đề nhóm giữa bảng, bỏ qua',
  'problem.periodRow':
    'dòng "{text}" ghi một kỳ (hoặc cùng kỳ năm trước, hoặc kế hoạch), không phải tên chỉ tiêu: số liệu khác với số liệu của bảng, bỏ qua, không nhập',
  'problem.regionRow':
    '"{unit}" là vùng, không phải đơn vị: dòng số liệu của vùng (như trung bình vùng) được bỏ qua',
  'problem.formerUnitSkipped':
    '"{unit}" được ghi là đơn vị cũ: ngày 01/07/2025 đã sáp nhập vào {successor}, nên không có trong danh mục 34 đơn vị; dòng này chỉ để tham khảo, được bỏ qua (không nhập)',
  'problem.hiddenRow':
    'dòng bị ẩn trong Excel (bộ lọc?) vẫn được nhập: {count} dòng như vậy, đầu tiên là dòng này',
  'problem.hiddenSheet':
    'trang tính này bị ẩn trong Excel (thường là bản nháp hoặc số liệu cũ): hãy chắc đây là trang cần nhập',
  'problem.hiddenColumn': 'cột bị ẩn trong Excel vẫn được nhập',
  'problem.noMethodology':
    '{count} giá trị của chỉ số "{index}" không được nhập: chưa có phương pháp đánh giá của năm {year} trong DTI Desk',
  'problem.unitNotCity':
    'không nhận "{unit}" là {names}: {names} là tỉnh, còn "Thành phố"/"TP" chỉ đứng trước tên thành phố trực thuộc trung ương (đây có thể là thành phố thuộc tỉnh); hãy chọn đơn vị hoặc bỏ qua dòng',
  'problem.unitNotProvince':
    'không nhận "{unit}" là {names}: {names} là thành phố trực thuộc trung ương, không phải tỉnh; hãy chọn đơn vị hoặc bỏ qua dòng',
  'problem.unitNewInOldList':
    '"{unit}" là đơn vị sau sắp xếp ngày 01/07/2025, không thuộc danh mục 63 đơn vị: hãy nhập cho nhóm 34 đơn vị',
  'problem.unitOldInNewList':
    '"{unit}" là đơn vị trước sắp xếp ngày 01/07/2025, không thuộc danh mục 34 đơn vị: hãy nhập cho nhóm 63 đơn vị',
  'problem.periodAfterOldList':
    'số liệu kỳ {period} của "{unit}" (danh mục 63 đơn vị): từ 01/07/2025 đơn vị này thuộc danh mục 34 đơn vị; hãy nhập cho nhóm 34 hoặc sửa kỳ',
  'problem.periodBeforeNewList':
    'số liệu kỳ {period} của "{unit}" (danh mục 34 đơn vị): trước 01/07/2025 đơn vị này chưa có; hãy nhập cho nhóm 63 hoặc sửa kỳ',
  'problem.unitPrefixMismatch':
    'tiền tố "Tỉnh"/"Thành phố" của tên "{unit}" không khớp với loại đơn vị ({names})',
  'problem.periodOutsideList': 'kỳ {period} của "{unit}" nằm ngoài thời gian của danh mục đơn vị',
  'problem.replacesHandEdits':
    '{n} giá trị anh/chị đã sửa tay sẽ được thay bằng giá trị trong tệp (ô {cells}, ghi “sửa tay” trong bảng xem trước); hoàn tác lần nhập này sẽ trả lại chúng',
  'problem.rankOfOldValue':
    '{n} giá trị thay đổi mà tệp không cho thứ hạng (ô {cells}): thứ hạng đang lưu là hạng của giá trị cũ và vẫn được giữ — hãy nhập bảng xếp hạng mới hoặc sửa thứ hạng trong lưới',
  'problem.rankHeldByOther':
    '{n} thứ hạng trong tệp đang là thứ hạng của đơn vị khác không có trong tệp theo bảng xếp hạng đã lưu (ô {cells}; hạng {rank} của {unit} đang là hạng của {other}) — có thể đó là thứ hạng trong vùng hoặc trong nhóm, không phải thứ hạng cả nước: hãy kiểm tra trước khi nhập (hủy lần nhập sẽ trả lại thứ hạng đã lưu)',
  'problem.rowsOfYearsChoose':
    'bảng có mỗi năm một dòng ({years}): mỗi lần nhập là bảng xếp hạng của một năm — hãy chọn năm cần nhập (các năm khác nhập lần lượt theo cách đó)',
  'problem.rankHeldByOther2024':
    '{n} thứ hạng trong tệp đang là thứ hạng của đơn vị khác không có trong tệp theo bảng xếp hạng năm 2024 của 63 tỉnh đã lưu (ô {cells}; hạng {rank} của {unit} đang là hạng của {other}), và không thứ hạng nào quá 34: có thể đây là bảng xếp hạng năm 2024 của 34 đơn vị (công bố lại sau khi sắp xếp đơn vị hành chính) — nếu vậy, hãy chọn nhóm 34 (--group 34) thay vì 63',
  'problem.rankHeldByOtherGroup':
    'tệp xếp {units} đơn vị từ hạng 1, trong khi bảng xếp hạng đã lưu dành các hạng đó cho đơn vị khác không có trong tệp (ô {cells}; hạng {rank} của {unit} đang là hạng của {other}), là những đơn vị có điểm cao hơn các đơn vị mà tệp xếp trên chúng: có thể đây là thứ hạng trong vùng hoặc trong nhóm, hoặc một bảng xếp hạng khác với bảng đã lưu. Hãy chọn "Bỏ qua" cho cột thứ hạng ở bước ghép cột để chỉ nhập điểm; nếu thứ hạng trong tệp đúng là thứ hạng cả nước, hãy nhập cả bảng xếp hạng hoặc hủy trước lần nhập đã lưu bảng kia',
  'problem.rowsOfOtherYears':
    'bảng có mỗi dòng một năm: chỉ nhập dòng năm {year}; các dòng năm {years} để riêng (nhập từng năm một, chọn năm khác)',
  'problem.rankNotCompetition':
    'thứ hạng {indicator} không bỏ bậc sau đồng hạng: {count} đơn vị đồng hạng {tie} thì đơn vị tiếp theo phải xếp thứ {expected}, không phải {rank} (Bộ xếp hạng theo kiểu "đồng hạng thì bỏ bậc", như năm 2022: hai đơn vị hạng 15, tiếp theo là 17); hãy kiểm tra lại thứ hạng trong tệp',
  'problem.tableOnHiddenSheet':
    'trang tính này không có bảng số liệu, nhưng trang tính ẩn "{hidden}" có: hãy chọn trang tính "{hidden}"',
  'problem.estimateColumn':
    'cột "{header}" là số ước thực hiện, chưa phải số chính thức: được lưu như giá trị của kỳ đó; khi có số chính thức, hãy nhập lại để thay thế',
  'problem.headerSplit':
    'tiêu đề "{header}" có dấu "{delimiter}" không nằm trong ngoặc kép nên tách thành hai cột, lệch với các dòng số liệu; đã đọc lại thành một cột (khi sửa tệp, hãy đặt tiêu đề này trong ngoặc kép)',
  'problem.periodsOutsideTitle':
    'tiêu đề ghi kỳ {title}, nhưng bảng có số liệu của kỳ {periods}: số liệu được lưu theo kỳ ghi ở cột hoặc ô; hãy kiểm tra lại tiêu đề hoặc các kỳ',
  'problem.planSheet':
    'tên trang tính cho thấy đây là số liệu kế hoạch: DTI Desk chưa nhập chỉ tiêu kế hoạch, các số liệu này sẽ được lưu như kết quả thực hiện — nếu đúng là kế hoạch, đừng nhập trang này',
  'problem.notProvincesRanked':
    '"{text}" cho thấy đây là bảng xếp hạng {ranked}, không phải của các tỉnh, thành phố: DTI Desk chỉ nhập xếp hạng DTI cấp tỉnh, bảng này không được nhập (tên trong bảng có thể trùng tên tỉnh)',
  'problem.ranked.district': 'các huyện, thị xã, thành phố thuộc tỉnh (DTI cấp huyện)',
  'problem.ranked.commune': 'các xã, phường (DTI cấp xã)',
  'problem.ranked.ministry': 'các bộ, cơ quan ngang bộ (DTI cấp bộ)',
  'problem.columnOfOtherKind':
    'cột "{header}" được ghép với một trường mà loại bảng này không nhập: cột này không được nhập',
  'problem.kpiColumnInRanking':
    'cột "{header}" được ghép với số liệu của một chỉ tiêu, mà bảng xếp hạng không nhập: cột này không được nhập — để nhập nó, hãy nhập lại tệp dưới dạng bảng chỉ tiêu',
  'problem.rankingColumnInKpi':
    'cột "{header}" được ghép với điểm hoặc hạng của bảng xếp hạng DTI, mà bảng chỉ tiêu không nhập: cột này không được nhập — để nhập nó, hãy nhập lại tệp dưới dạng bảng xếp hạng',
  'problem.planTargetColumn':
    'cột "{header}" là chỉ tiêu kế hoạch, chưa được nhập (DTI Desk chưa nhập chỉ tiêu kế hoạch; dữ liệu được giữ nguyên trong tệp)',
  'problem.groupYearContradictsTitle':
    'tiêu đề của tệp ghi {group} đơn vị, nhưng bảng xếp hạng năm {year} là xếp hạng giữa {expected} đơn vị (63 đơn vị đến năm 2023, cả 63 và 34 đơn vị cho năm 2024, 34 đơn vị từ năm 2025): năm hay tiêu đề bị sai? Hãy sửa năm, hoặc chọn nhóm {expected}',
  'problem.groupYearContradicts':
    'bảng xếp hạng năm {year} là xếp hạng giữa {expected} đơn vị (63 đơn vị đến năm 2023, cả 63 và 34 đơn vị cho năm 2024, 34 đơn vị từ năm 2025), nhưng nhập cho nhóm {group}: hãy chọn nhóm {expected} hoặc sửa năm',
  'problem.unitMerged':
    '"{unit}" là đơn vị thuộc danh mục 63 đơn vị: ngày 01/07/2025 đã sáp nhập vào {successor}, nên không có trong danh mục 34 đơn vị; hãy chọn {successor} nếu số liệu là của đơn vị sau sáp nhập, hoặc nhập cho nhóm 63 đơn vị nếu là số liệu trước 01/07/2025',
  'problem.periodSpansMerger':
    'kỳ {period} kéo dài qua ngày 01/07/2025, khi 63 đơn vị được sắp xếp thành 34: hãy kiểm tra số liệu tính cho những đơn vị và tháng nào',
  'problem.periodSpansMergerChanged':
    'kỳ {period} kéo dài qua ngày 01/07/2025, khi "{unit}" (danh mục 63 đơn vị) trở thành một phần của {successor} (danh mục 34 đơn vị): đơn vị cũ không có số liệu cho kỳ quá 30/06/2025, còn tệp không cho biết đây có phải số liệu của {successor} — hãy nhập riêng các kỳ trước và từ ngày đó (số liệu của {successor} tính lại cho đơn vị sau sáp nhập thì nhập với nhóm 34)',
  'problem.periodSpansMergerChangedMany':
    'kỳ {period} kéo dài qua ngày 01/07/2025: số liệu của {count} đơn vị khác của danh mục 63 đơn vị đã sáp nhập từ ngày đó ({names}) cũng vậy — hãy nhập riêng các kỳ trước và từ ngày đó',
  'problem.periodSpansMergerNewMany':
    'kỳ {period} kéo dài qua ngày 01/07/2025: số liệu của {count} đơn vị khác của danh mục 34 đơn vị hình thành do sáp nhập từ ngày đó ({names}) cũng được lưu như vậy — hãy kiểm tra',
  'problem.periodSpansMergerWhich':
    'kỳ {period} kéo dài qua ngày 01/07/2025, và tệp ghi "{unit}" cả trước ngày đó (đơn vị của danh mục 63 đơn vị, từ 01/07/2025 thuộc {successor}) lẫn sau ngày đó ({successor} của danh mục 34 đơn vị): không xác định được số liệu này của đơn vị nào — hãy nhập riêng dòng này với nhóm phù hợp (--group 63 hoặc 34)',
  'problem.periodSpansMergerNew':
    'kỳ {period} kéo dài qua ngày 01/07/2025: số liệu được lưu cho "{unit}" của danh mục 34 đơn vị, hình thành từ ngày đó trên cơ sở {parts}; với các tháng trước đó, số liệu là của địa bàn các đơn vị này gộp lại — hãy kiểm tra',
  'problem.periodAfterMergerAs63':
    'kỳ {period} sau ngày 01/07/2025, khi cả nước có 34 đơn vị hành chính cấp tỉnh: số liệu theo 34 đơn vị, không nhập được cho nhóm 63 — hãy chọn nhóm 34 (--group 34)',
  'problem.restatedFor34':
    'số liệu kỳ {period}, trước ngày 01/07/2025, được nhập cho 34 đơn vị sau sắp xếp (số liệu tính lại theo đơn vị mới): được lưu cho các đơn vị này, không cho 63 đơn vị của kỳ đó — riêng tỉnh, thành phố giữ nguyên khi sắp xếp thì lưu cho chính đơn vị đó trong danh mục 63 (một địa bàn, một chuỗi số liệu)',
  'problem.listFollowsPeriod':
    'mỗi dòng được khớp với danh mục đơn vị theo kỳ của nó: {count} dòng có kỳ {side} được khớp với danh mục {list} đơn vị, các dòng còn lại với danh mục {group} đơn vị (tỉnh, thành phố giữ nguyên khi sắp xếp: mỗi số liệu theo danh mục của kỳ của nó)',
  'problem.otherSheetsWithTables':
    'sổ tính còn {count} trang tính khác có bảng số liệu, không được đọc trong lần nhập này: {sheets}; hãy nhập lần lượt từng trang tính',
  'problem.yearNotInPeriods':
    'nhập cho năm {year}, nhưng các kỳ trong tệp là {periods}: số liệu được lưu theo kỳ ghi trong tệp, không theo năm {year}; hãy kiểm tra lại năm',
  'problem.rankMissing':
    'ô thứ hạng trống bên điểm {score}: đơn vị được lưu không có thứ hạng; có {count}{more} ô thứ hạng trống như vậy trong tệp — hãy kiểm tra tệp',
  'problem.rankMissingTie':
    'ô thứ hạng trống bên điểm {score}, bằng điểm của dòng {row} (hạng {rank}): nhiều khả năng là đồng hạng {rank} (ô gộp khi sao chép) — hãy ghi {rank} vào ô này; đơn vị được lưu không có thứ hạng; có {count}{more} ô thứ hạng trống như vậy trong tệp',
  'problem.emptyKeepsStored':
    'ô trống nhưng cơ sở dữ liệu đã có giá trị {stored}: giá trị đó được giữ nguyên (ô trống không xóa số liệu); có {count}{more} ô trống như vậy trong tệp',
  'problem.activityIndexRenamed':
    'các cột {columns} ghi tên chỉ số hoạt động theo phương pháp QĐ 922 (2021–2023); năm {year} theo QĐ 405, gọi các chỉ số này là “Chính quyền số”, “Kinh tế số”, “Xã hội số”: được nhập thành các chỉ số đó — hãy kiểm tra năm của bảng',
  'problem.sideBySide':
    'bảng gồm hai khối đặt cạnh nhau (cột tên đơn vị {left} và {right}): chỉ khối bên trái được đọc, nên chưa nhập gì; hãy chép khối bên phải (từ cột {from}) xuống dưới khối bên trái rồi nhập lại',
  'problem.storedNotInFileKpi':
    '{count} giá trị đã lưu của các chỉ tiêu và kỳ này không được nhập từ tệp ({names}: tệp không có ô của chúng, hoặc ô đó được để riêng như đã nêu): được giữ nguyên (bỏ một dòng hay xóa một ô trong tệp không xóa gì)',
  'problem.storedNotInFile':
    '{count} đơn vị đã có số liệu năm {year} nhưng không có trong tệp này ({names}): số liệu đã lưu của các đơn vị đó được giữ nguyên (bỏ một dòng khỏi tệp không xóa gì; muốn xóa thì sửa trong bảng xếp hạng)',
  'problem.excerptStored':
    'bảng có {present}/{n} đơn vị; cùng với {stored} đơn vị đã nhập cho năm {year}, còn thiếu {count}: được nhập như một phần của bảng xếp hạng',
  'problem.excerptRest':
    'bảng có {present}/{n} đơn vị: được nhập như một phần của bảng xếp hạng; {count} đơn vị còn lại có vẻ nằm ở trang tính "{rest}": hãy nhập cả trang tính đó',
  'problem.missingUnitsRest':
    'bảng có {present}/{n} đơn vị, {count} đơn vị còn lại có vẻ nằm ở trang tính "{rest}": hãy nhập lần lượt từng trang tính (trang "{sheet}", rồi trang "{rest}"); chưa ghi gì',
  'problem.kpiSheetPeriodColumns':
    'tên trang tính ghi {named} ({sheetPeriod}), nhưng các cột ghi kỳ {periods}: số liệu được lưu theo kỳ của cột — hãy kiểm tra kỳ nào đúng (trang tính hoặc tiêu đề cột còn sót từ bản sao của kỳ khác?)',
  'problem.kpiSheetPeriod':
    'tên trang tính ghi {named} ({sheetPeriod}), nhưng số liệu được lưu cho kỳ {period} theo tiêu đề: hãy kiểm tra kỳ nào đúng (tiêu đề còn sót từ bản sao của tháng khác?)',
  'problem.kpiSheetYear':
    'tên trang tính ghi năm {sheetYear}, nhưng số liệu được nhập cho kỳ {period}: hãy chọn trang tính của kỳ {period} hoặc nhập cho năm {sheetYear}',
  'problem.sectionOtherPart':
    'dòng "{text}" mở một phần khác của bảng (trụ cột hoặc năm khác): các dòng dưới nó không thuộc bảng xếp hạng đang nhập — hãy tách phần đó ra rồi nhập riêng',
  'problem.kpiSheetYearPeriods':
    'tên trang tính ghi năm {sheetYear}, nhưng các kỳ của bảng là {periods}: số liệu được nhập cho các kỳ của bảng; hãy xem lại trang tính có đúng là trang cần nhập',
  'problem.kpiColumnYear':
    'tiêu đề cột ghi năm {column}, nhưng số liệu được nhập cho kỳ {period}: hãy nhập cho năm {column} hoặc sửa tiêu đề',
  'problem.periodAfterMerged':
    'số liệu kỳ {period} của "{unit}" (danh mục 63 đơn vị): ngày 01/07/2025 "{unit}" đã sáp nhập vào {successor} (danh mục 34 đơn vị), nên không có "{unit}" trong kỳ này; số liệu của "{unit}" không phải số liệu của {successor}: hãy sửa kỳ nếu số liệu thuộc thời gian trước 01/07/2025, hoặc bỏ dòng này',
  'problem.periodsAcrossMergerInRow':
    'các cột kỳ {before} (trước 01/07/2025) và {after} (từ 01/07/2025) thuộc hai danh mục đơn vị khác nhau (63 và 34 đơn vị), mà mỗi dòng chỉ là một đơn vị: hãy nhập riêng các cột trước và các cột từ 01/07/2025 (đặt các cột kia là "Bỏ qua"), hoặc nhập tất cả theo danh mục 34 đơn vị, các kỳ trước coi là số liệu tính lại cho các đơn vị hiện nay (nhóm 34)',
  'problem.sheetUnitMerged':
    'bảng không có cột tên đơn vị, còn tên trang tính hoặc tiêu đề ghi "{unit}" — đơn vị đã sáp nhập vào {successor} ngày 01/07/2025, không có trong danh mục 34 đơn vị của các kỳ từ 07/2025: hãy chọn đơn vị của cả bảng ({successor}) trong trang Nhập dữ liệu, hoặc sửa kỳ',
  'problem.subProvincialTable':
    'tên trang tính hoặc tiêu đề cho thấy bảng là số liệu của {subject}, không phải của một tỉnh, thành phố: DTI Desk chỉ lưu số liệu cấp tỉnh. Hãy nhập bảng của cả tỉnh; nếu đây đúng là số liệu của tỉnh, hãy chọn đơn vị của cả bảng trong trang Nhập dữ liệu',
  'problem.indexNotInMethodology':
    'chỉ số của cột này không thuộc phương pháp đánh giá năm {year} (Quyết định {decision}){elsewhere}: {count} giá trị không được nhập',
  'problem.moreIndicesNotInMethodology':
    '{columns} cột khác ({headers}) cũng ghi chỉ số không thuộc phương pháp đánh giá năm {year}: {count} giá trị không được nhập — nếu bảng là của năm khác, hãy sửa năm rồi nhập lại',
  'problem.noMethodologyColumn':
    '{count} giá trị của cột này không được nhập: DTI Desk chưa có phương pháp đánh giá của năm {year}',
  'problem.methodologyOf': ', mà thuộc phương pháp theo Quyết định {decision} (năm {years})',
  'problem.sideFromMerger': 'từ 01/07/2025',
  'problem.sideBeforeMerger': 'trước 01/07/2025',
  'readError.HTML_NO_TABLE': 'Tệp là trang web (HTML) nhưng không có bảng số liệu',
  'place.file': 'tệp "{file}"',
  'place.sheet': 'trang tính "{sheet}"',
  'place.cell': 'ô {cell} (dòng {row}, cột {col})',
  'place.cellHeader': 'ô {cell} (dòng {row}, cột {col}: {header})',
  'place.row': 'dòng {row}',
  'place.col': 'cột {col}',
  'place.colHeader': 'cột {col} ({header})',
  'place.value': 'giá trị "{value}"',
} as const;
