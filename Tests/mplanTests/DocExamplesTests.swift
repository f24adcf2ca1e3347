import Foundation
import Testing

/// Keep it true (issue 12): every example in `README.md` and `docs/*.md` that shows its output
/// is run, and must print exactly that. Two forms count as an example:
///
/// - a fenced block whose lines start with `$ mplan …` (or `$ scripts/run …`, which runs
///   `mplan` too), each followed by what the command prints (standard output, then standard
///   error, as a terminal shows them when the diagnostics come last);
/// - a fenced ```` ```mplan ```` block followed by an ```` ```output ```` block: the first is run as
///   a script (`mplan run example.mplan`, from the repository's root so `import
///   "examples/…"` works) and the second is what it prints.
///
/// Other blocks (grammar, sketches, shell lines with pipes) are not run.
@Suite struct DocExamplesTests {
  struct Example: CustomStringConvertible, Sendable {
    var file: String
    var line: Int
    var arguments: [String]
    var script: String?
    var expected: String
    var description: String { "\(file):\(line)" }
  }

  struct Block {
    var language: String
    var line: Int
    var lines: [String]
  }

  static let documents: [String] = {
    let docs = RunMPlan.repository.appendingPathComponent("docs")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: docs.path)) ?? []
    return ["README.md"] + names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
  }()

  static func blocks(in text: String) -> [Block] {
    var blocks: [Block] = []
    var open: Block?
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("```") {
        if let block = open {
          blocks.append(block)
          open = nil
        } else {
          open = Block(
            language: String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), line: index + 1,
            lines: [])
        }
      } else {
        open?.lines.append(String(line))
      }
    }
    return blocks
  }

  static let examples: [Example] = {
    var examples: [Example] = []
    for document in documents {
      let url = RunMPlan.repository.appendingPathComponent(document)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      let blocks = blocks(in: text)
      for (index, block) in blocks.enumerated() {
        if block.language == "mplan", index + 1 < blocks.count, blocks[index + 1].language == "output" {
          examples.append(
            Example(
              file: document, line: block.line, arguments: ["run", "example.mplan"],
              script: block.lines.joined(separator: "\n") + "\n",
              expected: blocks[index + 1].lines.joined(separator: "\n")))
          continue
        }
        var current: Example?
        for (offset, line) in block.lines.enumerated() {
          if let command = commandLine(line) {
            if let done = current { examples.append(done) }
            current = Example(
              file: document, line: block.line + 1 + offset, arguments: shellWords(command), script: nil,
              expected: "")
          } else if current != nil {
            current!.expected += (current!.expected.isEmpty ? "" : "\n") + line
          }
        }
        if let done = current { examples.append(done) }
      }
    }
    return examples
  }()

  /// `$ mplan eval '…'` or `$ scripts/run FILE`: the words after the program's name.
  static func commandLine(_ line: String) -> String? {
    for prefix in ["$ mplan ", "$ scripts/run "] where line.hasPrefix(prefix) {
      return String(line.dropFirst(prefix.count))
    }
    return nil
  }

  /// Words as a POSIX shell splits them, for the quoting docs use: '…' and "…".
  static func shellWords(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    var inWord = false
    var quote: Character?
    for character in text {
      if let open = quote {
        if character == open { quote = nil } else { word.append(character) }
      } else if character == "'" || character == "\"" {
        quote = character
        inWord = true
      } else if character == " " {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(character)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }

  @Test func thereAreExamples() {
    #expect(Self.examples.count >= 10, "\(Self.examples)")
  }

  @Test(arguments: examples)
  func exampleShowsWhatMPlanPrints(_ example: Example) throws {
    if let script = example.script {
      // Run from the repository's root, as the docs' commands are; diagnostics name the
      // file as the docs show it.
      let path = try REPLTerminal.makeTemporaryFolder() + "/example.mplan"
      try script.write(toFile: path, atomically: true, encoding: .utf8)
      let result = try RunMPlan.run(["run", path], environment: ["NO_COLOR": "1"])
      let printed = (result.standardOutput + result.standardError).replacingOccurrences(
        of: path, with: "example.mplan")
      #expect(trimmed(printed) == trimmed(example.expected), "\(example): printed\n\(printed)")
      return
    }
    let result = try RunMPlan.run(example.arguments, environment: ["NO_COLOR": "1"])
    #expect(
      trimmed(result.standardOutput + result.standardError) == trimmed(example.expected),
      "\(example): printed\n\(result.standardOutput + result.standardError)")
  }

  func trimmed(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0.reversed().drop { $0 == " " }.reversed()) }
      .joined(separator: "\n").trimmingCharacters(in: .newlines)
  }
}
