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
    guard name.utf8.count == 3 else { return false }
    let code = Array(name.utf8)
    var text = isoCurrencyCodeText
    return text.withUTF8 { bytes in
      var low = 0
      var high = (bytes.count + 1) / 4
      while low < high {
        let middle = (low + high) / 2
        let start = middle * 4
        var order = 0
        for offset in 0..<3 where order == 0 {
          let byte = bytes[start + offset]
          order = byte < code[offset] ? -1 : (byte > code[offset] ? 1 : 0)
        }
        if order == 0 { return true }
        if order < 0 { low = middle + 1 } else { high = middle }
      }
      return false
    }
  }
}
