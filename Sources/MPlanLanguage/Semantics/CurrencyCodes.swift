import MPlanSyntax

extension UnitTable {
  /// The active ISO 4217 currency codes (list one, as published by the maintenance agency,
  /// without the withdrawn codes). Only these, and currencies a plan states a rate for, are
  /// money: `MQL` is three capital letters and a count.
  ///
  /// Kept as one sorted text, four bytes a code (three letters and a space or a line break),
  /// and searched by halves: no table is built at start-up, which a `Set` of 177 strings cost
  /// on every run (measured with callgrind: 0.7 M instructions of a 9 M run).
  package static let isoCurrencyCodeText = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV
    BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK
    DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL
    HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
    LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR
    MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP
    TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU
    XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG
    """

  /// True for an active ISO 4217 code.
  package static func isISOCurrencyCodeListed(_ name: String) -> Bool {
    guard let index = codeIndex(name) else { return false }
    return isoCurrencyCodeBits[index >> 6] & (1 << UInt64(index & 63)) != 0
  }

  /// A three-capital code's place among all 26³ of them; nil for any other name.
  private static func codeIndex(_ name: String) -> Int? {
    var index = 0
    var length = 0
    for byte in name.utf8 {
      length += 1
      guard length <= 3, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return nil }
      index = index * 26 + Int(byte - UInt8(ascii: "A"))
    }
    return length == 3 ? index : nil
  }

  /// One bit for each of the 26³ codes, set for the listed ones: every money value's unit is
  /// looked up here, so three bytes and a bit beat a search. 2 KB, made from the text at first
  /// use (177 codes).
  private static let isoCurrencyCodeBits: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: (26 * 26 * 26 + 63) / 64)
    for code in isoCurrencyCodeText.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      if let index = codeIndex(String(code)) { bits[index >> 6] |= 1 << UInt64(index & 63) }
    }
    return bits
  }()
}
