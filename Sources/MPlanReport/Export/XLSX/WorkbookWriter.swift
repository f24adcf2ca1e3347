/// Writes a `Workbook` as an Office Open XML spreadsheet (xlsx): a stored zip of the few parts
/// a reader needs. Formulas are written with the value they compute, and the workbook asks to
/// be recalculated when opened (`fullCalcOnLoad`), so a reader shows the right number either way.
package enum WorkbookWriter {
  /// The first part of every file, always the same bytes: how mplan knows a file it wrote.
  package static let signaturePart = (
    name: "docProps/app.xml",
    text: header
      + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
      + "<Application>mplan export</Application></Properties>"
  )

  /// The start of every file this writer makes: the first part's local header, name and text.
  package static var signature: [UInt8] {
    var zip = StoredZip()
    zip.add(signaturePart.name, Array(signaturePart.text.utf8))
    let bytes = zip.bytes
    return Array(bytes[0..<(30 + signaturePart.name.utf8.count + signaturePart.text.utf8.count)])
  }

  package static func bytes(_ workbook: Workbook) -> [UInt8] {
    var strings = SharedStrings()
    let formats = formatsInUse(workbook)
    let sheets = workbook.sheets.map { worksheet($0, formats: formats, strings: &strings) }
    var zip = StoredZip()
    zip.add(signaturePart.name, Array(signaturePart.text.utf8))
    zip.add("[Content_Types].xml", Array(contentTypes(sheetCount: sheets.count).utf8))
    zip.add("_rels/.rels", Array(packageRelationships.utf8))
    zip.add("xl/workbook.xml", Array(workbookPart(workbook).utf8))
    zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: sheets.count).utf8))
    zip.add("xl/styles.xml", Array(styles(formats).utf8))
    zip.add("xl/sharedStrings.xml", Array(strings.part.utf8))
    for (index, sheet) in sheets.enumerated() {
      zip.add("xl/worksheets/sheet\(index + 1).xml", Array(sheet.utf8))
    }
    return zip.bytes
  }

  static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

  static func contentTypes(sheetCount: Int) -> String {
    let office = "application/vnd.openxmlformats-officedocument"
    var text =
      header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
      + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
      + #"<Default Extension="xml" ContentType="application/xml"/>"#
      + #"<Override PartName="/xl/workbook.xml" ContentType="\#(office).spreadsheetml.sheet.main+xml"/>"#
      + #"<Override PartName="/xl/styles.xml" ContentType="\#(office).spreadsheetml.styles+xml"/>"#
      + #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(office).spreadsheetml.sharedStrings+xml"/>"#
      + #"<Override PartName="/docProps/app.xml" ContentType="\#(office).extended-properties+xml"/>"#
    for index in 0..<sheetCount {
      text +=
        #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="\#(office).spreadsheetml.worksheet+xml"/>"#
    }
    return text + "</Types>"
  }

  static let packageRelationships =
    header + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
    + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/>"#
    + #"<Relationship Id="rId2" Type="\#(relationships)/extended-properties" Target="docProps/app.xml"/>"#
    + "</Relationships>"

  static func workbookPart(_ workbook: Workbook) -> String {
    var text = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>"#
    for (index, sheet) in workbook.sheets.enumerated() {
      text +=
        #"<sheet name="\#(XMLText.escaped(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    text += "</sheets>"
    if !workbook.names.isEmpty {
      text += "<definedNames>"
      for (name, cell) in workbook.names {
        text +=
          #"<definedName name="\#(XMLText.escaped(name))">"#
          + XMLText.escaped(cell.formulaText(from: "", absolute: true))
          + "</definedName>"
      }
      text += "</definedNames>"
    }
    return text + #"<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>"#
  }

  static func workbookRelationships(sheetCount: Int) -> String {
    var text = header + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
    for index in 0..<sheetCount {
      text +=
        #"<Relationship Id="rId\#(index + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
    }
    text +=
      #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
      + #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
    return text + "</Relationships>"
  }

  /// Every number format the cells use, in the order first used, after `general` and
  /// `heading`: a cell's style index is its format's place here.
  static func formatsInUse(_ workbook: Workbook) -> [NumberFormat] {
    var formats: [NumberFormat] = [.general, .heading]
    var seen: Set<NumberFormat> = [.general, .heading]
    for sheet in workbook.sheets {
      for row in sheet.rows {
        for cell in row where seen.insert(cell.format).inserted { formats.append(cell.format) }
      }
    }
    return formats
  }

  /// The format code of each format (the built-in 0 for general and headings).
  static func code(_ format: NumberFormat) -> String? {
    switch format {
    case .general, .heading: nil
    case .money(let symbol):
      // A currency code (`CHF`) reads after the amount, a symbol (`$`, `€`) before it.
      symbol.count == 3 && symbol.allSatisfy(\.isUppercase)
        ? "#,##0.00\" \(symbol)\";-#,##0.00\" \(symbol)\""
        : "\"\(symbol)\"#,##0.00;-\"\(symbol)\"#,##0.00"
    case .percent: "0.0%"
    case .count: "#,##0"
    case .date: "yyyy-mm-dd"
    case .decimal: "#,##0.####"
    }
  }

  static func styles(_ formats: [NumberFormat]) -> String {
    let codes = formats.map(code)
    var text = header + #"<styleSheet xmlns="\#(main)">"#
    let custom = codes.enumerated().compactMap { index, code in code.map { (164 + index, $0) } }
    if !custom.isEmpty {
      text += #"<numFmts count="\#(custom.count)">"#
      for (id, code) in custom {
        text += #"<numFmt numFmtId="\#(id)" formatCode="\#(XMLText.escaped(code))"/>"#
      }
      text += "</numFmts>"
    }
    text +=
      #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
      + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
      + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
      + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
      + #"<cellXfs count="\#(formats.count)">"#
    for (index, format) in formats.enumerated() {
      let id = codes[index] == nil ? 0 : 164 + index
      let font = format == .heading ? 1 : 0
      text +=
        #"<xf numFmtId="\#(id)" fontId="\#(font)" fillId="0" borderId="0" xfId="0""#
        + (id == 0 ? "" : #" applyNumberFormat="1""#) + (font == 0 ? "" : #" applyFont="1""#) + "/>"
    }
    return text
      + #"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
  }

  static func worksheet(_ sheet: Worksheet, formats: [NumberFormat], strings: inout SharedStrings) -> String {
    var style: [NumberFormat: Int] = [:]
    for (index, format) in formats.enumerated() { style[format] = index }
    var text = header + #"<worksheet xmlns="\#(main)">"#
    if sheet.rows.count > 1 {
      text +=
        #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
    }
    if !sheet.widths.isEmpty {
      text += "<cols>"
      for (index, width) in sheet.widths.enumerated() {
        text += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
      }
      text += "</cols>"
    }
    text += "<sheetData>"
    for (rowIndex, row) in sheet.rows.enumerated() {
      text += #"<row r="\#(rowIndex + 1)">"#
      for (columnIndex, cell) in row.enumerated() {
        if cell.content == .empty && cell.formula == nil { continue }
        let reference = CellReference(sheet: sheet.name, row: rowIndex, column: columnIndex).a1()
        let styleIndex = style[cell.format] ?? 0
        text += #"<c r="\#(reference)""# + (styleIndex == 0 ? "" : #" s="\#(styleIndex)""#)
        let formula = cell.formula.map { "<f>" + XMLText.escaped($0.text(on: sheet.name)) + "</f>" } ?? ""
        switch cell.content {
        case .empty: text += ">" + formula + "</c>"
        case .number(let value): text += ">" + formula + "<v>" + Formula.numberText(value) + "</v></c>"
        case .bool(let flag): text += #" t="b">"# + formula + "<v>" + (flag ? "1" : "0") + "</v></c>"
        case .text(let string):
          if cell.formula != nil {
            text += #" t="str">"# + formula + "<v>" + XMLText.cellText(string) + "</v></c>"
          } else {
            text += #" t="s"><v>"# + String(strings.index(of: string)) + "</v></c>"
          }
        }
      }
      text += "</row>"
    }
    return text + "</sheetData></worksheet>"
  }
}

/// The workbook's shared string table: each distinct text once, cells refer to it by index.
struct SharedStrings {
  private var indices: [String: Int] = [:]
  private var texts: [String] = []
  private var uses = 0

  mutating func index(of text: String) -> Int {
    let text = Self.clipped(text)
    uses += 1
    if let index = indices[text] { return index }
    indices[text] = texts.count
    texts.append(text)
    return texts.count - 1
  }

  /// A cell holds at most 32,767 UTF-16 units; a reader refuses a file with a longer one.
  static func clipped(_ text: String) -> String {
    guard text.utf16.count > 32_767 else { return text }
    var result = String.UnicodeScalarView()
    var length = 0
    for scalar in text.unicodeScalars {
      length += scalar.utf16.count
      if length > 32_767 { break }
      result.append(scalar)
    }
    return String(result)
  }

  var part: String {
    var text =
      WorkbookWriter.header
      + #"<sst xmlns="\#(WorkbookWriter.main)" count="\#(uses)" uniqueCount="\#(texts.count)">"#
    for string in texts {
      // Spaces at either end are kept only when the element says so.
      let preserve = string.first?.isWhitespace == true || string.last?.isWhitespace == true
      text +=
        (preserve ? #"<si><t xml:space="preserve">"# : "<si><t>") + XMLText.cellText(string) + "</t></si>"
    }
    return text + "</sst>"
  }
}
