# mplan's messages in Persian. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Persian plural categories: one (0, 1, and 0.5) and other. A noun after a number stays
# singular (3 خطا), so most counts need no selector.
# Keys follow en.ftl's order and sections; the English comments above a key say what its
# arguments hold. Formal address (شما, imperative in -ید) throughout.
#
# Glossary (the article «7 اشتباهی که در عملکرد بازاریابی مرتکب خواهید شد», where it
# has the word; the usual Persian software and marketing term where it does not):
#   goal → هدف (article: «اهداف تعیین شده»)        objective → هدف شرکت (article: «اهداف کلی شرکت»)
#   budget → بودجه (article: «بودجه‌های CMO»)       action → اقدام (article: «اقدامات»)
#   report → گزارش (article: «گزارش‌دهی»)           metric → معیار (article: «معیارهای پایه»)
#   baseline → مقدار پایه (article: «معیارهای پایه»)  target → مقدار هدف
#   spend → خرج (article: «دلار بعدی خود را در کجا خرج می‌کنند»)  cost → هزینه
#   investment → سرمایه‌گذاری (article)
#   revenue → درآمد (article)   plan → برنامه (article: «برنامه‌ریزی»)   measure → سنجیدن / اندازه‌گیری (article: «اندازه‌گیری بازاریابی»)
#   reserve → ذخیره   funnel → قیف   stage → مرحله   conversion rate → نرخ تبدیل
#   KPI → شاخص کلیدی عملکرد (KPI)   owner → مسئول   deadline → موعد   cadence/pace → آهنگ
#   actuals → داده‌های واقعی   checkpoint → نقطهٔ بازبینی   channel → کانال   campaign → کمپین
#   scenario → سناریو   uncertain value → مقدار نامطمئن   range → بازه   unit → واحد
#   top-down / bottom-up budget → بودجهٔ بالا به پایین / پایین به بالا   zero-based → صفرمبنا
#   error / warning / note / fix → خطا / هشدار / یادداشت / راه‌حل   checklist → فهرست بررسی
# No Persian article mplan follows is about SMART, so the letters are the usual Persian ones:
# S مشخص، M قابل اندازه‌گیری، A قابل دستیابی، R مرتبط، T زمان‌بندی‌شده.
# Code stays code: keywords, fields, options, codes and units in backticks are not translated.
# Write ی and ک (not Arabic ي and ك) and keep the ZWNJ of می‌شود, اندازه‌گیری, زمان‌بندی‌شده.
## Lists and counts, shared by every layer

# Text not yet converted to a message, said as written in every language: never translate it.
verbatim = {$text}

# Two items of a list; a longer list nests them: "3 errors, 2 warnings, 1 suggestion".
list-pair = {$first}، {$second}
count-errors = {$count} خطا
count-warnings = {$count} هشدار
count-suggestions = {$count} پیشنهاد
count-not-judged = ارزیابی‌نشده: {$count}
# The last of several alternatives: "md, json, csv, html or xlsx".
list-or-last = {$first} یا {$last}
# A code, keyword or file extension in a list, as written.
list-code = {$code}

## Column headings the planning layer's tables share (Sources/MPlanPlanning/Message+Headings.swift)

heading-action = اقدام
heading-actual = واقعی
heading-achieved = محقق‌شده
heading-budget = بودجه
heading-by = موعد
heading-campaign = کمپین
heading-channel = کانال
heading-checkpoint = بازبینی
heading-given = داده‌شده
heading-goal = هدف
heading-input = ورودی
heading-planned = برنامه
heading-remaining = باقی‌مانده
heading-revenue = درآمد
heading-spend = خرج
heading-target = مقدار هدف
heading-variance = انحراف

## The lexer's diagnostics (Sources/MPlanSyntax/Syntax/Lexer.swift, Lexer+Numbers.swift)

# E0316: {$budget} is the memory budget as mplan prints a size ("2 GB").
lexer-too-large-for-memory = اسکریپت بزرگ‌تر از حد حافظه ({$budget}) است: خواندن همین‌جا متوقف شد
lexer-too-large-for-memory-fix = اسکریپت را به فایل‌های کوچک‌تر تقسیم کنید، یا حد را با `--memory` بالا ببرید
lexer-minus-after-currency = علامت منفی پیش از نماد ارز می‌آید
# {$symbol} is the currency symbol as written ($, €…).
lexer-minus-after-currency-fix = بنویسید `-{$symbol}5k`، نه `{$symbol}-5k`
# {$character} is the character in backticks, or its code point (U+0009) when it is invisible.
lexer-unexpected-character = نویسهٔ غیرمنتظره {$character}
lexer-name-too-long = این نام {$length} نویسه دارد؛ نام‌ها حداکثر {$maximum} نویسه‌اند
lexer-name-too-long-fix = نام کوتاه‌تری برایش بگذارید
lexer-unterminated-string = رشتهٔ بسته‌نشده
lexer-unterminated-string-fix = رشته را با `"` در همان خط ببندید
lexer-invalid-unicode-escape = کد یونیکد نامعتبر پس از بک‌اسلش؛ آن را این‌طور بنویسید: \u{"{"}1F600{"}"}
# {$escape} is the letter written after the backslash.
lexer-unknown-escape = دنبالهٔ گریز ناشناخته `\{$escape}`
lexer-unknown-escape-fix = برای بک‌اسلش بنویسید `\\`

# {$written} is the date as written, day or month first (31/12/2027).
lexer-date-order = `{$written}` تاریخی نیست که mplan بخواند
# {$day-first} and {$month-first} are the date read day first and month first, as mplan writes dates.
lexer-date-order-both-fix = mplan تاریخ را به شکل سال-ماه-روز می‌نویسد: `{$day-first}` (اول روز)، یا `{$month-first}` (اول ماه)
lexer-date-order-day-first-fix = mplan تاریخ را به شکل سال-ماه-روز می‌نویسد: `{$day-first}` (اول روز)
lexer-date-order-month-first-fix = mplan تاریخ را به شکل سال-ماه-روز می‌نویسد: `{$month-first}` (اول ماه)
# {$year} is the year written; neither order gives a day in the calendar.
lexer-date-order-no-calendar-fix = mplan تاریخ را به شکل سال-ماه-روز می‌نویسد، و این تاریخ در هیچ تقویمی نیست: `{$year}-MM-DD`
# {$written} is `1,5%` as written; {$whole} and {$fraction} the two values it reads as (1 and 5%).
lexer-decimal-comma = `{$written}` دو مقدار خوانده می‌شود، {$whole} و {$fraction}: ویرگول مقدارها را از هم جدا می‌کند
# {$decimal} is the decimal written with a point (1.5%).
lexer-decimal-comma-fix = برای عدد اعشاری نقطه بگذارید: `{$decimal}`؛ برای نگه داشتن دو مقدار، پس از ویرگول فاصله بگذارید: `{$whole}, {$fraction}`
# {$quarter} is the quarter's number as written (Q5).
lexer-no-such-quarter = فصل {$quarter} وجود ندارد؛ فصل‌ها از Q1 تا Q4 هستند
lexer-week-two-digits = هفته‌های ISO را دورقمی بنویسید
# {$value} is the value as mplan writes it.
lexer-write-value = بنویسید {$value}
# {$year} has {$weeks} ISO weeks (52 or 53); {$week} is the week written.
lexer-no-such-week = سال {$year} هفتهٔ {$week} ندارد؛ هفته‌های ISO آن از W01 تا W{$weeks} هستند
# {$last} is the year's last week, {$next} the first week of the next year.
lexer-week-53-fix = بنویسید {$last}، یا برای هفتهٔ بعد از آن {$next}
lexer-week-range-fix = هفته‌ای از {$first} تا {$last} بنویسید
lexer-loose-date = ماه و روز تاریخ را دورقمی بنویسید
lexer-loose-date-fix = آن را به شکل YYYY-MM-DD بنویسید، مانند 2027-01-05، یا برای تفریق دو طرف `-` فاصله بگذارید
# {$month} is the month (2027-02), {$days} how many days it has, {$last} its last day.
lexer-month-days-fix = ماه {$month} دارای {$days} روز است: برای روز آخرش بنویسید {$last}
lexer-not-in-calendar-fix = به شکل YYYY-MM-DD بنویسید، با ماهی از 01 تا 12 و روزی که آن ماه دارد
# {$date} is the date as written.
lexer-not-in-calendar = {$date} تاریخی در تقویم نیست
# {$month} is the month's number as written.
lexer-no-such-month = ماه {$month} وجود ندارد؛ ماه‌ها از 01 تا 12 هستند
# One number in two digit systems: {$written} is the number as written, {$first} and {$last}
# the systems it mixes (the first may be a list of two).
lexer-mixed-digits = `{$written}` ارقام {$first} و {$last} را با هم آمیخته است
lexer-mixed-digits-fix = عدد را با یک دستگاه رقم بنویسید، مانند `{$latin}`
lexer-digits-latin = لاتین (0-9)
lexer-digits-eastern-arabic = عربی شرقی (٠-٩)
lexer-digits-persian = فارسی (۰-۹)
# Under `calendar persian`: {$date} is the date as written.
lexer-not-in-persian-calendar = {$date} تاریخی در تقویم هجری شمسی نیست
# {$month} is the Persian month's name (Shahrivar), {$year} the year, {$days} how many days
# the month has, {$last} its last day as the plan writes dates.
lexer-persian-month-days-fix = {$month} {$year} دارای {$days} روز است: برای روز آخرش بنویسید {$last}
# Esfand, whose length depends on whether the year is a leap year.
lexer-persian-esfand-leap-fix = {$month} {$year} دارای {$days} روز است ({$year} سال کبیسه است): برای روز آخرش بنویسید {$last}
lexer-persian-esfand-common-fix = {$month} {$year} دارای {$days} روز است ({$year} سال عادی است): برای روز آخرش بنویسید {$last}
persian-month-farvardin = فروردین
persian-month-ordibehesht = اردیبهشت
persian-month-khordad = خرداد
persian-month-tir = تیر
persian-month-mordad = مرداد
persian-month-shahrivar = شهریور
persian-month-mehr = مهر
persian-month-aban = آبان
persian-month-azar = آذر
persian-month-dey = دی
persian-month-bahman = بهمن
persian-month-esfand = اسفند
# {$written} is the ISO week as written (1406-W05).
lexer-persian-period = `{$written}` هفته‌ای ISO است که در سال میلادی شماره می‌خورد، و `calendar persian` این برنامه آن را نمی‌خواند
# {$first} and {$last} are the period's first and last days in the Persian calendar.
lexer-persian-period-fix = دوره را با روز اول و روز آخرش بنویسید، مانند `{$first} .. {$last}`
lexer-number-too-long = این عدد برای خواندن بیش از حد طولانی است
lexer-number-too-large = این عدد بیش از حد بزرگ است

## The interpreter's diagnostics (Sources/MPlanLanguage/Runtime/Interpreter*.swift, Natives.swift, Sampling.swift)
# W0309: {$low} and {$high} are the range's ends as mplan prints them.
range-below-zero-normal = `{$low} to {$high}` به زیر صفر می‌رسد، پس با توزیع نرمال کشیده می‌شود، نه لگ‌نرمال: 5% نمونه‌هایش زیر {$low} می‌افتند
range-reaches-zero-normal = `{$low} to {$high}` به صفر می‌رسد، پس با توزیع نرمال کشیده می‌شود، نه لگ‌نرمال: 5% نمونه‌هایش زیر {$low} می‌افتند
range-reaches-zero-fix = برای نگه داشتن نرمال بنویسید `normal(p5: {$low}, p95: {$high})`، برای مقداری که میان دو سرش می‌ماند `uniform({$low}, {$high})`، یا سر پایینی بالاتر از صفر بگذارید
# What a distribution takes, said where a function's count of arguments goes.
function-arity-its-parameters = پارامترهایش

# A call with the wrong number of arguments: {$function} is the function's name.
interpreter-argument-count = `{$function}` {$expected} آرگومان می‌گیرد، نه {$given}
# A native function that takes {$least} to {$most} arguments.
interpreter-argument-count-range = `{$function}` از {$least} تا {$most} آرگومان می‌گیرد، نه {$given}
# {$call} is the call as mplan code: "f(a, b)".
interpreter-argument-count-fix = آن را این‌طور فراخوانی کنید: `{$call}`
# {$levels} is how deep a computation may nest.
interpreter-nesting-too-deep = محاسبه بیش از {$levels} سطح تودرتو است (فراخوانی درون فراخوانی درون عبارت)
interpreter-nesting-too-deep-fix = بازگشت را کم‌عمق‌تر کنید، یا عبارت را با `let` بشکنید
# {$field} is the record's field given twice.
interpreter-record-field-twice = رکورد دو بار `{$field}` دارد
# {$type} says what the value is (a value-type- or unit- message).
interpreter-if-condition = `if` شرطی می‌خواهد که درست یا نادرست باشد، نه {$type}
interpreter-not-a-number = این مقدار تعریف‌شده‌ای ندارد
interpreter-infinite = این بی‌نهایت است
interpreter-not-finite-samples-note = برخی نمونه‌های مقدار نامطمئن عدد متناهی نیستند
interpreter-not-finite-fix = ورودی‌ها را بررسی کنید: لگاریتم 0، ریشهٔ عدد منفی، یا توانی که سرریز می‌کند
# {$operator} is `and` or `or`.
interpreter-logic-operand = `{$operator}` درست یا نادرست می‌خواهد، نه {$type}
interpreter-period-ends = `..` دو تاریخ، دو ماه یا دو فصل را به هم وصل می‌کند
interpreter-period-ends-fix = دوره را این‌طور بنویسید: `2027-01 .. 2027-12`
interpreter-period-backwards = این دوره پیش از آغازش پایان می‌یابد
# {$end} is the period's end as mplan prints it.
label-ends = پایان: {$end}
interpreter-not-a-function = {$type} را نمی‌توان مانند تابع فراخوانی کرد
# {$depth} is how deep a function may call itself.
interpreter-recursion-too-deep = `{$function}` بیش از {$depth} بار در عمق خودش را فرا می‌خواند
interpreter-recursion-too-deep-fix = مطمئن شوید بازگشت یک `if … then … else` دارد که آن را متوقف کند
label-in-this-call = در این فراخوانی `{$function}`
interpreter-value-too-deep = این مقدار فهرست‌ها یا رکوردها را بیش از {$levels} سطح تودرتو کرده است
interpreter-value-too-deep-fix = آن را تخت کنید: فهرستی از مقدارها نگه دارید، نه فهرستِ فهرستِ فهرست‌ها
# {$counts} is the count unit in the plural (visits); {$unit} the product's unit (USD·visit).
interpreter-money-times-count = پول ضرب در {$counts} می‌شود {$unit}، که به‌ندرت منظور است
# {$count} is the count unit (visit), {$price} an amount of money as mplan prints it.
interpreter-money-times-count-fix = قیمت را به ازای هر {$count} بنویسید: `{$price} per {$count}` ضرب در {$counts} پول می‌دهد
# {$steps} is the step budget as mplan prints a number.
interpreter-step-budget = این محاسبه بیش از {$steps} گام طول می‌کشد، که حد گام‌هاست
interpreter-step-budget-note = اجرا همین‌جا متوقف شد؛ هیچ چیز پس از آن اجرا نشد
interpreter-step-budget-fix = تابعی که در هر فراخوانی بیش از یک بار خودش را فرا بخواند زمانی نمایی می‌گیرد: کاری کنید یک بار خودش را فرا بخواند، یا حد را با `--steps` بالا ببرید
interpreter-interrupted = متوقف شد
interpreter-interrupted-note = هیچ چیزی که این ورودی تعریف کرد نگه داشته نشد
interpreter-checkpoint-day = نقطهٔ بازبینی یک روز یا یک ماه است
interpreter-checkpoint-day-fix = بنویسید `checkpoint 2027-03-31` یا `checkpoint 2027-03`
# {$statement} is the plan statement's keyword (compare, show, export…).
interpreter-needs-planning = `{$statement}` به لایهٔ برنامه‌ریزی نیاز دارد، که این نشست ندارد
interpreter-assert-condition = `assert` شرطی می‌خواهد که درست یا نادرست باشد، نه {$type}
# {$value} is the side's value as mplan prints it.
interpreter-assert-left-note = سمت چپ: {$value}
interpreter-assert-right-note = سمت راست: {$value}
interpreter-assertion-failed = ادعا برقرار نیست
# {$explanation} is the script's own text after `assert …,`.
interpreter-assertion-failed-because = ادعا برقرار نیست: {$explanation}
# {$currency} is the code written after `rate`.
interpreter-rate-not-currency = `{$currency}` کد ارز نیست
# {$code} is the code in capitals.
interpreter-rate-capitals-fix = کد ارز با حروف بزرگ نوشته می‌شود: `rate {$code} = …`
interpreter-rate-code-fix = یک کد سه‌حرفی بنویسید، مانند `rate EUR = 1.08 USD`
interpreter-rate-not-money = نرخ مبلغی از ارزی دیگر است، نه {$type}
interpreter-rate-invalid = نرخ یک ارز را با قیمتی مثبت به ارزی دیگر تبدیل می‌کند
# {$rate} is the new rate as an amount (1.1 USD); {$stated} the rate the earlier ones give, as a number.
interpreter-conflicting-rate = این نرخ می‌گوید 1 {$currency} = {$rate}؛ نرخ‌هایی که پیش‌تر آمده‌اند می‌گویند {$stated}
interpreter-conflicting-rate-fix = از این‌جا به بعد همین نرخ تازه به کار می‌رود؛ هر نرخ ارز را یک بار بیان کنید
interpreter-no-files = این نشست نمی‌تواند فایل بخواند
interpreter-no-stdlib = این نشست کتابخانهٔ استاندارد ندارد
# {$module} is the imported file or module; {$error} its first error.
interpreter-module-failed = بارگذاری `{$module}` شکست خورد: {$error}
# {$budget} is the memory budget as mplan prints a size; {$samples} how many samples an uncertain value holds, {$size} their size.
interpreter-memory-budget = این کار بیش از حد حافظهٔ {$budget} حافظه می‌خواهد
interpreter-memory-budget-samples = این کار بیش از حد حافظهٔ {$budget} حافظه می‌خواهد (هر مقدار نامطمئن {$samples} نمونه دارد، {$size})
interpreter-memory-budget-samples-fix = `--samples` را پایین بیاورید (پیش‌فرض 10000 است)، مقدارهای نامطمئن کمتری بسازید، یا حد را با `--memory` بالا ببرید
interpreter-memory-budget-fix = خود برنامه حافظه را گرفته است (مقدارها، رکوردها، فهرست‌ها، سناریوها و جدول‌هایش): آن را کوچک‌تر کنید، یا حد را با `--memory` بالا ببرید
# {$type} says what the value is.
natives-expected-number = عدد انتظار می‌رفت، نه {$type}
# {$unit} says what the value is (a unit- message).
natives-plain-number = این تابع عدد خالص می‌گیرد، نه {$unit}
# {$value} is the value given, as mplan prints it.
natives-round-digits = `round` شمار رقم‌ها را به شکل عددی صحیح از -15 تا 15 می‌گیرد، نه {$value}
natives-round-digits-fix = برای سنت بنویسید `round(x, 2)`، برای هزارگان `round(x, -3)`
natives-no-values = مقداری برای انتخاب نیست
natives-sum-list = `sum` فهرست می‌گیرد
# {$first} and {$second} say what the list's values are (unit- messages).
natives-list-mixes = فهرست {$first} و {$second} را با هم آمیخته است
natives-len-list = `len` فهرست یا متن می‌گیرد
natives-percentile-range = صدک میان 0% و 100% است
natives-chance-condition = `chance` شرط می‌گیرد
ranges-exact-ends = `to` دو عدد دقیق را به هم وصل می‌کند، مانند `$18k to $30k`
ranges-same-unit = هر دو سر بازه باید یک واحد داشته باشند
ranges-order = بازه از مقدار کوچک‌تر به مقدار بزرگ‌تر می‌رود
# {$value} is the amount both ends of `a to b` give.
ranges-equal-ends = دو سر بازه باید متفاوت باشند: هر دو {$value} هستند؛ برای مقدار قطعی آن را تنها بنویسید، برای برآورد دو سر متفاوت
# {$block} says what the name is already (a value-type-block message).
blocks-already-defined = `{$name}` از پیش {$block} این برنامه است
blocks-already-defined-note = اولی نگه داشته می‌شود؛ بقیهٔ برنامه همچنان بررسی می‌شود
# {$kind} is the block as a noun (a block-noun- message).
blocks-already-defined-fix = به این {$kind} نامی از آنِ خودش بدهید
# {$field} is a flag field (zero_based).
blocks-flag = `{$field}` مقدار `true` یا `false` می‌گیرد، نه {$type}
blocks-flag-fix = برای روشن کردن بنویسید `{$field}` (یا `{$field} true`)، برای خاموش کردن `{$field} false`
# {$field} is a field that takes one amount (cost, total, baseline); {$count} is how many values it was given.
blocks-one-amount = `{$field}` یک مقدار می‌گیرد، نه فهرستی از {$count} مقدار
blocks-one-amount-fix = یک مقدار بنویسید؛ عدد اعشاری با نقطه نوشته می‌شود، نه ویرگول (`12.5`، نه `12,5`)، و ویرگول مقدارها را جدا می‌کند

## Correlated inputs (Sources/MPlanLanguage/Runtime/Interpreter+Correlate.swift, Semantics/Checker+Correlate.swift)
# {$value} is what was written, as mplan prints it.
correlation-range = همبستگی عددی خالص از -1 تا 1 است، نه {$value}
correlation-range-fix = یک همبستگی رتبه‌ای بنویسید، مانند `0.6` (یا `-0.3` برای ورودی‌هایی که از هم دور می‌شوند)
# {$count} is how many inputs the `correlate` names.
correlation-shape = {$count} ورودی ماتریس همبستگی {$count} × {$count} می‌خواهند: فهرستی از {$count} سطر، هر کدام با {$count} عدد
correlation-shape-fix = برای دو ورودی یک عدد بنویسید (`correlate a, b by 0.6`)، و برای بیشتر یک ماتریس: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlation-diagonal = قطر ماتریس همبستگی 1 است: `{$name}` دقیقاً با خودش حرکت می‌کند
correlation-diagonal-fix = روی قطر 1 بنویسید
correlation-asymmetric = ماتریس `{$first}` را با `{$second}` از یک سو با {$one} و از سوی دیگر با {$other} همبسته می‌کند
correlation-cannot-hold = این همبستگی‌ها با هم ممکن نیستند: هیچ ورودی‌هایی نمی‌توانند این‌گونه با هم حرکت کنند (ماتریس مثبت نیمه‌معین نیست)
correlation-cannot-hold-fix = نزدیک‌ترین همبستگی‌هایی که ممکن‌اند: {$pairs}
correlate-not-uncertain = `{$name}` یک عدد است ({$value})، نه یک تخمین: فقط ورودی‌های نامطمئن می‌توانند با هم حرکت کنند
correlate-not-a-value = `{$name}` مقداری نیست که با `let` تعریف شده باشد: فقط ورودی‌های نامطمئن می‌توانند با هم حرکت کنند
correlate-not-uncertain-fix = `{$name}` را به شکل بازه (`a to b`) یا توزیع تعریف کنید، یا آن را از `correlate` بیرون بگذارید
# {$others} lists the inputs of the other `correlate`, {$place} where it stands.
correlate-twice = `{$name}` از پیش با {$others} حرکت می‌کند (`correlate` در {$place}): هر ورودی به یک `correlate` تعلق دارد
correlate-twice-fix = همهٔ ورودی‌هایی را که با هم حرکت می‌کنند در یک `correlate` با یک ماتریس نام ببرید: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlate-input-twice = `{$name}` در این `correlate` دو بار نام برده شده است
correlate-input-twice-fix = هر ورودی را یک بار نام ببرید

## Sensitivity (Sources/MPlanPlanning/PlanAnalysis+Sensitivity.swift)
# {$result} is the result as written, {$value} its value as printed.
sensitivity-exact = `{$result}` یک عدد است ({$value}): هیچ ورودی نامطمئنی آن را تغییر نمی‌دهد
sensitivity-exact-fix = آن را دربارهٔ نتیجه‌ای بپرسید که از بازه‌ها یا توزیع‌ها به دست می‌آید، مانند `sensitivity spend`
sensitivity-heading-correlation = همبستگی رتبه‌ای
sensitivity-heading-share = سهم از واریانس
# {$samples} is how many samples each value holds.
sensitivity-headline = {$result} = {$value}: همبستگی رتبه‌ای هر ورودی نامطمئن با آن در همهٔ {$samples} نمونه، و سهمش از واریانس (r² / Σr²)
sensitivity-no-inputs = هیچ ورودی نامطمئنی که با `let` تعریف شده باشد آن را تغییر نمی‌دهد

## The parser's diagnostics (Sources/MPlanSyntax/Syntax/Parser*.swift)

