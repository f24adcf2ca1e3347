// swift-tools-version:6.0
import PackageDescription

// The targets depend one way (docs/architecture.md draws the map):
//
//   MPlanSyntax ← MPlanLanguage ← MPlanPlanning ← MPlanReport ← MPlanKit ← mplan
//
// A lower target cannot import a higher one, so the compiler keeps the map true; `package`
// access shares what the targets must share without making it public API.
let package = Package(
  name: "mplan",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "mplan", targets: ["mplan"]),
    .library(name: "MPlanKit", targets: ["MPlanKit"]),
  ],
  dependencies: [
    // The command line: subcommands, --help with examples, shell completions.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // Tests only: property-based tests (generated inputs, shrunk on failure) in Swift Testing.
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    // Tests only: the oracle our CSV reader is compared with, and what reads exported CSV back. It imports Foundation, which the
    // binary must not link (docs/actuals.md), so no target in Sources/ depends on it.
    .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
  ],
  targets: [
    // Sources, spans and diagnostics as data; tokens, the lexer, the parser and the syntax tree.
    .target(name: "MPlanSyntax"),
    // Units, name resolution, values, the interpreter, funnels and the embedded standard
    // library. Plan statements reach it through `StatementHost`, which a higher layer supplies.
    .target(name: "MPlanLanguage", dependencies: ["MPlanSyntax"]),
    // Plan items, their index, SMART rules, plan checks, budgets, scenarios and the analyses
    // built on them; every view is computed here as data.
    .target(name: "MPlanPlanning", dependencies: ["MPlanLanguage"]),
    // Views and diagnostics rendered: terminal text and JSON today.
    .target(name: "MPlanReport", dependencies: ["MPlanPlanning"]),
    // The façade the command line and the REPL talk to: `Session`.
    .target(name: "MPlanKit", dependencies: ["MPlanReport"]),
    // libedit, loaded with dlopen when the interactive prompt starts (not linked, so no other
    // command pays its relocations), with fixed-argument wrappers for its variadic calls.
    // Building needs its header, histedit.h (Debian's libedit-dev).
    .target(name: "CEditLine"),
    .executableTarget(
      name: "mplan",
      dependencies: [
        "MPlanKit",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "MPlanSyntaxTests", dependencies: ["MPlanSyntax", "MPlanKit"]),
    .testTarget(
      name: "MPlanLanguageTests",
      dependencies: [
        "MPlanSyntax", "MPlanLanguage", "MPlanKit", .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]),
    .testTarget(
      name: "MPlanPlanningTests",
      dependencies: ["MPlanSyntax", "MPlanLanguage", "MPlanPlanning", "MPlanReport", "MPlanKit"]),
    .testTarget(
      name: "MPlanKitTests",
      dependencies: [
        "MPlanSyntax", "MPlanLanguage", "MPlanPlanning", "MPlanReport", "MPlanKit",
        .product(name: "PropertyBased", package: "swift-property-based"),
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]),
    // Starts the binary in a pseudo-terminal for the REPL tests (C for posix_openpt & co.).
    .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
    .testTarget(
      name: "mplanTests",
      dependencies: [
        "mplan", "MPlanKit", "MPlanSyntax", "CPseudoTerminal",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
  ]
)

// The compiler, not only LayeringTests, holds each file to what it imports: a member of a type
// from a module the file does not import is an error (SE-0444). Not yet the command line's:
// it reaches the lower layers' types through MPlanKit's typealiases (`Message`, `Value`,
// `Diagnostic`…), whose members the feature would have it import from the lower targets
// themselves, which LayeringTests forbids; sealing it needs a façade that offers them.
for target in package.targets where target.type != .system && target.name != "mplan" {
  target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
