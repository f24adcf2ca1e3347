// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "mplan",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "mplan", targets: ["mplan"]),
    .library(name: "MPlanCore", targets: ["MPlanCore"]),
  ],
  dependencies: [
    // The command line: subcommands, --help with examples, shell completions.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // Terminal colours that already honour NO_COLOR, TERM=dumb and non-tty output.
    .package(url: "https://github.com/onevcat/Rainbow", from: "4.0.0"),
  ],
  targets: [
    // The language and the planning model: no terminal code, no libedit.
    .target(name: "MPlanCore"),
    // libedit (Debian's libedit-dev) through pkg-config, with a C shim for its variadic calls.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .executableTarget(
      name: "mplan",
      dependencies: [
        "MPlanCore",
        "CEditLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Rainbow", package: "Rainbow"),
      ]
    ),
    .testTarget(
      name: "MPlanCoreTests",
      dependencies: ["MPlanCore"]
    ),
    // Starts the binary in a pseudo-terminal for the REPL tests (C for posix_openpt & co.).
    .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
    .testTarget(
      name: "mplanTests",
      dependencies: ["mplan", "MPlanCore", "CPseudoTerminal"]
    ),
  ]
)