# How a token reads in "expected …, found …": {$code} is the token as written.
token-number = یک عدد
token-percent = یک درصد
token-money = مبلغی پول
token-date = یک تاریخ
token-month = یک ماه
token-quarter = یک فصل
token-week = یک هفته
token-string = یک رشته
token-code = `{$code}`
token-line-end = پایان خط
token-file-end = پایان فایل
parser-item-after-comma = پس از `,` مورد دیگری انتظار می‌رفت
parser-item-after-comma-fix = `,` پایانی را بردارید
parser-comma-before-statement = این خط با `,` تمام می‌شود، پس دستور ادامه دارد، اما خط بعد دستور دیگری را آغاز می‌کند
parser-comma-before-statement-fix = `,` پایان خط را بردارید
# {$name} is a word that is a statement on its own (`check`).
parser-statement-word-as-name = `{$name}` نمی‌تواند نام باشد: خطی که فقط `{$name}` دارد بررسی‌های برنامه را اجرا می‌کند
# {$name} is the keyword or word written where a name goes.
parser-pick-another-name = نام دیگری برگزینید، مانند `{$name}_`
# {$bracket} is the bracket left open; in the fix, the one that closes it.
parser-never-closed = این `{$bracket}` هرگز بسته نمی‌شود
parser-never-closed-fix = در جایی که عبارت تمام می‌شود `{$bracket}` بگذارید
# {$symbol} is the symbol expected, {$context} where (a parser-context- message), {$found} the token found instead (a token- message).
parser-expected-symbol = `{$symbol}` {$context} انتظار می‌رفت، اما {$found} آمد
parser-expected-symbol-fix = `{$symbol}` را {$context} بنویسید
parser-one-equals-fix = این‌جا یک `=` بنویسید: `==` مقایسه می‌کند
# {$keyword} is the keyword written where a name goes; {$context} says where.
parser-keyword-as-name = `{$keyword}` کلیدواژه است و نمی‌تواند {$context} نام باشد
parser-expected-name = {$context} نامی انتظار می‌رفت، اما {$found} آمد
parser-expected-name-fix = نامی مانند `total` بنویسید: حرف، رقم و `_`، که با رقم آغاز نشود
parser-expected-statement-end = پایان دستور انتظار می‌رفت، اما {$found} آمد
parser-brace-closes-nothing = این `{"}"}` چیزی را نمی‌بندد
parser-brace-closes-nothing-fix = آن را بردارید، یا `{"{"}`ی را که قرار بود ببندد پیدا کنید
# {$budget} is the memory budget as mplan prints a size ("2 GB"); {$statements} how many statements were read.
parser-too-large-for-memory = اسکریپت بزرگ‌تر از حد حافظه ({$budget}) است: تجزیه همین‌جا متوقف شد، پس از {$statements} دستور
# The parser-context- messages say where a token was expected, after "expected `=`" or "expected a name".
# {$code} is the keyword or symbol just read.
parser-context-after = پس از `{$code}`
# {$name} is the name being defined.
parser-context-let-name = پس از نام در `let {$name}`
parser-misplaced-assignment = `=` فقط در `let` و در سناریوها مقدار می‌دهد
# {$unit} is the unit being declared.
parser-context-unit-plural = پس از `unit {$unit},` (جمع آن، مانند `unit deal, deals`)
parser-context-rate-currency = پس از `rate` (کد ارزی مانند EUR)
# {$currency} is the currency code written after `rate`.
parser-context-rate-value = در `rate {$currency} = 1.08 USD`
parser-import-file = پس از `import` نام فایلی در گیومه انتظار می‌رفت
parser-import-file-fix = بنویسید `import "other.mplan"`
parser-context-use-module = پس از `use` (یک ماژول کتابخانهٔ استاندارد، مانند `kpi`)
parser-expected-statement = دستوری انتظار می‌رفت
parser-context-function-name = پس از نام تابع
parser-context-parameter = برای یک پارامتر
# `unit клиент, few клиента, many клиентов`: {$unit} is the unit, {$category} a plural category.
parser-context-unit-category = پس از `unit {$unit},` (یک مقولهٔ جمع: zero، one، two، few، many یا other)
parser-not-a-plural-category = `{$word}` مقولهٔ جمع نیست
parser-not-a-plural-category-fix = هر شکل را پس از مقوله‌اش بنویسید: zero، one، two، few، many یا other (`few клиента`)
parser-context-unit-form = پس از `{$category}` (شکل واحد برای آن مقوله)
# A call such as `normal(p5: $8k, $12k)`: a value without a name after a named one.
parser-unnamed-after-named = در فراخوانی، مقدار بی‌نام نمی‌تواند پس از مقدار نام‌دار بیاید
parser-named-from-here = از این‌جا به بعد نام‌دار
parser-unnamed-after-named-fix = مقدارهای بی‌نام را اول بگذارید، مانند `mixture([a, b], weights: [30%, 70%])`
parser-context-argument-name = برای نام آرگومان
# {$name} is the argument's name, as in `p5` of `normal(p5: …)`.
parser-context-after-argument-name = پس از نام آرگومان `{$name}`
parser-context-parameters = پس از پارامترها
# {$function} is the function's name.
parser-context-function-body = پیش از بدنهٔ `fn {$function}`
parser-expected-declaration = اعلانی انتظار می‌رفت
parser-context-served-goal = پس از `=>` (هدفی که این اقدام در خدمت آن است)
# {$kind} is the block's keyword (goal, budget, action…).
parser-block-not-closed = این بلوک `{$kind}` بسته نشده است
parser-block-not-closed-fix = پس از آخرین فیلدش `{"}"}` بگذارید
# {$found} is the token that starts a statement (a token- message); {$line} is the line where the block opened.
parser-statement-in-open-block = {$found} دستور تازه‌ای را آغاز می‌کند، اما بلوکی که در خط {$line} باز شد بسته نشده است
# {$fix} is the fix-it for the unclosed block; {$line} the line of the statement that follows it.
parser-fix-before-line = {$fix}، پیش از خط {$line}
parser-context-field = برای یک فیلد
# {$sign} is the `=` or `:` written after a field's name.
parser-field-sign = فیلد مقدارش را بدون `{$sign}` می‌گیرد
# {$field} is the field's name; {$found} what follows its value.
parser-field-end = پایان فیلد `{$field}` انتظار می‌رفت، اما {$found} آمد
parser-stage-end = پایان مرحله انتظار می‌رفت، اما {$found} آمد
parser-stage-end-fix = هر مرحله را در خطی جداگانه بگذارید
parser-context-funnel-open = برای باز کردن مرحله‌های قیف
parser-funnel-not-closed = این قیف بسته نشده است
parser-funnel-not-closed-fix = پس از آخرین مرحله‌اش `{"}"}` بگذارید
parser-context-stage = برای یک مرحلهٔ قیف، مانند `visit -> mql : 2%`
parser-context-stage-arrow = میان دو مرحله، مانند `visit -> mql : 2%`
parser-context-stage-rate = پیش از نرخ تبدیل، مانند `visit -> mql : 2%`
parser-context-extends = پس از `extends` (سناریویی که این یکی بر آن بنا می‌شود)
parser-context-scenario-open = برای باز کردن تغییرهای سناریو
parser-scenario-not-closed = این سناریو بسته نشده است
parser-scenario-not-closed-fix = پس از آخرین تغییرش `{"}"}` بگذارید
parser-context-scenario-change = در یک تغییر سناریو، مانند `inbound.visit->mql = 1.5%`
parser-change-end = پایان تغییر انتظار می‌رفت، اما {$found} آمد
# {$rest} is the rest of the line after the change, as written.
parser-change-end-fix = سناریو در هر خط یک تغییر می‌گیرد: `{$rest}` را در خطی جداگانه بگذارید
parser-context-compared-scenario = برای یک سناریو (`base` همان برنامهٔ نوشته‌شده است)
parser-compare-on = `on` و آنچه باید مقایسه شود انتظار می‌رفت
parser-compare-on-fix = بنویسید `compare base, cautious on need.visit`
parser-show-what = آنچه باید نشان داده شود انتظار می‌رفت
parser-show-what-fix = بنویسید `show NAME`، `show goals` یا `show actions by owner`
parser-context-export = پس از `export` (`plan`، یا نام یک هدف، بودجه، قیف یا مقدار)
# {$target} is what is exported (`plan`, a name).
parser-export-to = پس از `export {$target}` واژهٔ `to` و نام فایل انتظار می‌رفت
parser-export-file = پس از `export {$target} to` نام فایلی در گیومه انتظار می‌رفت
# {$formats} lists the file extensions mplan exports to (list-or-last).
parser-export-fix = بنویسید `export {$target} to "plan.html"` ({$formats})
# {$target} is a funnel rate or field as mplan code, {$value} the value written after `=`.
parser-assignment-scenario-fix = برای آزمودن مقداری دیگر بنویسید `scenario try_it {"{"} {$target} = {$value} {"}"}`، سپس `try_it.NAME` یا `compare base, try_it on …` را بخوانید؛ یا قیف یا بلوک را دوباره بنویسید
# {$name} is the name assigned to.
parser-assignment-let-fix = بنویسید `let {$name} = {$value}`، یا برای مقایسه `==`
parser-assignment-fix = بنویسید `let NAME = …`، یا برای مقایسه `==`
parser-leftover-assign-fix = برای مقایسهٔ دو مقدار بنویسید `==`؛ `=` فقط در `let NAME = …` به نام مقدار می‌دهد
# {$bracket} is the closing bracket left over.
parser-leftover-closer-fix = این `{$bracket}` چیزی را نمی‌بندد: آن را بردارید، یا کمانکی را که می‌بندد اضافه کنید
parser-leftover-colon-fix = `:` جایش در رکورد (`{"{"}visits: 10{"}"}`) یا در مرحلهٔ قیف (`visit -> mql : 2%`) است
parser-leftover-statement-fix = هر دستور را در خط خودش بگذارید، یا دستورها را با `;` جدا کنید
# {$before} and {$after} are the two values written side by side, as written.
parser-leftover-unit-after-money-fix = پس از مبلغ پول واحدی نمی‌آید: برای قیمت به ازای هر {$after} بنویسید `{$before} per {$after}`
parser-leftover-missing-comma-fix = مقدارها را با ویرگول جدا کنید: `{$before}, {$after}`
parser-leftover-missing-operator-fix = میان `{$before}` و `{$after}` عملگری کم است: `+`، `-`، `*` یا `/` بنویسید، یا آن‌ها را در خط‌های جدا بگذارید
# Where a value is missing at the very start of an expression.
parser-missing-value-unfinished-at-start-fix = عبارت ناتمام است: آن را با یک مقدار آغاز کنید
parser-missing-value-before-at-start-fix = پیش از `{$symbol}` مقداری بنویسید
# {$before} is what was written last (a token-code message, or parser-the-start).
parser-missing-value-line-above-fix = خط بالا پس از {$before} ناتمام مانده است: مقدار را آن‌جا بنویسید، یا {$before} را بردارید
parser-missing-value-unfinished-fix = عبارت ناتمام است: پس از {$before} مقداری بنویسید
# {$symbol} is the bracket or comma found where a value should be.
parser-missing-value-before-fix = پیش از `{$symbol}` مقداری بنویسید، یا {$before} را بردارید
parser-missing-value-assign-fix = مقدار را پس از نام بنویسید: `let NAME = VALUE`؛ برای مقایسه، `==` میان دو مقدار می‌آید
parser-missing-value-two-operators-fix = دو عملگر پشت سر هم: `{$symbol}` را بردارید یا پیش از آن مقداری بنویسید
parser-missing-value-keyword-fix = `{$keyword}` کلیدواژه است، نه مقدار: این‌جا عدد، نام یا رشته بنویسید
parser-missing-value-fix = عدد، نام، رشته یا عبارتی درون کمانک بنویسید
parser-field-leftover-fix = هر فیلد را در خط خودش بگذارید
# {$field} is the field's name; {$before} and {$after} its two values as written.
parser-field-missing-comma-fix = مقدارهای `{$field}` را با ویرگول جدا کنید: `{$before}, {$after}`
# {$levels} is how deep an expression may nest.
parser-nested-too-deeply = این عبارت بیش از حد تودرتوست (بیش از {$levels} سطح)
parser-split-into-lets-fix = آن را به چند خط `let` بشکنید
parser-if-then = پس از شرط `if` واژهٔ `then` انتظار می‌رفت
parser-if-then-compare-fix = برای مقایسه بنویسید `==`: `if a == b then … else …`
parser-if-then-fix = بنویسید `if CONDITION then VALUE else VALUE`
parser-if-else = `else` انتظار می‌رفت: `if` باید در هر دو حالت مقداری بدهد
parser-if-else-fix = `else …` را اضافه کنید
parser-too-many-nots = `not`های پشت سر هم بیش از حدند
parser-too-many-signs = علامت‌های پشت سر هم بیش از حدند
parser-too-many-powers = `^`های پشت سر هم بیش از حدند
parser-context-close-call = برای بستن فراخوانی
parser-per-count-unit = پس از عددی که به دنبال `per` می‌آید واحدی انتظار می‌رفت
parser-per-count-unit-fix = بنویسید به ازای چه، مانند `$5 per 1,000 impressions`
# {$keyword} is `as` or `per`; {$found} the token found instead of a unit.
parser-expected-unit = پس از `{$keyword}` واحدی انتظار می‌رفت، اما {$found} آمد
parser-expected-unit-fix = واحدی مانند `visit`، `customer`، `USD` یا `month` بنویسید
parser-context-close-bracket = برای بستن `(`
# {$found} is the token found where a value should start (a token- message).
parser-expected-value = مقداری انتظار می‌رفت، اما {$found} آمد
parser-continue-line-fix = این خط بخشی از خط بالا نیست؛ عملگر را در پایان خط بالا بگذارید
parser-context-close-list = برای بستن فهرست
parser-context-record-field = برای فیلدی از رکورد، مانند `{"{"}visits: 10, cost: $5{"}"}`
# {$field} is the record field's name.
parser-context-record-field-name = پس از نام فیلد `{$field}`
parser-context-close-record = برای بستن رکورد
parser-too-long-or-deep = این عبارت بیش از حد طولانی یا تودرتوست (بیش از {$levels} سطح)
parser-solve-for = `for` و نتیجه‌ای که باید به آن رسید انتظار می‌رفت
# {$unknown} is the value to solve for, as mplan code.
parser-solve-for-fix = بنویسید `solve {$unknown} for spend = $15k` (یا `<=`، `>=`)
parser-solve-condition = `solve` نتیجه‌ای و مقداری که باید به آن برسد می‌خواهد، که با `=`، `<=` یا `>=` به هم وصل شوند
parser-solve-condition-fix = بنویسید `solve {$unknown} for spend = $15k`
parser-table-over = `over` و ورودی‌ای که باید تغییر کند انتظار می‌رفت
parser-table-over-fix = بنویسید `table spend over cpc from $0.50 per visit to $2 per visit step $0.25 per visit`
# {$input} is the table's input, as mplan code.
parser-table-input-values = مقدارهای `{$input}` انتظار می‌رفت: `from A to B step S` یا `in {"["}A, B, C]`
parser-table-input-values-fix = بنویسید `{$input} from 1% to 3% step 0.5%` یا `{$input} in {"["}1%, 2%, 3%]`
parser-table-step = `step` و فاصلهٔ میان مقدارها انتظار می‌رفت
parser-table-step-fix = پس از بازه `step …` را اضافه کنید
parser-tornado-over = `over` و ورودی‌هایی که باید تغییر کنند انتظار می‌رفت
parser-tornado-over-fix = بنویسید `tornado spend over cpc, deal_size by 10%`
parser-correlate-two = `correlate` دست‌کم دو ورودی می‌گیرد که با هم حرکت می‌کنند
parser-correlate-by = پس از ورودی‌ها `by` و همبستگی انتظار می‌رفت
parser-correlate-fix = بنویسید `correlate cpc, deal_size by 0.6`، یا برای بیش از دو ورودی یک ماتریس: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
# {$code} is the code before the range, ending in `from`.
parser-range-ends = پس از `{$code}` عبارت `A to B` انتظار می‌رفت
parser-range-ends-fix = هر دو سر را بنویسید، مانند `from 1% to 3%`
# {$operator} is the arithmetic next to `to`.
parser-ambiguous-range = `to` کنار `{$operator}` بدون کمانک آمده است: روشن نیست کدام بخش بازه است
# {$range-first} is the code with the range bracketed, {$range} the range, {$ends-first} the code with each end bracketed.
parser-ambiguous-range-fix = برای حساب روی بازهٔ `{$range}` بنویسید `{$range-first}`، یا برای بازه‌ای میان دو سر محاسبه‌شده `{$ends-first}`
# The diagnostic that stands for those a stage did not keep: {$count} more, {$kept} kept.
diagnostics-omitted = … و {$count} خطای دیگر مانند خطاهای بالا؛ فقط {$kept} خطای اول نگه داشته می‌شوند
diagnostics-omitted-fix = خطاهای اول را رفع کنید: بقیه اغلب همراه آن‌ها رفع می‌شوند
# The label at the `{"{"}` of a block left open.
parser-block-opened-here = این بلوک این‌جا باز شد

## Reading a script (Sources/MPlanSyntax/Diagnostics/SourceLoader.swift)

# {$path} is the file as named; {$reason} the system's reason (loader-no-such-file, or the system's own words).
loader-cannot-read = `{$path}` خوانده نمی‌شود: {$reason}
loader-no-such-file = چنین فایلی نیست
# {$kind} says what the path is instead (a loader-kind- message).
loader-not-a-script = `{$path}` {$kind} است، نه اسکریپت
loader-kind-folder = یک پوشه
loader-kind-pipe = یک لولهٔ نام‌دار (FIFO)
loader-kind-device = یک دستگاه
loader-kind-socket = یک سوکت
loader-folder-fix = نام یک فایل `.mplan` درون آن را بدهید
loader-not-a-file-fix = برنامه را در فایلی ذخیره کنید و نامش را بدهید، یا آن را با لوله بفرستید: `mplan run -`
# {$size} is the largest script mplan reads ("64 MB").
loader-too-large = `{$path}` بزرگ‌تر از {$size} است؛ این برنامه نیست
loader-binary = `{$path}` فایل دودویی است، نه اسکریپت
# {$offset} is the byte's offset from the start of the file.
loader-binary-note = در موقعیت {$offset} یک بایت NUL دارد
loader-not-utf8 = `{$path}` متن UTF-8 نیست
loader-not-utf8-note = نخستین بایتی که رمزگشایی نمی‌شود در موقعیت {$offset} است
loader-not-utf8-fix = فایل را با رمزگذاری UTF-8 ذخیره کنید

## mplan fmt's refusal (Sources/MPlanSyntax/Syntax/Formatter.swift)

# {$reason} says why (a format-reason- message).
format-would-change = `mplan fmt` نتوانست این فایل را بدون تغییر دادنش مرتب کند ({$reason})؛ فایل همان‌طور که بود ماند
format-would-change-fix = این یک اشکال در `mplan fmt` است: لطفاً آن را همراه فایل گزارش کنید
format-reason-whole-file = یکجا که خوانده شود معنای دیگری دارد
format-reason-no-parse = نتیجه تجزیه نمی‌شد
# {$token} is the number of the first token that differs, counted from 1.
format-reason-token = نشانهٔ شمارهٔ {$token} معنای دیگری پیدا می‌کرد

## Words every layer's diagnostics share (Sources/MPlanSyntax/Diagnostics/Suggestions.swift)

# {$name} is the closest known name to the one written.
suggestion-did-you-mean = منظورتان `{$name}` بود؟
# Labels at the first of two definitions.
label-first-defined-here = نخست این‌جا تعریف شد
label-first-given-here = نخست این‌جا داده شد
label-defined-here = این‌جا تعریف شد
# {$code} is mplan code to write instead.
fix-write-code = بنویسید `{$code}`
# {$place} is a place in a script: file:line:column.
note-at = در {$place}

## The checker's diagnostics (Sources/MPlanLanguage/Semantics/Checker*.swift)

# {$block} is the block that has a `=>`, as a value-type- message ("a goal").
checker-arrow-only-on-actions = فقط اقدام با `=>` در خدمت هدف‌هاست؛ {$block} نمی‌تواند
# {$names} are the names written after `=>`, as written.
checker-arrow-goal-fix = هدف، هدف شرکتی را که از آن پشتیبانی می‌کند با یک فیلد نام می‌برد: `supports {$names}`
# {$budget} is the budget's name.
checker-arrow-budget-fix = اقدام می‌گوید کدام بودجه هزینه‌اش را می‌پردازد: `from {$budget}` در اقدام
checker-arrow-report-fix = گزارش آنچه را می‌سنجد با یک فیلد فهرست می‌کند: `measures {$names}`
checker-arrow-remove-fix = `=> {$names}` را بردارید
# {$request} is the complete `show` request, {$extra} the words after it.
checker-show-extra-words = `show {$request}` واژهٔ دیگری نمی‌گیرد؛ `{$extra}` نادیده گرفته می‌شد
# {$list} is the list shown (goals, actions…).
checker-show-extra-words-list-fix = آن‌ها را بردارید؛ برای گروه‌بندی فهرست بنویسید `show {$list} by FIELD`
checker-show-extra-words-fix = هر بار یک چیز را نشان دهید: `show {$request}`
checker-unused-value = مقدار این خط به کار نمی‌رود
checker-unused-value-minus-note = دستور در پایان خطش تمام می‌شود، پس این `-` دستور تازه‌ای را آغاز می‌کند
checker-unused-value-call-note = تابع‌ها فقط مقداری را محاسبه می‌کنند؛ فراخوانی تابع در خطی تنها چیزی را تغییر نمی‌دهد
checker-unused-value-fix = آن را با `let NAME = …` به نامی ببندید، یا با `print …` نشانش دهید
# {$depth} is how many files deep imports may nest.
checker-imports-too-deep = این‌جا importها بیش از {$depth} فایل در عمق تودرتو هستند
checker-imports-too-deep-fix = فایل‌های مشترک را از یک برنامهٔ اصلی import کنید، نه از یکدیگر
# {$module} is the file imported; {$chain} the files of the loop, joined by →.
checker-import-cycle = import کردن `{$module}` در این‌جا حلقه می‌سازد: {$chain}
checker-import-cycle-fix = آنچه هر دو فایل لازم دارند را به فایل سومی ببرید
# {$name} is the data table's name.
checker-table-read-too-early = `{$name}` جدول داده است که پس از اجرای بقیهٔ برنامه محاسبه می‌شود، پس نمی‌تواند بخشی از برنامه باشد
checker-table-read-too-early-fix = آن را با `print {$name}`، `show {$name}`، `export {$name} to "{$name}.csv"` یا `compare base, … on {$name}` بخوانید
# {$name} is the name defined twice.
checker-already-defined = `{$name}` از پیش تعریف شده است
checker-already-defined-fix = نام دیگری به آن بدهید، یا برای آزمودن مقداری دیگر از سناریو استفاده کنید
checker-parameter-twice = پارامتر `{$parameter}` دو بار آمده است
# {$kind} is the kind of the unit that already has the name: currency, count, time or percent.
checker-already-a-unit-of-kind = `{$unit}` از پیش یک واحد {$kind ->
        [currency] ارز
        [time] زمان
        [percent] درصد
       *[count] شمارش
    } است
checker-currency-is-unit = `{$currency}` از پیش یک واحد است ({$kind ->
        [currency] ارز
        [time] زمان
        [percent] درصد
       *[count] شمارش
    })، پس نمی‌تواند ارز باشد
checker-currency-is-unit-fix = به ارز خود کدی بدهید که واحد نباشد
checker-scenario-already-defined = سناریوی `{$name}` از پیش تعریف شده است
checker-scenario-already-defined-fix = به سناریوی دوم نام دیگری بدهید، یا هر دو تغییر را در یک سناریو بگذارید
checker-name-with-spaces = نامی که فاصله دارد گیومه می‌خواهد
checker-budget-no-deadline-fix = بودجه موعد ندارد: بنویسید چه کسی آن را کنترل می‌کند، مانند `control monthly by "CMO"`
# {$kind} is the block's keyword, {$field} the field written.
checker-no-such-field = `{$kind}` فیلدی به نام `{$field}` ندارد
# {$fields} lists the block's fields, each a token-code message.
checker-fields-are = فیلدهایش این‌ها هستند: {$fields}
checker-field-twice = `{$field}` دو بار داده شده است
checker-unknown-name = نام ناشناختهٔ `{$name}`
# {$name} is the name of a value that is already a unit's; {$counts} what `2 {$name}` counts (the unit's plural).
checker-name-is-currency = `{$name}` از پیش یک ارز است
checker-name-is-time-unit = `{$name}` از پیش یک واحد زمان است
checker-name-is-unit = `{$name}` از پیش یک واحد است (`2 {$name}` {$counts} را می‌شمارد)
checker-name-is-unit-fix = به مقدار نامی بدهید که واحد نباشد، مانند `{$name}_value`
# {$unit} is the unit declared with a value's name.
checker-unit-is-value = `{$unit}` از پیش نام یک مقدار است، پس نمی‌تواند واحد هم باشد
checker-unit-is-value-fix = نام مقدار را عوض کنید، یا واحد را به نام دیگری بخوانید

## Units in messages (Sources/MPlanLanguage/Semantics/Units.swift)

unit-plain-number = یک عدد خالص
# {$currency} is the currency code (USD).
unit-money = پول ({$currency})
unit-duration = یک مدت زمان
# {$unit} is the unit as mplan writes it: `visits`, `USD per visit`.
unit-as-written = {$unit}

## What a value is, in a message (Sources/MPlanLanguage/Runtime/Value.swift)

value-type-percentage = یک درصد
value-type-points = واحد درصد
value-type-text = متن
value-type-bool = درست یا نادرست
value-type-period = یک دوره
value-type-date = یک تاریخ
value-type-list = یک فهرست
value-type-record = یک رکورد
value-type-function = یک تابع
value-type-funnel = یک قیف
# What a value that is a plan block is, one message per kind, with its article.
value-type-plan = یک برنامه
value-type-objective = یک هدف شرکت
value-type-goal = یک هدف
value-type-budget = یک بودجه
value-type-action = یک اقدام
value-type-report = یک گزارش
value-type-actuals = یک بلوک داده‌های واقعی
value-type-channel = یک کانال
block-noun-plan = برنامه
block-noun-objective = هدف شرکت
block-noun-goal = هدف
block-noun-budget = بودجه
block-noun-action = اقدام
block-noun-report = گزارش
block-noun-actuals = بلوک داده‌های واقعی
block-noun-channel = کانال
value-type-word = یک واژه
value-type-data-table = یک جدول داده

## Arithmetic and units (Sources/MPlanLanguage/Runtime/Arithmetic*.swift)

arithmetic-unit-after-non-number = واحدی پس از یک عدد خالص آمده است
# {$unit} is the unit as written.
units-unknown-unit = واحد ناشناختهٔ `{$unit}`
# {$code} is the currency code in capitals.
units-currency-capitals-fix = کد ارز با حروف بزرگ نوشته می‌شود: منظورتان `{$code}` بود؟
units-not-iso-fix = `{$unit}` کد ارز ISO 4217 نیست؛ اگر ارز خودتان است، نخست نرخش را بیان کنید، مانند `rate {$unit} = 1.08 USD`
# {$singular} is a unit the plan declared without a plural; {$unit} the plural written.
units-no-plural-fix = `{$singular}` بدون شکل جمع اعلان شده است: بنویسید `{$singular}`، یا اعلان کنید `unit {$singular}, {$unit}`
# {$singular} is the unit written, without a plural -s.
units-declare-fix = نخست آن را با `unit {$singular}` اعلان کنید
# {$type} says what the value is (a value-type- or unit- message).
arithmetic-plus-sign = علامت `+` عدد می‌خواهد، نه {$type}
arithmetic-negate = {$type} را نمی‌توان منفی کرد
arithmetic-not = `not` درست یا نادرست می‌خواهد، نه {$type}
# {$operator} is the operator; {$left} and {$right} say what its operands are.
arithmetic-cannot-apply = `{$operator}` را نمی‌توان روی {$left} و {$right} به کار برد
arithmetic-data-table-fix = جدول داده خوانده می‌شود، نه این‌که با آن محاسبه شود: آن را `print` کنید، با `compare … on` مقایسه کنید، `export` کنید، یا نتیجه را مستقیم برای یک ورودی محاسبه کنید
arithmetic-division-by-zero = تقسیم بر صفر
# {$value} is a value as mplan prints it.
label-this-is = این {$value} است
label-dividing = تقسیم {$value}
arithmetic-exponent-plain = نما عدد خالص است
# {$unit} says what the value raised is (a unit- message).
arithmetic-whole-power = {$unit} را فقط می‌توان به توان صحیح رساند
arithmetic-power-range = واحد را می‌توان به توانی میان -64 و 64 رساند
arithmetic-uncertain-comparison = مقدار نامطمئن برای `{$operator}` پاسخ یگانه‌ای ندارد
arithmetic-uncertain-comparison-fix = بپرسید چقدر محتمل است: `chance(x {$operator} y)`
arithmetic-logic-on-numbers = `{$operator}` درست یا نادرست می‌خواهد، نه عدد
# {$verb} is add or subtract.
arithmetic-percentage-and-number = درصد و عدد خالص را نمی‌توان {$verb ->
        [add] با هم جمع کرد
       *[subtract] از هم کم کرد
    }
