/// Text made safe for the XML parts of a workbook.
package enum XMLText {
  /// `text` as element content or an attribute value: `&`, `<`, `>`, `"` and `'` as entities,
  /// and the characters XML 1.0 forbids (controls other than tab and line breaks, U+FFFE,
  /// U+FFFF) left out, since no reader would open a file that holds one. A carriage return is
  /// kept as `&#13;` so a reader does not fold it into a line feed.
  package static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\r": result += "&#13;"
      default:
        if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }

  /// A cell's text for a shared string: escaped as above, and with every `_xHHHH_` the text
  /// itself holds written as `_x005F_xHHHH_`, because spreadsheet readers decode that pattern
  /// (Office's escape for characters XML cannot hold) and would otherwise change the text.
  package static func cellText(_ text: String) -> String {
    escaped(protectingEscapes(text))
  }

  static func protectingEscapes(_ text: String) -> String {
    guard text.contains("_x") else { return text }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
        scalars[(index + 2)...(index + 5)].allSatisfy(\.properties.isASCIIHexDigit), scalars[index + 6] == "_"
      {
        result += "_x005F_".unicodeScalars
        index += 1
        continue
      }
      result.append(scalars[index])
      index += 1
    }
    return String(result)
  }

  /// XML 1.0's Char production: tab, line feed, carriage return, and U+0020 up, less U+FFFE
  /// and U+FFFF (a Swift string holds no surrogate halves).
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }
}
