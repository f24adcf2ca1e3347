import MPlanSyntax

/// The built-in units' names in Arabic, Persian and Russian, one form per CLDR plural
/// category of the language, so a count reads as its readers say it: Russian `1 клиент`,
/// `2 клиента`, `5 клиентов`, `1,5 клиента`; Arabic `2 زيارتان`, `11 زيارةً`, `100 زيارة`;
/// Persian keeps the noun singular after every number (`۳ مشتری`). A unit with no entry (or
/// a language with none) keeps its English name: mplan never puts an English "s" on a word
/// of another language, and leaves out a translation it is not sure of.
public enum UnitNames {
  /// Russian: one, few, many, other (other is a fraction: `1,5 клиента`, genitive singular).
  static let russian: [String: [PluralCategory: String]] = [
    "visit": ru("визит", "визита", "визитов"),
    "click": ru("клик", "клика", "кликов"),
    "impression": ru("показ", "показа", "показов"),
    "lead": ru("лид", "лида", "лидов"),
    "customer": ru("клиент", "клиента", "клиентов"),
    "order": ru("заказ", "заказа", "заказов"),
    "follower": ru("подписчик", "подписчика", "подписчиков"),
    "subscriber": ru("подписчик", "подписчика", "подписчиков"),
    "deal": ru("сделка", "сделки", "сделок"),
    "signup": ru("регистрация", "регистрации", "регистраций"),
    "user": ru("пользователь", "пользователя", "пользователей"),
    "day": ru("день", "дня", "дней"),
    "week": ru("неделя", "недели", "недель"),
    "month": ru("месяц", "месяца", "месяцев"),
    "quarter": ru("квартал", "квартала", "кварталов"),
    "year": ru("год", "года", "лет"),
  ]

  /// Arabic: zero and few take the plural, one the singular, two the dual, many (11–99) the
  /// singular in the accusative (tamyiz), other (100, 1000, fractions) the singular genitive.
  static let arabic: [String: [PluralCategory: String]] = [
    "visit": ar(one: "زيارة", two: "زيارتان", plural: "زيارات", accusative: "زيارةً"),
    "click": ar(one: "نقرة", two: "نقرتان", plural: "نقرات", accusative: "نقرةً"),
    "customer": ar(one: "عميل", two: "عميلان", plural: "عملاء", accusative: "عميلًا"),
    "order": ar(one: "طلب", two: "طلبان", plural: "طلبات", accusative: "طلبًا"),
    "follower": ar(one: "متابع", two: "متابعان", plural: "متابعين", accusative: "متابعًا"),
    "subscriber": ar(one: "مشترك", two: "مشتركان", plural: "مشتركين", accusative: "مشتركًا"),
    "deal": ar(one: "صفقة", two: "صفقتان", plural: "صفقات", accusative: "صفقةً"),
    "user": ar(one: "مستخدم", two: "مستخدمان", plural: "مستخدمين", accusative: "مستخدمًا"),
    "day": ar(one: "يوم", two: "يومان", plural: "أيام", accusative: "يومًا"),
    "week": ar(one: "أسبوع", two: "أسبوعان", plural: "أسابيع", accusative: "أسبوعًا"),
    "month": ar(one: "شهر", two: "شهران", plural: "أشهر", accusative: "شهرًا"),
    "year": ar(one: "سنة", two: "سنتان", plural: "سنوات", accusative: "سنةً"),
  ]

  /// Persian: the noun stays singular after a number, so one form serves both categories.
  static let persian: [String: String] = [
    "visit": "بازدید", "click": "کلیک", "impression": "نمایش", "customer": "مشتری", "order": "سفارش",
    "follower": "دنبال‌کننده", "subscriber": "مشترک", "deal": "معامله", "signup": "ثبت‌نام",
    "user": "کاربر", "day": "روز", "week": "هفته", "month": "ماه", "year": "سال",
  ]

  /// The name of built-in unit `base` after a number of `category` in `language`; nil when
  /// mplan has no name for it there.
  public static func name(of base: String, language: String, category: PluralCategory) -> String? {
    switch language {
    case "ru": russian[base]?[category]
    case "ar": arabic[base]?[category]
    case "fa": persian[base]
    default: nil
    }
  }

  /// The built-in unit `word` names in `language`, in any of its forms (`клиентов` is
  /// `customer`): how a workshop reads a metric given in the participant's words.
  public static func base(named word: String, language: String) -> String? {
    switch language {
    case "ru": russian.first { $0.value.values.contains(word) }?.key
    case "ar": arabic.first { $0.value.values.contains(word) }?.key
    case "fa": persian.first { $0.value == word }?.key
    default: nil
    }
  }

  /// `2 клиента`: the count as the formatted number's plural category asks, or nil when the
  /// unit has no name in the language. `numberText` is the number as printed (`1.0` is not `1`).
  public static func count(_ numberText: String, of base: String, language: String) -> String? {
    guard let operands = PluralOperands(readingFirstNumberIn: numberText) else { return nil }
    let category = PluralRules(language: language).category(of: operands)
    return name(of: base, language: language, category: category).map { numberText + " " + $0 }
  }

  private static func ru(_ one: String, _ few: String, _ many: String) -> [PluralCategory: String] {
    [.one: one, .few: few, .many: many, .other: few]
  }

  private static func ar(one: String, two: String, plural: String, accusative: String) -> [PluralCategory:
    String]
  {
    [.zero: plural, .one: one, .two: two, .few: plural, .many: accusative, .other: one]
  }
}