# {$percent} is the plain number written as a percentage.
arithmetic-percentage-points-fix = برای {$verb ->
        [add] جمع کردن
       *[subtract] کم کردن
    } واحد درصد، عدد را به شکل درصد بنویسید (`{$percent}`)، یا برای مقیاس دادن ضرب کنید
arithmetic-percentage-growth-fix = عدد را به شکل درصد بنویسید (`{$percent}`)؛ برای افزایش مقداری به اندازهٔ یک درصد، آن را در `(100% + …)` ضرب کنید
# {$verb} is add, subtract or compare; {$to} and {$from} are currency codes.
arithmetic-missing-rate = {$to} و {$from} را بدون تبدیل نمی‌توان {$verb ->
        [add] با هم جمع کرد
        [subtract] از هم کم کرد
       *[compare] مقایسه کرد
    }
arithmetic-convert-fix = نخست یک طرف را تبدیل کنید: `… as {$to}`
arithmetic-state-rate-fix = نخست نرخی بیان کنید، مانند `rate {$to} = 1.08 {$from}`، سپس با `as {$from}` تبدیل کنید
# {$left} and {$right} say what the two sides are (unit- or value-type- messages).
arithmetic-unit-mismatch = {$left} و {$right} را نمی‌توان {$verb ->
        [add] با هم جمع کرد
        [subtract] از هم کم کرد
       *[compare] مقایسه کرد
    }
arithmetic-funnel-rate-fix = نرخ قیف یک مرحله به ازای مرحلهٔ دیگر است؛ آن را با `(… as %)` به شکل درصد خالص بخوانید
arithmetic-give-units-fix = به هر دو طرف واحدی بدهید، مانند `10 visit` یا `$10`
# {$value} is the amount, {$percent} the share, {$factor} 100% plus or minus it.
arithmetic-grow-fix = برای افزایش {$value} به اندازهٔ {$percent} ضرب کنید: `* {$factor}` یا `* (100% + {$percent})`
arithmetic-cut-fix = برای کاهش {$value} به اندازهٔ {$percent} ضرب کنید: `* {$factor}` یا `* (100% - {$percent})`
# {$days} is a whole number of days.
duration-whole-days-fix = روزهای کامل بشمارید، مانند `{$days} days`
# {$below} and {$above} are the whole months either side of the duration; {$days} the duration in days.
duration-whole-months-fix = ماه یک ماه تقویمی است، پس ماه‌های کامل بشمارید (`{$below} months` یا `{$above} months`) یا روزها را (`{$days} days`)
# {$unit} says what the value added to a date is (a unit- message).
dates-move-by-duration = تاریخ به اندازهٔ یک مدت زمان جابه‌جا می‌شود، نه {$unit}
dates-move-by-duration-fix = مدتی مانند `6 months` یا `2 weeks` بنویسید
dates-move-too-far = این کار تاریخ را بیش از 10,000 سال جابه‌جا می‌کند
# {$duration} is the duration as mplan prints it.
dates-move-whole = تاریخ به اندازهٔ ماه‌های تقویمی کامل یا روزهای کامل جابه‌جا می‌شود، نه {$duration}
dates-operator = تاریخ‌ها را می‌توان از هم کم کرد و مقایسه کرد، نه با `{$operator}` ترکیب کرد
conversion-not-a-number = فقط عدد با `as` تبدیل می‌شود؛ این {$type} است
conversion-percentage = فقط عدد خالص را می‌توان به شکل درصد نشان داد
# {$from} and {$to} are currency codes.
conversion-no-rate = هیچ نرخی {$from} را به {$to} تبدیل نمی‌کند
conversion-no-rate-fix = نخست یک نرخ بیان کنید: `rate {$from} = 1.08 {$to}`
# {$unit} says what the value is; {$target} is the unit written after `as`.
conversion-unit-mismatch = {$unit} را نمی‌توان به `{$target}` تبدیل کرد
label-a-different-unit = واحدی دیگر
# {$type} says what the value is (a value-type- or unit- message); {$member} the member written.
members-unknown = {$type} عضوی به نام `{$member}` ندارد
# {$members} lists the value's members, each a token-code message.
members-it-has-fix = عضوهایش: {$members}
members-arrow-not-funnel = `->` نرخ قیف را می‌خواند؛ این {$type} است

## Funnels (Sources/MPlanLanguage/Runtime/Funnel.swift, Interpreter+Funnels.swift)

# {$funnel} is the funnel's name, {$stage} a stage as written (visit->mql).
funnel-no-such-stage = قیف `{$funnel}` مرحلهٔ `{$stage}` ندارد
# {$stages} lists the funnel's stages, each a token-code message.
funnel-stages-are-fix = مرحله‌هایش: {$stages}
funnel-no-stages = قیف `{$funnel}` هیچ مرحله‌ای ندارد
funnel-no-stages-fix = در هر خط یک مرحله به آن بدهید، از بالا به پایین: `visit -> lead : 5%`
# {$previous} is the stage the funnel reached so far.
funnel-stage-chain = مرحلهٔ `{$stage}` در ادامهٔ `{$previous}` نیست: قیف یک زنجیره است
funnel-stage-chain-fix = این خط را با `{$previous} ->` آغاز کنید
funnel-stage-twice = مرحلهٔ `{$stage}` دو بار در قیف `{$funnel}` آمده است: قیف فقط رو به پایین می‌رود
funnel-stage-twice-fix = مرحله‌ای زیر `{$previous}` نام ببرید که از پیش در قیف نباشد
funnel-stage-not-count = مرحلهٔ قیف چیزی را می‌شمارد، و `{$stage}` شمارش نیست
# {$call} is `inbound.yield` or `inbound.need`; {$counts} the stage's unit in the plural; {$type} what was given.
funnel-run-unit = `{$call}` {$counts} می‌گیرد، نه {$type}
funnel-yield-fix = آنچه را به بالای قیف وارد می‌شود بدهید
funnel-need-fix = مقدار هدف در پایین قیف را بدهید
funnel-rate-not-percentage = نرخ تبدیل درصد است، نه {$type}
# {$per} is the rate's unit as mplan writes it (mql per visit).
funnel-rate-write-fix = آن را به شکل `2%` یا `0.02 {$per}` بنویسید
# {$from} is the earlier stage in the plural, {$to} the later one.
funnel-rate-wrong-way = این نرخ وارونه است: {$from} به ازای {$to} می‌دهد
# {$value} is a value as mplan prints it.
label-value = {$value}
# {$rate} is the rate the right way round, {$percent} the same as a percentage.
funnel-rate-did-you-mean-fix = منظورتان `{$rate}` ({$percent}) بود؟
# {$from} and {$to} are the stages in the plural, {$from-one} the earlier in the singular; {$unit} what was given.
funnel-rate-unit = نرخ تبدیل از {$from} به {$to} درصد است یا {$to} به ازای هر {$from-one}، نه {$unit}
funnel-rate-plain-number = نرخ تبدیل درصد است، نه عدد خالص
funnel-rate-range = نرخ تبدیل بالاتر از 0% و حداکثر 100% است
funnel-rate-last-year-fix = نرخ را از ارقام سال گذشته بگیرید
funnel-rate-over-100-fix = هیچ مرحله‌ای بیش از آنچه می‌گیرد بازده ندارد: نرخ را از ارقام سال گذشته بگیرید

## Scenarios (Sources/MPlanLanguage/Runtime/Interpreter+Scenarios.swift)

scenario-change-unknown = سناریو چیزی را تغییر می‌دهد که برنامه از پیش دارد؛ `{$name}` وجود ندارد
scenario-change-function = سناریو مقدارها را تغییر می‌دهد، و `{$name}` یک تابع است
scenario-change-what = سناریو یک `let`، یک نرخ قیف یا فیلدی از یک بلوک برنامه را تغییر می‌دهد
statement-vary-unknown = `{$statement}` چیزی را تغییر می‌دهد که برنامه از پیش دارد؛ `{$name}` وجود ندارد
statement-vary-function = `{$statement}` مقدارها را تغییر می‌دهد، و `{$name}` یک تابع است
statement-vary-what = `{$statement}` یک `let`، یک نرخ قیف یا فیلدی از یک بلوک برنامه را تغییر می‌دهد
scenario-base-reserved = `base` همان برنامهٔ نوشته‌شده است؛ نام دیگری برای سناریو بگذارید
# {$scenario} is the scenario's name.
scenario-extends-itself = سناریوی `{$scenario}` نمی‌تواند خودش را گسترش دهد
scenario-extends-itself-fix = سناریویی را که پیش از این یکی تعریف شده، یا `base` را گسترش دهید
scenario-unknown-parent = سناریوی ناشناختهٔ `{$scenario}`؛ سناریو سناریویی را گسترش می‌دهد که پیش از آن تعریف شده باشد
# {$depth} is how many scenarios it would extend; {$maximum} how long a chain may be.
scenario-chain-too-long = سناریوی `{$scenario}` {$depth} سناریو را یکی پس از دیگری گسترش می‌داد؛ زنجیرهٔ `extends` حداکثر {$maximum} است
scenario-chain-too-long-fix = سناریویی نزدیک‌تر به `base` را گسترش دهید، یا تغییرها را در سناریوهای کمتری گرد آورید
# {$error} is the scenario's first error.
scenario-does-not-run = سناریوی `{$scenario}` اجرا نمی‌شود: {$error}
# {$target} is what the scenario changes, as mplan code; {$old} and {$new} say what the values are.
scenario-change-type = این سناریو {$target} را از {$old} به {$new} تغییر می‌دهد
scenario-change-percentage = این سناریو {$target} را از درصد به عدد خالص تغییر می‌دهد
# {$value} is a value as mplan prints it.
label-is = {$value} است
# {$number} is the plain number written, {$percent} the percentage it would be.
label-would-mean = {$number} یعنی {$percent}
# {$percent} is the number written as a percentage.
formatting-percent-hint = آن را به شکل درصد بنویسید: `{$percent}`

## Data tables (Sources/MPlanLanguage/Output/DataTable.swift)

# {$results} is how many results the table has, {$inputs} its input or inputs, {$size} its rows (table-summary-rows or -grid).
table-summary = یک جدول داده ({$results} نتیجه بر پایهٔ {$inputs}، {$size})
table-summary-two-inputs = {$first} و {$second}
table-summary-rows = {$rows} سطر
table-summary-grid = {$rows} × {$columns}
table-summary-not-worked-out = یک جدول داده، که این‌جا محاسبه نشده است
# {$table} is the table's name or its statement.
table-not-worked-out = {$table}: این‌جا محاسبه نشده است
# {$cells} is how many cells failed; {$failure} the first one's error.
table-cells-fail = — برنامه آن‌جا اجرا نمی‌شود ({$cells} خانه): {$failure}
host-checkpoint-needs-planning = `checkpoint` به لایهٔ برنامه‌ریزی نیاز دارد

## Reading a CSV file of actuals (Sources/MPlanLanguage/Actuals/CSVReader.swift)

# {$column} is the 1-based column where the quote opened.
csv-quote-never-closed = گیومه‌ای که در ستون {$column} باز شد هرگز بسته نمی‌شود
# {$field} is the field's number, counted from 1.
csv-text-after-quote = متنی پس از گیومهٔ بستهٔ فیلد {$field} آمده است
# {$size} is the largest field or row mplan reads ("64 KB").
csv-field-too-long = فیلد {$field} بلندتر از {$size} است
csv-row-too-long = سطر بلندتر از {$size} است

## The checklist (mplan check, the check statement)

checklist-group-alignment = هم‌راستایی با اهداف شرکت
checklist-group-smart = SMART
checklist-group-funnel = قیف
checklist-group-budget = بودجه
checklist-group-actions = اقدام‌ها
checklist-group-reporting = گزارش‌دهی
checklist-group-tracking = پیگیری
# Where a checklist item is, when it is in the file being checked.
checklist-place-line = خط {$line}
# An item in another file than the one checked (an import): "budgets.mplan:12".
checklist-place-file-line = {$file}:{$line}
# A failed item's severity and code: "error PLAN-B02".
checklist-place-severity = {$severity ->
    [error] خطای {$code}
    [note] یادداشت {$code}
   *[warning] هشدار {$code}
}
# {$total} is every check, passed or not.
checklist-checks-pass = {$passed} از {$total} بررسی قبول شد
# {$counts} lists the errors, warnings, suggestions and letters not judged.
checklist-summary-with-faults = {$checks}؛ {$counts}
checklist-script-errors = اسکریپت {$errors} دارد
checklist-script-errors-nothing-checked = {$script}؛ چیزی بررسی نشد
checklist-script-errors-then-summary = {$script}؛ {$summary}

## Plan checks: alignment and funnels (Sources/MPlanPlanning/PlanChecker.swift)

# Arguments: {$objective}, {$goal}, {$funnel}, {$name} are names in the plan; {$stage} is a
# funnel stage as its plural unit ("customers"); {$count} counts objectives; {$period},
# {$need} and {$perMonth} are values as mplan prints them.
plan-no-objectives = برنامه هیچ هدف شرکتی را نام نمی‌برد
plan-no-objectives-fix = 3 تا 5 هدف اصلی شرکت را اضافه کنید: `objective growth "Grow segment revenue 10%"`
plan-too-many-objectives = برنامه {$count} هدف شرکت دارد: بیش از پنج هدف یعنی تمرکزی در کار نیست
plan-too-many-objectives-fix = 3 تا 5 هدف اصلی شرکت را نگه دارید و بقیه را در آن‌ها ادغام کنید
plan-objectives-focused = {$count} هدف شرکت: متمرکز
plan-objective-unserved = هیچ هدفی از هدف شرکت `{$objective}` پشتیبانی نمی‌کند
plan-objective-unserved-fix = هدفی با `supports {$objective}` اضافه کنید، یا اگر رسیدن به این هدف شرکت کار این برنامه نیست آن را حذف کنید
plan-no-plan-block = هیچ بلوک `plan` دارای دوره وجود ندارد
plan-no-period = برنامه دوره ندارد
plan-no-period-fix = بنویسید `plan "Growth 2027" {"{"} currency USD  period 2027-01 .. 2027-12 {"}"}`: موعدها و هزینه‌ها با آن سنجیده می‌شوند
plan-period = دورهٔ برنامه: {$period}
plan-did-you-mean = منظورتان `{$name}` بود؟
# A name or a field of the plan, as an item of a list.
plan-name = {$name}
plan-unknown-funnel = هدف `{$goal}` از `{$funnel}` تغذیه می‌شود، که قیف نیست
plan-unknown-funnel-fix = آن را اعلان کنید: `funnel {$funnel} {"{"} visit -> mql : 2% … {"}"}`
plan-funnel-wrong-stage = هدف `{$goal}` {$stage} را نمی‌شمارد، که پایین قیف `{$funnel}` است
plan-funnel-wrong-stage-fix = به هدف مقدار هدفی بر حسب {$stage} بدهید، یا قیفی را نام ببرید که به معیار آن ختم می‌شود
plan-funnel-needs = هدف `{$goal}` در بالای قیف `{$funnel}` به {$need} نیاز دارد
plan-funnel-needs-monthly = هدف `{$goal}` در بالای قیف `{$funnel}` به {$need} نیاز دارد، حدود {$perMonth} در ماه

## Channels (Sources/MPlanPlanning/ChannelMix.swift, ChannelMembers.swift, PlanChecker+Channels.swift, PlanChecker+ChannelCosts.swift, Document/PlanDocument+Economics.swift)

# Arguments: {$channel}, {$funnel}, {$goal}, {$name}, {$cheapest} are names in the plan;
# {$kind} is a block's kind (`goal`, `channel`); {$member} is code (`search.spend`); {$stage}
# and {$unit} are units as written in code (`visit`, `events`);
# every other argument is a value as mplan prints it (`60%`, `120,000 visits`, `$900`, `33.3`).
channel-read-before-declared = `{$member}` پیش از کامل شدن برنامه خوانده می‌شود: {$kind} `{$name}` پایین‌تر اعلان شده است
channel-still-to-come = در ادامه می‌آید
channel-read-before-declared-fix = آن را در یک `print`، `show` یا `compare` بخوانید، که پس از اعلان کل برنامه اجرا می‌شوند، یا این خط را به زیر هدف‌ها و کانال‌ها ببرید
channel-member-unworked = `{$member}` را نمی‌توان از آنچه برنامه بیان می‌کند به دست آورد
channel-member-needs-spend-fix = به هدفی با مقدار هدف نیاز دارد که قیف `{$funnel}` آن را تغذیه کند، و برای هر کانالش مبنای هزینه (PLAN-F04)
channel-member-needs-revenue-fix = به مشتریان قیف `{$funnel}` و ارزش هر مشتری نیاز دارد: `deal_size $9,000 per customer` روی هدف `{$goal}`
channel-member-needs-margin-fix = به CAC و حاشیهٔ سود ماهانهٔ هر مشتری نیاز دارد: `deal_size` و `gross_margin 80%` روی هدف `{$goal}`
channel-member-needs-churn-fix = به CAC و مدت ماندن هر مشتری نیاز دارد: `deal_size`، `gross_margin` و `monthly_churn 2%` روی هدف `{$goal}`
channel-no-funnel = کانال `{$channel}` قیفی را که بالای آن را می‌خرد نام نمی‌برد
channel-no-funnel-fix = `funnel {$funnel}` را اضافه کنید، قیفی که بازدیدها را به آن می‌آورد
channel-unknown-funnel = کانال `{$channel}` بالای `{$funnel}` را می‌خرد، که قیف نیست
channel-rates-mismatch = کانال `{$channel}` با `rates {$rates}` تبدیل می‌کند، که قیفی با مرحله‌های `{$funnel}` نیست
channel-rates-mismatch-fix = `funnel {$rates}` را با مرحله‌های {$stages} و نرخ‌های این کانال اعلان کنید، یا `rates` را حذف کنید تا با نرخ‌های خود قیف تبدیل کند
channel-no-owner = کانال `{$channel}` مسئول ندارد
channel-no-owner-fix = `owner "<who runs it>"` را اضافه کنید: کانالی که کسی اداره‌اش نکند بی‌نظارت خرج می‌کند
channel-no-action = هیچ اقدامی کانال `{$channel}` را اجرا نمی‌کند
channel-no-action-fix = `action {$channel}_buy => {$goal} {"{"} channel {$channel}  cost {$channel}.spend  owner "<who>"  from <budget> {"}"}` را اضافه کنید تا خرجش در یک بودجه باشد
channel-shares-over = کانال‌های قیف `{$funnel}` {$share} از بالای آن را می‌خرند: {$over} ({$extra}) بیش از نیازش
channel-shares-over-fix = `{$channel}` را به `share {$share}` پایین بیاورید
channel-shares-over-counts-fix = شمارش‌ها به‌تنهایی از {$need} که قیف نیاز دارد بیشترند: یک `brings` را کم کنید
channel-shares-under = کانال‌های قیف `{$funnel}` {$share} از بالای آن را می‌خرند: {$gap} ({$missing}) از هیچ کانالی نمی‌آید و هزینه‌ای ندارد
channel-shares-under-fix = `{$channel}` را به `share {$share}` بالا ببرید، یا کانالی از `{$funnel}` بی `share` و `brings` اضافه کنید: باقی را می‌گیرد
channel-shares-under-rest-fix = کانالی از `{$funnel}` بی `share` و `brings` اضافه کنید: باقی را می‌گیرد
channel-shares-rest = کانال‌های قیف `{$funnel}` همهٔ {$need} بالای آن را می‌خرند؛ `{$channel}` باقی را می‌گیرد، {$rest}
channel-shares-whole = کانال‌های قیف `{$funnel}` همهٔ {$need} بالای آن را می‌خرند
channel-cost-negative = کانال `{$channel}` {$cost} هزینه دارد: قیمتی زیر صفر
channel-cost-not-price = کانال `{$channel}` {$cost} هزینه دارد، که نه پول است نه پول به ازای چیزی که می‌خرد
channel-cost-price-fix = قیمتی برابر صفر یا بیشتر بنویسید: `cost {$price} per {$stage}`، `cost {$thousand} per 1000 impressions` با `ctr 1%`، یا مبلغی ثابت
channel-share-invalid = کانال `{$channel}` `share {$share}` دارد، نه درصدی از 0% تا 100%
channel-share-invalid-fix = سهمش از بالای قیف را به درصد بنویسید، مانند `share {$share}`
channel-brings-invalid = کانال `{$channel}` {$brings} می‌آورد، نه تعدادی {$stage} برابر صفر یا بیشتر
channel-brings-invalid-fix = بنویسید چند {$stage} به قیف `{$funnel}` می‌آورد، مانند `brings 20k {$stage}`
channel-no-cost-basis = کانال `{$channel}` {$count} می‌آورد بی مبنای هزینه
channel-no-cost-blended-fix = آنچه می‌پردازد را اضافه کنید، مانند `cost {$price} per {$stage}`، آنچه کانال‌های دیگر روی هم برای هر {$stage} می‌پردازند
channel-no-cost-fix = آنچه می‌پردازد را اضافه کنید: `cost <price> per {$stage}`، به ازای هر 1000 نمایش، هر سرنخ، هر رویداد، یا مبلغی ثابت
channel-needs-ctr-fix = `ctr <rate>` را اضافه کنید، سهمی از نمایش‌ها که بازدید می‌شوند، مانند `ctr 1%`
channel-needs-events-fix = اضافه کنید چند تا می‌خرد: `buys <how many> {$unit}`
channel-costly = هر مشتری از کانال `{$channel}` {$cac} هزینه دارد، {$times} برابر هزینهٔ کل ترکیب ({$mix})
channel-costly-fix = خرج `{$channel}` را برای مشتریانی که می‌آورد به {$spend} برسانید (دو برابر هزینهٔ هر مشتری در کل ترکیب)، یا سهمش را به `{$cheapest}` بدهید، که هر مشتری‌اش {$least} هزینه دارد
channel-ltv-cac-low = مشتریان قیف `{$funnel}` {$ratio} برابر هزینه‌شان ارزش دارند (LTV {$ltv}، CAC {$cac}): کمتر از 3:1
channel-ltv-cac-low-fix = هزینهٔ هر مشتری را به {$target} یا کمتر برسانید (LTV ÷ 3)، یا اندازهٔ معامله یا حاشیهٔ سود را بالا ببرید، یا ریزش را کم کنید
channel-ltv-cac-pass = مشتریان قیف `{$funnel}` {$ratio} برابر هزینه‌شان ارزش دارند (LTV {$ltv}، CAC {$cac})
economics-title = اقتصاد واحد
economics-none = هیچ کانالی بالای قیفی را نمی‌خرد: یکی اعلان کنید با `channel NAME {"{"} funnel inbound  share 60%  cost $1.20 per visit {"}"}`
economics-note = قیف `{$funnel}`: {$need} در بالا برای {$target}
economics-note-counts = قیف `{$funnel}`: {$need} در بالا، از شمارش‌های کانال‌ها (هیچ هدفی با مقدار هدف از آن تغذیه نمی‌شود)
economics-note-no-need = قیف `{$funnel}`: هیچ هدفی با مقدار هدف از آن تغذیه نمی‌شود، پس سهم‌هایش چیزی نمی‌خرند
economics-heading-channel = کانال
economics-heading-share = سهم
economics-heading-spend = خرج
economics-heading-cost-per = هر {$stage}
economics-heading-cac = CAC
economics-heading-spend-share = از درآمد
economics-heading-payback = دورهٔ بازگشت
economics-heading-ltv-cac = LTV:CAC
economics-heading-romi = ROMI
economics-blended = ترکیبی

## Plan checks: budgets (Sources/MPlanPlanning/PlanChecker+Budgets.swift, PlanIndex.swift, Cadence.swift)

