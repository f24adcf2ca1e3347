import ArgumentParser

/// Exit codes, after BSD's sysexits as Crafting Interpreters uses them.
enum ExitStatus {
  static let success = ExitCode(0)
  /// `mplan check` found errors in the plan.
  static let checkFailed = ExitCode(1)
  /// The command line is wrong: an unknown option, `--samples 0`, a missing file name
  /// (EX_USAGE; ArgumentParser's own code for a validation error).
  static let usage = ExitCode(64)
  /// The script has an error: syntax, a name, a unit, an assertion (EX_DATAERR).
  static let badScript = ExitCode(65)
  /// A file could not be read (EX_NOINPUT).
  static let missingInput = ExitCode(66)
  /// An output file could not be written (EX_CANTCREAT).
  static let cannotCreate = ExitCode(73)
  /// Standard output could not be written: the results were lost (EX_IOERR).
  static let outputFailed = ExitCode(74)
  /// mplan itself failed (EX_SOFTWARE).
  static let internalFault = ExitCode(70)
}
