// swift-tools-version:6.0
import PackageDescription

// The coverage-guided fuzz target, a package of its own so that `scripts/test`'s normal build
// never compiles it: `scripts/fuzz` builds it with `-sanitize=fuzzer` (libFuzzer ships with the
// toolchain) into `.build-fuzz/` and runs it. See docs/fuzzing.md.
let package = Package(
  name: "mplan-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "mplan", path: "..")],
  targets: [
    .executableTarget(
      name: "MPlanFuzz",
      dependencies: [.product(name: "MPlanKit", package: "mplan")]
    )
  ]
)