# Arguments: {$budget}, {$action} are names in the plan; {$currency}, {$planCurrency}, {$code}
# are currency codes; {$cadence} is a pace (`monthly`), {$cadences} the list of paces in
# backticks; {$controller} a person; {$who} says what names the budget ("action `search`");
# {$total}, {$reserve}, {$minimum}, {$needed}, {$committed}, {$overrun}, {$left}, {$cost},
# {$control} are values as mplan prints them; {$room} is budget-room or
# budget-left-after-reserve; {$count} counts actions or lines.
budget-plan-currency-unknown = ارز برنامه، `{$currency}`، کد ارز نیست
budget-currency-unknown = ارز بودجهٔ `{$budget}`، `{$currency}`، کد ارز نیست
budget-currency-unknown-fix = یک کد ISO 4217 با حروف بزرگ بنویسید، مانند `currency USD`، یا برای ارز خودتان نخست نرخی بیان کنید: `rate {$code} = 95,000 USD`
budget-total-not-money = کل بودجهٔ `{$budget}` {$total} است، نه پول
budget-total-not-money-fix = مبلغی را که به بودجه داده شده بنویسید، مانند `total $800`، یا برای بودجهٔ پایین به بالا `total` را ننویسید
budget-total-not-positive = کل بودجهٔ `{$budget}` {$total} است: بودجه باید بیش از هیچ باشد
budget-total-not-positive-fix = مبلغی را که به بودجه داده شده بنویسید، مانند `total $800`
budget-no-rate = بودجهٔ `{$budget}` به {$currency} است اما برنامه با {$planCurrency} حساب می‌کند، و هیچ نرخی آن‌ها را به هم تبدیل نمی‌کند
budget-no-rate-fix = نرخ را یک بار بیان کنید: `rate {$currency} = 1.08 {$planCurrency}` (رقمی که تیم مالی‌تان می‌دهد)
# An action's cost or a budget's reserve that is not money, or in a currency with no rate.
budget-cost-not-money = هزینهٔ اقدام پول است، نه {$unit}
budget-cost-not-money-fix = قیمتی را در مقداری ضرب کنید، مانند `$1.20 per visit * need.visit`
budget-action-no-rate = اقدام `{$action}` به {$currency} هزینه دارد اما بودجه‌اش با {$planCurrency} حساب می‌کند، و هیچ نرخی آن‌ها را به هم تبدیل نمی‌کند
budget-reserve-no-rate = بودجهٔ `{$budget}` ذخیره‌اش را به {$currency} نگه می‌دارد اما با {$planCurrency} حساب می‌کند، و هیچ نرخی آن‌ها را به هم تبدیل نمی‌کند
budget-reserve-unreadable = بودجهٔ `{$budget}` ذخیره‌ای برابر {$reserve} نگه می‌دارد: ذخیره سهمی از بودجه یا مبلغی پول است
budget-reserve-unreadable-fix = بنویسید `reserve 20%` یا `reserve $5k`
budget-no-reserve = بودجهٔ `{$budget}` ذخیره‌ای نگه نمی‌دارد
budget-no-reserve-fix = `reserve 20%` را اضافه کنید: در بازاریابی آنلاین 20–30% بودجه ممکن است هدر برود (کمپین‌های فراموش‌شده، کلیک‌های تقلبی)
budget-reserve-out-of-range = بودجهٔ `{$budget}` ذخیره‌ای برابر {$reserve} نگه می‌دارد: ذخیره سهمی از 0% تا کمتر از 100% است
budget-reserve-out-of-range-fix = برای هزینهٔ آنلاین 20–30% را کنار بگذارید: `reserve 20%`
budget-reserve-low = بودجهٔ `{$budget}` ذخیره‌ای برابر {$reserve} نگه می‌دارد، کمتر از حداقل {$minimum} برنامه
budget-reserve-low-fix = در بازاریابی آنلاین 20–30% بودجه ممکن است هدر برود (مقالهٔ بازاریابی راهبردی): `reserve 20%`، یا اگر هزینهٔ این بودجه هدر نمی‌رود `min_reserve {$reserve}` را در برنامه تعیین کنید
budget-reserve = بودجهٔ `{$budget}` ذخیره‌ای برابر {$reserve} نگه می‌دارد
budget-no-controller = بودجهٔ `{$budget}` نمی‌گوید چه کسی آن را کنترل می‌کند
budget-no-controller-fix = بنویسید چه کسی بر آن نظارت می‌کند: `control {$cadence} by "CMO"`
budget-control-not-a-pace = کنترل بودجهٔ `{$budget}` `{$control}` است، که آهنگ نیست
budget-no-control = بودجهٔ `{$budget}` کنترلی ندارد
budget-no-control-fix = `control monthly by "CMO"` را اضافه کنید (daily، weekly، monthly…): آهنگ و ناظر را تعیین کنید
budget-cadence-help = یکی از {$cadences} را بنویسید، یا مدتی مانند `2 weeks`
budget-controlled = بودجهٔ `{$budget}` {$cadence} به دست {$controller} کنترل می‌شود
cadence-daily = روزانه
cadence-weekly = هفتگی
cadence-fortnightly = هر دو هفته
cadence-monthly = ماهانه
cadence-quarterly = فصلی
cadence-yearly = سالانه
cadence-every = هر {$duration}
budget-bottom-up = بودجهٔ `{$budget}` پایین به بالاست: اقدام‌هایش به {$needed} نیاز دارند
budget-covers-actions = بودجهٔ `{$budget}` اقدام‌هایش را پوشش می‌دهد: {$committed} از {$total}
budget-room = {$total}
budget-left-after-reserve = {$left} باقی‌مانده پس از ذخیره
budget-action-commits = `{$action}` {$cost} تعهد می‌کند
budget-more-actions = … و {$count} اقدام دیگر
budget-reserve-holds-back = ذخیره {$reserve} را کنار نگه می‌دارد
budget-over-committed = بودجهٔ `{$budget}` به اندازهٔ {$overrun} بیش از توانش متعهد شده است: اقدام‌هایش {$committed} از {$room} را تعهد می‌کنند
budget-over-committed-fix = `total` را به {$needed} برسانید، یا اقدام‌هایی را که تأمین می‌کند کم یا جابه‌جا کنید
budget-zero-based-line-without-goal = `{$action}` یک ردیف از بودجهٔ صفرمبنای `{$budget}` است اما به هیچ هدفی نمی‌رسد
budget-zero-based-line-without-goal-fix = آن را با هدفی که در خدمت آن است توجیه کنید (`action {$action} => GOAL`) یا حذفش کنید: بودجه‌ریزی صفرمبنا رونویسی ردیف‌های سال گذشته را ممنوع می‌کند
budget-zero-based = هر ردیف بودجهٔ صفرمبنای `{$budget}` به هدفی می‌رسد ({$count})
budget-funded-action = اقدام `{$action}`
budget-unknown = {$who} از `{$budget}` تأمین می‌شود، که بودجه نیست
budget-unknown-fix = آن را اعلان کنید: `budget {$budget} {"{"} total $10k  reserve 20% {"}"}`
budget-action-unfunded = اقدام `{$action}` هزینه دارد اما هیچ بودجه‌ای آن را نمی‌پردازد
budget-action-unfunded-fix = `from {$budget}` را اضافه کنید، بودجه‌ای که از آن خرج می‌کند
budget-actions-funded = هر اقدامی که هزینه دارد از یک بودجه تأمین می‌شود ({$count})

## Plan checks: actions and reporting (Sources/MPlanPlanning/PlanChecker+Actions.swift)

# Arguments: {$goal}, {$action}, {$report}, {$objective}, {$item} are names in the plan;
# {$kind} is the item's keyword (goal, report); {$field} is the field (`measured`, `cadence`);
# {$cadence} is a pace; {$people} lists people; {$fields} lists missing fields; {$type} says
# what a value is ("a date"); {$period}, {$plan}, {$cost} are values as mplan prints them;
# {$template} is smart-action-template; {$count} counts goals or actions.
plan-goal-without-action = هیچ اقدامی در خدمت هدف `{$goal}` نیست
plan-goal-without-action-fix = فعالیت مشخصی را که به آن می‌رسد اضافه کنید: {$template}
plan-goal-no-owner = هدف `{$goal}` مسئول ندارد
plan-goal-no-owner-fix = `owner "<who>"` را اضافه کنید، کسی که پاسخ‌گوی هدف است: هدفی که صاحب ندارد کار هیچ‌کس نیست
plan-goals-owned-and-served = هر هدف مسئولی دارد و اقدامی در خدمت آن است ({$count})
plan-action-no-owner = اقدام `{$action}` مسئول ندارد
plan-action-no-owner-fix = `owner "NAME"` را اضافه کنید: دستورهای مبهمی مانند «بیشتر بفروشید» نتیجه‌ای نمی‌دهند
plan-action-cost-not-positive = هزینهٔ اقدام `{$action}` {$cost} است: هزینه بیش از صفر است
plan-action-cost-not-positive-fix = آنچه را خرج خواهد کرد بنویسید، حتی به شکل برآورد: `cost $2k to $4k`
plan-action-no-cost = اقدام `{$action}` هزینه ندارد
plan-action-no-cost-fix = `cost $…` را اضافه کنید تا بودجه‌ای بتواند آن را تأمین کند، حتی اگر برآورد باشد (`$2k to $4k`)
plan-actions-complete = هر اقدام در خدمت هدفی است و مسئول و هزینه دارد ({$count})
plan-action-serves-no-goal = اقدام `{$action}` در خدمت هیچ هدفی نیست
plan-action-serves-no-goal-fix = هدفی را که پیش می‌برد نام ببرید: `action {$action} => {$goal}`
plan-action-serves-objective-fix = `{$objective}` هدف شرکت است: اقدام در خدمت هدفی است که از آن پشتیبانی می‌کند
plan-action-unknown-goal = اقدام `{$action}` در خدمت `{$goal}` است، که هدفی از این برنامه نیست
plan-action-unknown-goal-fix = هدف را اعلان کنید: `goal {$goal} "…" {"{"} … {"}"}`
plan-action-period-not-months = دورهٔ اقدام `{$action}` {$type} است، نه ماه
plan-action-period-not-months-fix = ماه یا فصل بنویسید: `period 2027-Q1 .. 2027-Q2`
plan-action-outside-period = اقدام `{$action}` در {$period} اجرا می‌شود، بیرون از دورهٔ برنامه ({$plan})
plan-action-outside-period-fix = آن را درون برنامه نگه دارید، یا `period` برنامه را گسترش دهید
plan-report-unknown-goal = گزارش `{$report}` `{$goal}` را می‌سنجد، که هدفی از این برنامه نیست
plan-report-unknown-goal-fix = هدف‌هایی را نام ببرید که برنامه اعلان کرده است
plan-report-nobody-acts = گزارش `{$report}` کسی را ندارد که بر پایه‌اش اقدام کند
plan-report-nobody-acts-fix = `acts "CMO"` را اضافه کنید: کسی که وقتی عددها تغییر می‌کنند فعالیت‌ها را تغییر می‌دهد
plan-report-acted-on = بر پایهٔ گزارش `{$report}`، {$people} اقدام می‌کند
plan-report-acted-on-cadence = بر پایهٔ گزارش `{$report}` ({$cadence})، {$people} اقدام می‌کند
plan-goals-not-reported = هیچ گزارشی هدف‌های برنامه را نمی‌سنجد
plan-goals-not-reported-fix = بنویسید `report weekly {"{"} author "Ana"  readers "CMO"  acts "CMO" {"}"}`: هر چند وقت یک بار، چه کسی می‌نویسد، چه کسی می‌خواند، چه کسی اقدام می‌کند
plan-goal-not-reported = هیچ گزارشی هدف `{$goal}` را نمی‌سنجد
plan-goal-not-reported-fix = آن را به `measures` یک گزارش اضافه کنید: `measures {$goal}`
plan-unknown-cadence = {$kind} `{$item}` {$field ->
        [measured] با آهنگ `{$cadence}` سنجیده می‌شود
       *[other] با آهنگ `{$cadence}` منتشر می‌شود
    }، که آهنگ شناخته‌شده‌ای نیست
# The last two items of a list of alternatives: "cadence, author or readers".
plan-either-or = {$first} یا {$last}
plan-report-incomplete = گزارش `{$report}` {$fields} ندارد
plan-report-incomplete-fix = بگویید هر چند وقت یک بار، چه کسی آن را می‌نویسد و چه کسی می‌خواند: `cadence weekly  author "Ana"  readers "CMO"`

## SMART: each goal's five letters (Sources/MPlanPlanning/SMART*.swift)

# Arguments: {$goal}, {$objective}, {$budget}, {$funnel}, {$feeder} (a goal that feeds a
# funnel), {$metric}, {$field}, {$direction}, {$unit} are names or fields of the plan;
# {$letters} is a goal's verdict ("S ✓ M ✗ A ? R ✓ T ✓"); {$fix}, {$reason}, {$unsaid},
# {$example}, {$problem}, {$template}, {$title}, {$amount} (when a message), {$count} (a
# fix-it that counts the metric) are other messages; {$line} is a line number; every other
# argument is a value as mplan prints it (amounts, dates, percentages, durations, months).
smart-fix-specific = {$fix} (SMART: مشخص)
smart-fix-measurable = {$fix} (SMART: قابل اندازه‌گیری)
smart-fix-attainable = {$fix} (SMART: قابل دستیابی)
smart-fix-relevant = {$fix} (SMART: مرتبط)
smart-fix-time-bound = {$fix} (SMART: زمان‌بندی‌شده)
smart-amount = {$amount}
smart-months = {$months} ماه
# Placeholders in a fix-it's code, for what only the plan's author knows.
smart-placeholder-anything = <چه تعداد> <چه چیزی را می‌شمارد>
smart-placeholder-share = <چقدر>%
# {$before} and {$after} are the unit around the number: "$" and "", or "" and " customers".
smart-placeholder-count = {$before}<چه تعداد>{$after}
smart-placeholder-amount = {$before}<چقدر>{$after}
smart-placeholder-what = <چه>
smart-placeholder-how-many = <چه تعداد>
smart-placeholder-channel = <کدام کانال>
smart-placeholder-objective = <هدف شرکت>
smart-placeholder-date = <تاریخ>
smart-action-template = `action <آنچه انجام می‌دهید> => {$goal} {"{"} channel "<کدام کانال>"  cost <چقدر>  owner "<چه کسی>" {"}"}`
# A suggested title: "Customers from 10 to 20 through Paid search".
smart-suggested-title = {$what} از {$baseline} به {$target} از طریق {$channel}
# The last two items of a list: "what it counts, how much and through what".
smart-both = {$first} و {$last}
smart-goal-is-smart = هدف `{$goal}` SMART است: {$letters}
smart-note-letters = SMART: {$letters}
smart-note-not-judged = A ?: ارزیابی‌نشده: {$reason}
smart-not-judged-attainable = هدف `{$goal}` از نظر قابل دستیابی بودن ارزیابی نشده است: {$reason}
smart-not-judged-no-pace = چیزی در برنامه نشان نمی‌دهد که با چه سرعتی می‌تواند رشد کند
smart-not-judged-no-pace-fix = به آن مقدار پایه، مقدار هدف و موعد بدهید
smart-not-judged-falls = عددی که کاهش می‌یابد نرخ رشدی برای ارزیابی ندارد
smart-not-judged-falls-fix = کاهش را خودتان با ارقام سال گذشته بسنجید
smart-not-judged-from-zero = از مقدار پایهٔ صفر نرخ رشدی برای ارزیابی نیست
smart-not-judged-from-zero-fix = مقدار پایه‌ای را که از آن آغاز می‌کند بدهید، یا `funnel`ی که هدف دیگری مرحله‌های بالایی‌اش را نشانه گرفته باشد
smart-not-judged-no-date = بدون تاریخ مقدار پایه رشد ماهانه‌ای برای ارزیابی نیست
smart-not-judged-no-date-fix = به برنامه `period` بدهید، یا به هدف روزی را که مقدار پایه‌اش گرفته شد (`since 2027-01-01`)
smart-not-judged-unfed = {$reason}، و هیچ هدفی آنچه را قیف `{$funnel}` لازم دارد نشانه نگرفته است
smart-not-judged-unfed-fix = هدفی را که آن را تغذیه می‌کند اضافه کنید، با `target {$needed}` (بالای قیف `{$funnel}`)، تا قیف آن را ارزیابی کند
smart-supports-nothing = هدف `{$goal}` از هیچ هدف شرکتی پشتیبانی نمی‌کند: شکافی در برنامه‌ریزی
smart-supports-nothing-fix = `supports {$objective}` را اضافه کنید، هدف شرکتی که آن را پیش می‌برد
smart-unknown-objective = هدف `{$goal}` از `{$objective}` پشتیبانی می‌کند، که هدف شرکتی از این برنامه نیست
smart-unknown-objective-fix = آن را اعلان کنید: `objective {$objective} "…"`
smart-unsaid-what = چه چیزی را می‌شمارد (`metric` ندارد)
smart-unsaid-how-much = چقدر (`target` ندارد)
smart-unsaid-how-much-same = چقدر (مقدار هدف همان مقدار پایه است)
smart-unsaid-through-what = از چه طریقی (هیچ اقدامی در خدمت آن نیست)
smart-unsaid = هدف `{$goal}` نمی‌گوید {$unsaid}
smart-unsaid-fix = {$fix}؛ هدف مشخص می‌گوید چه، چقدر و از چه طریقی: نه «مشتری بگیریم» بلکه «فهرست مشتریان را از طریق اینستاگرام در دو ماه دو برابر کنیم»
smart-add-metric = `metric {$metric}` را اضافه کنید
smart-add-metric-unknown = آنچه را می‌شمارد اضافه کنید: `metric <چه چیزی را می‌شمارد>` (customer، mql، visit، conversion…)
smart-add-target = مقدار هدفی را که به آن می‌رسد اضافه کنید، مانند `target {$target}`
smart-add-action = اقدامی را که به آن می‌رسد اضافه کنید: {$template}
smart-target-differs = مقدار هدفی متفاوت با مقدار پایه تعیین کنید، مانند `target {$target}`
smart-no-result = هدف `{$goal}` هیچ نتیجه‌ای را نام نمی‌برد
smart-no-result-fix = عنوانی به آن بدهید که بگوید چه چیزی و چگونه تغییر می‌کند: `goal {$goal} "{$title}"`
smart-vague-title = عنوان هدف `{$goal}`، «{$written}»، نه می‌گوید چقدر و نه از چه طریقی
smart-vague-title-fix = نتیجه را در عنوان بگویید: `goal {$goal} "{$title}"`
smart-unknown-direction = هدف `{$goal}` `direction {$written}` دارد؛ جهت `up` یا `down` است
smart-unknown-direction-did-you-mean-fix = منظورتان `direction {$direction}` بود؟ برای عددی که باید کاهش یابد (هزینه‌ها، CAC، ریزش) بنویسید `direction down`، و برای عددی که باید رشد کند آن را ننویسید
smart-unknown-direction-fix = برای عددی که باید کاهش یابد (هزینه‌ها، CAC، ریزش) بنویسید `direction down`، و برای عددی که باید رشد کند آن را ننویسید
smart-no-baseline-nor-target = هدف `{$goal}` نه مقدار پایه دارد نه مقدار هدف، پس پیشرفت را نمی‌توان سنجید
smart-no-field = هدف `{$goal}` `{$field}` ندارد، پس پیشرفت را نمی‌توان سنجید
smart-add-baseline-and-target = بنویسید امروز کجاست و به کجا می‌خواهد برسد: `baseline {$amount}` و `target {$amount}`
smart-add-target-where-it-aims = `target {$target}` را اضافه کنید، جایی که می‌خواهد برسد
smart-add-baseline-growth = بنویسید امروز کجاست، `baseline <چه تعداد> {$unit}`، و مقدار هدف را به شکل رشد بنویسید: `target +{$growth}`
smart-add-baseline = بنویسید امروز کجاست: `baseline {$amount}`
smart-not-an-amount = `{$field}` هدف `{$goal}` مقدار نیست
smart-not-an-amount-fix = عددی با واحدش بنویسید، مانند `{$field} {$amount}`
smart-unit-percentage = یک درصد
smart-units-differ = هدف `{$goal}` از {$baseline} آغاز می‌کند اما {$target} را نشانه گرفته است
smart-metric-differs = هدف `{$goal}` {$metric} را می‌شمارد اما مقدار هدفش {$target} است
smart-percent-growth-or-share = اگر به اندازهٔ {$percent} رشد می‌کند، بنویسید `target +{$percent}` ({$grown})؛ اگر باید به {$percent} مقدار امروز برسد، `target {$share}`
smart-target-in-baseline-unit = مقدار هدف را با واحد مقدار پایه بنویسید: `target {$target}`
smart-baseline-in-target-unit = مقدار پایه را با واحد مقدار هدف بنویسید: `baseline {$baseline}`
smart-rates-or-totals = هر دو را به شکل آهنگ بنویسید (`target {$target}`) یا هر دو را به شکل مجموع (`baseline {$baseline}`)
smart-one-unit = مقدار پایه و مقدار هدف را با یک واحد بدهید: `target {$target}`، یا `baseline {$baseline}`
smart-write-in-metric = مقدار پایه و مقدار هدف را بر حسب {$metric} بنویسید: `baseline {$baseline}` و `target {$target}`
smart-count-metric = {$metric} هدف را بشمارید: `baseline <چه تعداد> {$metric}` و `target <چه تعداد> {$metric}`
smart-count-metric-or-other = {$count}، یا اگر چیزی که می‌شمارد همان است، بنویسید `metric {$other}`
smart-target-not-positive = هدف `{$goal}` {$target} را نشانه گرفته است: مقدار هدف باید بیش از صفر باشد
smart-target-not-positive-fix = مقداری را که می‌خواهید به آن برسید نشانه بگیرید، مانند `target {$target}`
smart-target-is-baseline = هدف `{$goal}` همان جایی را نشانه گرفته که اکنون هست ({$target})
smart-target-is-baseline-fix = مقدار هدفی را تعیین کنید که هدف به آن حرکت می‌کند، مانند `target {$target}` (+25%)
smart-should-fall = هدف `{$goal}` باید کاهش یابد (`direction down`) اما بالاتر از جایی که هست را نشانه گرفته است ({$baseline} → {$target})
smart-should-fall-fix = پایین‌تر از مقدار پایه را نشانه بگیرید، مانند `target {$lower}` (یک چهارم کمتر)، یا اگر عدد باید رشد کند `direction down` را بردارید
smart-target-below-baseline = هدف `{$goal}` {$target} را نشانه گرفته است، پایین‌تر از جایی که هست ({$baseline}): این کاهش است، نه رشد
smart-increase-fix = اگر {$target} مقدار افزایش است، مجموع را نشانه بگیرید: `target {$total}` (یا `target +{$target}`)؛ اگر عدد باید کاهش یابد (هزینه‌ها، CAC، ریزش، رتبهٔ جست‌وجو)، `direction down` را اضافه کنید
smart-increase-of-share-fix = اگر {$target} مقدار افزایش است، مجموع را نشانه بگیرید: `target {$total}` (`target +{$points} pp`، {$points} واحد درصد بیشتر) یا `target {$grown}` ({$target} بیشتر از امروز)؛ اگر عدد باید کاهش یابد (هزینه‌ها، CAC، ریزش، رتبهٔ جست‌وجو)، `direction down` را اضافه کنید
smart-met-by-one = هدف `{$goal}` با تغییری به اندازهٔ یک {$unit} برآورده می‌شود ({$baseline} → {$target})
smart-moves-only = هدف `{$goal}` فقط {$change} حرکت می‌کند ({$baseline} → {$target})
smart-met-by-chance-fix = بگویید چقدر حرکت می‌کند، مثلاً +25%: `target {$target}` ({$baseline} → {$grown})؛ تغییری به این کوچکی ممکن است تصادفی رخ دهد
smart-growth-too-fast = هدف `{$goal}` به رشد ماهانهٔ {$growth} نیاز دارد ({$baseline} → {$target} در {$months})؛ برنامه {$allowed} را مجاز می‌داند
smart-growth-too-fast-fix = حداکثر {$reachable} را نشانه بگیرید، زمان بیشتری بدهید، یا اگر ارقام سال گذشته رشد سریع‌تری نشان می‌دهند `max_growth` را در برنامه تعیین کنید
smart-funded-goal = هدف `{$goal}`
smart-budget-over-committed = هدف `{$goal}` از بودجهٔ `{$budget}` تأمین می‌شود، که توان پرداخت اقدام‌هایش را ندارد
smart-budget-over-committed-fix = بودجه را افزایش دهید یا اقدام‌ها را کم کنید تا بیش از توانش متعهد نباشد
smart-funnel-starved = هدف `{$goal}` از طریق قیف `{$funnel}` به {$needed} نیاز دارد، اما هدف `{$feeder}` {$aim} را نشانه گرفته است
smart-funnel-starved-note = هدف `{$feeder}` مقدار هدفش را در خط {$line} تعیین می‌کند
smart-funnel-starved-fix = مقدار هدف `{$feeder}` را به {$needed} برسانید، نرخ‌های قیف را بهتر کنید، یا مقدار هدف `{$goal}` را پایین بیاورید
smart-window-not-whole = هدف `{$goal}` `window {$window}` دارد: آهنگ در ماه‌ها، هفته‌ها یا روزهای کامل بیش از صفر سنجیده می‌شود
smart-window-not-whole-fix = بنویسید `window 3 months`، `window 4 weeks` یا `window 30 days`
smart-window-on-total = هدف `{$goal}` `window` دارد، که آهنگ را می‌سنجد، اما مقدار هدفش مجموع است
smart-window-on-total-fix = مقدار هدف را به ازای زمان بدهید (`target 500 leads per month`)، یا `window` را بردارید
smart-no-deadline = هدف `{$goal}` موعد ندارد
smart-no-deadline-fix = `by {$date}` یا `within <چه تعداد> months` را اضافه کنید
smart-due-before-baseline = موعد هدف `{$goal}` {$deadline} است، پیش از آن‌که مقدار پایه‌اش گرفته شود ({$baselineDate})
smart-due-before-baseline-fix = موعد را پس از تاریخ مقدار پایه بگذارید، یا `since` را درست کنید
smart-due-outside-period = موعد هدف `{$goal}` {$deadline} است، بیرون از دورهٔ برنامه ({$period})
smart-due-outside-period-fix = موعد را به درون برنامه ببرید، مانند `by {$end}`
smart-deadline-example = `by {$end}` یا `within 6 months`
smart-by-not-a-date = هدف `{$goal}` `by {$written}` دارد، که تاریخ نیست
smart-by-words-fix = تاریخ را به شکل سال-ماه-روز بنویسید: `by {$day}`
smart-by-not-a-date-fix = موعد یک تاریخ، ماه یا فصل است: {$example}
smart-within-not-a-duration = هدف `{$goal}` `within {$written}` دارد، که مدت زمان نیست
smart-within-words-fix = مدت را با عدد و واحد بنویسید: `within {$duration}`
smart-within-not-a-duration-fix = زمانی را که دارد بدهید: {$example}
smart-within-negative = هدف `{$goal}` `within {$written}` دارد، که از تاریخ مقدار پایه رو به عقب می‌شمارد
smart-within-negative-fix = `within` از تاریخ مقدار پایه رو به جلو می‌شمارد: بنویسید `within {$ahead}`
smart-within-zero = هدف `{$goal}` `within {$written}` دارد: زمانی برای رسیدن به مقدار هدف نمی‌ماند
smart-within-zero-fix = زمانی را که لازم دارد، از تاریخ مقدار پایه رو به جلو، به آن بدهید، مانند `within 6 months`
smart-within-not-whole = هدف `{$goal}` `within {$written}` دارد، که نه ماه‌های کامل است نه روزهای کامل
smart-two-deadlines = هدف `{$goal}` موعدش {$by} است اما `within {$within}` هم دارد، که {$end} پایان می‌یابد
smart-two-deadlines-fix = یک موعد نگه دارید: `by` با تاریخ یا `within` با مدت زمان

## Tracking: the plan against its actuals (Sources/MPlanPlanning/PlanChecker+Tracking.swift)

