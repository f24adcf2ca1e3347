import Foundation
import Testing

/// `mplan run` prints the same, byte for byte, for a seed whatever the number of threads that
/// fill the sample blocks (docs/uncertainty.md, "How the sampling is made fast"), and the same
/// on every run.
@Suite struct SamplingThreadsTests {
  @Test func outputIsTheSameOnOneThreadOrSeveral() throws {
    // 200,000 samples are four blocks, the last one partly filled.
    let arguments = ["run", "--samples", "200000", "--seed", "11", "examples/uncertain-spend.mplan"]
    let one = try RunMPlan.run(arguments, environment: ["MPLAN_SAMPLING_THREADS": "1"])
    let two = try RunMPlan.run(arguments, environment: ["MPLAN_SAMPLING_THREADS": "2"])
    let three = try RunMPlan.run(arguments, environment: ["MPLAN_SAMPLING_THREADS": "3"])
    let again = try RunMPlan.run(arguments, environment: ["MPLAN_SAMPLING_THREADS": "2"])
    #expect(one.status == 0, "\(one.standardError)")
    #expect(one.standardOutput.contains("spend:"))
    #expect(two.standardOutput == one.standardOutput)
    #expect(three.standardOutput == one.standardOutput)
    #expect(again.standardOutput == two.standardOutput)
  }
}
