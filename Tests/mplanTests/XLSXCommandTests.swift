import Foundation
import Testing

/// `mplan export … -o plan.xlsx` end to end: the format from the extension, an earlier
/// workbook replaced, and the same refusals as every other format.
@Suite struct XLSXCommandTests {
  @Test func theGrowthPlanExportsToAWorkbookAndAgainOverIt() throws {
    let folder = URL(fileURLWithPath: try RunMPlan.temporaryFile("", name: "placeholder"))
      .deletingLastPathComponent()
    let path = folder.appendingPathComponent("growth.xlsx").path
    for _ in 0..<2 {
      let result = try RunMPlan.run(["export", "examples/growth-plan.mplan", "-o", path])
      #expect(result.status == 0, "\(result.standardError)")
    }
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    #expect(String(decoding: bytes, as: UTF8.self).contains("<Application>mplan export</Application>"))
    // A folder is refused as for every format: exit 73, E0605.
    let refused = try RunMPlan.run([
      "export", "examples/growth-plan.mplan", "--format", "xlsx", "-o", folder.path,
    ])
    #expect(refused.status == 73)
    #expect(refused.standardError.contains("error[E0605]"))
    let unknown = try RunMPlan.run(["export", "examples/growth-plan.mplan", "-o", folder.path + "/plan.xls"])
    #expect(unknown.status == 64)
    #expect(unknown.standardError.contains(".md, .json, .csv, .html or .xlsx"))
  }
}