# Arguments: {$action}, {$goal}, {$budget}, {$block}, {$channel}, {$name}, {$from}, {$to}
# are names in the plan or its actuals; {$key} is a campaign as the file names it, {$keys}
# and {$names} lists of them in backticks; {$blocks} the actuals blocks' names; {$stage} a
# funnel stage ("MQLs", "lead"), {$per} a period word ("month"); {$result} is a stage or
# tracking-or-later-result; {$reason} says why a channel's spend cannot be spread; {$days},
# {$total} and {$count} (unless said otherwise) are counts; every other argument is a value
# as mplan prints it (money, dates, numbers).
tracking-as-of = داده‌های واقعی {$blocks} تا {$date}
tracking-overspend = اقدام `{$action}` {$spent} خرج کرده است، بیش از هزینهٔ {$cost} خود
tracking-overspend-fix = کمپین‌هایش را متوقف کنید، یا `cost` آن را بالا ببرید و بگویید هزینه‌اش از کجا تأمین می‌شود
tracking-ahead-of-pace = اقدام `{$action}` تا {$date} {$spent} خرج کرده است؛ آهنگش {$allowed} را مجاز می‌داند
tracking-lands-at = با این آهنگ خرج به {$landsAt} از {$cost} می‌رسد
tracking-ahead-of-pace-fix = خرج روزانه‌اش را کند کنید، یا هزینه‌اش را به ماه‌هایی ببرید که واقعاً در آن‌ها خرج می‌شود (`period`)
tracking-within-plan = اقدام `{$action}` در حد برنامه‌اش خرج می‌کند
tracking-or-later-result = نتیجهٔ {$stage} یا مرحله‌های بعد
tracking-idle-never = `{$key}` در {$days} روزش {$spent} خرج کرد، بی هیچ {$result}
tracking-idle-since = `{$key}` {$spent} خرج کرد، بی هیچ {$result} در {$days} روز پس از آخرینش ({$last})
tracking-idle-note = کمپینی فراموش‌شده یا کلیک تقلبی: نقطه‌های کنترل مقالهٔ بازاریابی راهبردی این‌ها را می‌گیرند
tracking-idle-fix = `{$key}` را متوقف کنید، یا ردیابی‌اش را بررسی کنید؛ `idle_days` در بلوک داده‌های واقعی این بازه را تعیین می‌کند
tracking-not-idle = هر کمپین `{$block}` در {$days} روز نتیجه داد
tracking-channel-not-spread = `{$key}` {$spent} در کانالی خرج کرد که خرجش را نمی‌توان میان اقدام‌هایش پخش کرد: {$reason}
tracking-channel-not-spread-note = این مبلغ به‌عنوان خرج بیرون از برنامه شمرده می‌شود
tracking-channel-not-spread-fix = به هر اقدام این کانال `cost` بدهید (و `period`ی که روزهای اجرایش را بپوشاند)، یا فایل را بر پایهٔ اقدام (`action "Campaign"`) یا با قاعده‌ها کلیدگذاری کنید
tracking-rule-unknown-action = `{$key}` {$spent} خرج کرد، و یک قاعده آن را به اقدام `{$action}` می‌فرستد، که برنامه ندارد
tracking-rule-did-you-mean-fix = منظورتان `{$name}` بود؟ قاعده را درست کنید
tracking-rule-unknown-action-fix = قاعده را درست کنید، یا اقدام را اضافه کنید
tracking-rule-unknown-channel = `{$key}` {$spent} خرج کرد، و یک قاعده آن را به کانال `{$channel}` می‌فرستد، که هیچ اقدامی از برنامه ندارد
tracking-rule-unknown-channel-fix = به یک اقدام `channel {$channel}` بدهید، یا قاعده را درست کنید
tracking-unplanned = `{$key}` {$spent} خرج کرد، و هیچ اقدامی از برنامه این نام را ندارد
tracking-unplanned-did-you-mean-fix = منظورتان `{$name}` بود؟ اقدام را به نام کمپین بنامید، یا نام کمپین را عنوان آن کنید
tracking-unplanned-fix = برایش اقدامی اضافه کنید (`action {$action} "{$key}" => GOAL {"{"} cost … {"}"}`)، یا آن را متوقف کنید
# {$count} is the number of campaigns as mplan prints a number ("1,204").
tracking-unplanned-more = … و {$count} کمپین دیگر که هیچ اقدامی از برنامه نامشان را نمی‌برد، روی هم {$spent} خرج کردند
tracking-unplanned-more-fix = `show actuals {$block}` آن‌ها را فهرست می‌کند؛ آن‌هایی را که مهم‌اند در اقدام‌ها نام ببرید
tracking-no-campaign-reaches = هیچ کمپینی از `{$block}` به اقدامی از برنامه نمی‌رسد: {$names}
tracking-campaigns-reach-nothing = {$count} کمپین از {$total} کمپین `{$block}` به هیچ اقدامی از برنامه نمی‌رسد: {$names}
tracking-results-still-count = نتیجه‌هایشان همچنان برای هدف‌های مرحلهٔ خودشان شمرده می‌شود
tracking-campaigns-reach-nothing-fix = کمپین‌ها را همان‌طور بنامید که اقدام‌ها نام دارند، یا `rule`هایی اضافه کنید که آن‌ها را به اقدامی بفرستند (`show actuals unmatched` آن‌ها را فهرست می‌کند)
tracking-goal-on-pace = هدف `{$goal}` آهنگی را که موعدش لازم دارد نگه می‌دارد
tracking-goal-behind-run-rate = هدف `{$goal}` عقب است: آهنگش {$rate} {$stage} در هر {$per} است ({$window})، در برابر {$expected} در هر {$per} که شیب رسیدنش به {$target} تا {$deadline} تا امروز لازم دارد
tracking-per-day = روز
tracking-per-week = هفته
tracking-per-month = ماه
tracking-per-quarter = سه‌ماهه
tracking-per-year = سال
tracking-goal-behind = هدف `{$goal}` عقب است: {$achieved} از {$target} {$stage}، {$pace} در ماه در برابر {$needed} در ماه که تا {$deadline} لازم دارد
tracking-goal-behind-fix = پول را به کانالی ببرید که {$stage} را ارزان‌تر از همه می‌خرد (`show reallocate`)، یا مقدار هدف را از نو تعیین کنید

## actuals: goals over several blocks, results-only blocks by channel

actuals-goals-counted = هدف‌ها نتیجه‌های همهٔ بلوک‌ها را می‌شمارند، هر کدام تا روز آخر خودش: {$stages}
actuals-goals-counted-stage = {$stage} از {$blocks}، تا {$day}
actuals-results-alone-by-channel = داده‌های واقعی {$block} تا {$day}: فقط نتیجه‌ها (بی ستون `amount`)، بی خرج به تفکیک کانال؛ برای هدف‌های مرحله‌هایشان شمرده می‌شوند

tracking-budget-lands-within = بودجهٔ `{$budget}` در حد کلش می‌ماند
tracking-budget-lands-over = بودجهٔ `{$budget}` با آهنگ خرج امروز به {$landsAt} می‌رسد، بیش از {$total} آن
tracking-budget-lands-unplanned = {$landsAt} از آن خرجی است که هیچ اقدامی نامش را نمی‌برد ({$keys})، با آهنگ خرجش تا پایان دورهٔ برنامه
tracking-budget-lands-over-fix = اقدام‌هایی را که جلوتر از برنامه‌اند کند کنید (`show variance`)
tracking-budget-lands-unplanned-fix = کمپین‌هایی را که در برنامه نیستند متوقف کنید، یا برایشان اقدام اضافه کنید؛ اقدام‌هایی را که جلوتر از برنامه‌اند کند کنید (`show variance`)
tracking-reallocate = انتقال {$amount} از {$from} به {$to}، {$gain} {$stage} بیشتر می‌خرد
tracking-reallocate-note = {$stage} بعدی در {$to} {$cost} و در {$from} {$fromCost} هزینه دارد
tracking-reallocate-note-none = {$stage} بعدی در {$to} {$cost} هزینه دارد؛ {$from} هیچ نخرید
tracking-reallocate-fix = `show reallocate` را ببینید؛ `move` و `elasticity` در بلوک داده‌های واقعی مبلغ و فرض را تعیین می‌کنند

## Actuals: reading an actuals block's files (Sources/MPlanPlanning/ActualsLoader*.swift, ActualsCurrency.swift)

# Arguments: {$path} is a file as the block names it, {$block} the actuals block's name,
# {$column} a column's heading, {$field} the block's field that names it (date, action, amount…).
# {$path} is empty: no header row.
actuals-file-empty = `{$path}` خالی است: نه سطر سرستون دارد، نه سطری
actuals-file-empty-fix = گزارش را دوباره، همراه سطر سرستونش، خروجی بگیرید
actuals-unknown-column = `{$path}` ستونی به نام "{$column}" برای {$field} ندارد
# {$columns}: the file's headings, each in quotes, joined by commas.
actuals-columns-found = ستون‌های یافته‌شده: {$columns}
actuals-column-did-you-mean = منظورتان "{$column}" بود؟
actuals-unknown-column-fix = یکی از ستون‌های یافته‌شده را نام ببرید
# {$fields}: the fields of the row; {$columns}: the fields of the header (counts).
actuals-row-short = سطر {$fields} فیلد دارد؛ سرستون {$columns}
actuals-row-too-wide = سطر {$fields} فیلد دارد؛ سرستون {$columns}: آیا ویرگولی درون یک مبلغ یا نام هست؟ آن فیلد را در گیومه بگذارید
# {$cell}: the cell as written (its start, when long).
actuals-cell-not-a-day = `{$cell}` روز نیست
actuals-cell-not-an-amount = `{$cell}` مبلغ نیست
actuals-cell-not-a-count = `{$cell}` شمارش نیست
actuals-not-utf8 = `{$path}` متن UTF-8 نیست؛ خانه‌هایی از آن که UTF-8 نیستند به شکل Windows-1252 (Latin-1) خوانده شدند، همان‌طور که Excel در ویندوز CSV را ذخیره می‌کند
actuals-not-utf8-fix = نام‌های دارای نشانه را در `show actuals` بررسی کنید؛ برای اطمینان فایل را به شکل "CSV UTF-8" ذخیره کنید
# {$count}: the rows skipped.
actuals-days-already-read = {$count} سطر از `{$path}` روزی از یک کمپین را می‌دهد که فایلی پیش‌تر داده بود؛ کنار گذاشته شد تا چیزی دو بار شمرده نشود
actuals-days-already-read-fix = هر فایل را یک بار فهرست کنید، یا خروجی‌ای را که فایل تازه‌تر دربر دارد حذف کنید
# {$count}: the rows skipped; {$period}: the block's period as mplan prints it.
actuals-outside-period = {$count} سطر از `{$path}` بیرون از {$period} می‌افتد؛ کنار گذاشته شد
actuals-outside-period-fix = `period` را گسترده‌تر کنید، یا برای خواندن همهٔ سطرها آن را بردارید
# {$reason}: the system's reason, in its words.
actuals-cannot-read = `{$path}` خوانده نمی‌شود: {$reason}
actuals-cannot-read-fix = مسیر نسبت به پوشهٔ برنامه است؛ املایش را بررسی کنید
# {$kind}: what the path is instead (a folder, a named pipe).
actuals-not-a-file = `{$path}` {$kind} است، نه فایل CSV
actuals-folder-fix = نام فایلی درون آن را بدهید
actuals-not-a-file-fix = خروجی را در فایلی ذخیره کنید و نام آن فایل را بدهید
# {$line}: the line of the first NUL byte.
actuals-binary = `{$path}` متن نیست (یک بایت NUL در خط {$line}): آیا صفحه‌گسترده است؟
actuals-binary-fix = آن را به شکل CSV خروجی بگیرید (جداشده با ویرگول، نقطه‌ویرگول یا تب، UTF-8)
actuals-utf16 = `{$path}` متن UTF-16 است؛ mplan فایل CSV را با UTF-8 می‌خواند
actuals-utf16-fix = آن را به شکل "CSV UTF-8" ذخیره کنید
# {$problem}: what is wrong with the row (another message).
actuals-row-skipped = سطر کنار گذاشته شد: {$problem}
actuals-row-skipped-fix = سطر را در فایل درست کنید؛ سطرهای دیگر خوانده می‌شوند
# {$count}: damaged rows in all; {$shown}: those reported one by one above.
actuals-rows-skipped = روی هم {$count} سطر آسیب‌دیده از `{$path}` کنار گذاشته شد ({$shown} سطر اول در بالا)
# {$written}: the block's decimal_mark as written.
actuals-decimal-mark = `decimal_mark` "." (1,234.50) یا "," (1.234,50) است، نه {$written}
actuals-decimal-mark-fix = وقتی فایل `1.234,50` می‌نویسد بنویسید `decimal_mark ","`، و برای `1,234.50` بنویسید `decimal_mark "."`
# {$line}: the row's line; {$currency}: the row's currency; {$target}: the block's; {$plain} is
# yes when the cell had no currency of its own, and {$source} then says where its currency
# was stated; {$planCurrency} is yes when {$target} is the plan's currency.
actuals-no-rate = `{$path}` خط {$line} به {$currency} است{$plain ->
        [yes] {" ("}{$source})
       *[no] {""}
    }؛ داده‌های واقعی `{$block}` به {$target} شمرده می‌شوند{$planCurrency ->
        [yes] ، ارز برنامه
       *[no] {""}
    }، و هیچ نرخی آن‌ها را به هم تبدیل نمی‌کند
actuals-no-rate-note = هر رقم پیش از جمع یا مقایسه به یک ارز تبدیل می‌شود
actuals-no-rate-plain-fix = در بلوک `currency CODE` را با ارز خانه‌های بی‌نمادش بنویسید، یا نرخ را پیش از بلوک بیان کنید (`rate {$currency} = 1.08 {$target}`)
actuals-no-rate-fix = نرخ را پیش از بلوک بیان کنید (`rate {$currency} = 1.08 {$target}`)، یا سطرهای هر ارز را در بلوک `actuals` جداگانه‌ای بخوانید
# Where the currency of a cell with no symbol or code was stated.
actuals-plain-from-block = `currency` بلوک
actuals-plain-from-plan = ارز برنامه
actuals-plain-usd = USD، چون `currency`ی بیان نشده است

# {$field}: the block's field (date, action, amount…).
actuals-column-in-quotes = `{$field}` ستونی از فایل را در گیومه نام می‌برد
actuals-column-in-quotes-fix = بنویسید `{$field} "Column heading"`
# {$example}: a heading such a column often has ("Day", "Cost").
actuals-column-not-said = داده‌های واقعی `{$block}` نمی‌گوید کدام ستون {$field} را دارد
actuals-column-not-said-fix = `{$field} "{$example}"` را با سرستون آن ستون اضافه کنید
actuals-key-not-said = داده‌های واقعی `{$block}` نمی‌گوید کدام ستون نام کمپین یا کانال را دارد
actuals-key-not-said-fix = `action "Campaign"` (سطرها به تفکیک اقدام برنامه) یا `channel "Source"` را اضافه کنید
# {$written}: the block's day_order as written.
actuals-day-order = `day_order` یا `DMY` است (03/04 یعنی 3 آوریل) یا `MDY` (4 مارس)، نه `{$written}`
actuals-day-order-fix = بنویسید `day_order DMY` یا `day_order MDY`
actuals-file-not-said = داده‌های واقعی `{$block}` نمی‌گوید کدام فایل را بخواند
actuals-file-not-said-fix = `from "ads-2026.csv"` را اضافه کنید (برای چند فایل: `from "q1.csv", "q2.csv"`)

## Actuals: rules (Sources/MPlanPlanning/ActualsLoader+Rules.swift, ActualsRules.swift, ActualsRuleText.swift)

# Arguments: {$rule}, {$winner} and {$other} name a rule (actuals-rule-number or
# actuals-rule-line); {$path} is a rules table or data file; {$line} and {$character} are
# counts; {$cell} a cell as written; {$problem} what is wrong (another message).
actuals-rule-in-quotes = قاعده در گیومه نوشته می‌شود
actuals-rule-in-quotes-fix = بنویسید `rule "Campaign like 'Search | Brand | *' => action brand"`
# {$number}: the rule's place among the block's `rule` fields.
actuals-rule-number = قاعدهٔ {$number}
actuals-rule-line = `{$path}` خط {$line}
actuals-rules-in-quotes = `rules` جدول CSV قاعده‌ها را در گیومه نام می‌برد
actuals-rules-in-quotes-fix = بنویسید `rules "campaigns.csv"`: سطر سرستونی از ستون‌ها و `action`، `channel` یا `stage`
actuals-rules-file-empty = `{$path}` خالی است: نه سطر سرستون دارد، نه قاعده‌ای
actuals-rules-file-empty-fix = سرستونی مانند `Campaign,action` بنویسید و در هر سطر یک قاعده
actuals-rules-assign-nothing = `{$path}` ستون `action`، `channel` یا `stage` ندارد: قاعده‌هایش چیزی را نسبت نمی‌دهند
actuals-rules-assign-nothing-fix = ستون `action` (یا `channel`، `stage`) را با آنچه به الگوی هر سطر داده می‌شود اضافه کنید
actuals-no-such-stage = `{$cell}` مرحله نیست
# {$stages}: the stage words, joined by commas.
actuals-no-such-stage-fix = یکی از {$stages} را بنویسید
actuals-rule-cell-unreadable = {$rule} خوانده نمی‌شود: {$problem}، در نویسهٔ {$character} از `{$cell}`
actuals-rule-cell-fix = یک الگوی glob (`Search | Brand | *`)، `/regex/` یا یک مقایسه (`>100`) بنویسید
actuals-rule-unreadable = {$rule} خوانده نمی‌شود: {$problem}، در نویسهٔ {$character} از قاعده
actuals-rule-unreadable-note = قاعده `COLUMN like 'glob'` یا `COLUMN ~ /regex/` است (`and`، `not`)، سپس `=>` و آنچه نسبت می‌دهد
actuals-rule-unreadable-fix = آن را این‌طور بنویسید: `rule "Campaign like 'Search | Brand | *' => action brand"`
actuals-rule-expected-arrow = `and` یا `=>` انتظار می‌رفت
actuals-rule-expected-assignment = پس از `=>` یکی از `action`، `channel` یا `stage` انتظار می‌رفت
# {$word}: the word the rule wrote after `=>`.
actuals-rule-expected-name = پس از `{$word}` نام انتظار می‌رفت
actuals-rule-no-such-stage = `{$name}` مرحله نیست ({$stages})
actuals-rule-assigns = قاعده `action`، `channel` یا `stage` را نسبت می‌دهد، نه `{$word}`
actuals-rule-expected-end = پایان قاعده انتظار می‌رفت
actuals-rule-expected-column = سرستونی انتظار می‌رفت
# {$operator}: `~`, `like`, `<`…
actuals-rule-expected-pattern = پس از `{$operator}` الگویی انتظار می‌رفت
actuals-rule-expected-test = پس از ستون یکی از `~`، `like`، `=`، `!=`، `<`، `<=`، `>` یا `>=` انتظار می‌رفت
actuals-rule-expected-value = پس از `{$operator}` مقداری انتظار می‌رفت
# {$value}: the text the rule compares.
actuals-rule-not-a-number = `{$operator}` عددها را مقایسه می‌کند؛ `{$value}` عدد نیست
actuals-rule-slash-not-closed = `/`ی که این‌جا باز شد بسته نشده است
# {$pattern}: the regular expression; {$error}: the regular-expression engine's own words.
actuals-rule-regex = الگوی `{$pattern}` در نویسهٔ {$character} خود کامپایل نمی‌شود ({$error})
actuals-rule-quote-not-closed = گیومه‌ای که این‌جا باز شد بسته نشده است
# What a rule assigns, joined as a list: {$action}, {$channel} names, {$stage} a stage word.
actuals-rule-assigns-action = اقدام `{$action}`
actuals-rule-assigns-channel = کانال `{$channel}`
actuals-rule-assigns-stage = مرحلهٔ {$stage}
# {$column}: the heading the rule reads.
actuals-rule-unknown-column = {$rule} ستون "{$column}" را می‌خواند، که `{$path}` ندارد
# {$text}: the cell both rules match; {$assigns}: what the winner assigns.
actuals-rules-overlap = {$other} هم با `{$text}` جور است (`{$path}` خط {$line})، که {$winner} آن را به {$assigns} می‌فرستد؛ نخستین تطبیق برنده است، پس {$winner} به کار می‌رود
actuals-rules-overlap-fix = یکی از دو الگو را تنگ‌تر کنید (`and not …`)، یا قاعده‌ای را که باید برنده شود اول بگذارید
actuals-rule-unused = {$rule} دربارهٔ هیچ سطری از فایل‌های بلوک تصمیم نگرفت: هیچ سطری با آن جور نیست، یا قاعده‌ای پیش‌تر آن‌ها را گرفت
actuals-rule-unused-fix = الگویش را با `show actuals unmatched` بسنجید، یا آن را بردارید

## Actuals: members, reach, reallocation and review (Sources/MPlanPlanning/ActualsMembers.swift, ActualsTargets.swift, ActualsTracking.swift, ActualsReallocation.swift, ActualsReview.swift)

# Arguments: {$block} is an actuals block's name, {$member} the member asked for
# (`leads`, `spend`), {$channel} and {$action} names of the plan or its actuals.
actuals-member-unread = داده‌های واقعی `{$block}` خوانده نشد، پس `{$block}.{$member}` مقداری ندارد
actuals-member-unread-fix = نخست خطایی را که در فایل‌هایش گزارش شده درست کنید
actuals-member-unmapped = داده‌های واقعی `{$block}` ستونی را که `{$member}` لازم دارد نگاشت نمی‌کند
actuals-member-unmapped-fix = آن را در بلوک نگاشت کنید (`leads "Leads"`، `customers "Customers"`، `revenue "Revenue"`)
# Why a channel may take no more money, said after its name in `show reallocate`.
actuals-held-not-in-plan = `{$channel}` در برنامه نیست، PLAN-T03
actuals-held-over-cost = `{$action}` از هزینه‌اش فراتر رفته است، PLAN-T01
actuals-held-ahead-of-pace = `{$action}` جلوتر از آهنگش است، PLAN-T01
# Why a channel's spend cannot be spread over its actions: {$actions} and {$uncosted} are
# lists of action names in backticks.
actuals-channel-no-planned-spend = اقدام‌هایش، {$actions}، هیچ خرجی برنامه‌ریزی نکرده‌اند، پس سهمی برای پخش کردن آن نیست
actuals-channel-uncosted = اقدام‌هایش، {$actions}، بر پایهٔ هزینهٔ برنامه‌ریزی‌شده‌شان پخش می‌شوند، و {$uncosted} هیچ هزینه‌ای بیان نمی‌کند
# {$days}: the periods of the channel's spend, each "2027-01-01 .. 2027-01-31", joined by commas.
actuals-channel-idle-days = هیچ‌یک از اقدام‌هایش در {$days} اجرا نمی‌شود، پس سهم برنامه‌ریزی‌شدهٔ هیچ اقدامی آن خرج را نمی‌گیرد
# A channel or campaign no action of the plan reaches, as a row of a table.
actuals-channel-not-in-plan = {$channel} (در برنامه نیست)
# show actuals unmatched: {$rows} counts the rows, {$shown} is that count as mplan prints it.
actuals-unmatched-none = داده‌های واقعی {$block}: هر سطر با قاعده‌ای جور است یا اقدامی را نام می‌برد
actuals-unmatched-rows = داده‌های واقعی {$block}: {$shown} سطر که هیچ قاعده‌ای با آن جور نیست و هیچ اقدامی را نام نمی‌برد
actuals-heading-first-day = روز اول
actuals-heading-last-day = روز آخر
# {$word}: what followed `by`.
actuals-review-grouping = بازبینی بر پایهٔ `channel` یا `action` گروه‌بندی می‌کند، نه `{$word}`
actuals-review-grouping-fix = بنویسید `show review` (به تفکیک کانال) یا `show review by action`
# A column of the review: the spend per result of a stage ({$stage}: "lead", "MQL").
actuals-heading-cost-per = به ازای هر {$stage}
# {$blocks}: actuals blocks' names, joined by commas; {$first} and {$last}: dates.
actuals-review-spend-joined = خرج داده‌های واقعی {$blocks} در همان روزها ({$first} تا {$last})، به تفکیک کانال کنار هم گذاشته شده
# {$stages}: the stages added, joined by commas, or actuals-review-results.
actuals-review-results-joined = {$stages} از داده‌های واقعی {$blocks} در همان روزها ({$first} تا {$last})، به تفکیک کانال کنار هم گذاشته شده
actuals-review-results = نتیجه‌ها
# {$names}: the rows with no known spend, joined by commas; {$count}: how many.
actuals-review-unknown-spend = هیچ بلوک دارای خرجی {$names} را گزارش نمی‌کند، پس {$count ->
        [one] هزینه‌اش
       *[other] هزینه‌هایشان
    } نامعلوم است (—)؛ هزینه‌های جمع کل فقط سطرهای دارای خرج را می‌شمارد
# {$stage}: the last stage in the singular ("customer"); {$stages}: its heading ("customers").
actuals-review-sorted = مرتب به ترتیب هزینه به ازای هر {$stage}، ارزان‌ترین اول؛ سطرهای بی {$stages} در آخر، به ترتیب خرج

## Actuals: the views (Sources/MPlanPlanning/ActualsViews*.swift)

# Arguments: {$block} is an actuals block's name, {$blocks} several joined by commas;
# {$date}, {$first} and {$last} are dates; {$from}, {$to} and {$channel} channels;
# {$stage} a stage's heading ("MQLs"); every other argument is a value as mplan prints it.
actuals-variance-no-rows = سطری نیست: چیزی برای مقایسه با برنامه نیست
actuals-variance-by-channel-heading = برنامه در برابر واقعی به تفکیک کانال تا {$date} ({$blocks})
# Column headings of the variance tables.
actuals-heading-to-date = تا امروز
actuals-heading-actual-of-to-date = واقعی [% از تا امروز]
actuals-heading-lands-at = پیش‌بینی پایان
# The row of spend no action of the plan names.
actuals-row-not-in-plan = بیرون از برنامه
# {$spend}: the block with spend whose channels the results rank.
actuals-reallocate-results-alone = داده‌های واقعی {$block}: فقط نتیجه‌ها (بی `amount`)؛ شمارش‌هایش کانال‌های `{$spend}` را رتبه‌بندی می‌کنند (`show reallocate {$spend}`)
actuals-reallocate-too-few = داده‌های واقعی {$block}: کمتر از دو کانال نتیجه دارند؛ چیزی برای جابه‌جایی میانشان نیست
actuals-heading-average-cost = هزینهٔ میانگین
actuals-heading-next-one-costs = هزینهٔ بعدی
# In the column "next one costs", for a channel that bought no result.
actuals-nothing-bought = چیزی نخرید
actuals-reallocate-heading = دلار بعدی کجا برود (داده‌های واقعی {$block}، {$stage})
actuals-reallocate-joined = نتیجه‌های داده‌های واقعی {$blocks} در همان روزها ({$first} تا {$last}) به تفکیک کانال کنار هم گذاشته شده
# {$held}: the channels held back, actuals-held-back joined by actuals-held-back-more.
actuals-reallocate-none-may-take = هیچ کانالی نمی‌تواند بیشتر بگیرد: {$held}
# {$amount}: the money moved; {$lost}: the results the move would lose.
actuals-reallocate-no-gain = هیچ جابه‌جایی‌ای {$stage} بیشتری نمی‌خرد: انتقال {$amount} از {$from} به {$to} {$lost} {$stage} را از دست می‌دهد؛ خرج را همان‌جا که هست نگه دارید
# {$elasticity}: the exponent, as mplan prints a number.
actuals-reallocate-assumes = فرض: نتیجه ∝ خرج^{$elasticity} (بازده کاهنده؛ `elasticity` را در بلوک داده‌های واقعی تعیین کنید)
actuals-heading-from = از {$channel}
actuals-heading-to = به {$channel}
actuals-reallocate-move = انتقال {$amount} از {$from} به {$to}:
actuals-reallocate-not-to = نه به {$held}، هرچند نتیجهٔ بعدی‌اش ارزان‌تر است
# {$after} and {$before}: the goal's results after and before the move; {$target}: its target.
actuals-reallocate-goal-after = هدف {$goal}: پس از جابه‌جایی با نتیجه‌های امروز {$after} از {$target} ({$before} پیش از آن)
# A channel held back and why ({$reason}: actuals-held-…).
actuals-held-back = {$channel} ({$reason})
# A list of held-back channels: {$list} so far, then {$next}.
actuals-held-back-more = {$list}؛ {$next}

