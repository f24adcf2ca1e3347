import Foundation
import FoundationXML
import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

/// The xlsx export read back as another program reads it: the zip by a reader written here
/// (every CRC-32 recomputed, every local header against the central directory), each XML part
/// by an XML parser, and the cells checked against the interpreter's figures.
@Suite struct XLSXTests {
  // MARK: - A zip reader of its own

  struct Entry {
    var name: String
    var data: [UInt8]
  }

  /// CRC-32 bit by bit, without the writer's table, so a wrong table would show.
  static func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
  }

  static func le16(_ bytes: [UInt8], _ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
  static func le32(_ bytes: [UInt8], _ at: Int) -> Int { le16(bytes, at) | le16(bytes, at + 2) << 16 }

  /// The entries of a stored zip, checked on the way: the end record, each central record and
  /// the local header it points at must agree, and each entry's CRC-32 must be its data's.
  static func entries(_ zip: [UInt8]) throws -> [Entry] {
    let end = zip.count - 22
    try #require(end > 0 && le32(zip, end) == 0x0605_4b50, "no end of central directory record")
    let count = le16(zip, end + 10)
    #expect(le16(zip, end + 8) == count)
    var at = le32(zip, end + 16)
    #expect(at + le32(zip, end + 12) == end, "the central directory ends where the end record starts")
    var entries: [Entry] = []
    for _ in 0..<count {
      try #require(le32(zip, at) == 0x0201_4b50, "central record \(entries.count)")
      let (method, crc, size, stored) = (
        le16(zip, at + 10), le32(zip, at + 16), le32(zip, at + 20), le32(zip, at + 24)
      )
      let nameLength = le16(zip, at + 28)
      let name = String(decoding: zip[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      let local = le32(zip, at + 42)
      #expect(method == 0 && size == stored, "\(name) is stored")
      try #require(le32(zip, local) == 0x0403_4b50, "local header of \(name)")
      #expect(le16(zip, local + 8) == method)
      #expect(le32(zip, local + 14) == crc, "\(name): local and central CRC")
      #expect(le32(zip, local + 18) == size && le32(zip, local + 22) == size, "\(name): sizes")
      let localName = le16(zip, local + 26)
      #expect(String(decoding: zip[(local + 30)..<(local + 30 + localName)], as: UTF8.self) == name)
      let start = local + 30 + localName + le16(zip, local + 28)
      let data = Array(zip[start..<(start + size)])
      #expect(Int(crc32(data)) == crc, "\(name): CRC-32 of its data")
      entries.append(Entry(name: name, data: data))
      at += 46 + nameLength + le16(zip, at + 30) + le16(zip, at + 32)
    }
    return entries
  }

  // MARK: - XML

  /// A parse of one part: the parser's error, the shared strings and each cell's attributes
  /// with what its `<f>` and `<v>` hold.
  final class Part: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var cells: [(attributes: [String: String], formula: String?, value: String?)] = []
    var text = ""
    var inString = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      text = ""
      if name == "si" { (inString, strings) = (true, strings + [""]) }
      if name == "c" { cells.append((attributes, nil, nil)) }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      switch name {
      case "t" where inString: strings[strings.count - 1] += text
      case "si": inString = false
      case "f": cells[cells.count - 1].formula = text
      case "v" where !cells.isEmpty: cells[cells.count - 1].value = text
      default: break
      }
    }
  }

  static func parse(_ entry: Entry) throws -> Part {
    let parser = XMLParser(data: Data(entry.data))
    let part = Part()
    parser.delegate = part
    #expect(parser.parse(), "\(entry.name) is well-formed XML: \(String(describing: parser.parserError))")
    return part
  }

  static func workbook(_ text: String) throws -> (session: Session, parts: [String: Part], entries: [Entry]) {
    let session = ExportTests.session(text)
    let path = NSTemporaryDirectory() + "mplan-xlsx-\(getpid())-\(UUID().uuidString).xlsx"
    defer { unlink(path) }
    try session.export(ExportRequest(path: path))
    let zip = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let entries = try entries(zip)
    var parts: [String: Part] = [:]
    for entry in entries { parts[entry.name] = try parse(entry) }
    return (session, parts, entries)
  }

  static func growthPlan() throws -> String {
    try String(
      contentsOf: ExportTests.repository.appendingPathComponent("examples/growth-plan.mplan"), encoding: .utf8
    )
  }

  @Test func theZipIsStoredWithMatchingHeadersAndEveryPartIsWellFormed() throws {
    let (_, parts, entries) = try Self.workbook(try Self.growthPlan())
    let names = entries.map(\.name)
    for required in [
      "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
      "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
    ] {
      #expect(names.contains(required))
    }
    #expect(parts.count == entries.count)
    let workbook = String(
      decoding: try #require(entries.first { $0.name == "xl/workbook.xml" }).data, as: UTF8.self)
    #expect(workbook.contains(#"<calcPr calcId="191029" fullCalcOnLoad="1"/>"#))
    let styles = String(
      decoding: try #require(entries.first { $0.name == "xl/styles.xml" }).data, as: UTF8.self)
    #expect(styles.contains(#"formatCode="&quot;$&quot;#,##0.00"#))
    #expect(styles.contains(#"formatCode="0.0%""#) && styles.contains(#"formatCode="yyyy-mm-dd""#))
  }

  /// The sheet named `name`: its cells by reference, with shared strings resolved.
  static func sheet(_ name: String, _ parts: [String: Part], _ entries: [Entry]) throws -> [String: (
    text: String?, number: Double?, formula: String?
  )] {
    let workbook = String(
      decoding: try #require(entries.first { $0.name == "xl/workbook.xml" }).data, as: UTF8.self)
    let sheets = workbook.components(separatedBy: "<sheet name=\"").dropFirst().map {
      String($0.prefix { $0 != "\"" })
    }
    let index = try #require(sheets.firstIndex(of: name), "no sheet \(name) in \(sheets)")
    let part = try #require(parts["xl/worksheets/sheet\(index + 1).xml"])
    let strings = try #require(parts["xl/sharedStrings.xml"]).strings
    var cells: [String: (text: String?, number: Double?, formula: String?)] = [:]
    for cell in part.cells {
      let reference = cell.attributes["r"] ?? "?"
      if cell.attributes["t"] == "s" {
        cells[reference] = (officeUnescaped(strings[Int(cell.value ?? "") ?? 0]), nil, cell.formula)
      } else {
        cells[reference] = (nil, cell.value.flatMap(Double.init), cell.formula)
      }
    }
    return cells
  }

  /// A text as spreadsheet readers read it: `_xHHHH_` is the character U+HHHH (Office's escape
  /// for what XML cannot hold).
  static func officeUnescaped(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let start = rest.range(of: "_x") {
      result += rest[..<start.lowerBound]
      let hex = rest[start.upperBound...].prefix(4)
      if hex.count == 4, hex.allSatisfy(\.isHexDigit), rest[start.upperBound...].dropFirst(4).first == "_",
        let scalar = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
      {
        result.unicodeScalars.append(scalar)
        rest = rest[start.upperBound...].dropFirst(5)
      } else {
        result += "_x"
        rest = rest[start.upperBound...]
      }
    }
    return result + rest
  }

  @Test func derivedFiguresAreLiveFormulasWithMPlansValuesStored() throws {
    let (session, parts, entries) = try Self.workbook(try Self.growthPlan())
    func value(_ expression: String) -> Double? { ExportTests.value(expression, in: session) }
    // Funnel stages: 10 customers ÷ 20% = 50 SQLs ÷ 25% = 200 MQLs ÷ 2% = 10,000 visits.
    let funnel = try Self.sheet("Funnel stages", parts, entries)
    #expect(funnel["D2"]?.number == 10_000 && funnel["D2"]?.formula?.contains("D3/C3") == true)
    #expect(funnel["D3"]?.number == 200 && funnel["D4"]?.number == 50)
    #expect(funnel["D5"]?.number == 10 && funnel["D5"]?.formula?.contains("Goals!E2") == true)
    // The goal's target from the inputs: $2.4M × 10% ÷ $24k per customer = 10.
    let goals = try Self.sheet("Goals", parts, entries)
    #expect(goals["E2"]?.formula == "last_year*0.1/deal_size" && goals["E2"]?.number == 10)
    // paid_search: $1.20 per visit × 10,000 visits = $12,000, from the funnel's cell.
    let actions = try Self.sheet("Actions", parts, entries)
    #expect(actions["F2"]?.formula == "1.2*'Funnel stages'!D2" && actions["F2"]?.number == 12_000)
    #expect(actions["F4"]?.formula == nil && actions["F4"]?.number == 2_000)
    // Budget: committed $35,800 (the six costs), reserve 20% of $60k = $12,000,
    // available 60,000 − 12,000 − 35,800 = $12,200, needed 35,800 ÷ 0.8 = $44,750.
    let budgets = try Self.sheet("Budgets", parts, entries)
    #expect(
      budgets["G2"]?.formula?.hasPrefix("SUMIFS(Actions!$F$2:$F$7,Actions!$J$2:$J$7,\"marketing\"") == true)
    #expect(budgets["G2"]?.number == value("marketing.committed") && budgets["G2"]?.number == 35_800)
    #expect(budgets["H2"]?.formula == "E2*MIN(MAX(F2,0),0.99)" && budgets["H2"]?.number == 12_000)
    #expect(budgets["I2"]?.formula == "E2-H2-G2" && budgets["I2"]?.number == value("marketing.available"))
    #expect(budgets["J2"]?.formula == "G2/(1-MIN(MAX(F2,0),0.99))" && budgets["J2"]?.number == 44_750)
    // The inputs are named cells, and names that read as cells are changed.
    let workbook = String(
      decoding: try #require(entries.first { $0.name == "xl/workbook.xml" }).data, as: UTF8.self)
    #expect(workbook.contains(#"<definedName name="last_year">Inputs!$B$2</definedName>"#))
    // As text (what tests and a quick look read): each formula with its value.
    let text = try session.exportText(ExportRequest(path: "-", format: "xlsx"))
    #expect(text.contains("# Budgets\n") && text.contains("=E2-H2-G2 → 12200\t"))
  }

  /// `$200 per month * 1 year` is $2,400: a year is twelve of mplan's months, so the formula
  /// is `200*(1*12)`, not `200*1`; `$70 per week * 2 weeks` is $140.
  @Test func unitsAreConvertedInFormulas() throws {
    let (_, parts, entries) = try Self.workbook(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      let q1 = $100
      budget b { total $9k }
      action a { cost $200 per month * 1 year  from b }
      action c { cost q1 * 3  from b }
      action d { cost $70 per week * 2 weeks  from b }
      """)
    let actions = try Self.sheet("Actions", parts, entries)
    #expect(actions["F2"]?.number == 2_400 && actions["F2"]?.formula == "200*(1*12)")
    #expect(actions["F4"]?.number == 140 && actions["F4"]?.formula?.hasPrefix("70/0.2299") == true)
    // `q1` is a cell in a spreadsheet: its name is `q1_`. $100 × 3 = $300.
    #expect(actions["F3"]?.number == 300 && actions["F3"]?.formula == "q1_*3")
  }

  @Test func aDataTableIsASheetOfValuesWithItsUnits() throws {
    let (_, parts, entries) = try Self.workbook(
      """
      plan "P" { currency USD }
      let cpc = $1 per visit
      let spend = cpc * 10,000 visits
      let by_cpc = table spend over cpc from $0.50 per visit to $2 per visit step $0.50 per visit
      """)
    let table = try Self.sheet("by_cpc", parts, entries)
    #expect(table["A1"]?.text == "cpc (USD per visit)" && table["B1"]?.text == "spend (USD)")
    // $0.50, $1, $1.50, $2 per visit × 10,000 visits = $5,000 … $20,000.
    #expect((2...5).map { table["A\($0)"]?.number } == [0.5, 1, 1.5, 2])
    #expect((2...5).map { table["B\($0)"]?.number } == [5_000, 10_000, 15_000, 20_000])
    // `spend` follows its inputs: cpc × 10,000 = $10,000.
    let inputs = try Self.sheet("Inputs", parts, entries)
    #expect(inputs["B3"]?.formula == "cpc*10000" && inputs["B3"]?.number == 10_000)
  }

  /// `need` is funnel b's (10 leads ÷ 20% = 50 visits); funnel a, with the same stages, shows
  /// those counts too, but its cells must not follow b's goal.
  @Test func aFunnelFollowsOnlyItsOwnGoal() throws {
    let (_, parts, entries) = try Self.workbook(
      """
      plan "P" { currency USD }
      funnel a { visit -> lead : 10% }
      funnel b { visit -> lead : 20% }
      goal g { metric lead  target 10 leads  funnel b }
      let need = b.need(g.target)
      """)
    let funnels = try Self.sheet("Funnel stages", parts, entries)
    #expect(funnels["D3"]?.number == 10 && funnels["D3"]?.formula == nil)
    #expect(funnels["D5"]?.number == 10 && funnels["D5"]?.formula?.contains("Goals!E2") == true)
    #expect(funnels["D4"]?.number == 50 && funnels["D4"]?.formula?.contains("D5/C5") == true)
  }

  /// A formula that does not give the value mplan worked out is left out, and the cell keeps
  /// the value: $2,400 is not 200 × 1.
  @Test func aFormulaThatMissesMPlansValueIsLeftOut() {
    var builder = PlanWorkbook(PlanExport(currency: "USD"))
    var sheet = Worksheet(name: "S")
    sheet.rows = [[.number(2_400, .decimal), .number(2_400, .decimal)]]
    builder.workbook.add(sheet)
    builder.pending = [
      (CellReference(sheet: "S", row: 0, column: 0), .binary(.multiply, .number(200), .number(1))),
      (CellReference(sheet: "S", row: 0, column: 1), .binary(.multiply, .number(200), .number(12))),
    ]
    builder.settleFormulas()
    #expect(builder.workbook.sheets[0].rows[0][0].formula == nil)
    #expect(builder.workbook.sheets[0].rows[0][1].formula?.text(on: "S") == "200*12")
    #expect(builder.workbook.sheets[0].rows[0].map(\.number) == [2_400, 2_400])
  }

  @Test(arguments: [
    ("q1", "q1_"), ("ctr2", "ctr2_"), ("ab12", "ab12_"), ("XFD1048576", "XFD1048576_"), ("r1c1", "r1c1_"),
    ("R", "R_"), ("c", "c_"), ("rc", "rc_"), ("true", "true_"), ("1st", "_1st"), ("cpc", "cpc"),
    ("last_year", "last_year"), ("abcd1", "abcd1"), ("a b", "a_b"),
  ])
  func definedNamesAreNeverReferences(wanted: String, name: String) {
    #expect(DefinedName.valid(wanted, taken: []) == name)
  }

  @Test func sheetNamesAreValidAndUnique() {
    #expect(SheetName.valid("a[b]:c*d?e/f\\g", taken: []) == "a_b__c_d_e_f_g")
    #expect(SheetName.valid(String(repeating: "x", count: 40), taken: []).count == 31)
    #expect(SheetName.valid("Goals", taken: ["goals"]) == "Goals (2)")
    #expect(SheetName.valid("'quoted'", taken: []) == "quoted")
    #expect(SheetName.valid("history", taken: []) == "history (2)")
    #expect(SheetName.quoted("Funnel stages") == "'Funnel stages'" && SheetName.quoted("Goals") == "Goals")
  }

  @Test func hostileTextStaysText() throws {
    let hostile = ExportTests.hostile + " \u{1}\u{B} _x0041_ & 'x'"
    let plan = ExportTests.hostilePlan.replacingOccurrences(
      of: ExportTests.escapedForMPlan(ExportTests.hostile), with: ExportTests.escapedForMPlan(hostile))
    let (_, parts, entries) = try Self.workbook(plan)
    let actions = try Self.sheet("Actions", parts, entries)
    // Characters XML 1.0 forbids are left out; everything else reads back the same, `_x0041_`
    // included (it is not taken for an escape).
    #expect(
      actions["D2"]?.text
        == hostile.replacingOccurrences(of: "\u{1}", with: "").replacingOccurrences(
          of: "\u{B}", with: ""))
    // A text that looks like a formula is a shared string, never a formula.
    #expect(actions["E2"]?.text == "=cmd|' /C calc'!A0" && actions["E2"]?.formula == nil)
    let plan2 = try Self.sheet("Plan", parts, entries)
    #expect(plan2["B1"]?.text?.hasPrefix("Q\"1, <script>") == true)
  }

  @Test func aFormulaLookingNameStaysText() throws {
    let (_, parts, entries) = try Self.workbook(
      """
      plan "=1+1" { currency USD }
      budget b { total $1k }
      action a { channel "=SUM(A1:A9)"  cost $100  from b }
      """)
    let plan = try Self.sheet("Plan", parts, entries)
    #expect(plan["B1"]?.text == "=1+1" && plan["B1"]?.formula == nil)
    let actions = try Self.sheet("Actions", parts, entries)
    #expect(actions["D2"]?.text == "=SUM(A1:A9)" && actions["D2"]?.formula == nil)
  }

  @Test func anEarlierExportIsReplacedAndAnotherFileKept() throws {
    let session = ExportTests.session("plan \"P\" { currency USD }\nbudget b { total $1k }")
    let path = NSTemporaryDirectory() + "mplan-xlsx-\(getpid())-replace.xlsx"
    defer { unlink(path) }
    try session.export(ExportRequest(path: path))
    try session.export(ExportRequest(path: path))
    try Data("PK\u{3}\u{4} not mplan's".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: Diagnostic.self) { try session.export(ExportRequest(path: path)) }
    #expect(
      String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).hasSuffix("mplan's"))
    // A folder is never written: the same diagnostic as for every format.
    do {
      try session.export(ExportRequest(path: NSTemporaryDirectory(), format: "xlsx"))
      Issue.record("a folder was written")
    } catch {
      #expect(error.code == DiagnosticCode.exportFailed.rawValue)
      #expect(error.message.contains("is a directory"))
    }
  }
}

/// The one list of formats and the exporters agree: every format has names, every name a format.
@Test func everyExportFormatIsInTheOneList() {
  #expect(ExportFormat.allCases.map(\.rawValue) == ExportFormatNames.all.map(\.[0]))
  for names in ExportFormatNames.all {
    for name in names {
      #expect(ExportFormat(name: name)?.rawValue == names[0])
      #expect(ExportFormat(path: "dir.v2/plan." + name.uppercased())?.rawValue == names[0])
    }
  }
  #expect(Session.exportFormatList.english == ".md, .json, .csv, .html or .xlsx")
  #expect(Session.exportFormatNames.english == "md, json, csv, html or xlsx")
}