# {$currencies}: the currency codes converted, as a list ending in actuals-list-and-last.
actuals-converted = {$currencies} با نرخ‌های برنامه تبدیل شد
actuals-list-and-last = {$first} و {$last}
# Rows show actuals did not count: {$count} as mplan prints a number; {$reasons} a list of
# actuals-skipped-damaged, -already-read and -outside-period.
actuals-skipped = {$count} کنار گذاشته شد
actuals-skipped-why = {$count} کنار گذاشته شد: {$reasons}
actuals-skipped-damaged = {$count} آسیب‌دیده
actuals-skipped-already-read = {$count} پیش‌تر خوانده‌شده
actuals-skipped-outside-period = {$count} بیرون از دوره
# Two or more blocks with spend added together: {$blocks} their names.
actuals-combined-by-channel-heading = برنامه در برابر واقعی به تفکیک کانال تا {$date}، بلوک‌های {$blocks} روی هم
actuals-combined-heading = برنامه در برابر واقعی تا {$date}، بلوک‌های {$blocks} روی هم
actuals-heading-actual-of-planned = واقعی [% از برنامه]
actuals-heading-so-far-of-planned = تا کنون [% از برنامه]
# {$budget}: the budget's name; {$control}: its `control` word (monthly, quarterly).
actuals-combined-checkpoints = بودجهٔ {$budget}: نقطه‌های بازبینی کنترل {$control}، بلوک‌ها روی هم

actuals-none-read = هیچ داده‌ای واقعی خوانده نشد: آن را اعلان کنید: `actuals spend from "ads.csv" {"{"} date "Day"  action "Campaign"  amount "Cost" {"}"}`
# {$word}: what followed `by`.
actuals-variance-grouping = برنامه در برابر واقعی بر پایهٔ `action` یا `channel` گروه‌بندی می‌کند، نه `{$word}`
actuals-variance-grouping-fix = بنویسید `show variance` (به تفکیک اقدام) یا `show variance by channel`
# The first line of show actuals: {$rows} counts the rows read, {$shown} is that count as
# mplan prints it; {$currency} the block's currency code; {$first} and {$last} its days.
actuals-summary = داده‌های واقعی {$block}: {$shown} سطر، {$currency}
actuals-summary-dated = داده‌های واقعی {$block}: {$shown} سطر از {$first} تا {$last}، {$currency}
actuals-heading-rules-give = قاعده‌ها می‌دهند
actuals-heading-as-exported = همان‌طور که خروجی گرفته شد
actuals-results-alone = داده‌های واقعی {$block} تا {$date}: فقط نتیجه‌ها (بی ستون `amount`)؛ برای هدف‌های مرحله‌هایشان شمرده می‌شوند
actuals-heading-in-range = در بازه
# In a goal's status column.
actuals-goal-no-actuals = داده‌ای واقعی برای {$stage} نیست
actuals-goal-on-pace = هم‌گام با برنامه
actuals-goal-past-due = موعد گذشته
# {$period}: the plan's period as mplan prints it.
actuals-checkpoint-outside = نقطهٔ بازبینی {$date} بیرون از دورهٔ برنامه ({$period}) است
actuals-checkpoint-outside-fix = نقطهٔ بازبینی روزی از برنامه است، از {$first} تا {$last}
actuals-checkpoint-none = نقطهٔ بازبینی {$date}: تا آن روز داده‌ای واقعی نیست
# The first line of a block's views with what reading noted: {$summary} is actuals-summary,
# {$notes} actuals-skipped… and actuals-converted, joined by actuals-notes-more.
actuals-summary-notes = {$summary} ({$notes})
actuals-notes-more = {$list}؛ {$next}
# The heading of plan versus actual: {$date} the day it is judged on, {$block} the block.
actuals-variance-heading = برنامه در برابر واقعی تا {$date} ({$block})
actuals-variance-checkpoint-heading = نقطهٔ بازبینی {$date} ({$block})
# {$heading}: one of the two above; {$last}: the last day of the actuals.
actuals-variance-actuals-end = {$heading}؛ داده‌های واقعی در {$last} پایان می‌یابند
actuals-variance-rows-before-plan = {$heading}؛ {$rows ->
        [one] {$rows} سطر پیش از دورهٔ برنامه شمرده نمی‌شود
       *[other] {$rows} سطر پیش از دورهٔ برنامه شمرده نمی‌شوند
    }
actuals-variance-planned-to-date = برنامهٔ تا امروز هزینهٔ هر اقدام را یکنواخت روی ماه‌هایش پخش می‌کند؛ پیش‌بینی پایان با آهنگ خرج روزانهٔ امروز است
actuals-variance-unplanned-note = بیرون از برنامه: خرجی که هیچ اقدامی نامش را نمی‌برد، در بودجه‌اش شمرده می‌شود؛ پیش‌بینی پایانش با آهنگ خرج امروز تا پایان دورهٔ برنامه است
# A channel's spend spread over its actions: {$shares} a list of actuals-action-share,
# {$spans} of actuals-channel-spread-span joined by actuals-notes-more.
actuals-action-share = `{$action}` {$share}
actuals-channel-spread-share = خرج {$channel} به نسبت سهم برنامه‌ریزی‌شدهٔ اقدام‌هایش میان آن‌ها پخش می‌شود: {$shares}
actuals-channel-spread-span = {$first} .. {$last} {$shares}
actuals-channel-spread-daily = خرج {$channel} میان اقدام‌هایی که هر روز اجرا می‌شوند به نسبت خرج برنامه‌ریزی‌شده‌شان در آن روز پخش می‌شود: {$spans}
# Rows of the variance tables.
actuals-row-not-spread = پخش‌نشده
actuals-row-in-no-budget = در هیچ بودجه‌ای
# {$control}: the budget's `control` word (monthly, quarterly).
actuals-checkpoints-heading = بودجهٔ {$budget}: نقطه‌های بازبینی کنترل {$control}
actuals-heading-pace-a-month = آهنگ ماهانه
actuals-heading-needed-a-month = نیاز ماهانه
actuals-goal-reached = رسیده
actuals-goal-behind = عقب
# hledger's compact form: `$352 [88% of $400]`.
actuals-compact = {$actual} [{$percent} از {$planned}]
# A run-rate goal's note: {$goal} its name, {$per} the time its rate is per (month),
# {$expected} where a straight ramp stands today; {$window} one of actuals-run-rate-….
actuals-run-rate = هدف `{$goal}` یک نرخ جاری است: مقدار محقق‌شده نرخ آن {$window} است؛ رشدی یکنواخت از مقدار پایه تا مقدار هدفش امروز به {$expected} در هر {$per} رسیده است
actuals-run-rate-stated-window = در {$window}، بازه‌ای که بیان می‌کند، به نسبت سهم تقویمی‌اش از یک {$per}
actuals-run-rate-last-whole = در {$window}، آخرین {$per} کامل
actuals-run-rate-stated-before-baseline = از {$first} تا {$last}، به نسبت سهمش از یک {$per} (بازه‌ای که بیان می‌کند به پیش از تاریخ مقدار پایه‌اش می‌رسد)
actuals-run-rate-no-whole = از {$first} تا {$last}، به نسبت سهمش از یک {$per} (هنوز هیچ {$per} کاملی نگذشته)

## What-if: goal seek (Sources/MPlanPlanning/GoalSeeker+Report.swift)

# Arguments: {$input} is the input solved for, {$result} the result's expression as written,
# {$relation} `=`, `<=` or `>=`; {$goal} the condition as written (`mrr >= $10,000`); every
# other argument is a value as mplan prints it.
solve-result-ignores-input = `{$result}` با `{$input}` تغییر نمی‌کند: برای هر مقدار آزموده {$value} است
solve-tried = {$count} مقدار از `{$input}` آزموده شد
solve-result-ignores-input-fix = برای ورودی‌ای حل کنید که `{$result}` به آن وابسته است
# {$side}: `above` or `below` the target.
solve-closest = نزدیک‌ترین: {$result} = {$value} در `{$input}` = {$at}؛ در همهٔ مقدارهای آزموده نتیجه {$side ->
        [above] بالاتر از
       *[below] پایین‌تر از
    } مقدار هدف است
solve-no-solution = هیچ مقداری از `{$input}` از {$low} تا {$high} شرط {$result} {$relation} {$target} را برقرار نمی‌کند
solve-no-solution-give-range = بازه‌ای برای جست‌وجو بدهید: `solve {$input} from A to B for …`
solve-no-solution-widen = بازهٔ پس از `from` را گسترده‌تر کنید
# The answer's line: {$meaning} is one of the solve-… sentences below; {$evaluations} counts
# the runs of the plan it took.
solve-answer = {$result} = {$value}: {$meaning} ({$evaluations ->
        [one] {$evaluations} ارزیابی
       *[other] {$evaluations} ارزیابی
    })
solve-holds-throughout = هر `{$input}` آزموده از {$low} تا {$high} {$goal} را برقرار نگه می‌دارد؛ این یکی به مقدار هدف نزدیک‌ترین است
solve-shown-rounded = {$meaning}؛ `{$input}` گردشده نشان داده شده، و نتیجه همان پیش از گرد کردن است
# {$side}: `largest` or `smallest`.
solve-extreme = {$side ->
        [largest] بزرگ‌ترین
       *[smallest] کوچک‌ترین
    } `{$input}` با {$goal}
# {$stretch}, {$stretches}: solve-stretch, several joined by solve-stretches-and.
solve-extreme-holds = {$meaning}؛ برای `{$input}` {$stretch} برقرار است
solve-one-of-boundaries = یکی از {$turns} مرز، نزدیک‌ترین به مقدار کنونی {$now}
solve-several-stretches = {$which}؛ {$goal} در چند بازه از `{$input}` میان {$low} و {$high} برقرار است، و این لبهٔ یکی از آن‌هاست
solve-holds-for = {$which}؛ {$goal} برای `{$input}` {$stretches} برقرار است
solve-stretch = از {$low} تا {$high}
solve-stretches-and = {$list} و {$next}
solve-on-target = روی مقدار هدف
solve-steps = هیچ مقداری دقیقاً {$goal} را نمی‌دهد: از {$low} به {$high} پله می‌خورد
solve-steps-between = {$meaning} میان {$lower} و {$upper}
solve-lies-between = {$goal} میان {$lowerResult} در {$lower} و {$upperResult} در {$upper} است، و این یکی با رقم‌های نشان‌داده نزدیک‌تر است
solve-nearest = نزدیک‌ترین مقدار یافته‌شده به {$goal}
# {$others}: the other values of the input where the result crosses the target, as a list.
solve-also-crosses = {$meaning}؛ نتیجه در `{$input}` = {$others} هم از {$goal} می‌گذرد
solve-crosses-times = {$meaning}؛ نتیجه در مقدارهای جست‌وجوشده {$turns} بار از {$goal} می‌گذرد

## show: goals, actions and a budget (Sources/MPlanPlanning/PlanTables.swift, PlanPresenter.swift)

show-no-goals = این برنامه هدفی ندارد
show-no-actions = این برنامه اقدامی ندارد
# A budget's heading: "budget marketing — Growth (top-down, controlled monthly by CMO)".
show-budget-heading = بودجه
show-budget-top-down = بالا به پایین
show-budget-bottom-up = پایین به بالا
show-budget-zero-based = صفرمبنا
# {$cadence}: the `control` word (monthly, weekly); {$by}: the `control_by` field.
show-budget-controlled = کنترل با آهنگ {$cadence}
show-budget-controlled-by = کنترل با آهنگ {$cadence} به دست {$by}
# A budget's accounts: a name, an amount and a note.
show-budget-account-given = داده‌شده
show-budget-account-committed = متعهدشده
show-budget-account-reserve = ذخیره
show-budget-account-available = در دسترس
show-budget-account-needed = موردنیاز
show-budget-account-chance-over = P(بیش از بودجه)
show-budget-account-reserve-for-ninety = ذخیره برای 90%
show-budget-actions = {$count ->
        [one] {$count} اقدام
       *[other] {$count} اقدام
    }
show-budget-reserve-none-kept = بی ذخیره
show-budget-needed-is = متعهدشده + ذخیره
show-budget-chance-over-is = پیامدهایی که در آن‌ها اقدام‌ها بیش از مبلغ داده‌شده تعهد می‌کنند
show-budget-reserve-for-ninety-is = صدک 90 متعهدشده، منهای میانگینش
# The pacing's columns.
show-budget-heading-week = هفته
show-budget-heading-month = ماه
show-budget-heading-cumulative = انباشته
show-budget-heading-per-day = روزانه
# A month's least and most spend in one day, each an amount as mplan prints it.
show-budget-day-range = {$least} تا {$most}
show-budget-unscheduled = زمان‌بندی‌نشده (بی دوره):
# An action the budget leaves out: "not counted: `ads` costs ¥50,000: no rate converts JPY
# into USD"; {$reason} is budget-not-a-cost or conversion-no-rate.
show-budget-not-counted = شمرده‌نشده:
show-budget-not-counted-costs = ` {$cost} هزینه دارد: {$reason}
show-budget-not-a-cost = هزینه‌ای بیش از صفر نیست

# {$name}: what `show` was asked for.
show-unknown-name = چیزی به نام `{$name}` برای نشان دادن نیست
show-unknown-name-fix = `show goals`، `show actions by owner` یا `show NAME` را امتحان کنید
# A kind of plan declaration in the plural ({$kind}: the keyword).
plan-kind-plural = {$kind ->
        [plan] برنامه‌ها
        [objective] اهداف شرکت
        [goal] هدف‌ها
        [budget] بودجه‌ها
        [action] اقدام‌ها
        [report] گزارش‌ها
       *[other] {$kind}
    }
# {$kinds}: plan-kind-plural; {$field}: the field written; {$fields}: the kind's fields, joined by commas.
show-no-field-to-group = {$kinds} فیلدی به نام `{$field}` برای گروه‌بندی ندارند
show-group-by-one-of = بر پایهٔ یکی از این‌ها گروه‌بندی کنید: {$fields}
show-none-of-kind = {$kinds}: هیچ موردی در این برنامه نیست
# The group of the items without the field ({$field}) grouped by.
show-group-none = (بی {$field})

## The plan's statements: export and members (Sources/MPlanPlanning/PlanHost.swift, PlanMembers.swift)

export-refused-here = این نشست نمی‌تواند فایل بنویسد، پس `export` پذیرفته نمی‌شود
# {$name}: what `export` was given.
export-what = `{$name}` چیزی نیست که خروجی بتواند در خود جای دهد
export-what-fix = `plan` را خروجی بگیرید، یا یک هدف، بودجه، قیف، هدف شرکت، اقدام، گزارش، عدد، جدول داده یا سناریوی مقایسه‌شده را با نامش خروجی بگیرید
# {$budget}.{$member} read (`marketing.available`) above an action ({$action}) it counts.
budget-read-before-declared = `{$budget}.{$member}` پیش از کامل شدن برنامه خوانده می‌شود: اقدام `{$action}` پایین‌تر اعلان شده است
budget-read-before-declared-fix = آن را در یک `print`، `show` یا `compare` بخوانید، که پس از اعلان کل برنامه اجرا می‌شوند، یا این خط را به زیر اقدام‌ها ببرید
label-still-to-come = در ادامه می‌آید

## Writing exports (Sources/MPlanKit/Session+Export.swift)

# {$error}: what stopped the export.
export-failed = برنامه خروجی گرفته نشد: {$error}
# {$name}: the format asked for; {$formats}: the formats (or extensions) as alternatives.
export-not-a-format = `{$name}` قالب خروجی نیست
export-use-format = از {$formats} استفاده کنید
export-unknown-extension = قالب `{$path}` را از پسوندش نمی‌توان فهمید
export-unknown-extension-fix = نام فایل را با {$formats} تمام کنید، یا --format بدهید
# {$tables}: the CSV views, joined by commas.
export-no-csv-table = جدول CSV به نام `{$table}` نیست
export-no-csv-table-fix = یکی از این‌ها را به کار ببرید: {$tables}، یا نام یک جدول داده (`let by_cpc = table …`)
export-table-not-csv = `--table` یک نمای CSV را برمی‌گزیند، اما این خروجی {$format} است
export-table-not-csv-fix = --table را حذف کنید، یا به یک فایل .csv خروجی بگیرید
export-stdout-failed = نمی‌توان در خروجی استاندارد نوشت
export-nothing-written = چیزی نوشته نشد؛ هر فایل پیشین دست‌نخورده است
# {$advice}: how to replace it anyway (`--force`, `:export! FILE`).
export-would-replace = `{$path}` وجود دارد و mplan آن را ننوشته، پس همان‌طور که بود ماند
export-would-replace-force-fix = به فایل دیگری خروجی بگیرید، یا آن را با {$advice} جایگزین کنید
export-would-replace-fix = به فایل دیگری خروجی بگیرید، یا نخست آن را حذف کنید
export-no-folder = پوشهٔ `{$folder}` وجود ندارد، پس `{$path}` را نمی‌توان نوشت
export-no-folder-fix = نخست پوشه را بسازید، یا به پوشه‌ای که وجود دارد خروجی بگیرید
# {$path}: the file as the script names it; {$target}: where its link leads.
export-outside-folder = اسکریپت نمی‌تواند `{$path}` را بنویسد: بیرون از پوشهٔ اسکریپت و پوشهٔ کنونی است
export-outside-folder-link = اسکریپت نمی‌تواند `{$path}` را بنویسد (پیوندی به `{$target}`): بیرون از پوشهٔ اسکریپت و پوشهٔ کنونی است
export-outside-folder-fix = زیر پوشهٔ اسکریپت خروجی بگیرید، یا پوشه را با `mplan run --allow-write DIR` مجاز کنید

## Live recalculation and scenarios at the prompt (Sources/MPlanKit/Session+Recalculation.swift, Session+REPL.swift)

# What an input changed: {$what} lists the names (each in backticks) and recalc-a-rate, or is
# recalc-the-blocks; {$name} is what no longer runs.
recalc-a-rate = نرخ یک ارز
recalc-the-blocks = بلوک‌های برنامه
recalc-no-longer-runs-name = این ورودی {$what} را تغییر می‌دهد، و `{$name}`، که به آن وابسته است، دیگر اجرا نمی‌شود؛ چیزی تغییر نکرد
recalc-no-longer-runs = این ورودی {$what} را تغییر می‌دهد، و آنچه به آن وابسته است دیگر اجرا نمی‌شود؛ چیزی تغییر نکرد
# {$name}: the name typed; {$through}: the name it reads that is worked out from it.
recalc-reads-itself = `{$name}` از خودش به دست می‌آمد: `{$through}` را می‌خواند، که از `{$name}` به دست می‌آید
recalc-reads-itself-fix = به مقدار تازه نامی از آنِ خودش بدهید (`let {$name}_2 = …`)، یا `{$through}` را دوباره بی `{$name}` تعریف کنید
# {$problem}: why the scenario could not be applied again (scenario-…).
recalc-nothing-changed = {$problem}؛ چیزی تغییر نکرد
# {$scenario}: the scenario named; {$guess} the closest one; {$error} the error; {$place}
# where it is (file:line:column).
scenario-none = سناریویی به نام `{$scenario}` نیست
scenario-none-did-you-mean = سناریویی به نام `{$scenario}` نیست؛ منظورتان `{$guess}` بود؟
scenario-no-longer-applies = سناریوی `{$scenario}` دیگر اعمال نمی‌شود: {$error}
scenario-plan-does-not-run = برنامه زیر `{$scenario}` اجرا نمی‌شود: {$error} (در {$place})

## The session: imports, :save and mplan fmt (Sources/MPlanKit/Session.swift, SessionScript.swift, FormattedPlan.swift)

# {$path}: the file imported; {$error}: why it could not be read.
import-cannot = نمی‌توان `{$path}` را وارد کرد: {$error}
import-unknown-module = ماژولی به نام `{$name}` در کتابخانهٔ استاندارد نیست
# {$modules}: the standard library's modules, joined by commas.
import-modules = ماژول‌ها: {$modules}
import-has-errors = `{$name}` خطا دارد: {$error}
# save-header, save-loaded-from, save-end-of and save-under-scenario are left out on purpose:
# :save writes its comments in English (SessionScript.swift renders them with .english).
fmt-file-unchanged = فایل تغییری نکرد
# {$kind}: loader-kind-….
fmt-not-a-file = `{$path}` {$kind} است، نه یک فایل معمولی، پس قالب‌بندی نشد
fmt-not-a-file-fix = فایل خود برنامه را قالب‌بندی کنید؛ `mplan fmt -` ورودی استاندارد را قالب‌بندی می‌کند

## The command line's last words and the line editor (Sources/mplan/InternalFault.swift, REPL/LibEditLineEditor.swift)

# Written to standard error when mplan itself crashes (exit 70), before it ends.
internal-fault = mplan: خطای درونی: خود mplan شکست خورد (نه اسکریپت شما)؛ لطفاً آن را همراه ورودی‌ای که سببش شد گزارش دهید
# The line editor's functions, as libedit's `bind` lists them.
repl-key-interrupt = دور انداختن خط کنونی
repl-key-complete = کامل کردن واژهٔ پیش از مکان‌نما
repl-key-suspend = معلق کردن mplan
# Said once at the prompt's start when libedit cannot be loaded; {$reason} is the system's words.
repl-line-editor-missing = هشدار: ویرایشگر خط بارگذاری نشد ({$reason})؛ خط‌ها بدون ویرایش، تاریخچه و تکمیل با Tab خوانده می‌شوند. برای داشتن آن‌ها libedit را نصب کنید (Debian: apt-get install libedit2)

## Writing files safely (Sources/MPlanKit/SafeWrite.swift: :save, exports, mplan fmt)

# Arguments: {$path} is the file named; {$reason} the system's words for the error.
safewrite-no-name = هیچ فایلی نام برده نشد
# {$kind}: safewrite-file-kind.
safewrite-not-regular = `{$path}` {$kind} است، نه یک فایل معمولی؛ نام یک فایل را بدهید
safewrite-file-kind = {$kind ->
        [directory] یک پوشه
        [device] یک دستگاه
        [fifo] یک لولهٔ نام‌دار (FIFO)
        [socket] یک سوکت
       *[other] یک فایل ویژه
    }
# {$advice}: how to replace it anyway (`:save! FILE`, `--force`).
safewrite-read-only-force = `{$path}` فقط‌خواندنی است؛ برای جایگزینی‌اش با این حال از {$advice} استفاده کنید
safewrite-read-only = `{$path}` فقط‌خواندنی است؛ نخست آن را نوشتنی کنید، یا فایل دیگری بنویسید
# {$what}: `direction` (an override or isolate) or `control`; {$code}: the character, U+…
safewrite-control-in-name = نام فایل `{$path}` {$what ->
        [direction] یک نویسهٔ نامرئی کنترل جهت
       *[control] یک نویسهٔ کنترلی
    } ({$code}) دارد؛ فایلی بی آن نام بگذارید
safewrite-link-loop = `{$path}` حلقه‌ای از پیوندهای نمادین است
safewrite-cannot-write = نمی‌توان `{$path}` را نوشت: {$reason}
# {$temporary}: the file the new text is kept in.
safewrite-cannot-write-kept = نمی‌توان `{$path}` را نوشت: {$reason}؛ متن تازه‌اش به‌طور کامل در `{$temporary}` نگه داشته شده است

## What-if: its inputs, data tables and scenarios (Sources/MPlanPlanning/PlanAnalysis*.swift)

# {$statement}: `solve`, `table` or `tornado`; {$name} the input as written; {$what} is
# whatif-is-uncertain or whatif-is-type ({$type}: what the value is).
whatif-varies-one-number = `{$statement}` یک عدد را تغییر می‌دهد، و `{$name}` {$what}
whatif-varies-one-number-fix = به `{$name}` یک مقدار بدهید، یا به جای آن سناریوها را مقایسه کنید
whatif-is-uncertain = نامطمئن است
whatif-is-type = {$type} است
whatif-result-one-number = `{$statement}` نتیجه‌ای می‌خواهد که یک عدد باشد، و `{$result}` {$what}
whatif-value-one-number = هر مقدار `{$name}` یک عدد است، نه {$type}
# {$unit}, {$other}: the units of the input and of the value written.
whatif-value-other-unit = `{$name}` {$unit} است، و این {$other} است
whatif-write-value-like = مقداری مانند {$value} بنویسید
whatif-value-plain-number = `{$name}` درصد است، و این عددی خالص است
# {$count}: the inputs written; {$cells}: the cells the table would have; {$limit}: how many it may.
whatif-table-too-many-inputs = جدول داده یک ورودی را تغییر می‌دهد، یا دو ورودی را به شکل شبکه؛ این یکی {$count} ورودی دارد
whatif-table-too-many-inputs-fix = دو ورودی نگه دارید، و برای بقیه سناریوها را مقایسه کنید
whatif-table-too-large = این جدول {$cells} خانه دارد، بیش از {$limit} خانه‌ای که جدول می‌تواند داشته باشد
whatif-table-too-large-fix = گامی بزرگ‌تر یا مقدارهای کمتری به کار ببرید
whatif-table-step = گام جدول بیش از صفر است؛ این یکی {$step} است
whatif-table-step-fix = گامی مثبت بنویسید؛ مقدارها از سر نخست به سر دوم می‌روند
whatif-table-too-many-values = `{$name}` {$count} مقدار می‌گرفت، بیش از {$limit} خانه‌ای که جدول می‌تواند داشته باشد
whatif-table-larger-step = گامی بزرگ‌تر به کار ببرید
# solve's target in another unit than its result.
solve-target-other-unit = `{$result}` {$unit} است، و مقدار هدف {$other} است
solve-target-like = مقدار هدفی مانند {$value} بدهید
solve-plan-does-not-run = برنامه با `{$input}` = {$value} اجرا نمی‌شود
compare-unknown-scenario = سناریوی ناشناختهٔ `{$scenario}`

## What-if: the tornado (Sources/MPlanPlanning/PlanAnalysis+Tornado.swift)

# Column headings; {$result} is the result's expression as written.
tornado-heading-low = پایین
tornado-heading-high = بالا
tornado-heading-result-at-low = {$result} در پایین
tornado-heading-at-high = در بالا
tornado-heading-swing = نوسان
# The tornado's first line: {$result} = {$base}, the result as the plan stands. {$held} lists
# the uncertain inputs held at their medians, {$count} how many; {$share} is a percentage.
tornado-headline = {$result} = {$base}
tornado-headline-held = {$result} = {$base} با {$held} روی {$count ->
        [one] میانه‌اش
       *[other] میانه‌شان
    }
tornado-headline-share = {$result} = {$base}؛ هر ورودی {$share} پایین‌تر و بالاتر از مقدارش
tornado-headline-share-held = {$result} = {$base}؛ هر ورودی {$share} پایین‌تر و بالاتر از مقدارش (برای {$held}: {$count ->
        [one] میانه‌اش
       *[other] میانه‌شان
    })
# {$line}: tornado-headline or tornado-headline-held; {$parts}: the tornado-part-… joined by
# tornado-parts-more. {$names} lists inputs, each in backticks.
tornado-headline-ends = {$line}؛ پایین و بالا: {$parts}
tornado-parts-more = {$list}؛ {$next}
tornado-part-range = بازهٔ 90% {$names}
tornado-part-given = دو سرِ داده‌شده برای {$names}
tornado-part-share = {$share} پایین‌تر و بالاتر از {$names}
# {$name}: the input; {$value}, {$low}, {$high}: values as mplan prints them.
tornado-input-without-range = `{$name}` یک مقدار است ({$value})، پس نمودار تورنادو بازه‌ای برای تغییر دادنش ندارد
tornado-input-without-range-fix = پس از ورودی‌ها `by 10%` را اضافه کنید، دو سر خودش را بدهید (`{$name} from {$low} to {$high}`)، یا مقدارش را به شکل بازه بنویسید (`{$low} to {$high}`)
tornado-invalid-spread = نمودار تورنادو هر ورودی را به اندازهٔ درصدی بیش از 0% و کمتر از 100% جابه‌جا می‌کند، نه {$value}

## The REPL's replies (Sources/mplan/REPL/REPL+Commands.swift)

# Arguments: {$command}, {$topic}, {$guess} (the nearest existing one), {$name},
# {$scenario}, {$table}, {$group} are what the user typed or a name they defined; {$topics},
# {$groups}, {$scenarios}, {$formats} are lists; {$path} is a file, {$format} an export
# format; {$under} is repl-under-scenario or repl-under-base; {$error} is a message;
# {$count} counts inputs, {$line} is a line number.
repl-unknown-command = فرمان ناشناختهٔ `:{$command}` (:help فرمان‌ها را فهرست می‌کند)
repl-unknown-command-did-you-mean = فرمان ناشناختهٔ `:{$command}`؛ منظورتان `:{$guess}` بود؟ (:help فرمان‌ها را فهرست می‌کند)
repl-load-needs-file = `:load` فایل می‌خواهد: :load plan.mplan
repl-session-reset = نشست از نو آغاز شد.
repl-check-unknown-group = `:check` گروهی از فهرست بررسی می‌گیرد، نه `{$group}` ({$groups})
repl-quit-takes-nothing = `:quit` پس از خود چیزی نمی‌گیرد
repl-no-help = راهنمایی دربارهٔ `{$topic}` نیست (موضوع‌ها: {$topics})
repl-no-help-did-you-mean = راهنمایی دربارهٔ `{$topic}` نیست؛ منظورتان `:help {$guess}` بود؟ (موضوع‌ها: {$topics})
repl-nothing-defined = هنوز چیزی تعریف نشده است.
repl-show-needs-name = `:show` نام می‌خواهد: :show marketing
repl-scenario-changes = سناریوی {$scenario}: برنامه با این تغییرها
repl-scenario-read-values = مقدارهایش را به شکل `{$scenario}.NAME` بخوانید؛ `compare base, {$scenario} on …` آن‌ها را کنار هم نشان می‌دهد
repl-unknown-name = چیزی به نام `{$name}` نیست
repl-unknown-name-did-you-mean = چیزی به نام `{$name}` نیست؛ منظورتان `{$guess}` بود؟
repl-under-scenario = سناریوی `{$scenario}`
repl-under-base = برنامهٔ نوشته‌شده (base)
repl-working-under = کار در {$under}؛ سناریوها: {$scenarios}
repl-working-under-no-scenarios = کار در {$under}؛ هنوز سناریویی نیست
repl-back-to-base = بازگشت به برنامهٔ نوشته‌شده.
repl-now-under-scenario = کار در سناریوی `{$scenario}`: مقدارها همان‌طور که در آن هستند نشان داده می‌شوند.
repl-table-needs-view = `--table` نمای جدول می‌خواهد: --table goals
repl-export-needs-file = `:export` فایل می‌خواهد: :export plan.html ({$formats})
repl-error-label = خطا
repl-exported-plan = برنامه در {$path} ({$format}) خروجی گرفته شد.
repl-exported-table = `{$table}` در {$path} ({$format}) خروجی گرفته شد.
repl-save-needs-file = `:save` فایل می‌خواهد: :save session.mplan
repl-saved = {$count} ورودی در {$path} ذخیره شد.
repl-saved-script-stops = `mplan run {$path}` در خط {$line} متوقف خواهد شد: {$error}

repl-nothing-to-reload = چیزی برای بارگذاری دوباره نیست: نخست اسکریپتی را با :load FILE بار کنید
# {$files} lists the files read; {$typed} and {$applied} count inputs typed at the prompt;
# {$input} is one of them, {$reason} the error that dropped it; {$problem} says why a scenario
# no longer runs.
repl-reload-nothing-changed = از آخرین بارگذاری چیزی تغییر نکرده است: {$files}
repl-reload-file-fails = `{$path}` دیگر بار نمی‌شود، پس نشست همان‌طور که بود ماند؛ آن را درست کنید و دوباره :reload کنید (یا :reset)
repl-reload-interrupted = بارگذاری دوباره متوقف شد (Ctrl-C)، پس نشست همان‌طور که بود ماند
repl-reloaded = دوباره بار شد: {$files} از آخرین بارگذاری تغییر کرده است.
repl-reloaded-applied-all = دوباره بار شد: {$files} از آخرین بارگذاری تغییر کرده است؛ {$typed} ورودی که در اعلان نوشته شده بود دوباره اعمال شد.
repl-reloaded-applied-some = دوباره بار شد: {$files} از آخرین بارگذاری تغییر کرده است؛ {$applied} از {$typed} ورودی که در اعلان نوشته شده بود دوباره اعمال شد.
repl-reload-dropped = `{$input}` (نوشته‌شده در اعلان) کنار گذاشته شد: پس از بارگذاری دوباره دیگر اجرا نمی‌شود: {$reason}
repl-since-last-load = آخرین بارگذاری
repl-reload-scenario-gone = سناریوی `{$scenario}` پس از بارگذاری دوباره دیگر نیست: بازگشت به برنامهٔ نوشته‌شده.
repl-reload-scenario-fails = {$problem}: بازگشت به برنامهٔ نوشته‌شده.

repl-welcome = mplan {$version} — برای راهنما :help، برای خروج Ctrl-D
repl-input-not-utf8 = این ورودی بایت‌هایی دارد که UTF-8 نیستند (به شکل � نشان داده شده‌اند)؛ ارزیابی نشد
# A goal's SMART letters after an input changed it: {$letters} is "S ✓ M ✗ A ? R ✓ T ✓".
repl-goal-letters = هدف `{$goal}`: {$letters}
repl-goal-letters-to-fix = هدف `{$goal}`: {$letters}   (:check smart می‌گوید چه چیزی را درست کنید)

## The REPL's history file (Sources/mplan/REPL/HistoryFile.swift)

# {$path} is the history file; {$reason} the system's own words for a failed read or write;
# {$megabytes} the largest size read; {$problem} one of the messages above it.
history-not-text = فایل تاریخچهٔ {$path} متن UTF-8 نیست
history-unreadable = فایل تاریخچهٔ {$path} خوانده نمی‌شود: {$reason}
history-is-folder = فایل تاریخچهٔ {$path} یک پوشه است
history-not-regular = فایل تاریخچهٔ {$path} فایل معمولی نیست
history-too-large = فایل تاریخچهٔ {$path} بزرگ‌تر از {$megabytes} MB است
history-unsaved = تاریخچه در {$path} ذخیره نمی‌شود: {$reason}
history-not-saved = {$problem}؛ تاریخچهٔ این نشست ذخیره نخواهد شد

## Watching files (Sources/mplan/Watch.swift: --watch and :reload)

# {$since} is watch-since-last-run or repl-since-last-load; {$count} counts files.
watch-since-last-run = آخرین اجرا
watch-nothing-changed = — از {$since} هیچ مقداری تغییر نکرده است
watch-changed = — از {$since}:
watch-watching = — زیر نظر داشتن {$count} فایل؛ Ctrl-C متوقف می‌کند

## The command line (Sources/mplan: usage, option help, command-line errors)

# Arguments: {$option} is an option as typed (`--seed=`), {$value} what followed it; {$word}
# a word that is no subcommand, {$nearest} the nearest one, {$commands} the list of them;
# {$group}, {$groups}, {$guess} a checklist group, the list, the nearest; {$folder} a folder;
# {$problem} what is wrong with a name; {$largest} the largest seed; {$formats} and
# {$names} list the export formats.
cli-mplan-abstract = زبان، مفسر و REPL برای برنامه‌های بازاریابی.
# What `mplan mplan --help` says below the usage. {$formats} lists the export formats.
cli-mplan-discussion =
    برنامه‌ها فایل‌های متنی کوتاه‌اند: اهداف شرکت، هدف‌های SMART، قیف‌ها، بودجه‌ها و اقدام‌هایی که در خدمت هدف‌ها هستند، با واحدهایی (پول، درصد، بازدید، MQL، مشتری، تاریخ) که مانند نوع بررسی می‌شوند.

    نمونه‌ها:
      mplan run examples/funnel.mplan      اجرای برنامه و چاپ آنچه می‌خواهد
      mplan examples/funnel.mplan          همان: نام فایل، فایل را اجرا می‌کند
      mplan run -                          اجرای برنامه از ورودی استاندارد
      mplan eval '$240k / ($24k per customer)'
      mplan check examples/funnel.mplan    فهرست آنچه برنامه کم دارد
      mplan fmt plan.mplan                 چیدن برنامه در تنها شکل استاندارد
      mplan export plan.mplan -o plan.html خروجی: {$formats}
      mplan                                آغاز اعلان تعاملی
cli-empty-option-value = خطا: {$option} پس از `=` مقداری ندارد (آیا متغیری تعریف نشده است؟)؛ مقداری بدهید، یا گزینه را ننویسید
cli-unknown-subcommand = خطا: زیرفرمان ناشناختهٔ `{$word}`، و فایلی به این نام هم نیست؛ زیرفرمان‌ها: {$commands}
cli-unknown-subcommand-did-you-mean = خطا: زیرفرمان ناشناختهٔ `{$word}`، و فایلی به این نام هم نیست؛ منظورتان `mplan {$nearest}` بود؟
cli-usage = کاربرد: mplan [{$commands}] …، یا mplan FILE.mplan؛ 'mplan --help' را ببینید
cli-option-color = رنگ پیام‌ها: auto (هنگام نوشتن در ترمینال و وقتی NO_COLOR تعیین نشده)، always، never.
cli-option-lang = زبان پیام‌های mplan: en، ar، fa یا ru (پیش‌فرض: `language` برنامه، وگرنه LC_ALL، LC_MESSAGES یا LANG، وگرنه انگلیسی).
cli-option-bidi = متن راست به چپ: isolate (FSI…PDI پیرامون نام‌ها و مقدارهای راست به چپ، برای ترمینال‌های دارای bidi)، none (همان‌طور که نوشته شده)، یا auto (isolate هنگام نوشتن در ترمینال).
cli-option-digits = چاپ مقدارها با رقم‌های latin (0-9، پیش‌فرض)، native (بر پایهٔ `language` برنامه: فارسی ۰-۹ برای fa، عربی شرقی ٠-٩ برای ar)، arabic یا persian.
# A locale mplan has no catalogue for, said once (in English, which follows): {$variable} is
# LC_ALL, LC_MESSAGES or LANG, {$locale} its value, {$languages} the ones mplan speaks.
cli-locale-not-spoken = یادداشت: mplan پیامی به زبان `{$language}` ندارد ({$variable}={$locale}): پیام‌ها انگلیسی‌اند مگر این‌که --lang یا `language` برنامه یکی از {$languages} را برگزیند
cli-option-samples = تعداد نمونه‌هایی که برای هر مقدار نامطمئن (`a to b`) کشیده می‌شود، از 1 تا 100,000,000 (پیش‌فرض 10,000).
cli-option-seed = بذر نمونه‌گیر: بذر یکسان عددهای یکسان می‌دهد.
cli-option-memory = حافظه‌ای که یک اجرا می‌تواند نگه دارد پیش از آن‌که با E0316 متوقف شود، مانند 512MB یا 8GB (پیش‌فرض 2GB).
cli-samples-invalid = --samples عددی صحیح از 1 تا 100,000,000 می‌گیرد، نه `{$value}`
cli-seed-invalid = --seed عددی صحیح از 0 تا {$largest} می‌گیرد، نه `{$value}`
cli-memory-invalid = --memory اندازه‌ای از 64MB تا 1024GB می‌گیرد، مانند 512MB یا 8GB، نه `{$value}`
cli-option-steps = تعداد ارزیابی‌هایی که یک اجرا می‌تواند انجام دهد پیش از آن‌که با E0319 متوقف شود (پیش‌فرض 100,000,000).
cli-steps-invalid = --steps عددی صحیح از 1,000 تا 1,000,000,000,000 می‌گیرد (پیش‌فرض 100,000,000 است)، نه `{$value}`
cli-check-abstract = بررسی کاستی‌های برنامه: هم‌راستایی، هدف‌های SMART، قیف، بودجه، اقدام‌ها، گزارش‌دهی.
# What `mplan check --help` says below the usage.
cli-check-discussion =
    فهرست بررسی را در گروه‌های هم‌راستایی، SMART، قیف، بودجه، اقدام‌ها و گزارش‌دهی چاپ می‌کند: برای هر مورد یک ✓ یا ✗ با دلیل، خط و راه‌حل، سپس یک خط خلاصه. docs/planning.md هر بررسی و docs/diagnostics.md هر کد را توضیح می‌دهد.

    نمونه‌ها:
      mplan check examples/flawed-plan.mplan
      mplan check --strict plan.mplan            # هشدار هم بررسی را رد می‌کند
      mplan check --format json plan.mplan       # برای ابزارهای دیگر
      mplan check --only smart plan.mplan        # کارگاه: فقط حرف‌های SMART هدف‌ها

    وضعیت خروج: 0 وقتی برنامه خطایی ندارد، 1 وقتی دارد (با --strict: هر بررسی ناموفق) یا وقتی اسکریپت به خطا خورد (برنامه باز هم بررسی می‌شود)، 65 وقتی اسکریپت اصلاً اجرا نمی‌شود (نحو، نام‌های ناشناخته)، 66 وقتی فایل خوانده نمی‌شود، 64 برای خط فرمان نادرست، 74 وقتی در خروجی استاندارد نوشته نشد.
cli-check-file = برنامه‌ای که باید بررسی شود.
cli-check-strict = هر هشدار را خطا بشمار: بررسی ناموفق است مگر این‌که همهٔ موارد قبول شوند.
cli-check-format = شکل چاپ فهرست بررسی: text یا json.
cli-check-only = فقط یک گروه را بررسی کن: smart (حرف‌های هدف‌ها، برای کارگاه)، alignment، funnel، budget، actions، reporting یا tracking.
cli-check-only-invalid = --only گروهی از فهرست بررسی می‌گیرد، نه `{$group}` ({$groups})
cli-check-only-invalid-did-you-mean = --only گروهی از فهرست بررسی می‌گیرد، نه `{$group}`؛ منظورتان `{$guess}` بود؟ ({$groups})
cli-check-watch = هر بار که برنامه یا فایلی که import می‌کند ذخیره شد دوباره بررسی کن و تغییرها را نشان بده.
cli-run-abstract = اجرای اسکریپت‌های برنامه و چاپ آنچه می‌خواهند.
# What `mplan run --help` says below the usage.
cli-run-discussion =
    آنچه `print`، `show` و `compare` می‌خواهند، و هشدارهای برنامه را چاپ می‌کند. چند فایل یکی پس از دیگری در یک نشست اجرا می‌شوند؛ `-` ورودی استاندارد را می‌خواند.

    `export` یک اسکریپت فقط زیر پوشهٔ خود اسکریپت یا پوشهٔ جاری می‌نویسد، مگر این‌که --allow-write پوشهٔ دیگری را نام ببرد.

    وضعیت خروج: 0 موفق (با هشدارهای بررسی برنامه)، 1 خطای بررسی برنامه، 64 خط فرمان نادرست، 65 خطا در اسکریپت، 66 فایلی که خوانده نمی‌شود، 74 وقتی در خروجی استاندارد نوشته نشد.
cli-eval-abstract = ارزیابی یک عبارت یا دستور و چاپ مقدارش.
# What `mplan eval --help` says below the usage.
cli-eval-discussion =
    نمونه‌ها:
      mplan eval '$240k / ($24k per customer)'      # 10 customers
      mplan eval '2027-12-31 - 2027-01-01'
      mplan eval -5%                                 # عبارت می‌تواند با - آغاز شود
cli-run-files = اسکریپت‌هایی که باید اجرا شوند، یا - برای ورودی استاندارد.
cli-run-watch = هر بار که اسکریپتی یا فایلی که import می‌کند ذخیره شد دوباره اجرا کن و تغییرها را نشان بده.
cli-run-allow-write = بگذار `export` اسکریپت زیر DIR هم بنویسد (افزون بر پوشهٔ خودش و پوشهٔ جاری)؛ DIR باید وجود داشته باشد.
cli-allow-write-empty = --allow-write پوشه می‌خواهد، نه نام خالی (آیا متغیری تعریف نشده است؟)
cli-allow-write-no-folder = --allow-write {$folder} پوشه‌ای موجود نیست؛ نخست آن را بسازید یا نام را درست کنید
cli-eval-expression = عبارتی که باید ارزیابی شود.
cli-export-abstract = خروجی گرفتن از برنامه به شکل Markdown، JSON، CSV، گزارش HTML خودبسنده یا کارپوشهٔ xlsx.
# What `mplan export --help` says below the usage. {$formats} lists the export formats.
cli-export-discussion =
    فایل‌ها مانند `mplan run` در یک نشست اجرا می‌شوند، و برنامه‌ای که اعلان می‌کنند در PATH نوشته می‌شود؛ قالب از پسوند آن می‌آید ({$formats}) مگر این‌که --format بگوید. بدون -o نام فایل از آخرین اسکریپت گرفته می‌شود (growth.mplan → growth.html، به‌طور پیش‌فرض HTML)؛ `-o -` در خروجی استاندارد می‌نویسد (به‌طور پیش‌فرض Markdown).

    فایل موجود فقط وقتی جایگزین می‌شود که mplan آن را نوشته باشد، یا با --force؛ فایل تازه کنار آن نوشته و روی آن تغییرنام داده می‌شود، پس خروجی ناموفق آن را همان‌طور که بود می‌گذارد.

    نمونه‌ها:
      mplan export examples/growth-plan.mplan -o growth.html
      mplan export plan.mplan -o ledger.csv         # یک سطر برای هر اقدام و ماه
      mplan export plan.mplan -o goals.csv --table goals
      mplan export plan.mplan -o by_cpc.csv --table by_cpc   # فقط یک جدول داده
      mplan export plan.mplan -o plan.xlsx          # کارپوشه‌ای با فرمول‌های زنده
      mplan export plan.mplan --format json -o -    # به خروجی استاندارد

    وضعیت خروج: 0 نوشته شد، 64 قالب یا جدول ناشناخته، 65 خطا در اسکریپت، 66 فایلی که خوانده نمی‌شود، 73 فایل نوشته نشد، 74 وقتی در خروجی استاندارد نوشته نشد.
cli-export-files = اسکریپت‌هایی که برنامه را اعلان می‌کنند، یا - برای ورودی استاندارد.
cli-export-output = فایلی که باید نوشته شود، یا - برای خروجی استاندارد.
cli-export-format = {$names} (پیش‌فرض: از پسوند -o).
cli-export-table = نمای CSV: ledger (پیش‌فرض)، goals، actions، budgets، pacing، checks؛ یا نام یک جدول داده.
cli-export-force = فایل را جایگزین کن حتی وقتی mplan آن را ننوشته است.
cli-export-no-files = برنامه‌ای را که باید خروجی گرفته شود نام ببرید: mplan export plan.mplan -o plan.html
cli-fmt-abstract = بازنویسی برنامه‌ها در تنها چیدمان استاندارد mplan.
# What `mplan fmt --help` says below the usage.
cli-fmt-discussion =
    تورفتگی دوفاصله‌ای، مقدار فیلدها و مرحله‌های قیف هم‌تراز، یک فاصله پیرامون عملگرها، حداکثر یک خط خالی پشت سر هم، فهرست‌های بلند در هر خط یک مورد، و فیلدهای هر بلوک برنامه به ترتیبی ثابت. توضیح‌ها سر جایشان می‌مانند؛ قالب‌بندی هرگز معنای برنامه را تغییر نمی‌دهد. docs/language.md ("Layout and mplan fmt") قاعده‌ها را فهرست می‌کند.

    نمونه‌ها:
      mplan fmt plan.mplan          بازنویسی فایل در جای خود
      mplan fmt --check .           فهرست برنامه‌های قالب‌بندی‌نشده زیر . (CI)
      mplan fmt --diff plan.mplan   نشان دادن آنچه تغییر می‌کرد، به شکل unified diff
      mplan fmt - < plan.mplan      قالب‌بندی ورودی استاندارد به خروجی استاندارد

    فایل فقط وقتی بازنویسی می‌شود که چیدمانش تغییر کند، و آن هم یکجا (فایل تازه‌ای روی فایل قدیمی تغییرنام داده می‌شود، با همان مجوزها و مالک؛ فایل پیوندی از طریق پیوندش به‌روز می‌شود). فایلی که تجزیه نمی‌شود، فقط‌خواندنی است، یا فایل معمولی نیست (FIFO، دستگاه) دست‌نخورده می‌ماند و دلیلش نشان داده می‌شود. پیمایش پوشه هیچ پیوند نمادینی را دنبال نمی‌کند.

    وضعیت خروج: 0 موفق (با --check: همهٔ فایل‌ها قالب‌بندی شده‌اند)، 1 با --check (تنها یا با --diff) وقتی فایلی تغییر می‌کرد، 65 وقتی فایلی تجزیه نمی‌شود، 66 وقتی فایلی خوانده نمی‌شود، 70 وقتی mplan نتوانست فایلی را با اطمینان بچیند (E0501؛ فایل همان‌طور که بود می‌ماند)، 73 وقتی فایلی نوشته نشد، 74 وقتی در خروجی استاندارد نوشته نشد.
cli-fmt-files = برنامه‌هایی که باید قالب‌بندی شوند (یک پوشه: همهٔ فایل‌های .mplan درون آن، در هر عمقی)، یا - برای ورودی استاندارد.
cli-fmt-check = چیزی ننویس: فایل‌هایی را که تغییر می‌کردند فهرست کن و اگر بودند با 1 خارج شو.
cli-fmt-diff = چیزی ننویس: چاپ کن هر فایل چگونه تغییر می‌کرد، به شکل unified diff.
cli-fmt-no-files = برنامه‌هایی را که باید قالب‌بندی شوند نام ببرید، یا پوشه‌ای از آن‌ها، یا - برای خواندن ورودی استاندارد
cli-repl-abstract = آغاز اعلان تعاملی (پیش‌فرض وقتی زیرفرمانی داده نشود).
# What `mplan repl --help` says below the usage.
cli-repl-discussion =
    در ترمینال، خط‌ها با libedit ویرایش می‌شوند: Tab کامل می‌کند، Up/Down و Ctrl-R تاریخچه را فرا می‌خوانند، Ctrl-C خط را کنار می‌گذارد، Ctrl-D خارج می‌شود. برای فرمان‌ها در اعلان :help بنویسید. از لوله، خط‌ها ساده و با همان معنا خوانده می‌شوند؛ اگر ورودی‌ای ناموفق بود وضعیت خروج 65 است.

    نمونه‌ها:
      mplan                        آغاز اعلان
      mplan -i examples/funnel.mplan   بار کردن برنامه، سپس ماندن در اعلان
      echo '$240k / ($24k per customer)' | mplan
cli-repl-load = پیش از نخستین اعلان اسکریپتی را بار کن (می‌تواند تکرار شود).
cli-repl-no-init = از $XDG_CONFIG_HOME/mplan/init.mplan بگذر.
# {$reason} is the system's own words for the failed write.
cli-output-failed = خطا: در خروجی استاندارد نوشته نمی‌شود: {$reason}؛ خروجی ناقص است

## P(goal met) and the plan's language (Sources/MPlanPlanning/PlanChances.swift, PlanChecker.swift)

# SMART-A by chance: {$chance} is how often the goal's forecast meets its target, {$bound} the
# plan's `min_chance`.
smart-chance-low = هدف `{$goal}` در {$chance} از پیامدها برآورده می‌شود (پیش‌بینی‌اش در برابر مقدار هدفش)؛ برنامه {$bound} را می‌خواهد
smart-chance-low-fix = ورودی‌های پیش‌بینی را بالا ببرید، زمان بیشتری بدهید، یا اگر این ریسک آگاهانه پذیرفته می‌شود `min_chance` را در برنامه تعیین کنید
# {$aim} is the target met in {$chance} of outcomes; {$fix} the advice above.
smart-chance-aim-at-least-fix = دست‌کم {$aim} را نشانه بگیرید (که در {$chance} از پیامدها برآورده می‌شود)، {$fix}
smart-chance-aim-at-most-fix = حداکثر {$aim} را نشانه بگیرید (که در {$chance} از پیامدها برآورده می‌شود)، {$fix}
# SMART-A of an exact forecast: {$forecast} and {$target} are amounts; {$aim} the target the
# forecast meets.
smart-forecast-misses = پیش‌بینی می‌شود هدف `{$goal}` به {$forecast} برسد، که به مقدار هدفش، {$target}، نمی‌رسد
smart-forecast-misses-fix = {$aim} را نشانه بگیرید، ورودی‌های پیش‌بینی را بالا ببرید، یا اگر این ریسک آگاهانه پذیرفته می‌شود `min_chance 0%` را در برنامه تعیین کنید
# SMART-M: {$forecast} and {$target} are unit words ("visits", "leads per month").
smart-forecast-unit = پیش‌بینی هدف `{$goal}` بر حسب {$forecast} است اما مقدار هدفش بر حسب {$target}: این دو را نمی‌توان مقایسه کرد
smart-forecast-unit-fix = پیش‌بینی را مانند مقدار هدف بر حسب {$target} بنویسید (`forecast traffic * rate * 1 lead per visit` بازدید را به سرنخ تبدیل می‌کند)
# E0307 at the plan's `min_chance`: {$written} is what the plan says.
plan-min-chance-range = `min_chance` برنامه درصدی از 0% تا 100% است، نه {$written}
plan-min-chance-percent-fix = منظورتان `min_chance {$percent}` بود؟
plan-min-chance-fix = بنویسید هدف چند درصد مواقع باید برآورده شود، مانند `min_chance 80%` (`0%` هر ریسکی را می‌پذیرد)
# PLAN-A06: {$language} is the word the plan gives, {$languages} the ones mplan speaks.
plan-unknown-language = زبان برنامه، `{$language}`، از زبان‌هایی که mplan با آن‌ها سخن می‌گوید نیست ({$languages}): پیام‌هایش انگلیسی خواهند بود
plan-unknown-language-guess-fix = منظورتان `language {$language}` بود؟
plan-unknown-language-fix = یکی از {$languages} را بنویسید: `language fa`

## The REPL's :help (Sources/mplan/REPL/ReplHelp*.swift)

# At a terminal, Ctrl-D inside an unfinished block drops the block and says so.
repl-dropped-unfinished-input = (ورودی ناتمام کنار گذاشته شد، {$lines} خط؛ Ctrl-D در خط خالی برای خروج)
# {$commands} is the list of commands below, one a line.
repl-help-overview =
    یک دستور یا عبارت بنویسید؛ نتیجه با واحدش چاپ می‌شود و `_` آخرین نتیجه را نگه می‌دارد.
    خطی که آشکارا ناتمام است (کمانک باز، عملگر در پایان) با `...>` ادامه می‌خواهد.
    خطی که خطا دارد چیزی را تغییر نمی‌دهد.

    {$commands}

    زبان: :help goal, smart, funnel, budget, scenario, compare, solve, table, tornado, units, ranges
    بیشتر: :help keys, :help files
# :help CODE: {$meaning} and {$example} come from docs/diagnostics.md.
repl-help-code = {$code}: {$meaning}
repl-help-code-example = برای نمونه: {$example}
repl-help-code-planning = `:help smart` حرف‌ها را توضیح می‌دهد؛ docs/planning.md هر قاعده را با آستانه‌اش می‌گوید.
repl-help-command-help = :help [موضوع]     همین راهنما، یا راهنمای یک فرمان یا موضوع (goal، smart، budget…)
repl-help-command-vars = :vars             نام‌هایی که تعریف کرده‌اید و مقدارشان
repl-help-command-show = :show نام         مقدار یک نام، یا یک جزء برنامه به شکل جدول
repl-help-command-scenario = :scenario نام     کار در یک سناریو (در اعلان دیده می‌شود)؛ :scenario base برای بازگشت
repl-help-command-load = :load فایل        اجرای یک اسکریپت در این نشست (همه‌اش، یا هیچ اگر خطا داشت)
repl-help-command-reload = :reload           خواندن دوبارهٔ فایل‌های بارشده اگر تغییر کرده‌اند، با نگه داشتن آنچه نوشته‌اید و نشان دادن تغییرها
repl-help-command-save = :save فایل        ذخیرهٔ نشست به شکل اسکریپتی که `mplan run FILE` آن را بازسازی می‌کند (:save! فایل فقط‌خواندنی را جایگزین می‌کند)
repl-help-command-export = :export فایل      خروجی گرفتن از برنامه: {$formats} (--table VIEW)؛ :export! جایگزین می‌کند
repl-help-command-reset = :reset            فراموش کردن همهٔ تعریف‌ها (فایل آغازین دوباره اجرا می‌شود)
repl-help-command-check = :check [smart]    بررسی برنامه: هدف‌ها، قیف، بودجه، اقدام‌ها، گزارش‌ها (smart: فقط حرف‌های هدف‌ها)
repl-help-command-quit = :quit             خروج (Ctrl-D در خط خالی هم)
repl-help-command-reload-details =
    وقتی فایلی که نشست خوانده است (فایل آغازین، اسکریپتی که با -i یا :load بار شد، هر چیزی که
    آن‌ها یا شما import کرده‌اید) پس از خوانده شدن تغییر کند، :reload فایل‌ها را دوباره می‌خواند و
    آنچه را در اعلان نوشته‌اید، پس از فایل‌هایی که به دنبالشان آمد، دوباره اعمال می‌کند، همان‌طور
    که صفحه‌گسترده خانه‌های شما را وقتی ورودی‌هایش تغییر می‌کنند نگه می‌دارد. سپس تغییرها را فهرست می‌کند:
      need.visit 13,334 visits → 20,000 visits (+49.99%)
    ورودی‌ای که دیگر اجرا نمی‌شود کنار گذاشته می‌شود، با هشداری که دلیلش را می‌گوید. فایلی که
    دیگر بار نمی‌شود (خطا دارد، یا پاک شده) نشست را همان‌طور که بود می‌گذارد. سناریویی که در آن
    کار می‌کنید اگر هنوز باشد فعال می‌ماند. اگر فایلی تغییر نکرده باشد، چیزی رخ نمی‌دهد.
repl-help-topic-keys =
    Tab        کامل کردن نام، کلیدواژه، عضو پس از `.`، :فرمان یا مسیر پس از :load/import
    Up/Down    خط‌های قبلی و بعدی؛  Ctrl-R  جست‌وجو در آن‌ها
    Ctrl-C     کنار گذاشتن خطِ در حال نوشتن (یا بلوک ناتمام)؛ نشست ادامه می‌یابد
    Ctrl-D     خروج، در خط خالی؛ درون بلوک ناتمام: کنار گذاشتن بلوک
    کلیدها را می‌توان در ~/.editrc دوباره تعریف کرد (فرمان `bind` در libedit).
repl-help-topic-units =
    پول: $24k، 24k USD، €5,000، 1.2M EUR، $1.8m، 1.8 million   درصد: 2%، ٢٠٪
    شمارش: 10 customer، 200 mql؛ `unit workshop, workshops` واحدی (و جمعش) را اعلان می‌کند
    نرخ: $1.20 per visit، $0.80/visit، $5 per 1,000 impressions، 500 mql per month
    تاریخ: 2027-12-31، 2027-W05، 2027-03، 2027-Q2   مدت: 90 days، 6 weeks، 3 months
    (روز و هفته روزها را می‌شمارند، ماه ماه‌های تقویمی را: 2027-01-31 + 1 month می‌شود 02-28)
    `x as unit` تبدیل می‌کند؛ جمع پول با بازدید خطاست؛ افزایش 15% با `* 115%`.
repl-help-topic-files =
    تاریخچه:      $XDG_STATE_HOME/mplan/history (وگرنه ~/.mplan_history)، 1000 خط تازه‌تر
    فایل آغازین: $XDG_CONFIG_HOME/mplan/init.mplan (وگرنه ~/.config/mplan/init.mplan)؛
                 با `mplan --no-init` از آن بگذرید
    `mplan -i plan.mplan` اسکریپتی را بار می‌کند، سپس در اعلان می‌ماند.
repl-help-topic-goal =
    goal new_customers "Win 10 customers through paid search" {"{"}
      metric customer  baseline 0 customers  target 10 customers
      by 2027-12-31  supports growth  owner "Head of sales"
    {"}"}
    هدف چیزی را می‌شمارد (`metric`)، از مقدار پایه (`baseline`) تا مقدار هدف (`target`) با
    یک واحد (شمارش، نرخی مانند 3%، یا آهنگی مانند 500 mql per month)، تا یک موعد
    (`by DATE` یا `within 6 months`)، و از یکی از اهداف شرکت پشتیبانی می‌کند (`supports`).
    یک اقدام در خدمت آن است:
    action search => new_customers {"{"} cost $12k  owner "Ana"  from marketing {"}"}
    `:help smart` می‌گوید هر حرف چه را بررسی می‌کند؛ `show goals` هدف‌ها را با حرف‌هایشان نشان می‌دهد.
repl-help-topic-smart =
    هر هدف با پنج حرف SMART بررسی می‌شود؛ `show goals` آن‌ها را نشان می‌دهد: برآورده (✓)،
    برآورده‌نشده (✗) یا ارزیابی‌نشده (?: چیزی در برنامه آن را نشان نمی‌دهد).
      S  مشخص              چه، چقدر و از چه طریقی: نه «مشتری بگیریم» بلکه «فهرست مشتریان را
                           از طریق اینستاگرام در دو ماه دو برابر کنیم»
      M  قابل اندازه‌گیری    مقدار پایه و مقدار هدف با یک واحد و تفاوتی بیش از 1%: «دنبال‌کنندگان
                           را 25% بیشتر کنیم» (`target +25%`: 100 → 125 followers)، نه 100 → 101؛
                           کمتر از مقدار پایه فقط با `direction down` (هزینه‌ها، ریزش)
      A  قابل دستیابی      رشد ماهانه حداکثر `max_growth` (50% اگر تعیین نشود): از 10 مشتری،
                           2,000 مشتری در ماه بعد نه؛ از صفر: `A ?`
      R  مرتبط             `supports` یکی از اهداف شرکت
      T  زمان‌بندی‌شده       موعدی در دورهٔ برنامه: `by 2027-09-01`، `within 6 months`
    نمونه‌های مقالهٔ SMART: فروش +2% در شش ماه؛ دو برابر کردن بازدید سایت در 12 ماه با انتشار
    5 پست در هفته؛ 500 سرنخ واجد شرایط در ماه از PPC.
    `:check smart` فقط حرف‌ها را فهرست می‌کند؛ `:help SMART-M` یک کد را توضیح می‌دهد.
repl-help-topic-funnel =
    funnel inbound {"{"}
      visit -> mql      : 2%
      mql   -> sql      : 25%
      sql   -> customer : 20%
    {"}"}
    let need = inbound.need(10 customers)     # رو به عقب (مقالهٔ هدف‌های سالانه)
    need.visit                                # 10,000 visits
    inbound.yield(10,000 visits).customer     # رو به جلو
    هدفی که `funnel inbound` دارد نشان می‌دهد بالای قیف به چه نیاز دارد.
repl-help-topic-budget =
    budget marketing {"{"} total $60k  reserve 20%  control monthly by "CMO" {"}"}
    `total` مبلغی ثابت است که از بالا داده شده: بودجهٔ بالا به پایین، که اقدام‌هایش باید پس از
    ذخیره در آن جا شوند. بدون `total` بودجه پایین به بالاست: از هزینهٔ اقدام‌هایش ساخته می‌شود
    و می‌گوید چقدر بخواهید (`marketing.needed`). 20–30% را در `reserve` نگه دارید: در بازاریابی
    آنلاین این مقدار ممکن است هدر برود (مقالهٔ بازاریابی راهبردی). `marketing.committed` و `.available` را بخوانید؛
    `show budget marketing` حساب‌ها و هزینه را ماه به ماه نشان می‌دهد.
repl-help-topic-scenario =
    scenario cautious {"{"} inbound.visit->mql = 1.5% {"}"}
    scenario low extends cautious {"{"} cpc = $1 per visit {"}"}
    سناریو یک `let`، یک نرخ قیف یا فیلدی از یک بلوک برنامه را تغییر می‌دهد؛ هیچ چیز دیگری
    به شکل دیگری اجرا نمی‌شود. `compare base, cautious on need.visit` برنامه را در هر کدام اجرا
    می‌کند، و `low.need.visit` یک مقدار را در `low` می‌خواند. `:vars` سناریوها را فهرست می‌کند.
repl-help-topic-compare =
    compare base, cautious on need.visit, marketing.spent
    برای هر سناریو یک ستون (`base` همان برنامهٔ نوشته‌شده است) و وقتی دو سناریو باشد، تغییر.
    هر سناریو برنامه را از آغاز دوباره اجرا می‌کند، بی آن‌که چیزی چاپ کند.
repl-help-topic-solve =
    solve cpc for spend = $15k                  # هزینهٔ هر بازدید که spend را $15k می‌کند
    solve cpc for spend <= $15k                 # بزرگ‌ترین مقداری که آن را در حد $15k نگه می‌دارد
    solve inbound.visit->mql from 1% to 5% for need.visit <= 7,000 visits
    یک `let`، یک نرخ قیف یا یک فیلد برنامه را تغییر می‌دهد (هر چه سناریو بتواند تغییر دهد):
    بازه را برای هر جایی که نتیجه از مقدار هدف می‌گذرد می‌کاود، سپس برنامه را دوباره اجرا
    می‌کند تا هر کدام را تا یک میلیونیم بیابد. پاسخ با رقم‌هایی چاپ می‌شود که هنوز شرط را
    برآورده می‌کنند، همراه نتیجه در مقدار چاپ‌شده. مقدار هدف با واحد نتیجه است. شمارش‌ها رو به
    بالا گرد می‌شوند، پس نتیجه ممکن است پله‌ای تغییر کند: آنگاه `=` می‌گوید میان کدام مقدارها
    پله می‌خورد؛ `<=` و `>=` مقدار مرزی را می‌دهند، و اگر شرط در چند جا برقرار باشد جاهای دیگر را هم می‌گویند.
repl-help-topic-table =
    table spend, need.visit over cpc from $0.50 per visit to $2 per visit step $0.25 per visit
    table spend over cpc in [$1 per visit, $2 per visit], inbound.visit->mql from 1% to 3% step 1%
    برای هر مقدار ورودی یک سطر؛ با دو ورودی، برای هر نتیجه یک شبکه. هر خانه برنامه را با
    ورودی تغییریافته دوباره اجرا می‌کند. حداکثر 40,000 خانه.
    let by_cpc = table spend over cpc …   آن را نگه می‌دارد: `by_cpc` یا `:show by_cpc` چاپش می‌کند،
    `compare base, low on by_cpc` آن را در `low` محاسبه می‌کند، `export by_cpc to "t.csv"`.
repl-help-topic-tornado =
    tornado spend over cpc, deal_size, inbound.visit->mql by 20%
    هر ورودی به‌تنهایی 20% پایین‌تر و بالاتر از مقدارش؛ ورودی‌ها به ترتیب دامنهٔ نوسان نتیجه،
    پهن‌ترین اول، با نتیجهٔ پایین و بالا و یک میله برای هر کدام.
    tornado spend over cpc, deal_size
    بدون `by`، ورودی‌ای که به شکل `a to b` نوشته شده از a تا b می‌رود (بازهٔ 90% آن)، و بقیه
    روی میانه‌شان نگه داشته می‌شوند.
    tornado spend over cpc from $1 per visit to $1.50 per visit, deal_size by 10%
    دو سر یا سهم خود یک ورودی، که پس از آن نوشته می‌شود.
repl-help-topic-ranges =
    $0.8 to $1.6 per visit      یک مقدار نامطمئن: بازهٔ 90%، نمونه‌گیری‌شده
    let cpc = $0.8 to $1.6 per visit
    cpc * 10,000 visits         ≈ $11,600 (90%: $8,050 to $16,000)
    chance(cpc * 10,000 visits < $15k), cpc.p5, cpc.p95, cpc.mean
    کنار + - * / بازه کمانک می‌خواهد: ($0.8 to $1.6 per visit) * visits.

## The document and its writers (Sources/MPlanPlanning/Document/*, Sources/MPlanReport/Export/*)
# The goals' and actions' grids' column labels (`show goals`, `show actions`, every export).
grid-goal = هدف
grid-title = عنوان
grid-metric = معیار
grid-baseline = پایه
grid-target = مقدار هدف
grid-deadline = موعد
grid-owner = مسئول
grid-supports = در خدمت
grid-smart = SMART
# How many actions serve the goal.
grid-actions = اقدام‌ها
# The chance the goal is met, when its forecast or target is uncertain.
grid-chance-met = P(تحقق)
grid-action = اقدام
grid-serves = در خدمت
grid-channel = کانال
grid-cost = هزینه
grid-period = دوره
grid-budget = بودجه
# The export's sections, each a heading.
section-objectives = اهداف شرکت
section-goals = هدف‌ها
section-funnels = قیف‌ها
section-budgets = بودجه‌ها
section-actions = اقدام‌ها
section-reports = گزارش‌ها
section-comparisons = مقایسه‌ها
section-tables = جدول‌های داده
section-values = مقدارها
section-uncertain = مقدارهای نامطمئن
section-checks = موارد باز
# The facts under the export's title: "Period: 2027-01 .. 2027-12 · Currency: USD".
document-period = دوره
document-currency = ارز
# The actions grouped, each group's table under the owner's or channel's name.
document-by-owner = به تفکیک مسئول
document-by-channel = به تفکیک کانال
# The open items when there are none.
export-every-check-passes = هیچ: همهٔ بررسی‌ها قبول شدند.
# Before an open item's fix-it: "fix: add an owner".
export-fix = راه‌حل


## Keywords (Sources/MPlanSyntax/Syntax/PlanWords.swift)
keyword-plan = برنامه
keyword-objective = هدف‌کلان
keyword-goal = هدف
keyword-action = اقدام
keyword-budget = بودجه
keyword-report = گزارش
keyword-metric = سنجه
keyword-baseline = مبنا
keyword-target = مقصد
keyword-by = تا
keyword-within = ظرف
keyword-supports = پشتیبانی
keyword-owner = مسئول
keyword-direction = جهت
keyword-cost = هزینه
keyword-channel = کانال
keyword-period = دوره
keyword-from = از
keyword-total = کل
keyword-reserve = ذخیره
keyword-currency = ارز
keyword-language = زبان
keyword-calendar = تقویم
cli-fmt-keywords = کلیدواژه‌ها و نام فیلدهای برنامه را به این زبان بنویس: en، ar، fa یا ru (`goal`، `هدف`، `هدف`، `цель`)؛ برنامه باید پس از آن همان‌طور خوانده شود.
format-reason-keywords = با بازنویسی کلیدواژه‌ها، برنامه دیگر همان برنامه خوانده نمی‌شد

## Workshop (Sources/MPlanKit/Workshop*.swift, Sources/mplan/WorkshopCommand.swift)
workshop-intro =
    یک هدف SMART، حرف به حرف: مشخص، قابل اندازه‌گیری، دست‌یافتنی، مرتبط، زمان‌دار.
    به هر پرسش در یک خط پاسخ دهید؛ پاسخ خالی یا نادرست دوباره پرسیده می‌شود،
    و Ctrl-D تمرین را بدون نوشتن چیزی تمام می‌کند.
workshop-ask-metric = S — چه چیزی را می‌شمارید؟ یک کلمه، مانند مشتری، دنبال‌کننده یا سفارش:
workshop-ask-baseline = M — امروز چند {$metric} دارید؟ یک عدد، مانند ۱۰۰:
workshop-ask-target = M — می‌خواهید به چند {$metric} برسید؟ یک عدد، مانند ۱۲۵:
workshop-ask-action = S — از طریق چه کاری به آن می‌رسید؟ اقدام در چند کلمه (پست‌های روزانه در اینستاگرام):
workshop-ask-title = S — هدف را در یک جمله بگویید: چه، چقدر و از طریق چه (دنبال‌کنندگان از ۱۰۰ به ۱۲۵ از طریق پست‌های روزانه):
workshop-ask-deadline = T — تا چه تاریخی؟ سال، ماه و روز به تقویم شمسی، مانند {$example}:
workshop-ask-objective = R — به کدام هدف کلان شرکت خدمت می‌کند؟ در چند کلمه (رشد ۱۰٪ درآمد در امسال):
workshop-ask-owner = چه کسی مسئول این هدف است؟ یک نام:
workshop-done = هدف SMART است: {$letters}
workshop-empty = لطفاً به پرسش پاسخ دهید: تمرین به این بخش از هدف نیاز دارد.
workshop-other-language = لطفاً به فارسی پاسخ دهید: برنامه به زبان کارگاه نوشته می‌شود.
workshop-no-quotes = لطفاً گیومه‌ی دوتایی (") و خط مورب وارو (\) ننویسید: برنامه خودش جمله را در گیومه می‌گذارد.
workshop-metric-one-word = `{$answer}` یک کلمه نیست: آنچه می‌شمارید را با یک کلمه بنامید (مشتری، دنبال‌کننده، سفارش) و اگر دو کلمه لازم است، آن‌ها را با `_` به هم وصل کنید.
workshop-not-number = `{$answer}` عددی بزرگ‌تر یا مساوی ۰ نیست: فقط رقم بنویسید، مانند ۱۰۰ یا ۲٬۰۰۰.
workshop-not-date = `{$answer}` تاریخی نیست که برنامه بتواند بخواند: سال-ماه-روز بنویسید، مانند {$example}.
workshop-past-date = {$answer} بعد از امروز ({$today}) نیست: مهلت روزی است که هنوز نیامده.
workshop-letter-met = {$letter} ✓
workshop-finding =
    {$finding}
      → {$fix}
workshop-example-specific = از مقاله: «جذب مشتری» یک آرزوست؛ «دو برابر کردن مشتریان فهرستمان از طریق اینستاگرام در دو ماه» می‌گوید چه، چقدر و از طریق چه.
workshop-example-measurable = از مقاله: «افزایش دنبال‌کنندگان در شبکه‌های اجتماعی» با رفتن از ۱۰۰ به ۱۰۱ هم برآورده می‌شود؛ «افزایش ۲۵٪»، از ۱۰۰ به ۱۲۵، را می‌توان هر ماه اندازه گرفت.
workshop-example-attainable = از مقاله: اگر با ۱۰ مشتری شروع می‌کنید، انتظار ۲٬۰۰۰ مشتری در ماه آینده را نداشته باشید: این هدف واقع‌بینانه نیست.
workshop-example-relevant = از مقاله: هدفی که مهم نیست به چه کار می‌آید؟ باید برای شما و تیمتان مهم باشد و به اهداف بلندمدت شرکت خدمت کند.
workshop-example-time-bound = از مقاله: «تا روز اول شهریور» مهلت را تعیین می‌کند؛ برنامه آن را به صورت تاریخ می‌خواهد، مانند {$example}.
workshop-revise-pace = هدف کوچک‌تری بدهید، و اگر لازم است سپس مهلتی دیرتر.
workshop-retell-title = عددها عوض شد: هدف را دوباره در یک جمله با عددهای تازه بگویید.
workshop-plan-title = کارگاه هدف‌گذاری SMART
workshop-name-objective = هدف‌کلان_شرکت
workshop-name-goal = هدف_کارگاه
workshop-name-action = اقدام_کارگاه
workshop-yes-words = بله آری
workshop-file-exists = {$path} از قبل وجود دارد. جایگزینش کنم؟ (بله/خیر):
workshop-ask-file = پس هدف در کدام فایل نوشته شود؟ (خط خالی یعنی چیزی ننویس):
workshop-written = هدف با هدف کلان و اقدامش در {$path} نوشته شد: با `mplan check --only smart {$path}` بررسی‌اش کنید.
workshop-not-written = چیزی نوشته نشد.
workshop-ended = تمرین پیش از کامل شدن هدف تمام شد: چیزی نوشته نشد.
workshop-write-failed = هدف در {$path} نوشته نشد: {$reason}
cli-workshop-abstract = تمرین راهنمای SMART: یک هدف، حرف به حرف، نوشته‌شده در یک فایل.
cli-workshop-discussion = هر بخش هدف را به زبان انتخاب‌شده (--lang) می‌پرسد، هر پاسخ را با قواعد SMART در `mplan check` می‌سنجد و هدف را با هدف کلان و اقدامش در FILE می‌نویسد.
cli-workshop-file = فایلی که هدف در آن نوشته می‌شود (پیش‌فرض goal.mplan)؛ فایل موجود فقط با موافقت شما جایگزین می‌شود.
repl-help-command-workshop = :workshop [file]  تمرین راهنمای SMART: یک هدف، حرف به حرف، نوشته‌شده در فایل (goal.mplan)

# Two runs of a sentence (mplan's words, a name, a value) one after the other, as written.
document-runs = {$first}{$second}
# The heading over a funnel's table: "funnel acquisition" (the keyword, then the plan's name).
document-funnel = قیف
# Before the goal whose count the funnel's stage counts come from: "Stage counts from new_customers."
document-stage-counts-from = شمار مرحله‌ها برگرفته از
document-funnel-stage = مرحله
document-funnel-rate = نرخ از مرحلهٔ قبل
document-funnel-count = شمار
# The uncertain values' table: the mean and the 5th, 50th and 95th percentiles.
document-uncertain-mean = میانگین
document-uncertain-p5 = صدک 5
document-uncertain-p50 = صدک 50
document-uncertain-p95 = صدک 95
document-values-value = مقدار
document-values-amount = مبلغ
# A comparison's heading between two scenarios' names: "base vs cautious".
document-versus = در برابر
document-comparison-change = تغییر
# What a scenario makes of a value, in the scenarios' changes.
document-changes-under-scenario = در سناریو
# The charts' titles and one-line descriptions (HTML's <title> and <desc>, and the caption).
chart-funnel-title = قیف {$funnel}: سهم هر مرحله از بالای قیف، با نرخ آن
chart-funnel-description = میله‌ها برای {$stages}
chart-share-of-top = {$share} از بالای قیف
chart-pacing-title = بودجهٔ {$budget}: خرج متعهدشده به تفکیک ماه (میله‌ها) و تجمعی (خط) در برابر بودجه (خط‌چین)
chart-pacing-description = {$months ->
    [one] {$months} ماه، در مجموع {$amount} متعهدشده
   *[other] {$months} ماه، در مجموع {$amount} متعهدشده
}
# The dashed line of a budget's chart: what is given, or what the actions need (bottom-up).
chart-line-budget = بودجه {$amount}
chart-line-needed = مورد نیاز {$amount}
chart-channel-spend-title = خرج به تفکیک کانال ({$currency})
chart-channel-spend-description = {$count ->
    [one] {$count} کانال
   *[other] {$count} کانال
}
# The bar of the actions that name no channel.
chart-no-channel = (بدون کانال)
chart-distribution-title = توزیع {$value}
chart-distribution-description = {$count ->
    [one] {$count} نمونه؛ 90% بین {$low} و {$high}
   *[other] {$count} نمونه؛ 90% بین {$low} و {$high}
}
chart-scenarios-title = سناریوها کنار هم: {$scenarios}
chart-scenarios-description = {$count ->
    [one] {$count} مقدار مقایسه‌شده
   *[other] {$count} مقدار مقایسه‌شده
}
# A data table's line chart: "revenue as price goes from $10 to $20", "11 points, from $1,000 to $2,000".
chart-data-table-title = {$output} با تغییر {$input} از {$from} تا {$to}
chart-data-table-description = {$count ->
    [one] {$count} نقطه، از {$from} تا {$to}
   *[other] {$count} نقطه، از {$from} تا {$to}
}
# What changed since the last run, at the prompt, --watch and :reload (Sources/MPlanReport/ChangeText.swift).
# {$value}: the new value as mplan prints it.
change-new = {$name} جدید است: {$value}
change-gone = {$name} دیگر وجود ندارد
# A plan finding that fails now: "new error PLAN-B02: budget `b` is over-committed"; {$severity} is `error` or `warning`.
change-finding-new = {$severity} جدید {$code}: {$message}
change-finding-cleared = برطرف‌شده {$code}: {$message}
# {$summary}: what the data table is now ("a table of 3 rows…").
change-table-now = {$name} اکنون {$summary} است
change-table-cells = {$name}: {$changed} از {$count ->
    [one] {$count} خانه تغییر کرد
   *[other] {$count} خانه تغییر کرد
}
# After the most diagnostics shown for one file (Sources/MPlanReport/DiagnosticRenderer.swift).
diagnostics-more = … و {$count} مورد دیگر
diagnostics-more-in = … و {$count} مورد دیگر در {$file}
diagnostics-only-first = (فقط {$count} مورد نخست هر فایل نشان داده می‌شود؛ نخست همان‌ها را رفع کنید)
# A row under the one above it in a table's first column (`  not in the plan`).
document-row-under = {"  "}{$row}
