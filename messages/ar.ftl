# mplan's messages in Arabic. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Arabic plural categories: zero (0), one (1), two (2), few (3–10, 103–110), many (11–99,
# 111–199), other (100–102, 200, and numbers with decimals). Numbers stay as mplan prints them.
# Terms follow the articles: the SMART letters as the SMART article writes them («الأهداف التسويقية الذكية SMART»:
# محدد، قابل للقياس، قابل للتحقيق، ذو صلة، مقيد بالزمن); «مسار التحويل» for the funnel and
# «الأهداف السنوية» («5 خطوات لتحديد أهداف التسويق السنوية ومؤشرات الأداء الرئيسية»); «الميزانية الصفرية» for a zero-based budget («3 فجوات حرجة تعمل على تخريب خطتك التسويقية»).
#
# Glossary (keep these across keys):
#   goal → هدف (أهداف)؛ a SMART goal → هدف ذكي SMART («الأهداف التسويقية الذكية SMART»)
#   objective → هدف للشركة / أهداف الشركة («3 فجوات حرجة تعمل على تخريب خطتك التسويقية»: «أهم ثلاثة إلى خمسة أهداف للشركة»)
#   KPI → مؤشر الأداء الرئيسي («5 خطوات لتحديد أهداف التسويق السنوية ومؤشرات الأداء الرئيسية»: «مؤشرات الأداء الرئيسية»)؛ metric → مقياس («5 خطوات لتحديد أهداف التسويق السنوية ومؤشرات الأداء الرئيسية»: «المقاييس»)
#   baseline → قيمة البداية؛ target → القيمة المستهدفة؛ deadline → الموعد
#   funnel → مسار التحويل («5 خطوات لتحديد أهداف التسويق السنوية ومؤشرات الأداء الرئيسية»)؛ stage → مرحلة؛ conversion rate → معدل التحويل
#   budget → الميزانية («3 فجوات حرجة تعمل على تخريب خطتك التسويقية»)؛ zero-based → الميزانية الصفرية («3 فجوات حرجة تعمل على تخريب خطتك التسويقية»)؛
#   top-down / bottom-up → من أعلى إلى أسفل / من أسفل إلى أعلى؛ reserve → الاحتياطي؛ line → بند («3 فجوات حرجة تعمل على تخريب خطتك التسويقية»: «تبرير كل بند»)
#   action → إجراء؛ owner → المسؤول؛ report → تقرير؛ cadence / pace → وتيرة؛ control → مراقبة
#   actuals → القيم الفعلية؛ campaign → حملة؛ channel → قناة؛ spend → الإنفاق
#   customer → عميل؛ lead → عميل محتمل؛ MQL → عميل متوقع مؤهل للتسويق («5 خطوات لتحديد أهداف التسويق السنوية ومؤشرات الأداء الرئيسية»)؛ ROI → عائد الاستثمار («5 خطوات لتحديد أهداف التسويق السنوية ومؤشرات الأداء الرئيسية»)
#   planning gap → فجوة في التخطيط («3 فجوات حرجة تعمل على تخريب خطتك التسويقية»)؛ scenario → سيناريو؛ uncertain value / range → قيمة غير مؤكدة / مدى
#   script → برنامج؛ prompt → المحث؛ diagnostic → تشخيص؛ fix → إصلاح
# Address: imperative, neutral (اكتب، أضف، احذف), as in software UI.

## Lists and counts, shared by every layer

# Text not yet converted to a message: said as written, never translated.
verbatim = {$text}

list-pair = {$first}، {$second}
# 1 and 2 are said by the noun's own forms (خطأ واحد، خطآن); 3–10 take the plural, 11–99 the
# singular with tanwin, 100 and up the singular.
count-errors = {$count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] {$count} أخطاء
    [many] {$count} خطأً
   *[other] {$count} خطأ
}
count-warnings = {$count ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] {$count} تحذيرات
    [many] {$count} تحذيرًا
   *[other] {$count} تحذير
}
count-suggestions = {$count ->
    [zero] لا اقتراحات
    [one] اقتراح واحد
    [two] اقتراحان
    [few] {$count} اقتراحات
    [many] {$count} اقتراحًا
   *[other] {$count} اقتراح
}
count-not-judged = لم يُقيَّم: {$count}
list-or-last = {$first} أو {$last}
list-code = {$code}

## Column headings the planning layer's tables share (Sources/MPlanPlanning/Message+Headings.swift)
heading-action = إجراء
heading-actual = فعلي
heading-achieved = المحقَّق
heading-budget = ميزانية
heading-by = بحلول
heading-campaign = حملة
heading-channel = قناة
heading-checkpoint = نقطة مراقبة
heading-given = المخصَّص
heading-goal = هدف
heading-input = مُدخل
heading-planned = مخطط
heading-remaining = المتبقي
heading-revenue = الإيراد
heading-spend = الإنفاق
heading-target = المستهدف
heading-variance = الفرق

## The lexer's diagnostics (Sources/MPlanSyntax/Syntax/Lexer.swift, Lexer+Numbers.swift)

lexer-too-large-for-memory = البرنامج أكبر من أن يتسع له حدّ الذاكرة ({$budget}): توقفت القراءة هنا
lexer-too-large-for-memory-fix = قسّم البرنامج إلى ملفات أصغر، أو ارفع الحدّ بالخيار `--memory`
lexer-minus-after-currency = علامة الطرح تأتي قبل رمز العملة
lexer-minus-after-currency-fix = اكتب `-{$symbol}5k` لا `{$symbol}-5k`
lexer-unexpected-character = حرف غير متوقع {$character}
lexer-name-too-long = عدد حروف هذا الاسم {$length}؛ والحد الأقصى للأسماء {$maximum}
lexer-name-too-long-fix = اختر له اسمًا أقصر
lexer-unterminated-string = نص غير مغلق
lexer-unterminated-string-fix = أغلق النص بعلامة `"` على السطر نفسه
lexer-invalid-unicode-escape = رمز يونيكود غير صالح بعد الشرطة المائلة؛ اكتبه هكذا: \u{"{"}1F600{"}"}
lexer-unknown-escape = تسلسل هروب غير معروف `\{$escape}`
lexer-unknown-escape-fix = اكتب `\\` للشرطة المائلة العكسية

lexer-date-order = `{$written}` ليس تاريخًا يقرؤه mplan
lexer-date-order-both-fix = يكتب mplan التواريخ بالسنة ثم الشهر ثم اليوم: `{$day-first}` (إن كان اليوم أولًا)، أو `{$month-first}` (إن كان الشهر أولًا)
lexer-date-order-day-first-fix = يكتب mplan التواريخ بالسنة ثم الشهر ثم اليوم: `{$day-first}` (إن كان اليوم أولًا)
lexer-date-order-month-first-fix = يكتب mplan التواريخ بالسنة ثم الشهر ثم اليوم: `{$month-first}` (إن كان الشهر أولًا)
lexer-date-order-no-calendar-fix = يكتب mplan التواريخ بالسنة ثم الشهر ثم اليوم، وهذا التاريخ ليس في أي تقويم: `{$year}-MM-DD`
lexer-decimal-comma = `{$written}` يُقرأ قيمتين، {$whole} و{$fraction}: الفاصلة تفصل بين القيم
lexer-decimal-comma-fix = للكسر العشري اكتب نقطة: `{$decimal}`؛ ولإبقاء قيمتين ضع مسافة بعد الفاصلة: `{$whole}, {$fraction}`
lexer-no-such-quarter = لا يوجد ربع {$quarter}؛ الأرباع من Q1 إلى Q4
lexer-week-two-digits = اكتب أسابيع ISO برقمين
lexer-write-value = اكتب {$value}
lexer-no-such-week = ليس في سنة {$year} الأسبوع {$week}؛ أسابيعها في ISO من W01 إلى W{$weeks}
lexer-week-53-fix = اكتب {$last}، أو {$next} للأسبوع الذي يليه
lexer-week-range-fix = اكتب أسبوعًا من {$first} إلى {$last}
lexer-loose-date = اكتب الشهر واليوم في التاريخ برقمين
lexer-loose-date-fix = اكتبه بالصيغة YYYY-MM-DD، مثل 2027-01-05، أو ضع مسافتين حول `-` للطرح
lexer-month-days-fix = عدد أيام {$month} هو {$days}: اكتب {$last} لآخر يوم فيه
lexer-not-in-calendar-fix = اكتب YYYY-MM-DD بشهر من 01 إلى 12 ويوم موجود في ذلك الشهر
lexer-not-in-calendar = {$date} ليس تاريخًا في التقويم
lexer-no-such-month = لا يوجد شهر {$month}؛ الأشهر من 01 إلى 12
lexer-mixed-digits = `{$written}` يخلط أرقامًا من نظامين: {$first} و{$last}
lexer-mixed-digits-fix = اكتب العدد بنظام أرقام واحد، مثل `{$latin}`
lexer-digits-latin = اللاتينية (0-9)
lexer-digits-eastern-arabic = العربية المشرقية (٠-٩)
lexer-digits-persian = الفارسية (۰-۹)
lexer-not-in-persian-calendar = {$date} ليس تاريخًا في التقويم الفارسي
lexer-persian-month-days-fix = عدد أيام {$month} {$year} هو {$days}: اكتب {$last} لآخر يوم فيه
lexer-persian-esfand-leap-fix = عدد أيام {$month} {$year} هو {$days} ({$year} سنة كبيسة): اكتب {$last} لآخر يوم فيه
lexer-persian-esfand-common-fix = عدد أيام {$month} {$year} هو {$days} ({$year} سنة بسيطة): اكتب {$last} لآخر يوم فيه
persian-month-farvardin = فروردين
persian-month-ordibehesht = أرديبهشت
persian-month-khordad = خرداد
persian-month-tir = تير
persian-month-mordad = مرداد
persian-month-shahrivar = شهريور
persian-month-mehr = مهر
persian-month-aban = آبان
persian-month-azar = آذر
persian-month-dey = دي
persian-month-bahman = بهمن
persian-month-esfand = إسفند
lexer-persian-period = `{$written}` أسبوع ISO مرقّم في السنة الميلادية، ولا يقرؤه `calendar persian` في هذه الخطة
lexer-persian-period-fix = اكتب الفترة بأول يوم فيها وآخر يوم، مثل `{$first} .. {$last}`
lexer-number-too-long = هذا العدد أطول من أن يُقرأ
lexer-number-too-large = هذا العدد كبير جدًا

## The interpreter's diagnostics (Sources/MPlanLanguage/Runtime/Interpreter*.swift, Natives.swift, Sampling.swift)
range-below-zero-normal = `{$low} to {$high}` يمتد إلى ما دون الصفر، فيُسحب من توزيع طبيعي لا لوغاريتمي طبيعي: 5% من عيّناته تقع دون {$low}
range-reaches-zero-normal = `{$low} to {$high}` يبلغ الصفر، فيُسحب من توزيع طبيعي لا لوغاريتمي طبيعي: 5% من عيّناته تقع دون {$low}
range-reaches-zero-fix = اكتب `normal(p5: {$low}, p95: {$high})` لإبقاء التوزيع الطبيعي، أو `uniform({$low}, {$high})` لمبلغ يبقى بين طرفيه، أو طرفًا أدنى فوق الصفر
function-arity-its-parameters = معاملاته

interpreter-argument-count = `{$function}` تأخذ {$expected ->
        [zero] بلا وسائط
        [one] وسيطًا واحدًا
        [two] وسيطين
        [few] {$expected} وسائط
        [many] {$expected} وسيطًا
       *[other] {$expected} وسيط
    }، لا {$given}
interpreter-argument-count-range = `{$function}` تأخذ من {$least} إلى {$most} وسائط، لا {$given}
interpreter-argument-count-fix = استدعها هكذا: `{$call}`
interpreter-nesting-too-deep = الحساب متداخل بعمق يتجاوز الحد ({$levels}): استدعاءات داخل استدعاءات داخل تعابير
interpreter-nesting-too-deep-fix = قلّل عمق الاستدعاء الذاتي، أو جزّئ التعبير بـ `let`
interpreter-record-field-twice = في السجل الحقل `{$field}` مرتين
interpreter-if-condition = `if` تحتاج إلى شرط صحيح أو خاطئ، لا {$type}
interpreter-not-a-number = ليس لهذا قيمة معرّفة
interpreter-infinite = هذا لا نهائي
interpreter-not-finite-samples-note = بعض عيّنات القيمة غير المؤكدة ليست أعدادًا منتهية
interpreter-not-finite-fix = راجع المدخلات: لوغاريتم 0، أو جذر عدد سالب، أو أسّ يتجاوز الحد
interpreter-logic-operand = `{$operator}` تحتاج إلى صحيح أو خاطئ، لا {$type}
interpreter-period-ends = `..` تصل بين تاريخين أو شهرين أو ربعين
interpreter-period-ends-fix = اكتب الفترة هكذا: `2027-01 .. 2027-12`
interpreter-period-backwards = هذه الفترة تنتهي قبل أن تبدأ
label-ends = تنتهي {$end}
interpreter-not-a-function = لا يمكن استدعاء {$type} كدالة
interpreter-recursion-too-deep = `{$function}` تستدعي نفسها بعمق يزيد على {$depth}
interpreter-recursion-too-deep-fix = تأكد أن في الاستدعاء الذاتي `if … then … else` يوقفه
label-in-this-call = في هذا الاستدعاء لـ `{$function}`
interpreter-value-too-deep = هذه القيمة تتداخل فيها القوائم أو السجلات بعمق يتجاوز الحد ({$levels})
interpreter-value-too-deep-fix = اجعلها مسطّحة: قوائم من القيم، لا قوائم من قوائم من قوائم
interpreter-money-times-count = المال مضروبًا في {$counts} يعطي {$unit}، ونادرًا ما يكون هذا المقصود
interpreter-money-times-count-fix = اكتب السعر لكل {$count}: `{$price} per {$count}` مضروبًا في {$counts} يعطي مالًا
interpreter-step-budget = هذا الحساب يتطلب أكثر من {$steps ->
        [few] {$steps} خطوات
        [many] {$steps} خطوةً
       *[other] {$steps} خطوة
    }، وهو حدّ الخطوات
interpreter-step-budget-note = توقف التشغيل هنا؛ ولم يُشغَّل شيء بعده
interpreter-step-budget-fix = الدالة التي تستدعي نفسها أكثر من مرة في كل استدعاء يطول وقتها أُسّيًّا: اجعلها تستدعي نفسها مرة واحدة، أو ارفع الحدّ بالخيار `--steps`
interpreter-interrupted = أُوقف
interpreter-interrupted-note = لم يُحفظ شيء مما عرّفه هذا الإدخال
interpreter-checkpoint-day = نقطة المراجعة يوم أو شهر
interpreter-checkpoint-day-fix = اكتب `checkpoint 2027-03-31` أو `checkpoint 2027-03`
interpreter-needs-planning = `{$statement}` تحتاج إلى طبقة التخطيط، وليست في هذه الجلسة
interpreter-assert-condition = `assert` تحتاج إلى شرط صحيح أو خاطئ، لا {$type}
interpreter-assert-left-note = الطرف الأيسر: {$value}
interpreter-assert-right-note = الطرف الأيمن: {$value}
interpreter-assertion-failed = فشل التحقق
interpreter-assertion-failed-because = فشل التحقق: {$explanation}
interpreter-rate-not-currency = `{$currency}` ليس رمز عملة
interpreter-rate-capitals-fix = رموز العملات تُكتب بحروف كبيرة: `rate {$code} = …`
interpreter-rate-code-fix = اكتب رمزًا من ثلاثة أحرف مثل `rate EUR = 1.08 USD`
interpreter-rate-not-money = سعر الصرف مبلغ من عملة أخرى، لا {$type}
interpreter-rate-invalid = سعر الصرف يحوّل عملة إلى عملة أخرى بسعر موجب
interpreter-conflicting-rate = هذا السعر يقول 1 {$currency} = {$rate}؛ والأسعار المذكورة قبله تقول {$stated}
interpreter-conflicting-rate-fix = هذا السعر الأحدث هو المستخدم من هنا فصاعدًا؛ اذكر كل سعر صرف مرة واحدة
interpreter-no-files = لا تستطيع هذه الجلسة قراءة الملفات
interpreter-no-stdlib = ليست في هذه الجلسة مكتبة قياسية
interpreter-module-failed = فشل `{$module}` أثناء التحميل: {$error}
interpreter-memory-budget = هذا يحتاج إلى ذاكرة أكثر من الحدّ {$budget}
interpreter-memory-budget-samples = هذا يحتاج إلى ذاكرة أكثر من الحدّ {$budget} (كل قيمة غير مؤكدة تحمل {$samples ->
        [one] عيّنة واحدة
        [two] عيّنتين
        [few] {$samples} عيّنات
        [many] {$samples} عيّنةً
       *[other] {$samples} عيّنة
    }، {$size})
interpreter-memory-budget-samples-fix = اخفض `--samples` (القيمة الافتراضية 10000)، أو قلّل القيم غير المؤكدة، أو ارفع الحدّ بالخيار `--memory`
interpreter-memory-budget-fix = الخطة نفسها هي التي تشغل الذاكرة (قيمها وسجلاتها وقوائمها وسيناريوهاتها وجداولها): صغّرها، أو ارفع الحدّ بالخيار `--memory`
natives-expected-number = المتوقع عدد، لا {$type}
natives-plain-number = هذه الدالة تأخذ عددًا مجردًا، لا {$unit}
natives-round-digits = `round` تأخذ عددًا صحيحًا من الخانات من -15 إلى 15، لا {$value}
natives-round-digits-fix = اكتب `round(x, 2)` للسنتات، و`round(x, -3)` للآلاف
natives-no-values = لا قيم للاختيار منها
natives-sum-list = `sum` تأخذ قائمة
natives-list-mixes = القائمة تخلط {$first} و{$second}
natives-len-list = `len` تأخذ قائمة أو نصًا
natives-percentile-range = المئين يقع بين 0% و100%
natives-chance-condition = `chance` تأخذ شرطًا
ranges-exact-ends = `to` تصل بين عددين دقيقين، كما في `$18k to $30k`
ranges-same-unit = طرفا المدى يحتاجان إلى الوحدة نفسها
ranges-order = المدى يبدأ بالقيمة الأدنى وينتهي بالأعلى
ranges-equal-ends = يجب أن يختلف طرفا المدى: كلاهما {$value}؛ للمبلغ المؤكد اكتبه وحده، وللتقدير طرفين مختلفين
blocks-already-defined = `{$name}` هو بالفعل {$block} في هذه الخطة
blocks-already-defined-note = يُحتفظ بالأول؛ ويستمر فحص بقية الخطة
blocks-already-defined-fix = اختر اسمًا آخر لتعريف {$kind} هنا
blocks-flag = `{$field}` قيمته `true` أو `false`، لا {$type}
blocks-flag-fix = اكتب `{$field}` (أو `{$field} true`) لتفعيله، و`{$field} false` لإيقافه
blocks-one-amount = `{$field}` يأخذ مبلغًا واحدًا، لا قائمة من {$count ->
    [zero] لا قيم
    [one] قيمة واحدة
    [two] قيمتين
    [few] {$count} قيم
    [many] {$count} قيمةً
   *[other] {$count} قيمة
}
blocks-one-amount-fix = اكتب مبلغًا واحدًا؛ الكسر العشري بنقطة لا بفاصلة (`12.5` لا `12,5`)، والفاصلة تفصل بين القيم

## Correlated inputs (Sources/MPlanLanguage/Runtime/Interpreter+Correlate.swift, Semantics/Checker+Correlate.swift)
correlation-range = الارتباط عدد مجرد من ‎-1 إلى 1، لا {$value}
correlation-range-fix = اكتب ارتباط رتب مثل `0.6` (أو `-0.3` لمُدخلات تتحرك في اتجاهين متعاكسين)
correlation-shape = عدد المُدخلات {$count}، فتأخذ مصفوفة ارتباطات {$count} × {$count}: قائمة صفوف عددها {$count}، في كل صف منها {$count} من الأعداد
correlation-shape-fix = اكتب عددًا واحدًا لمُدخلين (`correlate a, b by 0.6`)، أو مصفوفة لأكثر منهما: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlation-diagonal = قطر مصفوفة الارتباط هو 1: `{$name}` يتحرك مع نفسه تمامًا
correlation-diagonal-fix = اكتب 1 على القطر
correlation-asymmetric = تربط المصفوفة `{$first}` بـ`{$second}` بمقدار {$one} في اتجاه وبمقدار {$other} في الاتجاه الآخر
correlation-cannot-hold = لا يمكن أن تصح هذه الارتباطات معًا: لا توجد مُدخلات تتحرك معًا على هذا النحو (المصفوفة ليست موجبة شبه محددة)
correlation-cannot-hold-fix = أقرب ارتباطات ممكنة: {$pairs}
correlate-not-uncertain = `{$name}` عدد واحد ({$value})، لا تقدير: المُدخلات غير المؤكدة وحدها تتحرك معًا
correlate-not-a-value = `{$name}` ليس قيمة معرَّفة بـ`let`: المُدخلات غير المؤكدة وحدها تتحرك معًا
correlate-not-uncertain-fix = عرّف `{$name}` مدى (`a to b`) أو توزيعًا، أو أخرجه من `correlate`
correlate-twice = `{$name}` يتحرك من قبل مع {$others} (`correlate` في {$place}): ينتمي المُدخل إلى `correlate` واحد
correlate-twice-fix = سمِّ كل المُدخلات التي تتحرك معًا في `correlate` واحد، بمصفوفة: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlate-input-twice = `{$name}` مذكور مرتين في هذا `correlate`
correlate-input-twice-fix = اذكر كل مُدخل مرة واحدة

## Sensitivity (Sources/MPlanPlanning/PlanAnalysis+Sensitivity.swift)
sensitivity-exact = `{$result}` عدد واحد ({$value}): لا يحركه أي مُدخل غير مؤكد
sensitivity-exact-fix = اطلبها لنتيجة محسوبة من مديات أو توزيعات، مثل `sensitivity spend`
sensitivity-heading-correlation = ارتباط الرتب
sensitivity-heading-share = حصة التباين
sensitivity-headline = {$result} = {$value}: ارتباط رتب كل مُدخل غير مؤكد بها على كل العينات ({$samples})، وحصته من التباين (r² / Σr²)
sensitivity-no-inputs = لا يحركها أي مُدخل غير مؤكد معرَّف بـ`let`

## The parser's diagnostics (Sources/MPlanSyntax/Syntax/Parser*.swift)

token-number = عدد
token-percent = نسبة مئوية
token-money = مبلغ من المال
token-date = تاريخ
token-month = شهر
token-quarter = ربع سنة
token-week = أسبوع
token-string = نص
token-code = `{$code}`
token-line-end = نهاية السطر
token-file-end = نهاية الملف
parser-item-after-comma = المتوقع عنصر آخر بعد `,`
parser-item-after-comma-fix = احذف `,` في النهاية
parser-comma-before-statement = هذا السطر ينتهي بـ `,` فتستمر العبارة، لكن السطر التالي يبدأ عبارة أخرى
parser-comma-before-statement-fix = احذف `,` في آخر السطر
parser-statement-word-as-name = لا يمكن أن يكون `{$name}` اسمًا: السطر الذي ليس فيه إلا `{$name}` يشغّل فحوص الخطة
parser-pick-another-name = اختر اسمًا آخر، مثل `{$name}_`
parser-never-closed = هذا `{$bracket}` لا يُغلق أبدًا
parser-never-closed-fix = أضف `{$bracket}` حيث ينتهي التعبير
parser-expected-symbol = المتوقع `{$symbol}` {$context}، ووُجد {$found}
parser-expected-symbol-fix = اكتب `{$symbol}` {$context}
parser-one-equals-fix = اكتب `=` واحدة هنا: `==` للمقارنة
parser-keyword-as-name = `{$keyword}` كلمة مفتاحية ولا يمكن استخدامها اسمًا {$context}
parser-expected-name = المتوقع اسم {$context}، ووُجد {$found}
parser-expected-name-fix = اكتب اسمًا مثل `total`: حروف وأرقام و`_`، ولا يبدأ برقم
parser-expected-statement-end = المتوقع نهاية العبارة، ووُجد {$found}
parser-brace-closes-nothing = هذا `{"}"}` لا يغلق شيئًا
parser-brace-closes-nothing-fix = احذفه، أو ابحث عن `{"{"}` الذي كان يُراد إغلاقه
parser-too-large-for-memory = البرنامج أكبر من أن يتسع له حدّ الذاكرة ({$budget}): توقف التحليل هنا، بعد {$statements ->
        [zero] لا عبارات
        [one] عبارة واحدة
        [two] عبارتين
        [few] {$statements} عبارات
        [many] {$statements} عبارةً
       *[other] {$statements} عبارة
    }
parser-context-after = بعد `{$code}`
parser-context-let-name = بعد الاسم في `let {$name}`
parser-misplaced-assignment = `=` لا تُسند إلا في `let` وفي السيناريوهات
parser-context-unit-plural = بعد `unit {$unit},` (جمعها، كما في `unit deal, deals`)
parser-context-rate-currency = بعد `rate` (رمز عملة مثل EUR)
parser-context-rate-value = في `rate {$currency} = 1.08 USD`
parser-import-file = المتوقع اسم ملف بين علامتي تنصيص بعد `import`
parser-import-file-fix = اكتب `import "other.mplan"`
parser-context-use-module = بعد `use` (وحدة من المكتبة القياسية مثل `kpi`)
parser-expected-statement = المتوقع عبارة
parser-context-function-name = بعد اسم الدالة
parser-context-parameter = لمعامل
parser-context-unit-category = بعد `unit {$unit},` (فئة جمع: zero أو one أو two أو few أو many أو other)
parser-not-a-plural-category = `{$word}` ليست فئة جمع
parser-not-a-plural-category-fix = اكتب كل صيغة بعد فئتها: zero أو one أو two أو few أو many أو other (`few клиента`)
parser-context-unit-form = بعد `{$category}` (صيغة الوحدة لتلك الفئة)
parser-unnamed-after-named = لا يمكن أن تأتي قيمة بلا اسم بعد قيمة مسمّاة في الاستدعاء
parser-named-from-here = مسمّاة من هنا فصاعدًا
parser-unnamed-after-named-fix = ضع القيم التي بلا أسماء أولًا، كما في `mixture([a, b], weights: [30%, 70%])`
parser-context-argument-name = لاسم الوسيط
parser-context-after-argument-name = بعد اسم الوسيط `{$name}`
parser-context-parameters = بعد المعاملات
parser-context-function-body = قبل جسم `fn {$function}`
parser-expected-declaration = المتوقع تعريف
parser-context-served-goal = بعد `=>` (الهدف الذي يخدمه هذا الإجراء)
parser-block-not-closed = كتلة `{$kind}` هذه غير مغلقة
parser-block-not-closed-fix = أضف `{"}"}` بعد آخر حقل فيها
parser-statement-in-open-block = {$found} يبدأ عبارة جديدة، لكن الكتلة المفتوحة في السطر {$line} غير مغلقة
parser-fix-before-line = {$fix}، قبل السطر {$line}
parser-context-field = لحقل
parser-field-sign = الحقل يأخذ قيمته بلا `{$sign}`
parser-field-end = المتوقع نهاية الحقل `{$field}`، ووُجد {$found}
parser-stage-end = المتوقع نهاية المرحلة، ووُجد {$found}
parser-stage-end-fix = ضع كل مرحلة في سطر مستقل
parser-context-funnel-open = لفتح مراحل مسار التحويل
parser-funnel-not-closed = مسار التحويل هذا غير مغلق
parser-funnel-not-closed-fix = أضف `{"}"}` بعد آخر مرحلة فيه
parser-context-stage = لمرحلة من مسار التحويل، كما في `visit -> mql : 2%`
parser-context-stage-arrow = بين مرحلتين، كما في `visit -> mql : 2%`
parser-context-stage-rate = قبل معدل التحويل، كما في `visit -> mql : 2%`
parser-context-extends = بعد `extends` (السيناريو الذي يُبنى عليه هذا السيناريو)
parser-context-scenario-open = لفتح تغييرات السيناريو
parser-scenario-not-closed = هذا السيناريو غير مغلق
parser-scenario-not-closed-fix = أضف `{"}"}` بعد آخر تغيير فيه
parser-context-scenario-change = في تغيير ضمن سيناريو، كما في `inbound.visit->mql = 1.5%`
parser-change-end = المتوقع نهاية التغيير، ووُجد {$found}
parser-change-end-fix = السيناريو يأخذ تغييرًا واحدًا في كل سطر: ضع `{$rest}` في سطر مستقل
parser-context-compared-scenario = لسيناريو (`base` هي الخطة كما كُتبت)
parser-compare-on = المتوقع `on` وما تجب مقارنته
parser-compare-on-fix = اكتب `compare base, cautious on need.visit`
parser-show-what = المتوقع ما يجب عرضه
parser-show-what-fix = اكتب `show NAME` أو `show goals` أو `show actions by owner`
parser-context-export = بعد `export` (`plan`، أو اسم هدف أو ميزانية أو مسار تحويل أو قيمة)
parser-export-to = المتوقع `to` واسم ملف بعد `export {$target}`
parser-export-file = المتوقع اسم ملف بين علامتي تنصيص بعد `export {$target} to`
parser-export-fix = اكتب `export {$target} to "plan.html"` ({$formats})
parser-assignment-scenario-fix = لتجربة قيمة أخرى اكتب `scenario try_it {"{"} {$target} = {$value} {"}"}`، ثم اقرأ `try_it.NAME` أو `compare base, try_it on …`؛ أو اكتب مسار التحويل أو الكتلة من جديد
parser-assignment-let-fix = اكتب `let {$name} = {$value}`، أو `==` للمقارنة
parser-assignment-fix = اكتب `let NAME = …`، أو `==` للمقارنة
parser-leftover-assign-fix = لمقارنة قيمتين اكتب `==`؛ أما `=` فتعطي الاسم قيمته في `let NAME = …` فقط
parser-leftover-closer-fix = هذا `{$bracket}` لا يغلق شيئًا: احذفه، أو أضف القوس الذي يغلقه
parser-leftover-colon-fix = مكان `:` في سجل (`{"{"}visits: 10{"}"}`) أو في مرحلة من مسار التحويل (`visit -> mql : 2%`)
parser-leftover-statement-fix = ضع كل عبارة في سطر مستقل، أو افصل بين العبارات بـ `;`
parser-leftover-unit-after-money-fix = المبلغ المالي لا تأتي بعده وحدة: اكتب `{$before} per {$after}` لسعر لكل {$after}
parser-leftover-missing-comma-fix = افصل بين القيم بفاصلة: `{$before}, {$after}`
parser-leftover-missing-operator-fix = ينقص عامل بين `{$before}` و`{$after}`: اكتب `+` أو `-` أو `*` أو `/`، أو ضعهما في سطرين
parser-missing-value-unfinished-at-start-fix = التعبير ناقص: ابدأه بقيمة
parser-missing-value-before-at-start-fix = اكتب قيمة قبل `{$symbol}`
parser-missing-value-line-above-fix = السطر السابق ينتهي ناقصًا بعد {$before}: اكتب القيمة هناك، أو احذف {$before}
parser-missing-value-unfinished-fix = التعبير ناقص: اكتب قيمة بعد {$before}
parser-missing-value-before-fix = اكتب قيمة قبل `{$symbol}`، أو احذف {$before}
parser-missing-value-assign-fix = اكتب القيمة بعد الاسم: `let NAME = VALUE`؛ وللمقارنة تأتي `==` بين قيمتين
parser-missing-value-two-operators-fix = عاملان متتاليان: احذف `{$symbol}` أو اكتب قيمة قبله
parser-missing-value-keyword-fix = `{$keyword}` كلمة مفتاحية لا قيمة: اكتب هنا عددًا أو اسمًا أو نصًا
parser-missing-value-fix = اكتب عددًا أو اسمًا أو نصًا أو تعبيرًا بين قوسين
parser-field-leftover-fix = ضع كل حقل في سطر مستقل
parser-field-missing-comma-fix = افصل بين قيم `{$field}` بفاصلة: `{$before}, {$after}`
parser-nested-too-deeply = هذا التعبير متداخل بعمق يتجاوز الحد ({$levels})
parser-split-into-lets-fix = قسّمه إلى عدة أسطر `let`
parser-if-then = المتوقع `then` بعد شرط `if`
parser-if-then-compare-fix = للمقارنة اكتب `==`: `if a == b then … else …`
parser-if-then-fix = اكتب `if CONDITION then VALUE else VALUE`
parser-if-else = المتوقع `else`: يجب أن تعطي `if` قيمة في الحالتين
parser-if-else-fix = أضف `else …`
parser-too-many-nots = كلمات `not` متتالية أكثر من اللازم
parser-too-many-signs = إشارات متتالية أكثر من اللازم
parser-too-many-powers = علامات `^` متتالية أكثر من اللازم
parser-context-close-call = لإغلاق الاستدعاء
parser-per-count-unit = المتوقع وحدة بعد العدد الذي يلي `per`
parser-per-count-unit-fix = اكتب ما يُحسب عليه، كما في `$5 per 1,000 impressions`
parser-expected-unit = المتوقع وحدة بعد `{$keyword}`، ووُجد {$found}
parser-expected-unit-fix = اكتب وحدة مثل `visit` أو `customer` أو `USD` أو `month`
parser-context-close-bracket = لإغلاق `(`
parser-expected-value = المتوقع قيمة، ووُجد {$found}
parser-continue-line-fix = هذا السطر ليس جزءًا من السطر السابق؛ ضع العامل في آخر السطر السابق
parser-context-close-list = لإغلاق القائمة
parser-context-record-field = لحقل في السجل، كما في `{"{"}visits: 10, cost: $5{"}"}`
parser-context-record-field-name = بعد اسم الحقل `{$field}`
parser-context-close-record = لإغلاق السجل
parser-too-long-or-deep = هذا التعبير طويل جدًا أو متداخل بعمق يتجاوز الحد ({$levels})
parser-solve-for = المتوقع `for` والنتيجة المراد بلوغها
parser-solve-for-fix = اكتب `solve {$unknown} for spend = $15k` (أو `<=` أو `>=`)
parser-solve-condition = `solve` تحتاج إلى نتيجة والقيمة التي يجب أن تبلغها، بينهما `=` أو `<=` أو `>=`
parser-solve-condition-fix = اكتب `solve {$unknown} for spend = $15k`
parser-table-over = المتوقع `over` والمُدخل المراد تغييره
parser-table-over-fix = اكتب `table spend over cpc from $0.50 per visit to $2 per visit step $0.25 per visit`
parser-table-input-values = المتوقع قيم `{$input}`: `from A to B step S` أو `in {"["}A, B, C]`
parser-table-input-values-fix = اكتب `{$input} from 1% to 3% step 0.5%` أو `{$input} in {"["}1%, 2%, 3%]`
parser-table-step = المتوقع `step` والمسافة بين القيم
parser-table-step-fix = أضف `step …` بعد المدى
parser-tornado-over = المتوقع `over` والمُدخلات المراد تغييرها
parser-tornado-over-fix = اكتب `tornado spend over cpc, deal_size by 10%`
parser-correlate-two = يأخذ `correlate` مُدخلين على الأقل يتحركان معًا
parser-correlate-by = يُنتظر `by` والارتباط بعد المُدخلات
parser-correlate-fix = اكتب `correlate cpc, deal_size by 0.6`، أو لأكثر من مُدخلين مصفوفة: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
parser-range-ends = المتوقع `A to B` بعد `{$code}`
parser-range-ends-fix = اكتب الطرفين، كما في `from 1% to 3%`
parser-ambiguous-range = `to` بجوار `{$operator}` بلا أقواس: ليس واضحًا أي جزء هو المدى
parser-ambiguous-range-fix = اكتب `{$range-first}` لحساب على المدى `{$range}`، أو `{$ends-first}` لمدى بين طرفين محسوبين
diagnostics-omitted = … و{$count ->
        [zero] لا أخطاء أخرى
        [one] خطأ آخر
        [two] خطآن آخران
        [few] {$count} أخطاء أخرى
        [many] {$count} خطأً آخر
       *[other] {$count} خطأ آخر
    } مثل التي أعلاه؛ لا يُحتفظ إلا بأول {$kept}
diagnostics-omitted-fix = أصلح الأولى: غالبًا ما يزول الباقي معها
parser-block-opened-here = هذه الكتلة فُتحت هنا

## Reading a script (Sources/MPlanSyntax/Diagnostics/SourceLoader.swift)

loader-cannot-read = لا يمكن قراءة `{$path}`: {$reason}
loader-no-such-file = الملف غير موجود
loader-not-a-script = `{$path}` {$kind}، لا برنامج
loader-kind-folder = مجلد
loader-kind-pipe = أنبوب مسمّى (FIFO)
loader-kind-device = جهاز
loader-kind-socket = مقبس
loader-folder-fix = سمِّ ملف `.mplan` داخله
loader-not-a-file-fix = احفظ الخطة في ملف وسمِّه، أو مرّرها عبر أنبوب: `mplan run -`
loader-too-large = `{$path}` أكبر من {$size}؛ هذه ليست خطة
loader-binary = `{$path}` ملف ثنائي، لا برنامج
loader-binary-note = فيه بايت NUL عند الموضع {$offset}
loader-not-utf8 = `{$path}` ليس نصًا بترميز UTF-8
loader-not-utf8-note = أول بايت لا يُفك ترميزه عند الموضع {$offset}
loader-not-utf8-fix = احفظ الملف بترميز UTF-8

## mplan fmt's refusal (Sources/MPlanSyntax/Syntax/Formatter.swift)

format-would-change = لم يستطع `mplan fmt` تنسيق هذا الملف دون تغييره ({$reason})؛ تُرك الملف كما كان
format-would-change-fix = هذا خلل في `mplan fmt`: أبلغ عنه مع الملف من فضلك
format-reason-whole-file = يُقرأ بشكل مختلف حين يُقرأ كاملًا
format-reason-no-parse = النتيجة لا يمكن تحليلها
format-reason-token = الرمز رقم {$token} سيُقرأ بشكل مختلف

## Words every layer's diagnostics share (Sources/MPlanSyntax/Diagnostics/Suggestions.swift)

suggestion-did-you-mean = هل تقصد `{$name}`؟
label-first-defined-here = عُرّف أولًا هنا
label-first-given-here = أُعطي أولًا هنا
label-defined-here = عُرّف هنا
fix-write-code = اكتب `{$code}`
note-at = في {$place}

## The checker's diagnostics (Sources/MPlanLanguage/Semantics/Checker*.swift)

checker-arrow-only-on-actions = الإجراء وحده يخدم الأهداف بـ `=>`؛ ولا يخدمها بها {$block}
checker-arrow-goal-fix = الهدف يسمّي هدف الشركة الذي يخدمه بحقل: `supports {$names}`
checker-arrow-budget-fix = الإجراء يذكر الميزانية التي تدفع له: `from {$budget}` في الإجراء
checker-arrow-report-fix = التقرير يسرد ما يقيسه بحقل: `measures {$names}`
checker-arrow-remove-fix = احذف `=> {$names}`
checker-show-extra-words = `show {$request}` لا يأخذ كلمات أخرى؛ وستُهمل `{$extra}`
checker-show-extra-words-list-fix = احذفها؛ ولتجميع القائمة اكتب `show {$list} by FIELD`
checker-show-extra-words-fix = اعرض شيئًا واحدًا في كل مرة: `show {$request}`
checker-unused-value = قيمة هذا السطر غير مستخدمة
checker-unused-value-minus-note = العبارة تنتهي بنهاية سطرها، فـ `-` هذه تبدأ عبارة جديدة
checker-unused-value-call-note = الدوال تحسب قيمة فقط؛ واستدعاء دالة في سطر وحدها لا يغيّر شيئًا
checker-unused-value-fix = اربطها باسم بـ `let NAME = …`، أو اعرضها بـ `print …`
checker-imports-too-deep = الاستيرادات هنا متداخلة بعمق يتجاوز الحد ({$depth})
checker-imports-too-deep-fix = استورد الملفات المشتركة من خطة رئيسية واحدة بدل أن يستورد بعضها بعضًا
checker-import-cycle = استيراد `{$module}` هنا سيدور في حلقة: {$chain}
checker-import-cycle-fix = انقل ما يحتاجه الملفان إلى ملف ثالث
checker-table-read-too-early = `{$name}` جدول بيانات يُحسب بعد تشغيل بقية الخطة، فلا يمكن أن يكون جزءًا منها
checker-table-read-too-early-fix = اقرأه بـ `print {$name}` أو `show {$name}` أو `export {$name} to "{$name}.csv"` أو `compare base, … on {$name}`
checker-already-defined = `{$name}` معرّف بالفعل
checker-already-defined-fix = أعطه اسمًا آخر، أو استخدم سيناريو لتجربة قيمة أخرى
checker-parameter-twice = المعامل `{$parameter}` مذكور مرتين
checker-already-a-unit-of-kind = `{$unit}` وحدة بالفعل {$kind ->
        [currency] للعملة
        [time] للزمن
        [percent] للنسبة المئوية
       *[count] للعدّ
    }
checker-currency-is-unit = `{$currency}` وحدة بالفعل ({$kind ->
        [currency] للعملة
        [time] للزمن
        [percent] للنسبة المئوية
       *[count] للعدّ
    })، فلا يمكن أن يكون عملة
checker-currency-is-unit-fix = أعطِ عملتك رمزًا ليس وحدة
checker-scenario-already-defined = السيناريو `{$name}` معرّف بالفعل
checker-scenario-already-defined-fix = أعطِ السيناريو الثاني اسمًا آخر، أو ضع التغييرين في سيناريو واحد
checker-name-with-spaces = الاسم الذي فيه مسافات يحتاج إلى علامتي تنصيص
checker-budget-no-deadline-fix = ليس للميزانية موعد نهائي: اكتب من يراقبها هكذا `control monthly by "CMO"`
checker-no-such-field = ليس في `{$kind}` الحقل `{$field}`
checker-fields-are = حقوله: {$fields}
checker-field-twice = `{$field}` مذكور مرتين
checker-unknown-name = اسم غير معروف `{$name}`
checker-name-is-currency = `{$name}` عملة بالفعل
checker-name-is-time-unit = `{$name}` وحدة زمن بالفعل
checker-name-is-unit = `{$name}` وحدة بالفعل (`2 {$name}` تعدّ {$counts})
checker-name-is-unit-fix = أعطِ القيمة اسمًا ليس وحدة، مثل `{$name}_value`
checker-unit-is-value = `{$unit}` اسم قيمة بالفعل، فلا يمكن أن يكون وحدة أيضًا
checker-unit-is-value-fix = غيّر اسم القيمة، أو سمِّ الوحدة باسم آخر

## Units in messages (Sources/MPlanLanguage/Semantics/Units.swift)

unit-plain-number = عدد مجرد
unit-money = مال ({$currency})
unit-duration = مدة
unit-as-written = {$unit}

## What a value is, in a message (Sources/MPlanLanguage/Runtime/Value.swift)

value-type-percentage = نسبة مئوية
value-type-points = نقاط مئوية
value-type-text = نص
value-type-bool = صحيح أو خاطئ
value-type-period = فترة
value-type-date = تاريخ
value-type-list = قائمة
value-type-record = سجل
value-type-function = دالة
value-type-funnel = مسار تحويل
value-type-plan = خطة
value-type-objective = هدف للشركة
value-type-goal = هدف
value-type-budget = ميزانية
value-type-action = إجراء
value-type-report = تقرير
value-type-actuals = كتلة قيم فعلية
value-type-channel = قناة
block-noun-plan = الخطة
block-noun-objective = هدف الشركة
block-noun-goal = الهدف
block-noun-budget = الميزانية
block-noun-action = الإجراء
block-noun-report = التقرير
block-noun-actuals = كتلة القيم الفعلية
block-noun-channel = القناة
value-type-word = كلمة
value-type-data-table = جدول بيانات

## Arithmetic and units (Sources/MPlanLanguage/Runtime/Arithmetic*.swift)

arithmetic-unit-after-non-number = وحدة بعد عدد مجرد
units-unknown-unit = وحدة غير معروفة `{$unit}`
units-currency-capitals-fix = رموز العملات تُكتب بحروف كبيرة: هل تقصد `{$code}`؟
units-not-iso-fix = `{$unit}` ليس رمز عملة في ISO 4217؛ إن كانت عملتك الخاصة فاذكر سعر صرفها أولًا، مثل `rate {$unit} = 1.08 USD`
units-no-plural-fix = عُرّفت `{$singular}` بلا جمع: اكتب `{$singular}`، أو عرّف `unit {$singular}, {$unit}`
units-declare-fix = عرّفها أولًا بـ `unit {$singular}`
arithmetic-plus-sign = إشارة `+` تحتاج إلى عدد، لا {$type}
arithmetic-negate = لا يمكن عكس إشارة {$type}
arithmetic-not = `not` تحتاج إلى صحيح أو خاطئ، لا {$type}
arithmetic-cannot-apply = لا يمكن تطبيق `{$operator}` على {$left} و{$right}
arithmetic-data-table-fix = جدول البيانات يُقرأ ولا يُحسب به: اطبعه بـ `print`، أو قارن به بـ `compare … on`، أو صدّره بـ `export`، أو احسب النتيجة عند مُدخل واحد مباشرة
arithmetic-division-by-zero = قسمة على صفر
label-this-is = هذا {$value}
label-dividing = قسمة {$value}
arithmetic-exponent-plain = الأسّ عدد مجرد
arithmetic-whole-power = لا يُرفع {$unit} إلا إلى أسّ صحيح
arithmetic-power-range = تُرفع الوحدة إلى أسّ بين -64 و64
arithmetic-uncertain-comparison = ليس للقيمة غير المؤكدة جواب واحد عن `{$operator}`
arithmetic-uncertain-comparison-fix = اسأل عن احتماله: `chance(x {$operator} y)`
arithmetic-logic-on-numbers = `{$operator}` تحتاج إلى صحيح أو خاطئ، لا إلى أعداد
arithmetic-percentage-and-number = لا يمكن {$verb ->
        [add] جمع
       *[subtract] طرح
    } نسبة مئوية وعدد مجرد
arithmetic-percentage-points-fix = اكتب العدد نسبةً مئوية (`{$percent}`) لـ{$verb ->
        [add] جمع
       *[subtract] طرح
    } نقاط مئوية، أو اضرب للتحجيم
arithmetic-percentage-growth-fix = اكتب العدد نسبةً مئوية (`{$percent}`)؛ ولزيادة قيمة بنسبة مئوية اضربها في `(100% + …)`
arithmetic-missing-rate = لا يمكن {$verb ->
        [add] جمع
        [subtract] طرح
       *[compare] مقارنة
    } {$to} و{$from} دون تحويل
arithmetic-convert-fix = حوّل أحد الطرفين أولًا: `… as {$to}`
arithmetic-state-rate-fix = اذكر سعر صرف أولًا، مثل `rate {$to} = 1.08 {$from}`، ثم حوّل بـ `as {$from}`
arithmetic-unit-mismatch = لا يمكن {$verb ->
        [add] جمع
        [subtract] طرح
       *[compare] مقارنة
    } {$left} و{$right}
arithmetic-funnel-rate-fix = معدل مسار التحويل مرحلةٌ لكل مرحلة أخرى؛ اقرأه نسبةً مئوية مجردة بـ `(… as %)`
arithmetic-give-units-fix = أعطِ الطرفين وحدة، مثل `10 visit` أو `$10`
arithmetic-grow-fix = لزيادة {$value} بنسبة {$percent} اضرب: `* {$factor}` أو `* (100% + {$percent})`
arithmetic-cut-fix = لخفض {$value} بنسبة {$percent} اضرب: `* {$factor}` أو `* (100% - {$percent})`
duration-whole-days-fix = احسب أيامًا كاملة، مثل `{$days} days`
duration-whole-months-fix = الشهر شهر تقويمي، فاحسب أشهرًا كاملة (`{$below} months` أو `{$above} months`) أو الأيام (`{$days} days`)
dates-move-by-duration = التاريخ يتحرك بمدة، لا بـ {$unit}
dates-move-by-duration-fix = اكتب مدة مثل `6 months` أو `2 weeks`
dates-move-too-far = هذا يحرّك التاريخ أكثر من 10,000 سنة
dates-move-whole = التاريخ يتحرك بأشهر تقويمية كاملة أو أيام كاملة، لا بـ {$duration}
dates-operator = التواريخ تُطرح وتُقارن، ولا تُجمع بـ `{$operator}`
conversion-not-a-number = الأعداد وحدها تُحوَّل بـ `as`؛ وهذا {$type}
conversion-percentage = العدد المجرد وحده يمكن عرضه نسبةً مئوية
conversion-no-rate = لا سعر صرف يحوّل {$from} إلى {$to}
conversion-no-rate-fix = اذكر سعرًا أولًا: `rate {$from} = 1.08 {$to}`
conversion-unit-mismatch = لا يمكن تحويل {$unit} إلى `{$target}`
label-a-different-unit = وحدة مختلفة
members-unknown = ليس لـ {$type} العضو `{$member}`
members-it-has-fix = أعضاؤه: {$members}
members-arrow-not-funnel = `->` تقرأ معدلًا في مسار التحويل؛ وهذا {$type}

## Funnels (Sources/MPlanLanguage/Runtime/Funnel.swift, Interpreter+Funnels.swift)

funnel-no-such-stage = ليس في مسار التحويل `{$funnel}` المرحلة `{$stage}`
funnel-stages-are-fix = مراحله: {$stages}
funnel-no-stages = ليس في مسار التحويل `{$funnel}` أي مرحلة
funnel-no-stages-fix = أعطه مرحلة في كل سطر، من الأعلى إلى الأسفل: `visit -> lead : 5%`
funnel-stage-chain = المرحلة `{$stage}` لا تكمل من `{$previous}`: مسار التحويل سلسلة واحدة
funnel-stage-chain-fix = ابدأ هذا السطر بـ `{$previous} ->`
funnel-stage-twice = المرحلة `{$stage}` مذكورة مرتين في مسار التحويل `{$funnel}`: المسار ينزل فقط
funnel-stage-twice-fix = سمِّ مرحلة تحت `{$previous}` ليست في المسار بعد
funnel-stage-not-count = مرحلة مسار التحويل تعدّ أشياء، و`{$stage}` ليست عدًّا
funnel-run-unit = `{$call}` تأخذ {$counts}، لا {$type}
funnel-yield-fix = أعطِ ما يدخل أعلى مسار التحويل
funnel-need-fix = أعطِ القيمة المستهدفة في أسفل مسار التحويل
funnel-rate-not-percentage = معدل التحويل نسبة مئوية، لا {$type}
funnel-rate-write-fix = اكتبه هكذا `2%` أو `0.02 {$per}`
funnel-rate-wrong-way = هذا المعدل معكوس: يعطي {$from} لكل {$to}
label-value = {$value}
funnel-rate-did-you-mean-fix = هل تقصد `{$rate}` ({$percent})؟
funnel-rate-unit = معدل التحويل من {$from} إلى {$to} نسبة مئوية أو {$to} لكل {$from-one}، لا {$unit}
funnel-rate-plain-number = معدل التحويل نسبة مئوية، لا عدد مجرد
funnel-rate-range = معدل التحويل أكبر من 0% وأقصاه 100%
funnel-rate-last-year-fix = خذ المعدل من أرقام العام الماضي
funnel-rate-over-100-fix = لا مرحلة تعطي أكثر مما تأخذ: خذ المعدل من أرقام العام الماضي

## Scenarios (Sources/MPlanLanguage/Runtime/Interpreter+Scenarios.swift)

scenario-change-unknown = السيناريو يغيّر شيئًا موجودًا في الخطة؛ ولا يوجد `{$name}`
scenario-change-function = السيناريو يغيّر قيمًا، و`{$name}` دالة
scenario-change-what = السيناريو يغيّر `let` أو معدلًا في مسار التحويل أو حقلًا في كتلة من الخطة
statement-vary-unknown = `{$statement}` يجرّب قيمًا لشيء موجود في الخطة؛ ولا يوجد `{$name}`
statement-vary-function = `{$statement}` يجرّب قيمًا، و`{$name}` دالة
statement-vary-what = `{$statement}` يجرّب قيم `let` أو معدل في مسار التحويل أو حقل في كتلة من الخطة
scenario-base-reserved = `base` هي الخطة كما كُتبت؛ سمِّ السيناريو باسم آخر
scenario-extends-itself = لا يمكن للسيناريو `{$scenario}` أن يوسّع نفسه
scenario-extends-itself-fix = وسّع سيناريو معرّفًا قبل هذا، أو `base`
scenario-unknown-parent = سيناريو غير معروف `{$scenario}`؛ السيناريو يوسّع سيناريو معرّفًا قبله
scenario-chain-too-long = السيناريو `{$scenario}` سيوسّع سلسلة من السيناريوهات طولها {$depth}، واحدًا عبر آخر؛ وسلسلة `extends` طولها {$maximum} على الأكثر
scenario-chain-too-long-fix = وسّع سيناريو أقرب إلى `base`، أو اجمع التغييرات في سيناريوهات أقل
scenario-does-not-run = السيناريو `{$scenario}` لا يعمل: {$error}
scenario-change-type = هذا السيناريو يغيّر {$target} من {$old} إلى {$new}
scenario-change-percentage = هذا السيناريو يغيّر {$target} من نسبة مئوية إلى عدد مجرد
label-is = قيمته {$value}
label-would-mean = {$number} تعني {$percent}
formatting-percent-hint = اكتبه نسبةً مئوية: `{$percent}`

## Data tables (Sources/MPlanLanguage/Output/DataTable.swift)

table-summary = جدول بيانات ({$results ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] {$results} نتائج
        [many] {$results} نتيجةً
       *[other] {$results} نتيجة
    } على {$inputs}، {$size})
table-summary-two-inputs = {$first} و{$second}
table-summary-rows = {$rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفان
        [few] {$rows} صفوف
        [many] {$rows} صفًا
       *[other] {$rows} صف
    }
table-summary-grid = {$rows} × {$columns}
table-summary-not-worked-out = جدول بيانات لم يُحسب هنا
table-not-worked-out = {$table}: لم يُحسب هنا
table-cells-fail = — الخطة لا تعمل هناك ({$cells ->
        [zero] لا خلايا
        [one] خلية واحدة
        [two] خليتان
        [few] {$cells} خلايا
        [many] {$cells} خليةً
       *[other] {$cells} خلية
    }): {$failure}
host-checkpoint-needs-planning = `checkpoint` تحتاج إلى طبقة التخطيط

## Reading a CSV file of actuals (Sources/MPlanLanguage/Actuals/CSVReader.swift)

csv-quote-never-closed = علامة تنصيص فُتحت في العمود {$column} لا تُغلق أبدًا
csv-text-after-quote = نص بعد علامة التنصيص الخاتمة للحقل {$field}
csv-field-too-long = الحقل {$field} أطول من {$size}
csv-row-too-long = الصف أطول من {$size}

## The checklist (mplan check, the check statement)

checklist-group-alignment = التوافق مع أهداف الشركة
checklist-group-smart = SMART
checklist-group-funnel = مسار التحويل
checklist-group-budget = الميزانية
checklist-group-actions = الإجراءات
checklist-group-reporting = التقارير
checklist-group-tracking = المتابعة
checklist-place-line = السطر {$line}
checklist-place-file-line = {$file}:{$line}
checklist-place-severity = {$severity ->
    [error] خطأ {$code}
    [note] ملاحظة {$code}
   *[warning] تحذير {$code}
}
# The noun after {$total} follows Arabic's counting: 3–10 the plural, 11–99 the singular with
# tanwin, 100 and up the singular.
checklist-checks-pass = نجح {$passed} من {$total ->
        [zero] {$total} فحص
        [one] فحص واحد
        [two] فحصين
        [few] {$total} فحوص
        [many] {$total} فحصًا
       *[other] {$total} فحص
    }
checklist-summary-with-faults = {$checks}؛ {$counts}
checklist-script-errors = في البرنامج {$errors}
checklist-script-errors-nothing-checked = {$script}؛ لم يُفحص شيء
checklist-script-errors-then-summary = {$script}؛ {$summary}

## Plan checks: alignment and funnels (Sources/MPlanPlanning/PlanChecker.swift)

plan-no-objectives = لا تذكر الخطة أي هدف للشركة
plan-no-objectives-fix = أضف أهم 3–5 أهداف للشركة: `objective growth "Grow segment revenue 10%"`
plan-too-many-objectives = عدد أهداف الشركة في الخطة {$count}: أكثر من خمسة يعني غياب التركيز
plan-too-many-objectives-fix = احتفظ بأهم 3–5 أهداف للشركة وادمج الباقي فيها
plan-objectives-focused = {$count ->
    [zero] لا أهداف للشركة
    [one] هدف واحد للشركة: مركّز
    [two] هدفان للشركة: مركّزة
    [few] {$count} أهداف للشركة: مركّزة
    [many] {$count} هدفًا للشركة: مركّزة
   *[other] {$count} هدف للشركة: مركّزة
}
plan-objective-unserved = هدف الشركة `{$objective}` لا يدعمه أي هدف
plan-objective-unserved-fix = أضف هدفًا فيه `supports {$objective}`، أو احذف هدف الشركة إن لم يكن على هذه الخطة بلوغه
plan-no-plan-block = لا توجد كتلة `plan` ذات فترة
plan-no-period = ليس للخطة فترة
plan-no-period-fix = أضف `plan "Growth 2027" {"{"} currency USD  period 2027-01 .. 2027-12 {"}"}`: تُفحص المواعيد والإنفاق بالنسبة إليها
plan-period = فترة الخطة {$period}
plan-did-you-mean = هل تقصد `{$name}`؟
plan-name = {$name}
plan-unknown-funnel = الهدف `{$goal}` يغذّيه `{$funnel}`، وهو ليس مسار تحويل
plan-unknown-funnel-fix = عرّفه: `funnel {$funnel} {"{"} visit -> mql : 2% … {"}"}`
plan-funnel-wrong-stage = الهدف `{$goal}` لا يعدّ {$stage}، أسفل مسار التحويل `{$funnel}`
plan-funnel-wrong-stage-fix = أعطِ الهدف قيمة مستهدفة بـ {$stage}، أو سمِّ مسار التحويل الذي ينتهي بمقياسه
plan-funnel-needs = الهدف `{$goal}` يحتاج إلى {$need} في أعلى مسار التحويل `{$funnel}`
plan-funnel-needs-monthly = الهدف `{$goal}` يحتاج إلى {$need} في أعلى مسار التحويل `{$funnel}`، نحو {$perMonth} في الشهر

## Channels (Sources/MPlanPlanning/ChannelMix.swift, ChannelMembers.swift, PlanChecker+Channels.swift, PlanChecker+ChannelCosts.swift, Document/PlanDocument+Economics.swift)
channel-read-before-declared = يُقرأ `{$member}` قبل اكتمال الخطة: {$kind} `{$name}` معرَّف في موضع لاحق
channel-still-to-come = لم يأتِ بعد
channel-read-before-declared-fix = اقرأه في `print` أو `show` أو `compare`، فهي تعمل بعد تعريف الخطة كلها، أو انقل هذا السطر إلى ما بعد الأهداف والقنوات
channel-member-unworked = لا يمكن حساب `{$member}` مما تذكره الخطة
channel-member-needs-spend-fix = يحتاج إلى هدف له قيمة مستهدفة يغذيه مسار التحويل `{$funnel}`، وإلى أساس تكلفة لكل قناة من قنواته (PLAN-F04)
channel-member-needs-revenue-fix = يحتاج إلى عملاء مسار التحويل `{$funnel}` وقيمة العميل الواحد: `deal_size $9,000 per customer` في الهدف `{$goal}`
channel-member-needs-margin-fix = يحتاج إلى تكلفة اكتساب العميل (CAC) وهامش العميل في الشهر: `deal_size` و`gross_margin 80%` في الهدف `{$goal}`
channel-member-needs-churn-fix = يحتاج إلى تكلفة اكتساب العميل (CAC) ومدة بقاء العميل: `deal_size` و`gross_margin` و`monthly_churn 2%` في الهدف `{$goal}`
channel-no-funnel = القناة `{$channel}` لا تسمي مسار تحويل تشتري أعلاه
channel-no-funnel-fix = أضف `funnel {$funnel}`، مسار التحويل الذي تجلب إليه الزيارات
channel-unknown-funnel = القناة `{$channel}` تشتري أعلى `{$funnel}`، وهو ليس مسار تحويل
channel-rates-mismatch = القناة `{$channel}` تحوّل بـ`rates {$rates}`، وهو ليس مسار تحويل بمراحل `{$funnel}`
channel-rates-mismatch-fix = عرّف `funnel {$rates}` بالمراحل {$stages} بمعدلات هذه القناة، أو احذف `rates` لتحوّل بمعدلات مسار التحويل
channel-no-owner = القناة `{$channel}` بلا مسؤول
channel-no-owner-fix = أضف `owner "<who runs it>"`: القناة التي لا يديرها أحد تنفق دون أن يراقبها أحد
channel-no-action = لا إجراء يشغّل القناة `{$channel}`
channel-no-action-fix = أضف `action {$channel}_buy => {$goal} {"{"} channel {$channel}  cost {$channel}.spend  owner "<who>"  from <budget> {"}"}`، ليدخل إنفاقها في ميزانية
channel-shares-over = قنوات مسار التحويل `{$funnel}` تشتري {$share} من أعلاه: {$over} ({$extra}) أكثر مما يحتاج
channel-shares-over-fix = اخفض `{$channel}` إلى `share {$share}`
channel-shares-over-counts-fix = الأعداد وحدها أكثر من {$need} التي يحتاجها مسار التحويل: اخفض أحد `brings`
channel-shares-under = قنوات مسار التحويل `{$funnel}` تشتري {$share} من أعلاه: {$gap} ({$missing}) لا تأتي من أي قناة وبلا تكلفة
channel-shares-under-fix = ارفع `{$channel}` إلى `share {$share}`، أو أضف قناة لـ`{$funnel}` بلا `share` ولا `brings`: تأخذ الباقي
channel-shares-under-rest-fix = أضف قناة لـ`{$funnel}` بلا `share` ولا `brings`: تأخذ الباقي
channel-shares-rest = قنوات مسار التحويل `{$funnel}` تشتري كل {$need} من أعلاه؛ و`{$channel}` تأخذ الباقي، {$rest}
channel-shares-whole = قنوات مسار التحويل `{$funnel}` تشتري كل {$need} من أعلاه
channel-cost-negative = تكلفة القناة `{$channel}` {$cost}: سعر دون الصفر
channel-cost-not-price = تكلفة القناة `{$channel}` {$cost}، وهي ليست مالًا ولا مالًا لكل وحدة مما تشتريه
channel-cost-price-fix = اكتب سعرًا لا يقل عن الصفر: `cost {$price} per {$stage}`، أو `cost {$thousand} per 1000 impressions` مع `ctr 1%`، أو مبلغًا ثابتًا
channel-share-invalid = للقناة `{$channel}` `share {$share}`، وهي ليست نسبة مئوية من 0% إلى 100%
channel-share-invalid-fix = اكتب حصتها من أعلى مسار التحويل نسبةً مئوية، مثل `share {$share}`
channel-brings-invalid = القناة `{$channel}` تجلب {$brings}، وهو ليس عددًا من {$stage} لا يقل عن الصفر
channel-brings-invalid-fix = اكتب كم من {$stage} تجلب إلى مسار التحويل `{$funnel}`، مثل `brings 20k {$stage}`
channel-no-cost-basis = القناة `{$channel}` تجلب {$count} بلا أساس تكلفة
channel-no-cost-blended-fix = أضف ما تدفعه، مثل `cost {$price} per {$stage}`، وهو ما تدفعه القنوات الأخرى معًا عن الوحدة من {$stage}
channel-no-cost-fix = أضف ما تدفعه: `cost <price> per {$stage}`، أو لكل 1000 ظهور، أو لكل عميل محتمل، أو لكل حدث، أو مبلغًا ثابتًا
channel-needs-ctr-fix = أضف `ctr <rate>`، حصة مرات الظهور التي تصير زيارات، مثل `ctr 1%`
channel-needs-events-fix = أضف كم تشتري: `buys <how many> {$unit}`
channel-costly = العميل عبر القناة `{$channel}` يكلف {$cac}، أي {$times} ضعف {$mix} في المزيج
channel-costly-fix = اجعل إنفاق `{$channel}` {$spend} للعملاء الذين تجلبهم (ضعف تكلفة العميل في المزيج)، أو انقل حصتها إلى `{$cheapest}`، حيث يكلف العميل {$least}
channel-ltv-cac-low = قيمة عملاء مسار التحويل `{$funnel}` {$ratio} ضعف تكلفتهم (LTV {$ltv}، CAC {$cac}): أقل من 3:1
channel-ltv-cac-low-fix = اخفض تكلفة العميل إلى {$target} أو أقل (LTV ÷ 3)، أو ارفع حجم الصفقة أو الهامش، أو اخفض معدل التسرب
channel-ltv-cac-pass = قيمة عملاء مسار التحويل `{$funnel}` {$ratio} ضعف تكلفتهم (LTV {$ltv}، CAC {$cac})
economics-title = اقتصاديات الوحدة
economics-none = لا قناة تشتري أعلى أي مسار تحويل: عرّف واحدة بـ`channel NAME {"{"} funnel inbound  share 60%  cost $1.20 per visit {"}"}`
economics-note = مسار التحويل `{$funnel}`: {$need} في الأعلى لبلوغ {$target}
economics-note-counts = مسار التحويل `{$funnel}`: {$need} في الأعلى، من أعداد القنوات (لا يغذي أي هدف له قيمة مستهدفة)
economics-note-no-need = مسار التحويل `{$funnel}`: لا يغذي أي هدف له قيمة مستهدفة، فحصصه لا تشتري شيئًا
economics-heading-channel = قناة
economics-heading-share = حصة
economics-heading-spend = الإنفاق
economics-heading-cost-per = لكل {$stage}
economics-heading-cac = CAC
economics-heading-spend-share = من الإيراد
economics-heading-payback = الاسترداد
economics-heading-ltv-cac = LTV:CAC
economics-heading-romi = ROMI
economics-blended = المزيج

## Plan checks: budgets (Sources/MPlanPlanning/PlanChecker+Budgets.swift, PlanIndex.swift, Cadence.swift)

budget-plan-currency-unknown = عملة الخطة `{$currency}` ليست رمز عملة
budget-currency-unknown = عملة الميزانية `{$budget}`، `{$currency}`، ليست رمز عملة
budget-currency-unknown-fix = اكتب رمز ISO 4217 بحروف كبيرة، مثل `currency USD`، أو اذكر أولًا سعر صرف عملتك الخاصة: `rate {$code} = 95,000 USD`
budget-total-not-money = إجمالي الميزانية `{$budget}` هو {$total}، وليس مالًا
budget-total-not-money-fix = اكتب ما أُعطيته الميزانية، مثل `total $800`، أو احذف `total` لميزانية من أسفل إلى أعلى
budget-total-not-positive = إجمالي الميزانية `{$budget}` هو {$total}: يجب أن تكون الميزانية أكبر من الصفر
budget-total-not-positive-fix = اكتب ما أُعطيته الميزانية، مثل `total $800`
budget-no-rate = الميزانية `{$budget}` بعملة {$currency} والخطة تحسب بعملة {$planCurrency}، ولا سعر صرف يحوّل بينهما
budget-no-rate-fix = اذكر السعر مرة واحدة: `rate {$currency} = 1.08 {$planCurrency}` (رقم فريق المالية لديك)
budget-cost-not-money = تكلفة الإجراء مال، لا {$unit}
budget-cost-not-money-fix = اضرب سعرًا في كمية، مثل `$1.20 per visit * need.visit`
budget-action-no-rate = تكلفة الإجراء `{$action}` بعملة {$currency} لكن ميزانيته تحسب بـ{$planCurrency}، ولا سعر صرف يحوّل بينهما
budget-reserve-no-rate = الميزانية `{$budget}` تحفظ احتياطيها بعملة {$currency} لكنها تحسب بـ{$planCurrency}، ولا سعر صرف يحوّل بينهما
budget-reserve-unreadable = الميزانية `{$budget}` تحتفظ باحتياطي {$reserve}: الاحتياطي حصة من الميزانية أو مبلغ من المال
budget-reserve-unreadable-fix = اكتب `reserve 20%` أو `reserve $5k`
budget-no-reserve = الميزانية `{$budget}` لا تحتفظ باحتياطي
budget-no-reserve-fix = أضف `reserve 20%`: على الإنترنت قد يضيع 20–30% من الميزانية (حملات منسية، احتيال النقرات)
budget-reserve-out-of-range = الميزانية `{$budget}` تحتفظ باحتياطي {$reserve}: الاحتياطي حصة من 0% حتى 100% دون أن تبلغها
budget-reserve-out-of-range-fix = احتفظ بـ 20–30% للإنفاق على الإنترنت: `reserve 20%`
budget-reserve-low = الميزانية `{$budget}` تحتفظ باحتياطي {$reserve}، دون الحد الأدنى للخطة {$minimum}
budget-reserve-low-fix = على الإنترنت قد يضيع 20–30% من الميزانية (مقال التسويق الاستراتيجي): `reserve 20%`، أو اضبط `min_reserve {$reserve}` في الخطة إن كان إنفاق هذه الميزانية لا يمكن أن يضيع
budget-reserve = الميزانية `{$budget}` تحتفظ باحتياطي {$reserve}
budget-no-controller = الميزانية `{$budget}` لا تذكر من يراقبها
budget-no-controller-fix = أضف من يتابعها: `control {$cadence} by "CMO"`
budget-control-not-a-pace = مراقبة الميزانية `{$budget}` هي `{$control}`، وهذا ليس وتيرة
budget-no-control = ليس للميزانية `{$budget}` مراقبة
budget-no-control-fix = أضف `control monthly by "CMO"` (daily، weekly، monthly…): حدّد الوتيرة ومن يتابعها
budget-cadence-help = اكتب واحدًا من {$cadences}، أو مدة مثل `2 weeks`
budget-controlled = الميزانية `{$budget}` يراقبها {$controller} {$cadence}
cadence-daily = يوميًا
cadence-weekly = أسبوعيًا
cadence-fortnightly = كل أسبوعين
cadence-monthly = شهريًا
cadence-quarterly = فصليًا
cadence-yearly = سنويًا
cadence-every = كل {$duration}
budget-bottom-up = الميزانية `{$budget}` من أسفل إلى أعلى: إجراءاتها تحتاج إلى {$needed}
budget-covers-actions = الميزانية `{$budget}` تغطي إجراءاتها: {$committed} من {$total}
budget-room = {$total}
budget-left-after-reserve = الـ {$left} المتبقية بعد الاحتياطي
budget-action-commits = `{$action}` يلتزم بـ {$cost}
budget-more-actions = … و{$count ->
        [zero] لا إجراءات أخرى
        [one] إجراء آخر
        [two] إجراءان آخران
        [few] {$count} إجراءات أخرى
        [many] {$count} إجراءً آخر
       *[other] {$count} إجراء آخر
    }
budget-reserve-holds-back = الاحتياطي يحجز {$reserve}
budget-over-committed = الميزانية `{$budget}` ملتزمة بأكثر مما لديها بمقدار {$overrun}: إجراءاتها تلتزم بـ {$committed} من {$room}
budget-over-committed-fix = ارفع `total` إلى {$needed}، أو قلّص الإجراءات التي تموّلها أو انقلها
budget-zero-based-line-without-goal = `{$action}` بند في الميزانية الصفرية `{$budget}` لكنه لا يرجع إلى أي هدف
budget-zero-based-line-without-goal-fix = برّره بالهدف الذي يخدمه (`action {$action} => GOAL`) أو احذفه: نسخ بنود العام الماضي هو ما تمنعه الميزانية الصفرية
budget-zero-based = كل بند في الميزانية الصفرية `{$budget}` يرجع إلى هدف ({$count})
budget-funded-action = الإجراء `{$action}`
budget-unknown = {$who} يُموَّل من `{$budget}`، وهي ليست ميزانية
budget-unknown-fix = عرّفها: `budget {$budget} {"{"} total $10k  reserve 20% {"}"}`
budget-action-unfunded = للإجراء `{$action}` تكلفة لكن لا ميزانية تدفعها
budget-action-unfunded-fix = أضف `from {$budget}`، الميزانية التي ينفق منها
budget-actions-funded = كل إجراء له تكلفة تموّله ميزانية ({$count})

## Plan checks: actions and reporting (Sources/MPlanPlanning/PlanChecker+Actions.swift)

plan-goal-without-action = الهدف `{$goal}` لا يخدمه أي إجراء
plan-goal-without-action-fix = أضف النشاط الملموس الذي يبلغه: {$template}
plan-goal-no-owner = ليس للهدف `{$goal}` مسؤول
plan-goal-no-owner-fix = أضف `owner "<من>"`، الشخص المسؤول عن الهدف: الهدف الذي لا يملكه أحد ليس عمل أحد
plan-goals-owned-and-served = لكل هدف مسؤول وإجراء يخدمه ({$count})
plan-action-no-owner = ليس للإجراء `{$action}` مسؤول
plan-action-no-owner-fix = أضف `owner "NAME"`: التعليمات المبهمة مثل «بِع أكثر» لا تنتج شيئًا
plan-action-cost-not-positive = تكلفة الإجراء `{$action}` هي {$cost}: التكلفة أكبر من الصفر
plan-action-cost-not-positive-fix = اكتب ما سينفقه، ولو تقديرًا: `cost $2k to $4k`
plan-action-no-cost = ليس للإجراء `{$action}` تكلفة
plan-action-no-cost-fix = أضف `cost $…` لتستطيع ميزانية تمويله، ولو كان تقديرًا (`$2k to $4k`)
plan-actions-complete = كل إجراء يخدم هدفًا وله مسؤول وتكلفة ({$count})
plan-action-serves-no-goal = الإجراء `{$action}` لا يخدم أي هدف
plan-action-serves-no-goal-fix = سمِّ الهدف الذي يحرّكه: `action {$action} => {$goal}`
plan-action-serves-objective-fix = `{$objective}` هدف للشركة: الإجراء يخدم هدفًا يدعمه
plan-action-unknown-goal = الإجراء `{$action}` يخدم `{$goal}`، وهو ليس هدفًا في هذه الخطة
plan-action-unknown-goal-fix = عرّف الهدف: `goal {$goal} "…" {"{"} … {"}"}`
plan-action-period-not-months = فترة الإجراء `{$action}` هي {$type}، لا أشهر
plan-action-period-not-months-fix = اكتب أشهرًا أو أرباعًا: `period 2027-Q1 .. 2027-Q2`
plan-action-outside-period = الإجراء `{$action}` يجري {$period}، خارج فترة الخطة ({$plan})
plan-action-outside-period-fix = أبقه داخل الخطة، أو مدّد `period` الخطة
plan-report-unknown-goal = التقرير `{$report}` يقيس `{$goal}`، وهو ليس هدفًا في هذه الخطة
plan-report-unknown-goal-fix = سمِّ أهدافًا تعرّفها الخطة
plan-report-nobody-acts = ليس للتقرير `{$report}` من يتصرف بناءً عليه
plan-report-nobody-acts-fix = أضف `acts "CMO"`: من يغيّر الأنشطة حين تتحرك الأرقام
plan-report-acted-on = يتصرف بناءً على التقرير `{$report}`: {$people}
plan-report-acted-on-cadence = يتصرف بناءً على التقرير `{$report}` ({$cadence}): {$people}
plan-goals-not-reported = لا تقرير يقيس أهداف الخطة
plan-goals-not-reported-fix = أضف `report weekly {"{"} author "Ana"  readers "CMO"  acts "CMO" {"}"}`: كم مرة، ومن يكتب، ومن يقرأ، ومن يتصرف
plan-goal-not-reported = لا تقرير يقيس الهدف `{$goal}`
plan-goal-not-reported-fix = أضفه إلى `measures` في تقرير: `measures {$goal}`
plan-unknown-cadence = {$kind} `{$item}` {$field ->
        [measured] يُقاس
       *[other] يصدر
    } `{$cadence}`، وهذه ليست وتيرة معروفة
plan-either-or = {$first} أو {$last}
plan-report-incomplete = ليس للتقرير `{$report}`: {$fields}
plan-report-incomplete-fix = اذكر كم مرة يصدر، ومن يكتبه، ومن يقرؤه: `cadence weekly  author "Ana"  readers "CMO"`

## SMART: each goal's five letters (Sources/MPlanPlanning/SMART*.swift)

smart-fix-specific = {$fix} (SMART: محدد)
smart-fix-measurable = {$fix} (SMART: قابل للقياس)
smart-fix-attainable = {$fix} (SMART: قابل للتحقيق)
smart-fix-relevant = {$fix} (SMART: ذو صلة)
smart-fix-time-bound = {$fix} (SMART: مقيد بالزمن)
smart-amount = {$amount}
smart-months = {$months ->
    [zero] {$months} أشهر
    [one] شهر واحد
    [two] شهران
    [few] {$months} أشهر
    [many] {$months} شهرًا
   *[other] {$months} شهر
}
smart-placeholder-anything = <كم> <ما يُعدّ>
smart-placeholder-share = <كم>%
smart-placeholder-count = {$before}<كم>{$after}
smart-placeholder-amount = {$before}<كم>{$after}
smart-placeholder-what = <ماذا>
smart-placeholder-how-many = <كم>
smart-placeholder-channel = <أي قناة>
smart-placeholder-objective = <هدف الشركة>
smart-placeholder-date = <التاريخ>
smart-action-template = `action <ما ستفعله> => {$goal} {"{"} channel "<أي قناة>"  cost <كم>  owner "<من>" {"}"}`
smart-suggested-title = {$what} من {$baseline} إلى {$target} من خلال {$channel}
smart-both = {$first} و{$last}
smart-goal-is-smart = الهدف `{$goal}` ذكي SMART: {$letters}
smart-note-letters = SMART: {$letters}
smart-note-not-judged = A ?: لم يُقيَّم: {$reason}
smart-not-judged-attainable = لم يُقيَّم الهدف `{$goal}` من حيث قابلية التحقيق: {$reason}
smart-not-judged-no-pace = لا شيء في الخطة يبيّن مدى سرعة نموه
smart-not-judged-no-pace-fix = أعطه قيمة بداية وقيمة مستهدفة وموعدًا
smart-not-judged-falls = العدد الذي ينخفض ليس له معدل نمو يُقيَّم
smart-not-judged-falls-fix = قيّم الانخفاض بنفسك مقارنةً بأرقام العام الماضي
smart-not-judged-from-zero = من قيمة بداية صفرية لا يوجد معدل نمو يُقيَّم
smart-not-judged-from-zero-fix = أعطه قيمة البداية التي ينطلق منها، أو `funnel` يستهدف هدفٌ آخر مراحله العليا
smart-not-judged-no-date = دون تاريخ لقيمة البداية لا يوجد نمو شهري يُقيَّم
smart-not-judged-no-date-fix = أعطِ الخطة `period`، أو أعطِ الهدف يوم أخذ قيمة بدايته (`since 2027-01-01`)
smart-not-judged-unfed = {$reason}، ولا هدف يستهدف ما يحتاجه مسار التحويل `{$funnel}`
smart-not-judged-unfed-fix = أضف الهدف الذي يغذّيه، مع `target {$needed}` (أعلى مسار التحويل `{$funnel}`)، ليقيّمه مسار التحويل
smart-supports-nothing = الهدف `{$goal}` لا يدعم أي هدف للشركة: فجوة في التخطيط
smart-supports-nothing-fix = أضف `supports {$objective}`، هدف الشركة الذي يحرّكه
smart-unknown-objective = الهدف `{$goal}` يدعم `{$objective}`، وهو ليس هدفًا للشركة في هذه الخطة
smart-unknown-objective-fix = عرّفه: `objective {$objective} "…"`
smart-unsaid-what = ما يعدّه (لا `metric`)
smart-unsaid-how-much = كم (لا `target`)
smart-unsaid-how-much-same = كم (القيمة المستهدفة هي قيمة البداية)
smart-unsaid-through-what = من خلال ماذا (لا إجراء يخدمه)
smart-unsaid = الهدف `{$goal}` لا يذكر {$unsaid}
smart-unsaid-fix = {$fix}؛ الهدف المحدد يذكر ماذا وكم ومن خلال ماذا: لا «الحصول على العملاء» بل «الحصول على ضعف عدد العملاء الذين لدينا في القائمة من خلال الانستقرام خلال شهرين»
smart-add-metric = أضف `metric {$metric}`
smart-add-metric-unknown = أضف ما يعدّه: `metric <ما يُعدّ>` (customer، mql، visit، conversion…)
smart-add-target = أضف القيمة المستهدفة التي يتجه إليها، مثل `target {$target}`
smart-add-action = أضف الإجراء الذي يبلغه: {$template}
smart-target-differs = حدّد قيمة مستهدفة تختلف عن قيمة البداية، مثل `target {$target}`
smart-no-result = الهدف `{$goal}` لا يسمّي أي نتيجة
smart-no-result-fix = أعطه عنوانًا يقول ما الذي يتغير وكيف: `goal {$goal} "{$title}"`
smart-vague-title = عنوان الهدف `{$goal}` "{$written}" لا يقول كم ولا من خلال ماذا
smart-vague-title-fix = اذكر النتيجة في العنوان: `goal {$goal} "{$title}"`
smart-unknown-direction = في الهدف `{$goal}` `direction {$written}`؛ والاتجاه `up` أو `down`
smart-unknown-direction-did-you-mean-fix = هل تقصد `direction {$direction}`؟ اكتب `direction down` لعدد يجب أن ينخفض (التكاليف، تكلفة اكتساب العميل، التسرب)، أو احذفه لعدد يجب أن ينمو
smart-unknown-direction-fix = اكتب `direction down` لعدد يجب أن ينخفض (التكاليف، تكلفة اكتساب العميل، التسرب)، أو احذفه لعدد يجب أن ينمو
smart-no-baseline-nor-target = ليس للهدف `{$goal}` قيمة بداية ولا قيمة مستهدفة، فلا يمكن قياس التقدم
smart-no-field = ليس للهدف `{$goal}` {$field}، فلا يمكن قياس التقدم
smart-add-baseline-and-target = أضف أين يقف اليوم وإلى أين يتجه: `baseline {$amount}` و`target {$amount}`
smart-add-target-where-it-aims = أضف `target {$target}`، الوجهة التي يتجه إليها
smart-add-baseline-growth = أضف أين يقف اليوم، `baseline <كم> {$unit}`، واكتب القيمة المستهدفة نموًّا: `target +{$growth}`
smart-add-baseline = أضف أين يقف اليوم: `baseline {$amount}`
smart-not-an-amount = {$field} في الهدف `{$goal}` ليس مقدارًا
smart-not-an-amount-fix = اكتب عددًا بوحدته، مثل `{$field} {$amount}`
smart-unit-percentage = نسبة مئوية
smart-units-differ = الهدف `{$goal}` يبدأ بـ {$baseline} لكنه يستهدف {$target}
smart-metric-differs = الهدف `{$goal}` يعدّ {$metric} لكن قيمته المستهدفة {$target}
smart-percent-growth-or-share = إن كان سينمو بنسبة {$percent} فاكتب `target +{$percent}` ({$grown})؛ وإن كان سيبلغ {$percent} مما هو اليوم فاكتب `target {$share}`
smart-target-in-baseline-unit = اكتب القيمة المستهدفة بوحدة قيمة البداية: `target {$target}`
smart-baseline-in-target-unit = اكتب قيمة البداية بوحدة القيمة المستهدفة: `baseline {$baseline}`
smart-rates-or-totals = اكتب الاثنتين معدلين (`target {$target}`) أو إجماليين (`baseline {$baseline}`)
smart-one-unit = اكتب قيمة البداية والقيمة المستهدفة بوحدة واحدة: `target {$target}` أو `baseline {$baseline}`
smart-write-in-metric = اكتب قيمة البداية والقيمة المستهدفة بـ {$metric}: `baseline {$baseline}` و`target {$target}`
smart-count-metric = اعدد الهدف بوحدة {$metric}: `baseline <كم> {$metric}` و`target <كم> {$metric}`
smart-count-metric-or-other = {$count}، أو اكتب `metric {$other}` إن كان هذا ما يعدّه
smart-target-not-positive = الهدف `{$goal}` يستهدف {$target}: يجب أن تكون القيمة المستهدفة أكبر من الصفر
smart-target-not-positive-fix = استهدف المقدار الذي تريد بلوغه، مثل `target {$target}`
smart-target-is-baseline = الهدف `{$goal}` يستهدف ما هو عليه بالفعل ({$target})
smart-target-is-baseline-fix = حدّد القيمة المستهدفة التي يتجه إليها الهدف، مثل `target {$target}` (+25%)
smart-should-fall = الهدف `{$goal}` يجب أن ينخفض (`direction down`) لكنه يستهدف ما فوق موضعه ({$baseline} → {$target})
smart-should-fall-fix = استهدف ما دون قيمة البداية، مثل `target {$lower}` (أقل بالربع)، أو احذف `direction down` إن كان العدد يجب أن ينمو
smart-target-below-baseline = الهدف `{$goal}` يستهدف {$target}، دون موضعه الحالي ({$baseline}): هذا انخفاض لا نمو
smart-increase-fix = إن كانت {$target} هي الزيادة فاستهدف الإجمالي: `target {$total}` (أو `target +{$target}`)؛ وإن كان العدد يجب أن ينخفض (التكاليف، تكلفة اكتساب العميل، التسرب، الترتيب في البحث) فأضف `direction down`
smart-increase-of-share-fix = إن كانت {$target} هي الزيادة فاستهدف الإجمالي: `target {$total}` (`target +{$points} pp`، أي زيادة {$points ->
        [zero] {$points} نقطة
        [one] نقطة واحدة
        [two] نقطتين
        [few] {$points} نقاط
        [many] {$points} نقطةً
       *[other] {$points} نقطة
    }) أو `target {$grown}` (أكثر من اليوم بـ {$target})؛ وإن كان العدد يجب أن ينخفض (التكاليف، تكلفة اكتساب العميل، التسرب، الترتيب في البحث) فأضف `direction down`
smart-met-by-one = الهدف `{$goal}` يتحقق بتغيّر قدره {$unit} واحد ({$baseline} → {$target})
smart-moves-only = الهدف `{$goal}` لا يتحرك إلا {$change} ({$baseline} → {$target})
smart-met-by-chance-fix = اذكر مقدار تحرّكه، مثل +25%: `target {$target}` ({$baseline} → {$grown})؛ فالتغيّر بهذا الصغر يحدث مصادفةً
smart-growth-too-fast = الهدف `{$goal}` يحتاج إلى نمو شهري قدره {$growth} ({$baseline} → {$target} في {$months})؛ والخطة تسمح بـ {$allowed}
smart-growth-too-fast-fix = استهدف {$reachable} على الأكثر، أو امنح وقتًا أطول، أو اضبط `max_growth` في الخطة إن كانت أرقام العام الماضي تُظهر نموًّا أسرع
smart-funded-goal = الهدف `{$goal}`
smart-budget-over-committed = الهدف `{$goal}` يُموَّل من الميزانية `{$budget}`، وهي لا تتحمل إجراءاته
smart-budget-over-committed-fix = موّل الميزانية أو قلّص الإجراءات حتى لا تكون ملتزمة بأكثر مما لديها
smart-funnel-starved = الهدف `{$goal}` يحتاج إلى {$needed} عبر مسار التحويل `{$funnel}`، لكن الهدف `{$feeder}` يستهدف {$aim}
smart-funnel-starved-note = الهدف `{$feeder}` يحدّد قيمته المستهدفة في السطر {$line}
smart-funnel-starved-fix = ارفع القيمة المستهدفة لـ `{$feeder}` إلى {$needed}، أو حسّن معدلات مسار التحويل، أو اخفض القيمة المستهدفة لـ `{$goal}`
smart-window-not-whole = في الهدف `{$goal}` `window {$window}`: المعدل يُقاس على أشهر أو أسابيع أو أيام كاملة أكثر من الصفر
smart-window-not-whole-fix = اكتب `window 3 months` أو `window 4 weeks` أو `window 30 days`
smart-window-on-total = في الهدف `{$goal}` `window`، وهي تقيس معدلًا، لكن قيمته المستهدفة إجمالي
smart-window-on-total-fix = اكتب القيمة المستهدفة لكل فترة زمنية (`target 500 leads per month`)، أو احذف `window`
smart-no-deadline = ليس للهدف `{$goal}` موعد
smart-no-deadline-fix = أضف `by {$date}` أو `within <كم> months`
smart-due-before-baseline = موعد الهدف `{$goal}` هو {$deadline}، قبل أخذ قيمة بدايته ({$baselineDate})
smart-due-before-baseline-fix = اجعل الموعد بعد تاريخ قيمة البداية، أو صحّح `since`
smart-due-outside-period = موعد الهدف `{$goal}` هو {$deadline}، خارج فترة الخطة ({$period})
smart-due-outside-period-fix = انقل الموعد إلى داخل الخطة، مثل `by {$end}`
smart-deadline-example = `by {$end}` أو `within 6 months`
smart-by-not-a-date = الهدف `{$goal}` فيه `by {$written}`، وهذا ليس تاريخًا
smart-by-words-fix = اكتب التاريخ بالسنة ثم الشهر ثم اليوم: `by {$day}`
smart-by-not-a-date-fix = الموعد تاريخ أو شهر أو ربع سنة: {$example}
smart-within-not-a-duration = الهدف `{$goal}` فيه `within {$written}`، وهذه ليست مدة
smart-within-words-fix = اكتب المدة عددًا ووحدة: `within {$duration}`
smart-within-not-a-duration-fix = اذكر الوقت المتاح له: {$example}
smart-within-negative = الهدف `{$goal}` فيه `within {$written}`، وهذه تعدّ إلى الوراء من تاريخ قيمة بدايته
smart-within-negative-fix = `within` تعدّ إلى الأمام من تاريخ قيمة البداية: اكتب `within {$ahead}`
smart-within-zero = الهدف `{$goal}` فيه `within {$written}`: لا وقت لبلوغ قيمته المستهدفة
smart-within-zero-fix = أعطه الوقت الذي يحتاجه، معدودًا إلى الأمام من تاريخ قيمة بدايته، مثل `within 6 months`
smart-within-not-whole = الهدف `{$goal}` فيه `within {$written}`، وهذه ليست أشهرًا كاملة ولا أيامًا كاملة
smart-two-deadlines = الهدف `{$goal}` موعده {$by} لكن فيه أيضًا `within {$within}`، التي تنتهي {$end}
smart-two-deadlines-fix = أبقِ موعدًا واحدًا: `by` تاريخ أو `within` مدة

## Tracking: the plan against its actuals (Sources/MPlanPlanning/PlanChecker+Tracking.swift)

tracking-as-of = القيم الفعلية {$blocks} حتى {$date}
tracking-overspend = الإجراء `{$action}` أنفق {$spent}، أكثر من تكلفته {$cost}
tracking-overspend-fix = أوقف حملاته، أو ارفع `cost` له واذكر ما يدفع الفرق
tracking-ahead-of-pace = الإجراء `{$action}` أنفق {$spent} حتى {$date}؛ ووتيرته تسمح بـ {$allowed}
tracking-lands-at = بهذا المعدل من الإنفاق ينتهي إلى {$landsAt} من {$cost}
tracking-ahead-of-pace-fix = أبطئ إنفاقه اليومي، أو انقل تكلفته إلى الأشهر التي يُنفق فيها فعلًا (`period`)
tracking-within-plan = الإجراء `{$action}` ينفق ضمن خطته
tracking-or-later-result = {$stage} أو نتيجة لاحقة
tracking-idle-never = `{$key}` أنفق {$spent} خلال {$days ->
        [one] يوم واحد
        [two] يومين
        [few] {$days} أيام
        [many] {$days} يومًا
       *[other] {$days} يوم
    } من عمله، دون أي {$result}
tracking-idle-since = `{$key}` أنفق {$spent} دون {$result} خلال {$days ->
        [one] يوم واحد
        [two] يومين
        [few] {$days} أيام
        [many] {$days} يومًا
       *[other] {$days} يوم
    } منذ آخر نتيجة ({$last})
tracking-idle-note = حملة منسية أو احتيال نقرات: نقاط المراقبة في مقال التسويق الاستراتيجي تكشف هذا
tracking-idle-fix = أوقف `{$key}` مؤقتًا، أو راجع تتبّعه؛ و`idle_days` في كتلة القيم الفعلية يحدّد المدة
tracking-not-idle = كل حملة في `{$block}` أنتجت نتائج خلال الأيام الـ {$days}
tracking-channel-not-spread = `{$key}` أنفق {$spent} على قناة لا يمكن توزيع إنفاقها على إجراءاتها: {$reason}
tracking-channel-not-spread-note = يُحسب إنفاقًا خارج الخطة
tracking-channel-not-spread-fix = أعطِ كل إجراء في القناة `cost` (و`period` يغطي الأيام التي يجري فيها)، أو اربط الملف بالإجراءات (`action "Campaign"`) أو بقواعد
tracking-rule-unknown-action = `{$key}` أنفق {$spent}، وقاعدة ترسله إلى الإجراء `{$action}`، وليس في الخطة
tracking-rule-did-you-mean-fix = هل تقصد `{$name}`؟ صحّح القاعدة
tracking-rule-unknown-action-fix = صحّح القاعدة، أو أضف الإجراء
tracking-rule-unknown-channel = `{$key}` أنفق {$spent}، وقاعدة ترسله إلى القناة `{$channel}`، ولا إجراء في الخطة له هذه القناة
tracking-rule-unknown-channel-fix = أعطِ إجراءً `channel {$channel}`، أو صحّح القاعدة
tracking-unplanned = `{$key}` أنفق {$spent}، ولا إجراء في الخطة بهذا الاسم
tracking-unplanned-did-you-mean-fix = هل تقصد `{$name}`؟ سمِّ الإجراء باسم الحملة، أو أعطه اسم الحملة عنوانًا
tracking-unplanned-fix = أضف له إجراءً (`action {$action} "{$key}" => GOAL {"{"} cost … {"}"}`)، أو أوقفه
tracking-unplanned-more = … و{$count ->
        [one] حملة أخرى
        [two] حملتان أخريان
        [few] {$count} حملات أخرى
        [many] {$count} حملةً أخرى
       *[other] {$count} حملة أخرى
    } لا يسمّيها أي إجراء في الخطة، أنفقت {$spent} في المجموع
tracking-unplanned-more-fix = `show actuals {$block}` يسردها؛ سمِّ المهم منها في إجراءات
tracking-no-campaign-reaches = لا حملة في `{$block}` تصل إلى إجراء في الخطة: {$names}
tracking-campaigns-reach-nothing = {$count} من حملات `{$block}` البالغة {$total} لا {$count ->
        [one] تصل
       *[other] تصل
    } إلى أي إجراء في الخطة: {$names}
tracking-results-still-count = نتائجها تُحسب مع ذلك لأهداف مرحلتها
tracking-campaigns-reach-nothing-fix = سمِّ الحملات كما تُسمّى الإجراءات، أو أضف `rule` ترسلها إلى إجراء (`show actuals unmatched` يسردها)
tracking-goal-on-pace = الهدف `{$goal}` يحافظ على الوتيرة التي يتطلبها موعده
tracking-goal-behind-run-rate = الهدف `{$goal}` متأخر: يجري بمعدل {$rate} {$stage} لكل {$per} ({$window}) مقابل {$expected} لكل {$per} يتطلبها منحناه إلى {$target} بحلول {$deadline} حتى الآن
tracking-per-day = يوم
tracking-per-week = أسبوع
tracking-per-month = شهر
tracking-per-quarter = ربع سنة
tracking-per-year = سنة
tracking-goal-behind = الهدف `{$goal}` متأخر: {$achieved} من {$target} {$stage}، {$pace} في الشهر مقابل {$needed} في الشهر يحتاجها بحلول {$deadline}
tracking-goal-behind-fix = انقل المال إلى القناة التي تشتري {$stage} بأرخص سعر (`show reallocate`)، أو أعد تحديد القيمة المستهدفة

## actuals: goals over several blocks, results-only blocks by channel

actuals-goals-counted = الأهداف تحسب نتائج كل كتلة، كلٌّ حتى آخر يوم فيها: {$stages}
actuals-goals-counted-stage = {$stage} من {$blocks}، حتى {$day}
actuals-results-alone-by-channel = القيم الفعلية {$block} حتى {$day}: نتائج فقط (بلا عمود `amount`)، ولا إنفاق حسب القناة؛ وتُحسب لأهداف مراحلها

tracking-budget-lands-within = الميزانية `{$budget}` تنتهي ضمن إجماليها
tracking-budget-lands-over = الميزانية `{$budget}` تنتهي إلى {$landsAt} بمعدل إنفاق اليوم، فوق إجماليها {$total}
tracking-budget-lands-unplanned = {$landsAt} منها إنفاق لا يسمّيه أي إجراء ({$keys})، بمعدله حتى نهاية فترة الخطة
tracking-budget-lands-over-fix = أبطئ الإجراءات التي تسبق وتيرتها (`show variance`)
tracking-budget-lands-unplanned-fix = أوقف الحملات التي ليست في الخطة، أو أضف لها إجراءات؛ وأبطئ الإجراءات التي تسبق وتيرتها (`show variance`)
tracking-reallocate = نقل {$amount} من {$from} إلى {$to} يشتري {$gain} إضافية من {$stage}
tracking-reallocate-note = الوحدة التالية من {$stage} تكلّف {$cost} في {$to}، و{$fromCost} في {$from}
tracking-reallocate-note-none = الوحدة التالية من {$stage} تكلّف {$cost} في {$to}؛ ولم يشترِ {$from} شيئًا
tracking-reallocate-fix = انظر `show reallocate`؛ و`move` و`elasticity` في كتلة القيم الفعلية تحدّدان المبلغ والافتراض

## Actuals: reading an actuals block's files (Sources/MPlanPlanning/ActualsLoader*.swift, ActualsCurrency.swift)

actuals-file-empty = `{$path}` فارغ: لا صف عناوين، ولا صفوف
actuals-file-empty-fix = صدّر التقرير من جديد مع صف العناوين
actuals-unknown-column = ليس في `{$path}` العمود "{$column}" لـ {$field}
actuals-columns-found = الأعمدة الموجودة: {$columns}
actuals-column-did-you-mean = هل تقصد "{$column}"؟
actuals-unknown-column-fix = سمِّ أحد الأعمدة الموجودة
actuals-row-short = عدد حقول الصف {$fields}؛ وعدد حقول صف العناوين {$columns}
actuals-row-too-wide = عدد حقول الصف {$fields}؛ وعدد حقول صف العناوين {$columns}: هل في مبلغ أو اسم فاصلة؟ ضع ذلك الحقل بين علامتي تنصيص
actuals-cell-not-a-day = `{$cell}` ليس يومًا
actuals-cell-not-an-amount = `{$cell}` ليس مبلغًا
actuals-cell-not-a-count = `{$cell}` ليس عددًا
actuals-not-utf8 = `{$path}` ليس نصًا بترميز UTF-8؛ قُرئت خلاياه التي ليست كذلك بترميز Windows-1252 (Latin-1)، كما يحفظ Excel على Windows ملفات CSV
actuals-not-utf8-fix = راجع الأسماء ذات العلامات في `show actuals`؛ واحفظ الملف بصيغة "CSV UTF-8" لتتأكد
actuals-days-already-read = {$count ->
        [one] صف واحد من `{$path}` يعطي يومًا لحملة أعطاه ملف سابق بالفعل؛ تُخطّي، فلا يُحسب شيء مرتين
        [two] صفان من `{$path}` يعطيان يومًا لحملة أعطاه ملف سابق بالفعل؛ تُخطّيا، فلا يُحسب شيء مرتين
        [few] {$count} صفوف من `{$path}` تعطي يومًا لحملة أعطاه ملف سابق بالفعل؛ تُخطّيت، فلا يُحسب شيء مرتين
        [many] {$count} صفًا من `{$path}` تعطي يومًا لحملة أعطاه ملف سابق بالفعل؛ تُخطّيت، فلا يُحسب شيء مرتين
       *[other] {$count} صف من `{$path}` تعطي يومًا لحملة أعطاه ملف سابق بالفعل؛ تُخطّيت، فلا يُحسب شيء مرتين
    }
actuals-days-already-read-fix = اذكر كل ملف مرة واحدة، أو احذف التصدير الذي يتضمنه الأحدث
actuals-outside-period = {$count ->
        [one] صف واحد من `{$path}` يقع خارج {$period}؛ تُخطّي
        [two] صفان من `{$path}` يقعان خارج {$period}؛ تُخطّيا
        [few] {$count} صفوف من `{$path}` تقع خارج {$period}؛ تُخطّيت
        [many] {$count} صفًا من `{$path}` تقع خارج {$period}؛ تُخطّيت
       *[other] {$count} صف من `{$path}` تقع خارج {$period}؛ تُخطّيت
    }
actuals-outside-period-fix = وسّع `period`، أو احذفه لقراءة كل الصفوف
actuals-cannot-read = لا يمكن قراءة `{$path}`: {$reason}
actuals-cannot-read-fix = المسار نسبي إلى مجلد الخطة؛ راجع كتابته
actuals-not-a-file = `{$path}` {$kind}، لا ملف CSV
actuals-folder-fix = سمِّ ملفًا داخله
actuals-not-a-file-fix = احفظ التصدير في ملف وسمِّ ذلك الملف
actuals-binary = `{$path}` ليس نصًا (بايت NUL في السطر {$line}): هل هو جدول بيانات؟
actuals-binary-fix = صدّره بصيغة CSV (مفصولًا بفاصلة أو فاصلة منقوطة أو Tab، بترميز UTF-8)
actuals-utf16 = `{$path}` نص بترميز UTF-16؛ وmplan يقرأ CSV بترميز UTF-8
actuals-utf16-fix = احفظه بصيغة "CSV UTF-8"
actuals-row-skipped = تُخطّي الصف: {$problem}
actuals-row-skipped-fix = صحّح الصف في الملف؛ وتُقرأ بقية الصفوف
actuals-rows-skipped = تُخطّي من `{$path}` في المجموع {$count ->
        [one] صف تالف واحد
        [two] صفّان تالفان
        [few] {$count} صفوف تالفة
        [many] {$count} صفًّا تالفًا
       *[other] {$count} صف تالف
    } (المعروض منها أعلاه: {$shown})
actuals-decimal-mark = `decimal_mark` هو "." (1,234.50) أو "," (1.234,50)، لا {$written}
actuals-decimal-mark-fix = اكتب `decimal_mark ","` حين يكتب الملف `1.234,50`، و`decimal_mark "."` لـ `1,234.50`
actuals-no-rate = السطر {$line} في `{$path}` بعملة {$currency}{$plain ->
        [yes] {" ("}{$source})
       *[no] {""}
    }؛ والقيم الفعلية `{$block}` تُحسب بعملة {$target}{$planCurrency ->
        [yes] ، عملة الخطة
       *[no] {""}
    }، ولا سعر صرف يحوّل بينهما
actuals-no-rate-note = كل رقم يُحوَّل إلى عملة واحدة قبل جمعه أو مقارنته
actuals-no-rate-plain-fix = اكتب `currency CODE` في الكتلة بعملة خلاياها المجردة، أو اذكر سعر الصرف قبل الكتلة (`rate {$currency} = 1.08 {$target}`)
actuals-no-rate-fix = اذكر سعر الصرف قبل الكتلة (`rate {$currency} = 1.08 {$target}`)، أو اقرأ صفوف كل عملة في كتلة `actuals` خاصة بها
actuals-plain-from-block = `currency` الكتلة
actuals-plain-from-plan = عملة الخطة
actuals-plain-usd = USD، إذ لم تُذكر `currency`

actuals-column-in-quotes = `{$field}` يسمّي عمودًا في الملف، بين علامتي تنصيص
actuals-column-in-quotes-fix = اكتب `{$field} "Column heading"`
actuals-column-not-said = القيم الفعلية `{$block}` لا تذكر أي عمود يحمل {$field}
actuals-column-not-said-fix = أضف `{$field} "{$example}"` بعنوان ذلك العمود
actuals-key-not-said = القيم الفعلية `{$block}` لا تذكر أي عمود يسمّي الحملة أو القناة
actuals-key-not-said-fix = أضف `action "Campaign"` (صفوف لكل إجراء في الخطة) أو `channel "Source"`
actuals-day-order = `day_order` هو `DMY` (03/04 تعني 3 أبريل) أو `MDY` (4 مارس)، لا `{$written}`
actuals-day-order-fix = اكتب `day_order DMY` أو `day_order MDY`
actuals-file-not-said = القيم الفعلية `{$block}` لا تذكر أي ملف يُقرأ
actuals-file-not-said-fix = أضف `from "ads-2026.csv"` (لعدة ملفات: `from "q1.csv", "q2.csv"`)

## Actuals: rules (Sources/MPlanPlanning/ActualsLoader+Rules.swift, ActualsRules.swift, ActualsRuleText.swift)

actuals-rule-in-quotes = القاعدة تُكتب بين علامتي تنصيص
actuals-rule-in-quotes-fix = اكتب `rule "Campaign like 'Search | Brand | *' => action brand"`
actuals-rule-number = القاعدة {$number}
actuals-rule-line = `{$path}` السطر {$line}
actuals-rules-in-quotes = `rules` يسمّي جدول قواعد CSV، بين علامتي تنصيص
actuals-rules-in-quotes-fix = اكتب `rules "campaigns.csv"`: صف عناوين بالأعمدة و`action` أو `channel` أو `stage`
actuals-rules-file-empty = `{$path}` فارغ: لا صف عناوين، ولا قواعد
actuals-rules-file-empty-fix = اكتب صف عناوين مثل `Campaign,action` وقاعدة في كل صف
actuals-rules-assign-nothing = ليس في `{$path}` عمود `action` أو `channel` أو `stage`: قواعده لا تُسند شيئًا
actuals-rules-assign-nothing-fix = أضف عمود `action` (أو `channel` أو `stage`) بما يُعطى لنمط كل صف
actuals-no-such-stage = `{$cell}` ليست مرحلة
actuals-no-such-stage-fix = اكتب واحدة من {$stages}
actuals-rule-cell-unreadable = لا يمكن قراءة {$rule}: {$problem}، عند الحرف {$character} من `{$cell}`
actuals-rule-cell-fix = اكتب نمطًا (`Search | Brand | *`) أو `/regex/` أو مقارنة (`>100`)
actuals-rule-unreadable = لا يمكن قراءة {$rule}: {$problem}، عند الحرف {$character} من القاعدة
actuals-rule-unreadable-note = القاعدة هي `COLUMN like 'glob'` أو `COLUMN ~ /regex/` (`and`، `not`)، ثم `=>` وما تُسنده
actuals-rule-unreadable-fix = اكتبها هكذا `rule "Campaign like 'Search | Brand | *' => action brand"`
actuals-rule-expected-arrow = المتوقع `and` أو `=>`
actuals-rule-expected-assignment = المتوقع `action` أو `channel` أو `stage` بعد `=>`
actuals-rule-expected-name = المتوقع الاسم بعد `{$word}`
actuals-rule-no-such-stage = `{$name}` ليست مرحلة ({$stages})
actuals-rule-assigns = القاعدة تُسند `action` أو `channel` أو `stage`، لا `{$word}`
actuals-rule-expected-end = المتوقع نهاية القاعدة
actuals-rule-expected-column = المتوقع عنوان عمود
actuals-rule-expected-pattern = المتوقع نمط بعد `{$operator}`
actuals-rule-expected-test = المتوقع `~` أو `like` أو `=` أو `!=` أو `<` أو `<=` أو `>` أو `>=` بعد العمود
actuals-rule-expected-value = المتوقع قيمة بعد `{$operator}`
actuals-rule-not-a-number = `{$operator}` تقارن أعدادًا؛ و`{$value}` ليس عددًا
actuals-rule-slash-not-closed = `/` المفتوحة هنا غير مغلقة
actuals-rule-regex = النمط `{$pattern}` لا يُترجم عند حرفه {$character} ({$error})
actuals-rule-quote-not-closed = علامة التنصيص المفتوحة هنا غير مغلقة
actuals-rule-assigns-action = الإجراء `{$action}`
actuals-rule-assigns-channel = القناة `{$channel}`
actuals-rule-assigns-stage = المرحلة {$stage}
actuals-rule-unknown-column = {$rule} تقرأ العمود "{$column}"، وليس في `{$path}`
actuals-rules-overlap = {$other} تطابق أيضًا `{$text}` (`{$path}` السطر {$line})، التي ترسلها {$winner} إلى {$assigns}؛ أول تطابق هو الذي يُعتمد، فتُستخدم {$winner}
actuals-rules-overlap-fix = ضيّق أحد النمطين (`and not …`)، أو ضع القاعدة التي يجب أن تُعتمد أولًا
actuals-rule-unused = {$rule} لم تحسم أي صف من ملفات الكتلة: لا صف يطابقها، أو أخذتها قاعدة سابقة
actuals-rule-unused-fix = قارن نمطها بـ `show actuals unmatched`، أو احذفها


## Actuals: members, reach, reallocation and review (Sources/MPlanPlanning/ActualsMembers.swift, ActualsTargets.swift, ActualsTracking.swift, ActualsReallocation.swift, ActualsReview.swift)

actuals-member-unread = تعذّرت قراءة القيم الفعلية `{$block}`، فليس لـ `{$block}.{$member}` قيمة
actuals-member-unread-fix = صحّح أولًا الخطأ المذكور في ملفاتها
actuals-member-unmapped = القيم الفعلية `{$block}` لا تربط العمود الذي يحتاجه `{$member}`
actuals-member-unmapped-fix = اربطه في الكتلة (`leads "Leads"`، `customers "Customers"`، `revenue "Revenue"`)
actuals-held-not-in-plan = `{$channel}` ليست في الخطة، PLAN-T03
actuals-held-over-cost = `{$action}` تجاوز تكلفته، PLAN-T01
actuals-held-ahead-of-pace = `{$action}` يسبق وتيرته، PLAN-T01
actuals-channel-no-planned-spend = إجراءاتها {$actions} لا تخطط لأي إنفاق، فلا حصة يُوزَّع بها
actuals-channel-uncosted = إجراءاتها {$actions} تُوزَّع بحسب تكلفتها المخططة، و{$uncosted} لا تذكر أي تكلفة
actuals-channel-idle-days = لا يجري أي من إجراءاتها في {$days}، فلا حصة مخططة لأي إجراء تأخذ ذلك الإنفاق
actuals-channel-not-in-plan = {$channel} (ليست في الخطة)
actuals-unmatched-none = القيم الفعلية {$block}: كل صف تطابقه قاعدة أو يسمّي إجراءً
actuals-unmatched-rows = القيم الفعلية {$block}: {$rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفان
        [few] {$shown} صفوف
        [many] {$shown} صفًا
       *[other] {$shown} صف
    } لا تطابقها قاعدة ولا يسمّيها إجراء
actuals-heading-first-day = اليوم الأول
actuals-heading-last-day = اليوم الأخير
actuals-review-grouping = المراجعة تجمّع حسب `channel` أو `action`، لا `{$word}`
actuals-review-grouping-fix = اكتب `show review` (حسب القناة) أو `show review by action`
actuals-heading-cost-per = لكل {$stage}
actuals-review-spend-joined = الإنفاق من القيم الفعلية {$blocks} في الأيام نفسها ({$first} إلى {$last})، مجمّعًا حسب القناة
actuals-review-results-joined = {$stages} من القيم الفعلية {$blocks} في الأيام نفسها ({$first} إلى {$last})، مجمّعة حسب القناة
actuals-review-results = النتائج
actuals-review-unknown-spend = لا كتلة فيها إنفاق تذكر {$names}، لذا {$count ->
        [one] تكلفته غير معروفة
       *[other] تكاليفها غير معروفة
    } (—)؛ وتكاليف الإجمالي لا تحسب إلا الصفوف التي فيها إنفاق
actuals-review-sorted = مرتبة حسب التكلفة لكل {$stage}، الأرخص أولًا؛ والصفوف التي ليس فيها {$stages} في الآخر، حسب الإنفاق


## Actuals: the views (Sources/MPlanPlanning/ActualsViews*.swift)

actuals-variance-no-rows = لا صفوف: لا شيء يُقارن بالخطة
actuals-variance-by-channel-heading = الخطة مقابل الفعلي حسب القناة حتى {$date} ({$blocks})
actuals-heading-to-date = حتى تاريخه
actuals-heading-actual-of-to-date = الفعلي [% مما حتى تاريخه]
actuals-heading-lands-at = ينتهي إلى
actuals-row-not-in-plan = ليس في الخطة
actuals-reallocate-results-alone = القيم الفعلية {$block}: نتائج فقط (بلا `amount`)؛ وأعدادها ترتّب قنوات `{$spend}` (`show reallocate {$spend}`)
actuals-reallocate-too-few = القيم الفعلية {$block}: أقل من قناتين لهما نتائج؛ لا شيء يُنقل بينهما
actuals-heading-average-cost = متوسط التكلفة
actuals-heading-next-one-costs = تكلفة الوحدة التالية
actuals-nothing-bought = لم يُشترَ شيء
actuals-reallocate-heading = أين يذهب الدولار التالي (القيم الفعلية {$block}، {$stage})
actuals-reallocate-joined = نتائج القيم الفعلية {$blocks} في الأيام نفسها ({$first} إلى {$last}) مجمّعة حسب القناة
actuals-reallocate-none-may-take = لا قناة يمكنها أخذ المزيد: {$held}
actuals-reallocate-no-gain = لا نقل يشتري مزيدًا من {$stage}: نقل {$amount} من {$from} إلى {$to} يخسر {$lost} من {$stage}؛ أبقِ الإنفاق حيث هو
actuals-reallocate-assumes = يفترض أن النتائج ∝ الإنفاق^{$elasticity} (عوائد متناقصة؛ اضبط `elasticity` في كتلة القيم الفعلية)
actuals-heading-from = من {$channel}
actuals-heading-to = إلى {$channel}
actuals-reallocate-move = انقل {$amount} من {$from} إلى {$to}:
actuals-reallocate-not-to = لا إلى {$held}، مع أن نتيجته التالية أرخص
actuals-reallocate-goal-after = الهدف {$goal}: {$after} من {$target} بنتائج اليوم بعد النقل ({$before} قبله)
actuals-held-back = {$channel} ({$reason})
actuals-held-back-more = {$list}؛ {$next}

actuals-converted = {$currencies} حُوّلت بأسعار صرف الخطة
actuals-list-and-last = {$first} و{$last}
actuals-skipped = تُخطّي: {$count}
actuals-skipped-why = تُخطّي: {$count}: {$reasons}
actuals-skipped-damaged = تالفة: {$count}
actuals-skipped-already-read = مقروءة من قبل: {$count}
actuals-skipped-outside-period = خارج الفترة: {$count}
actuals-combined-by-channel-heading = الخطة مقابل الفعلي حسب القناة حتى {$date}، بجمع الكتل {$blocks}
actuals-combined-heading = الخطة مقابل الفعلي حتى {$date}، بجمع الكتل {$blocks}
actuals-heading-actual-of-planned = الفعلي [% من المخطط]
actuals-heading-so-far-of-planned = حتى الآن [% من المخطط]
actuals-combined-checkpoints = الميزانية {$budget}: نقاط المراقبة {$control}، بجمع الكتل

actuals-none-read = لم تُقرأ أي قيم فعلية: عرّفها بـ `actuals spend from "ads.csv" {"{"} date "Day"  action "Campaign"  amount "Cost" {"}"}`
actuals-variance-grouping = الخطة مقابل الفعلي تجمّع حسب `action` أو `channel`، لا `{$word}`
actuals-variance-grouping-fix = اكتب `show variance` (حسب الإجراء) أو `show variance by channel`
actuals-summary = القيم الفعلية {$block}: {$rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفان
        [few] {$shown} صفوف
        [many] {$shown} صفًا
       *[other] {$shown} صف
    }، {$currency}
actuals-summary-dated = القيم الفعلية {$block}: {$rows ->
        [zero] لا صفوف
        [one] صف واحد
        [two] صفان
        [few] {$shown} صفوف
        [many] {$shown} صفًا
       *[other] {$shown} صف
    } من {$first} إلى {$last}، {$currency}
actuals-heading-rules-give = ما تعطيه القواعد
actuals-heading-as-exported = كما صُدّر
actuals-results-alone = القيم الفعلية {$block} حتى {$date}: نتائج فقط (بلا عمود `amount`)؛ وتُحسب لأهداف مراحلها
actuals-heading-in-range = ضمن المدى
actuals-goal-no-actuals = لا قيم فعلية لـ {$stage}
actuals-goal-on-pace = على الوتيرة
actuals-goal-past-due = تجاوز الموعد
actuals-checkpoint-outside = نقطة المراجعة {$date} خارج فترة الخطة ({$period})
actuals-checkpoint-outside-fix = نقطة المراجعة يوم من أيام الخطة، من {$first} إلى {$last}
actuals-checkpoint-none = نقطة المراجعة {$date}: لا قيم فعلية حتى ذلك الحين
actuals-summary-notes = {$summary} ({$notes})
actuals-notes-more = {$list}؛ {$next}
actuals-variance-heading = الخطة مقابل الفعلي حتى {$date} ({$block})
actuals-variance-checkpoint-heading = نقطة المراقبة {$date} ({$block})
actuals-variance-actuals-end = {$heading}؛ تنتهي القيم الفعلية في {$last}
actuals-variance-rows-before-plan = {$heading}؛ {$rows ->
        [zero] لا صفوف قبل فترة الخطة
        [one] صف واحد قبل فترة الخطة لا يُحتسب
        [two] صفان قبل فترة الخطة لا يُحتسبان
        [few] {$rows} صفوف قبل فترة الخطة لا تُحتسب
        [many] {$rows} صفًا قبل فترة الخطة لا تُحتسب
       *[other] {$rows} صف قبل فترة الخطة لا تُحتسب
    }
actuals-variance-planned-to-date = المخطط حتى تاريخه يوزّع تكلفة كل إجراء بالتساوي على أشهره؛ وينتهي إلى ما يعطيه معدل الحرق اليومي الحالي
actuals-variance-unplanned-note = خارج الخطة: إنفاق لا يسميه أي إجراء، يُحتسب في ميزانيته؛ وينتهي إلى ما يعطيه معدل الحرق الحالي حتى نهاية فترة الخطة
actuals-action-share = `{$action}` {$share}
actuals-channel-spread-share = يُوزَّع إنفاق {$channel} على إجراءاتها بحصصها المخططة: {$shares}
actuals-channel-spread-span = {$first} .. {$last} {$shares}
actuals-channel-spread-daily = يُوزَّع إنفاق {$channel} على الإجراءات الجارية كل يوم بإنفاقها المخطط في ذلك اليوم: {$spans}
actuals-row-not-spread = غير موزَّع
actuals-row-in-no-budget = خارج أي ميزانية
actuals-checkpoints-heading = الميزانية {$budget}: نقاط مراقبة {$control}
actuals-heading-pace-a-month = الوتيرة شهريًا
actuals-heading-needed-a-month = المطلوب شهريًا
actuals-goal-reached = تحقق
actuals-goal-behind = متأخر
actuals-compact = {$actual} [{$percent} من {$planned}]
actuals-run-rate = الهدف `{$goal}` معدل جارٍ: المحقَّق هو معدله {$window}؛ والخط المستقيم من قيمة البداية إلى القيمة المستهدفة يقف اليوم عند {$expected} لكل {$per}
actuals-run-rate-stated-window = خلال {$window}، النافذة التي يذكرها، بحصتها التقويمية من {$per}
actuals-run-rate-last-whole = في {$window}، آخر {$per} كامل
actuals-run-rate-stated-before-baseline = من {$first} إلى {$last}، بحصتها من {$per} (النافذة التي يذكرها تمتد إلى ما قبل تاريخ قيمة البداية)
actuals-run-rate-no-whole = من {$first} إلى {$last}، بحصتها من {$per} (لا {$per} كامل بعد)

## What-if: goal seek (Sources/MPlanPlanning/GoalSeeker+Report.swift)
solve-result-ignores-input = `{$result}` لا يتغير مع `{$input}`: قيمته {$value} في كل قيمة جُرّبت
solve-tried = عدد قيم `{$input}` المجرَّبة: {$count}
solve-result-ignores-input-fix = احسب لمُدخل تعتمد عليه `{$result}`
solve-closest = الأقرب {$result} = {$value} عند `{$input}` = {$at}، {$side ->
        [above] فوق
       *[below] دون
    } القيمة المستهدفة في كل ما جُرّب
solve-no-solution = لا قيمة لـ`{$input}` من {$low} إلى {$high} تجعل {$result} {$relation} {$target}
solve-no-solution-give-range = أعطِ مدى للبحث: `solve {$input} from A to B for …`
solve-no-solution-widen = وسّع المدى بعد `from`
solve-answer = {$result} = {$value}: {$meaning} ({$evaluations ->
        [zero] لا تقييمات
        [one] تقييم واحد
        [two] تقييمان
        [few] {$evaluations} تقييمات
        [many] {$evaluations} تقييمًا
       *[other] {$evaluations} تقييم
    })
solve-holds-throughout = كل قيمة لـ`{$input}` جُرّبت من {$low} إلى {$high} تحقق {$goal}؛ وهذه الأقرب إلى القيمة المستهدفة
solve-shown-rounded = {$meaning}؛ `{$input}` معروض مقرَّبًا، والنتيجة هي ما قبل التقريب
solve-extreme = {$side ->
        [largest] أكبر
       *[smallest] أصغر
    } قيمة لـ`{$input}` تحقق {$goal}
solve-extreme-holds = {$meaning}؛ ويتحقق ذلك لـ`{$input}` {$stretch}
solve-one-of-boundaries = أحد الحدود (عددها {$turns})، الأقرب إلى {$now} الحالية
solve-several-stretches = {$which}؛ يتحقق {$goal} على عدة مقاطع من `{$input}` من {$low} إلى {$high}، وهذا طرف أحدها
solve-holds-for = {$which}؛ يتحقق {$goal} لـ`{$input}` {$stretches}
solve-stretch = من {$low} إلى {$high}
solve-stretches-and = {$list} و{$next}
solve-on-target = على القيمة المستهدفة
solve-steps = لا قيمة تعطي {$goal} تمامًا: تقفز النتيجة من {$low} إلى {$high}
solve-steps-between = {$meaning} بين {$lower} و{$upper}
solve-lies-between = يقع {$goal} بين {$lowerResult} عند {$lower} و{$upperResult} عند {$upper}، وهذه الأقرب بالأرقام المعروضة
solve-nearest = الأقرب إلى {$goal} مما وُجد
solve-also-crosses = {$meaning}؛ وتعبر النتيجة {$goal} أيضًا عند `{$input}` = {$others}
solve-crosses-times = {$meaning}؛ تعبر النتيجة {$goal} في القيم التي بُحث فيها، وعدد المرات: {$turns}

## show: goals, actions and a budget (Sources/MPlanPlanning/PlanTables.swift, PlanPresenter.swift)
show-no-goals = لا أهداف في هذه الخطة
show-no-actions = لا إجراءات في هذه الخطة
show-budget-heading = الميزانية
show-budget-top-down = من أعلى إلى أسفل
show-budget-bottom-up = من أسفل إلى أعلى
show-budget-zero-based = صفرية
show-budget-controlled = مراقبة {$cadence}
show-budget-controlled-by = مراقبة {$cadence} بواسطة {$by}
show-budget-account-given = المخصَّص
show-budget-account-committed = الملتزَم به
show-budget-account-reserve = الاحتياطي
show-budget-account-available = المتاح
show-budget-account-needed = المطلوب
show-budget-account-chance-over = P(تجاوز الميزانية)
show-budget-account-reserve-for-ninety = احتياطي لـ90%
show-budget-actions = {$count ->
        [zero] لا إجراءات
        [one] إجراء واحد
        [two] إجراءان
        [few] {$count} إجراءات
        [many] {$count} إجراءً
       *[other] {$count} إجراء
    }
show-budget-reserve-none-kept = لا احتياطي
show-budget-needed-is = الملتزَم به + الاحتياطي
show-budget-chance-over-is = النتائج التي تلتزم فيها الإجراءات بأكثر من المخصَّص
show-budget-reserve-for-ninety-is = المئين التسعون للملتزَم به، ناقص متوسطه
show-budget-heading-week = أسبوع
show-budget-heading-month = شهر
show-budget-heading-cumulative = تراكمي
show-budget-heading-per-day = يوميًا
show-budget-day-range = {$least} إلى {$most}
show-budget-unscheduled = غير مجدول (بلا فترة):
show-budget-not-counted = غير محتسب:
show-budget-not-counted-costs = ` تكلفته {$cost}: {$reason}
show-budget-not-a-cost = ليست تكلفة أكبر من الصفر
show-unknown-name = لا شيء للعرض باسم `{$name}`
show-unknown-name-fix = جرّب `show goals` أو `show actions by owner` أو `show NAME`
plan-kind-plural = {$kind ->
        [plan] الخطط
        [objective] أهداف الشركة
        [goal] الأهداف
        [budget] الميزانيات
        [action] الإجراءات
        [report] التقارير
       *[other] {$kind}
    }
show-no-field-to-group = ليس في {$kinds} حقل `{$field}` للتجميع حسبه
show-group-by-one-of = جمّع حسب أحد: {$fields}
show-none-of-kind = لا شيء من {$kinds} في هذه الخطة
show-group-none = (بلا {$field})

## The plan's statements: export and members (Sources/MPlanPlanning/PlanHost.swift, PlanMembers.swift)
export-refused-here = لا تستطيع هذه الجلسة كتابة الملفات، فرُفض `export`
export-what = `{$name}` ليس مما يمكن أن يحمله التصدير
export-what-fix = صدّر `plan`، أو هدفًا أو ميزانية أو مسار تحويل أو هدفًا للشركة أو إجراءً أو تقريرًا أو عددًا أو جدول بيانات أو سيناريو مقارَنًا باسمه
budget-read-before-declared = يُقرأ `{$budget}.{$member}` قبل اكتمال الخطة: الإجراء `{$action}` معرَّف في موضع لاحق
budget-read-before-declared-fix = اقرأه في `print` أو `show` أو `compare`، فهي تعمل بعد تعريف الخطة كلها، أو انقل هذا السطر إلى ما بعد الإجراءات
label-still-to-come = لم يأتِ بعد

## Writing exports (Sources/MPlanKit/Session+Export.swift)
export-failed = تعذّر تصدير الخطة: {$error}
export-not-a-format = `{$name}` ليس صيغة تصدير
export-use-format = استخدم {$formats}
export-unknown-extension = لا يمكن معرفة صيغة `{$path}` من امتداده
export-unknown-extension-fix = اختم اسم الملف بـ{$formats}، أو أعطِ --format
export-no-csv-table = لا جدول CSV باسم `{$table}`
export-no-csv-table-fix = استخدم أحد: {$tables}، أو اسم جدول بيانات (`let by_cpc = table …`)
export-table-not-csv = يختار `--table` عرض CSV، لكن هذا التصدير {$format}
export-table-not-csv-fix = احذف --table، أو صدّر إلى ملف ‎.csv
export-stdout-failed = تعذّرت الكتابة إلى المخرج القياسي
export-nothing-written = لم يُكتب شيء؛ وأي ملف سابق باقٍ كما هو
export-would-replace = `{$path}` موجود ولم يكتبه mplan، فتُرك كما هو
export-would-replace-force-fix = صدّر إلى ملف آخر، أو استبدله بـ{$advice}
export-would-replace-fix = صدّر إلى ملف آخر، أو احذفه أولًا
export-no-folder = المجلد `{$folder}` غير موجود، فلا يمكن كتابة `{$path}`
export-no-folder-fix = أنشئ المجلد أولًا، أو صدّر إلى مجلد موجود
export-outside-folder = لا يجوز للبرنامج كتابة `{$path}`: فهو خارج مجلد البرنامج والمجلد الحالي
export-outside-folder-link = لا يجوز للبرنامج كتابة `{$path}` (رابط إلى `{$target}`): فهو خارج مجلد البرنامج والمجلد الحالي
export-outside-folder-fix = صدّر داخل مجلد البرنامج، أو اسمح بالمجلد بـ`mplan run --allow-write DIR`

## Live recalculation and scenarios at the prompt (Sources/MPlanKit/Session+Recalculation.swift, Session+REPL.swift)
recalc-a-rate = سعر صرف عملة
recalc-the-blocks = كتل الخطة
recalc-no-longer-runs-name = هذا المُدخل يغيّر {$what}، و`{$name}` الذي يعتمد عليه لم يعد يعمل؛ لم يتغير شيء
recalc-no-longer-runs = هذا المُدخل يغيّر {$what}، وما يعتمد عليه لم يعد يعمل؛ لم يتغير شيء
recalc-reads-itself = سيُحسب `{$name}` من نفسه: فهو يقرأ `{$through}`، الذي يُحسب من `{$name}`
recalc-reads-itself-fix = أعطِ القيمة الجديدة اسمًا خاصًا بها (`let {$name}_2 = …`)، أو عرّف `{$through}` من جديد دون `{$name}`
recalc-nothing-changed = {$problem}؛ لم يتغير شيء
scenario-none = لا سيناريو باسم `{$scenario}`
scenario-none-did-you-mean = لا سيناريو باسم `{$scenario}`؛ هل تقصد `{$guess}`؟
scenario-no-longer-applies = السيناريو `{$scenario}` لم يعد ينطبق: {$error}
scenario-plan-does-not-run = الخطة لا تعمل تحت `{$scenario}`: {$error} (في {$place})

## The session: imports, :save and mplan fmt (Sources/MPlanKit/Session.swift, SessionScript.swift, FormattedPlan.swift)
import-cannot = تعذّر استيراد `{$path}`: {$error}
import-unknown-module = لا وحدة في المكتبة القياسية باسم `{$name}`
import-modules = الوحدات: {$modules}
import-has-errors = في `{$name}` أخطاء: {$error}
fmt-file-unchanged = الملف لم يتغير
fmt-not-a-file = `{$path}` {$kind}، لا ملف عادي، فلم يُنسَّق
fmt-not-a-file-fix = نسّق ملف الخطة نفسه؛ `mplan fmt -` ينسّق المدخل القياسي

## The command line's last words and the line editor (Sources/mplan/InternalFault.swift, REPL/LibEditLineEditor.swift)
internal-fault = mplan: خطأ داخلي: فشل mplan نفسه (لا برنامجك)؛ أبلغ عنه مع المدخل الذي سببه
repl-key-interrupt = إسقاط السطر الحالي
repl-key-complete = إكمال الكلمة قبل المؤشر
repl-key-suspend = تعليق mplan

## Writing files safely (Sources/MPlanKit/SafeWrite.swift: :save, exports, mplan fmt)
safewrite-no-name = لم يُسمَّ أي ملف
safewrite-not-regular = `{$path}` {$kind}، لا ملف عادي؛ أعطِ اسم ملف
safewrite-file-kind = {$kind ->
        [directory] مجلد
        [device] جهاز
        [fifo] أنبوب (FIFO)
        [socket] مقبس
       *[other] ملف خاص
    }
safewrite-read-only-force = `{$path}` للقراءة فقط؛ استخدم {$advice} لاستبداله مع ذلك
safewrite-read-only = `{$path}` للقراءة فقط؛ اجعله قابلًا للكتابة أولًا، أو اكتب ملفًا آخر
safewrite-control-in-name = اسم الملف `{$path}` فيه {$what ->
        [direction] محرف تحكم خفي في الاتجاه
       *[control] محرف تحكم
    } ({$code})؛ سمِّ الملف بدونه
safewrite-link-loop = `{$path}` حلقة من الروابط الرمزية
safewrite-cannot-write = تعذّرت كتابة `{$path}`: {$reason}
safewrite-cannot-write-kept = تعذّرت كتابة `{$path}`: {$reason}؛ ونصه الجديد محفوظ كاملًا في `{$temporary}`

## What-if: its inputs, data tables and scenarios (Sources/MPlanPlanning/PlanAnalysis*.swift)
whatif-varies-one-number = `{$statement}` يغيّر عددًا واحدًا، و`{$name}` {$what}
whatif-varies-one-number-fix = أعطِ `{$name}` قيمة واحدة، أو قارن السيناريوهات بدلًا من ذلك
whatif-is-uncertain = غير مؤكد
whatif-is-type = {$type}
whatif-result-one-number = يحتاج `{$statement}` إلى نتيجة هي عدد واحد، و`{$result}` {$what}
whatif-value-one-number = قيمة `{$name}` عدد واحد، لا {$type}
whatif-value-other-unit = `{$name}` {$unit}، وهذه {$other}
whatif-write-value-like = اكتب قيمة مثل {$value}
whatif-value-plain-number = `{$name}` نسبة مئوية، وهذا عدد مجرد
whatif-table-too-many-inputs = جدول البيانات يغيّر مُدخلًا واحدًا، أو مُدخلين في شبكة؛ وهذا فيه {$count}
whatif-table-too-many-inputs-fix = أبقِ مُدخلين، وقارن السيناريوهات للباقي
whatif-table-too-large = عدد خلايا هذا الجدول {$cells}، أكثر من الحد الأقصى للجدول ({$limit})
whatif-table-too-large-fix = استخدم خطوة أكبر أو قيمًا أقل
whatif-table-step = خطوة الجدول أكبر من الصفر؛ وهذه {$step}
whatif-table-step-fix = اكتب خطوة موجبة؛ تمتد القيم من الطرف الأول إلى الثاني
whatif-table-too-many-values = عدد قيم `{$name}` سيكون {$count}، أكثر من الحد الأقصى لخلايا الجدول ({$limit})
whatif-table-larger-step = استخدم خطوة أكبر
solve-target-other-unit = `{$result}` {$unit}، والقيمة المستهدفة {$other}
solve-target-like = أعطِ قيمة مستهدفة مثل {$value}
solve-plan-does-not-run = الخطة لا تعمل عندما `{$input}` = {$value}
compare-unknown-scenario = سيناريو غير معروف `{$scenario}`

## What-if: the tornado (Sources/MPlanPlanning/PlanAnalysis+Tornado.swift)
tornado-heading-low = أدنى
tornado-heading-high = أعلى
tornado-heading-result-at-low = {$result} عند الأدنى
tornado-heading-at-high = عند الأعلى
tornado-heading-swing = التأرجح
tornado-headline = {$result} = {$base}
tornado-headline-held = {$result} = {$base} مع تثبيت {$held} عند {$count ->
        [one] وسيطه
        [two] وسيطيهما
       *[other] وسيطاتها
    }
tornado-headline-share = {$result} = {$base}؛ كل مُدخل {$share} دون قيمته وفوقها
tornado-headline-share-held = {$result} = {$base}؛ كل مُدخل {$share} دون قيمته وفوقها (ولـ{$held}: {$count ->
        [one] وسيطه
        [two] وسيطاهما
       *[other] وسيطاتها
    })
tornado-headline-ends = {$line}؛ الأدنى والأعلى: {$parts}
tornado-parts-more = {$list}؛ {$next}
tornado-part-range = مدى الـ90% لـ{$names}
tornado-part-given = الطرفان المعطيان لـ{$names}
tornado-part-share = {$share} دون {$names} وفوقها
tornado-input-without-range = `{$name}` قيمة واحدة ({$value})، فليس للتورنادو مدى يغيّرها فيه
tornado-input-without-range-fix = أضف `by 10%` بعد المُدخلات، أو أعطه طرفين (`{$name} from {$low} to {$high}`)، أو اكتب قيمته مدى (`{$low} to {$high}`)
tornado-invalid-spread = يحرّك التورنادو كل مُدخل بنسبة مئوية فوق 0% ودون 100%، لا {$value}

## The REPL's replies (Sources/mplan/REPL/REPL+Commands.swift)

repl-unknown-command = أمر غير معروف `:{$command}` (:help يسرد الأوامر)
repl-unknown-command-did-you-mean = أمر غير معروف `:{$command}`؛ هل تقصد `:{$guess}`؟ (:help يسرد الأوامر)
repl-load-needs-file = `:load` يحتاج إلى ملف: :load plan.mplan
repl-session-reset = أُعيدت الجلسة إلى بدايتها.
repl-check-unknown-group = `:check` يأخذ مجموعة من قائمة الفحص، لا `{$group}` ({$groups})
repl-quit-takes-nothing = `:quit` لا يأخذ شيئًا بعده
repl-no-help = لا مساعدة في `{$topic}` (المواضيع: {$topics})
repl-no-help-did-you-mean = لا مساعدة في `{$topic}`؛ هل تقصد `:help {$guess}`؟ (المواضيع: {$topics})
repl-nothing-defined = لم يُعرَّف شيء بعد.
repl-show-needs-name = `:show` يحتاج إلى اسم: :show marketing
repl-scenario-changes = السيناريو {$scenario}: الخطة مع
repl-scenario-read-values = اقرأ قيمه بـ `{$scenario}.NAME`؛ و`compare base, {$scenario} on …` جنبًا إلى جنب
repl-unknown-name = لا شيء باسم `{$name}`
repl-unknown-name-did-you-mean = لا شيء باسم `{$name}`؛ هل تقصد `{$guess}`؟
repl-under-scenario = السيناريو `{$scenario}`
repl-under-base = الخطة كما كُتبت (base)
repl-working-under = العمل ضمن {$under}؛ السيناريوهات: {$scenarios}
repl-working-under-no-scenarios = العمل ضمن {$under}؛ لا سيناريوهات بعد
repl-back-to-base = العودة إلى الخطة كما كُتبت.
repl-now-under-scenario = العمل ضمن السيناريو `{$scenario}`: تظهر القيم كما هي فيه.
repl-table-needs-view = `--table` يحتاج إلى عرض: --table goals
repl-export-needs-file = `:export` يحتاج إلى ملف: :export plan.html ({$formats})
repl-error-label = خطأ
repl-exported-plan = صُدّرت الخطة إلى {$path} ({$format}).
repl-exported-table = صُدّر `{$table}` إلى {$path} ({$format}).
repl-save-needs-file = `:save` يحتاج إلى ملف: :save session.mplan
repl-saved = حُفظ {$count ->
        [zero] لا إدخالات
        [one] إدخال واحد
        [two] إدخالان
        [few] {$count} إدخالات
        [many] {$count} إدخالًا
       *[other] {$count} إدخال
    } في {$path}.
repl-saved-script-stops = `mplan run {$path}` سيتوقف عند السطر {$line}: {$error}

repl-nothing-to-reload = لا شيء لإعادة تحميله: حمّل برنامجًا أولًا بـ :load FILE
repl-reload-nothing-changed = لم يتغير شيء منذ آخر تحميل: {$files}
repl-reload-file-fails = `{$path}` لم يعد يُحمَّل، فبقيت الجلسة كما كانت؛ أصلحه ثم :reload من جديد (أو :reset)
repl-reload-interrupted = توقفت إعادة التحميل (Ctrl-C)، فبقيت الجلسة كما كانت
repl-reloaded = أُعيد التحميل: تغيّر {$files} منذ آخر تحميل.
repl-reloaded-applied-all = أُعيد التحميل: تغيّر {$files} منذ آخر تحميل؛ وأُعيد تطبيق {$typed ->
        [zero] لا إدخالات
        [one] الإدخال الواحد
        [two] الإدخالين
        [few] الإدخالات الـ {$typed}
        [many] الإدخالات الـ {$typed}
       *[other] الإدخالات الـ {$typed}
    } المكتوبة في المحث.
repl-reloaded-applied-some = أُعيد التحميل: تغيّر {$files} منذ آخر تحميل؛ وأُعيد تطبيق {$applied} من {$typed ->
        [zero] {$typed} إدخالات
        [one] إدخال واحد
        [two] إدخالين
        [few] {$typed} إدخالات
        [many] {$typed} إدخالًا
       *[other] {$typed} إدخال
    } مكتوبة في المحث.
repl-reload-dropped = حُذف `{$input}` (المكتوب في المحث): لم يعد يعمل بعد إعادة التحميل: {$reason}
repl-since-last-load = آخر تحميل
repl-reload-scenario-gone = السيناريو `{$scenario}` زال بعد إعادة التحميل: العودة إلى الخطة كما كُتبت.
repl-reload-scenario-fails = {$problem}: العودة إلى الخطة كما كُتبت.

repl-welcome = mplan {$version} — :help للمساعدة، وCtrl-D للخروج
repl-input-not-utf8 = في هذا الإدخال بايتات ليست UTF-8 (تظهر هكذا �)؛ لم يُقيَّم
repl-goal-letters = الهدف `{$goal}`: {$letters}
repl-goal-letters-to-fix = الهدف `{$goal}`: {$letters}   (:check smart يقول ما يجب إصلاحه)

## The REPL's history file (Sources/mplan/REPL/HistoryFile.swift)

history-not-text = ملف السجل {$path} ليس نصًا بترميز UTF-8
history-unreadable = لا يمكن قراءة ملف السجل {$path}: {$reason}
history-is-folder = ملف السجل {$path} مجلد
history-not-regular = ملف السجل {$path} ليس ملفًا عاديًا
history-too-large = ملف السجل {$path} أكبر من {$megabytes} MB
history-unsaved = لا يمكن حفظ السجل في {$path}: {$reason}
history-not-saved = {$problem}؛ لن يُحفظ سجل هذه الجلسة

## Watching files (Sources/mplan/Watch.swift: --watch and :reload)

watch-since-last-run = آخر تشغيل
watch-nothing-changed = — لم تتغير أي قيمة منذ {$since}
watch-changed = — منذ {$since}:
watch-watching = — مراقبة {$count ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفين
        [few] {$count} ملفات
        [many] {$count} ملفًا
       *[other] {$count} ملف
    }؛ Ctrl-C يوقفها

## The command line (Sources/mplan: usage, option help, command-line errors)

cli-mplan-abstract = لغة ومفسّر وREPL لخطط التسويق.
cli-mplan-discussion =
    الخطط ملفات نصية قصيرة: أهداف الشركة، والأهداف الذكية SMART، ومسارات التحويل، والميزانيات، والإجراءات التي تخدم الأهداف، مع وحدات (المال، النسب المئوية، الزيارات، MQL، العملاء، التواريخ) تُفحص كما تُفحص الأنواع.

    أمثلة:
      mplan run examples/funnel.mplan      تشغيل خطة وطباعة ما تطلبه
      mplan examples/funnel.mplan          الشيء نفسه: اسم الملف يشغّل الملف
      mplan run -                          تشغيل خطة تُقرأ من الإدخال القياسي
      mplan eval '$240k / ($24k per customer)'
      mplan check examples/funnel.mplan    سرد ما ينقص الخطة
      mplan fmt plan.mplan                 ترتيب الخطة بصيغتها القياسية الوحيدة
      mplan export plan.mplan -o plan.html تصدير الخطة: {$formats}
      mplan                                بدء المحث التفاعلي
cli-empty-option-value = خطأ: ليس لـ {$option} قيمة بعد `=` (هل المتغير غير مضبوط؟)؛ أعطه قيمة، أو احذف الخيار
cli-unknown-subcommand = خطأ: أمر فرعي غير معروف `{$word}`، ولا ملف بهذا الاسم؛ الأوامر الفرعية هي {$commands}
cli-unknown-subcommand-did-you-mean = خطأ: أمر فرعي غير معروف `{$word}`، ولا ملف بهذا الاسم؛ هل تقصد `mplan {$nearest}`؟
cli-usage = الاستخدام: mplan [{$commands}] …، أو mplan FILE.mplan؛ انظر 'mplan --help'
cli-option-color = تلوين التشخيصات: auto (عند الكتابة إلى طرفية وNO_COLOR غير مضبوط)، always، never.
cli-option-lang = لغة رسائل mplan: en أو ar أو fa أو ru (الافتراضي: `language` الخطة، وإلا LC_ALL أو LC_MESSAGES أو LANG، وإلا الإنجليزية).
cli-option-bidi = النص من اليمين إلى اليسار: isolate (FSI…PDI حول الأسماء والقيم المكتوبة من اليمين إلى اليسار، للطرفيات التي تدعم الاتجاه الثنائي)، أو none (كما كُتب)، أو auto (العزل عند الكتابة إلى طرفية).
cli-option-digits = طباعة القيم بأرقام latin (0-9، الافتراضي)، أو native (`language` الخطة: الفارسية ۰-۹ لـ fa، والعربية المشرقية ٠-٩ لـ ar)، أو arabic أو persian.
cli-locale-not-spoken = ملاحظة: ليس لدى mplan رسائل بـ `{$language}` ({$variable}={$locale}): فهي بالإنجليزية ما لم يختر --lang أو `language` الخطة واحدة من {$languages}
cli-option-samples = عدد العيّنات المسحوبة لكل قيمة غير مؤكدة (`a to b`)، من 1 إلى 100,000,000 (الافتراضي 10,000).
cli-option-seed = بذرة المعاينة: البذرة نفسها تعطي الأعداد نفسها.
cli-option-memory = الذاكرة التي يمكن أن يشغلها التشغيل قبل أن يتوقف بـ E0316، مثل 512MB أو 8GB (الافتراضي 2GB).
cli-samples-invalid = --samples يأخذ عددًا صحيحًا من 1 إلى 100,000,000، لا `{$value}`
cli-seed-invalid = --seed يأخذ عددًا صحيحًا من 0 إلى {$largest}، لا `{$value}`
cli-memory-invalid = --memory يأخذ حجمًا من 64MB إلى 1024GB، مثل 512MB أو 8GB، لا `{$value}`
cli-option-steps = عدد عمليات التقييم التي يمكن أن يجريها التشغيل قبل أن يتوقف بـ E0319 (الافتراضي 100,000,000).
cli-steps-invalid = --steps يأخذ عددًا صحيحًا من 1,000 إلى 1,000,000,000,000 (الافتراضي 100,000,000)، لا `{$value}`
cli-check-abstract = فحص الخطة بحثًا عن الفجوات: التوافق، والأهداف الذكية SMART، ومسار التحويل، والميزانية، والإجراءات، والتقارير.
cli-check-discussion =
    يطبع قائمة فحص مجمّعة في: التوافق، SMART، مسار التحويل، الميزانية، الإجراءات، التقارير: ✓ أو ✗ لكل بند مع السبب والسطر والإصلاح، ثم سطر ملخص. يشرح docs/planning.md كل فحص، وdocs/diagnostics.md كل رمز.

    أمثلة:
      mplan check examples/flawed-plan.mplan
      mplan check --strict plan.mplan            # التحذيرات أيضًا تُفشل الفحص
      mplan check --format json plan.mplan       # للأدوات الأخرى
      mplan check --only smart plan.mplan        # ورشة عمل: حروف SMART للأهداف فقط

    حالة الخروج: 0 حين لا أخطاء في الخطة، و1 حين توجد (مع --strict: أي فحص فاشل) أو حين يصادف البرنامج أخطاء (وتُفحص الخطة مع ذلك)، و65 حين لا يمكن تشغيل البرنامج أصلًا (خطأ نحوي، أسماء غير معروفة)، و66 حين لا يمكن قراءة الملف، و64 لسطر أوامر خاطئ، و74 حين تتعذر الكتابة إلى الإخراج القياسي.
cli-check-file = الخطة المراد فحصها.
cli-check-strict = معاملة كل تحذير كخطأ: يفشل الفحص ما لم ينجح كل بند.
cli-check-format = طريقة طباعة قائمة الفحص: text أو json.
cli-check-only = فحص مجموعة واحدة فقط: smart (حروف الأهداف، لورشة عمل)، أو alignment أو funnel أو budget أو actions أو reporting أو tracking.
cli-check-only-invalid = --only يأخذ مجموعة من قائمة الفحص، لا `{$group}` ({$groups})
cli-check-only-invalid-did-you-mean = --only يأخذ مجموعة من قائمة الفحص، لا `{$group}`؛ هل تقصد `{$guess}`؟ ({$groups})
cli-check-watch = إعادة الفحص كلما حُفظت الخطة أو ملف تستورده، مع عرض ما تغيّر.
cli-run-abstract = تشغيل برامج الخطط وطباعة ما تطلبه.
cli-run-discussion =
    يطبع ما تطلبه `print` و`show` و`compare`، وتحذيرات الخطة. تعمل الملفات المتعددة واحدًا بعد آخر في جلسة واحدة؛ و`-` يقرأ الإدخال القياسي.

    `export` في البرنامج لا يكتب إلا داخل مجلد البرنامج أو المجلد الحالي، ما لم يسمِّ --allow-write مجلدًا آخر.

    حالة الخروج: 0 نجاح (بما في ذلك تحذيرات فحص الخطة)، و1 خطأ في فحص الخطة، و64 سطر أوامر خاطئ، و65 خطأ في برنامج، و66 ملف لا يمكن قراءته، و74 تعذّرت الكتابة إلى الإخراج القياسي.
cli-eval-abstract = تقييم تعبير أو عبارة واحدة وطباعة قيمتها.
cli-eval-discussion =
    أمثلة:
      mplan eval '$240k / ($24k per customer)'      # 10 customers
      mplan eval '2027-12-31 - 2027-01-01'
      mplan eval -5%                                 # يمكن أن يبدأ التعبير بـ -
cli-run-files = البرامج المراد تشغيلها، أو - للإدخال القياسي.
cli-run-watch = إعادة التشغيل كلما حُفظ برنامج أو ملف يستورده، مع عرض ما تغيّر.
cli-run-allow-write = السماح لـ `export` في البرنامج بالكتابة داخل DIR أيضًا (إلى جانب مجلده والمجلد الحالي)؛ ويجب أن يكون DIR موجودًا.
cli-allow-write-empty = --allow-write يحتاج إلى مجلد، لا اسم فارغ (هل المتغير غير مضبوط؟)
cli-allow-write-no-folder = --allow-write {$folder} ليس مجلدًا موجودًا؛ أنشئه أولًا أو صحّح الاسم
cli-eval-expression = التعبير المراد تقييمه.
cli-export-abstract = تصدير الخطة بصيغة Markdown أو JSON أو CSV، أو تقرير HTML قائم بذاته، أو مصنف xlsx.
cli-export-discussion =
    تعمل الملفات في جلسة واحدة، كما مع `mplan run`، وتُكتب الخطة التي تعرّفها إلى PATH؛ وتُؤخذ الصيغة من امتداده ({$formats}) ما لم يحدّدها --format. ودون -o يُسمّى الملف باسم آخر برنامج (growth.mplan → growth.html، وHTML هي الافتراضية)؛ و`-o -` يكتب إلى الإخراج القياسي (Markdown افتراضيًا).

    لا يُستبدل ملف موجود إلا إن كان mplan هو من كتبه، أو مع --force؛ ويُكتب الملف الجديد بجواره ثم يُعاد تسميته فوقه، فالتصدير الفاشل يتركه كما كان.

    أمثلة:
      mplan export examples/growth-plan.mplan -o growth.html
      mplan export plan.mplan -o ledger.csv         # صف لكل إجراء وشهر
      mplan export plan.mplan -o goals.csv --table goals
      mplan export plan.mplan -o by_cpc.csv --table by_cpc   # جدول بيانات وحده
      mplan export plan.mplan -o plan.xlsx          # مصنف بصيغ حية
      mplan export plan.mplan --format json -o -    # إلى الإخراج القياسي

    حالة الخروج: 0 كُتب، و64 صيغة أو جدول غير معروف، و65 خطأ في برنامج، و66 ملف لا يمكن قراءته، و73 تعذّرت كتابة الملف، و74 تعذّرت الكتابة إلى الإخراج القياسي.
cli-export-files = البرامج التي تعرّف الخطة، أو - للإدخال القياسي.
cli-export-output = الملف المراد كتابته، أو - للإخراج القياسي.
cli-export-format = {$names} (الافتراضي: من امتداد -o).
cli-export-table = عرض CSV: ledger (الافتراضي)، goals، actions، budgets، pacing، checks؛ أو اسم جدول بيانات.
cli-export-force = استبدال الملف حتى إن لم يكن mplan هو من كتبه.
cli-export-no-files = سمِّ الخطة المراد تصديرها: mplan export plan.mplan -o plan.html
cli-fmt-abstract = إعادة كتابة الخطط بتنسيق mplan القياسي الوحيد.
cli-fmt-discussion =
    إزاحة بمسافتين، ومحاذاة قيم الحقول ومراحل مسار التحويل، ومسافة واحدة حول العوامل، وسطر فارغ واحد على الأكثر متتاليًا، والقوائم الطويلة عنصر في كل سطر، وحقول كل كتلة من الخطة بترتيب ثابت. تبقى التعليقات حيث كانت؛ والتنسيق لا يغيّر معنى الخطة أبدًا. يسرد docs/language.md ("Layout and mplan fmt") القواعد.

    أمثلة:
      mplan fmt plan.mplan          إعادة كتابة الملف في مكانه
      mplan fmt --check .           سرد الخطط تحت . التي لم تُنسَّق بعد (CI)
      mplan fmt --diff plan.mplan   عرض ما سيتغير، بصيغة diff موحّدة
      mplan fmt - < plan.mplan      تنسيق الإدخال القياسي إلى الإخراج القياسي

    لا يُعاد كتابة الملف إلا حين يتغير تنسيقه، ودفعة واحدة (ملف جديد يُعاد تسميته فوق القديم، بصلاحياته ومالكه؛ والملف المرتبط يُحدَّث عبر رابطه). الملف الذي لا يُحلَّل، أو للقراءة فقط، أو ليس ملفًا عاديًا (FIFO، جهاز) يُترك كما هو ويُعرض السبب. والتجول في مجلد لا يتبع الروابط الرمزية.

    حالة الخروج: 0 نجاح (مع --check: كل ملف منسَّق)، و1 مع --check (وحده أو مع --diff) حين سيتغير ملف، و65 حين لا يُحلَّل ملف، و66 حين لا يمكن قراءة ملف، و70 حين لم يستطع mplan تنسيق ملف بأمان (E0501؛ ويُترك الملف كما كان)، و73 حين تعذّرت كتابة ملف، و74 حين تعذّرت الكتابة إلى الإخراج القياسي.
cli-fmt-files = الخطط المراد تنسيقها (مجلد: كل ملف .mplan فيه، على أي عمق)، أو - للإدخال القياسي.
cli-fmt-check = لا تكتب شيئًا: اسرد الملفات التي ستتغير واخرج بـ 1 إن وُجدت.
cli-fmt-diff = لا تكتب شيئًا: اطبع كيف سيتغير كل ملف، بصيغة diff موحّدة.
cli-fmt-no-files = سمِّ الخطط المراد تنسيقها، أو مجلدًا يحتويها، أو - لقراءة الإدخال القياسي
cli-repl-abstract = بدء المحث التفاعلي (الافتراضي حين لا يُعطى أمر فرعي).
cli-repl-discussion =
    في الطرفية تُحرَّر الأسطر بـ libedit: Tab للإكمال، وUp/Down وCtrl-R لاسترجاع السجل، وCtrl-C لحذف السطر، وCtrl-D للخروج. اكتب :help في المحث لعرض الأوامر. ومن أنبوب تُقرأ الأسطر كما هي بالمعنى نفسه؛ وحالة الخروج 65 إن فشل أي إدخال.

    أمثلة:
      mplan                        بدء المحث
      mplan -i examples/funnel.mplan   تحميل خطة ثم البقاء في المحث
      echo '$240k / ($24k per customer)' | mplan
cli-repl-load = تحميل برنامج قبل أول محث (يمكن تكراره).
cli-repl-no-init = تخطي $XDG_CONFIG_HOME/mplan/init.mplan.
cli-output-failed = خطأ: لا يمكن الكتابة إلى الإخراج القياسي: {$reason}؛ والإخراج غير مكتمل

## P(goal met) and the plan's language (Sources/MPlanPlanning/PlanChances.swift, PlanChecker.swift)

smart-chance-low = الهدف `{$goal}` يتحقق في {$chance} من النتائج (توقعه مقابل قيمته المستهدفة)؛ والخطة تطلب {$bound}
smart-chance-low-fix = ارفع مدخلات التوقع، أو امنح وقتًا أطول، أو اضبط `min_chance` في الخطة إن كانت المخاطرة مقصودة
smart-chance-aim-at-least-fix = استهدف {$aim} على الأقل (يتحقق في {$chance} من النتائج)، {$fix}
smart-chance-aim-at-most-fix = استهدف {$aim} على الأكثر (يتحقق في {$chance} من النتائج)، {$fix}
smart-forecast-misses = يُتوقع أن يبلغ الهدف `{$goal}` {$forecast}، وهذا لا يحقق قيمته المستهدفة {$target}
smart-forecast-misses-fix = استهدف {$aim}، أو ارفع مدخلات التوقع، أو اضبط `min_chance 0%` في الخطة إن كانت المخاطرة مقصودة
smart-forecast-unit = توقع الهدف `{$goal}` بوحدة {$forecast} لكن قيمته المستهدفة بوحدة {$target}: لا يمكن المقارنة بينهما
smart-forecast-unit-fix = اكتب التوقع بوحدة {$target}، كما القيمة المستهدفة (`forecast traffic * rate * 1 lead per visit` يحوّل الزيارات إلى عملاء محتملين)
plan-min-chance-range = `min_chance` في الخطة نسبة مئوية من 0% إلى 100%، لا {$written}
plan-min-chance-percent-fix = هل تقصد `min_chance {$percent}`؟
plan-min-chance-fix = اكتب كم مرة يجب أن يتحقق الهدف، مثل `min_chance 80%` (`0%` يقبل أي مخاطرة)
plan-unknown-language = لغة الخطة `{$language}` ليست من اللغات التي يتحدثها mplan ({$languages}): ستكون رسائلها بالإنجليزية
plan-unknown-language-guess-fix = هل تقصد `language {$language}`؟
plan-unknown-language-fix = اكتب واحدة من {$languages}: `language fa`

## The REPL's :help (Sources/mplan/REPL/ReplHelp*.swift)

repl-dropped-unfinished-input = (حُذف الإدخال غير المكتمل، {$lines ->
        [one] سطر واحد
        [two] سطران
        [few] {$lines} أسطر
        [many] {$lines} سطرًا
       *[other] {$lines} سطر
    }؛ Ctrl-D على سطر فارغ للخروج)
repl-help-overview =
    اكتب عبارة أو تعبيرًا؛ تُطبع النتائج بوحداتها ويحفظ `_` آخرها.
    السطر غير المكتمل بوضوح (قوس مفتوح، عامل في آخره) يطلب المزيد بـ `...>`.
    السطر الذي فيه خطأ لا يغيّر شيئًا.

    {$commands}

    اللغة: :help goal, smart, funnel, budget, scenario, compare, solve, table, tornado, units, ranges
    المزيد: :help keys, :help files
repl-help-code = {$code}: {$meaning}
repl-help-code-example = مثال: {$example}
repl-help-code-planning = `:help smart` يشرح الحروف؛ وdocs/planning.md يذكر كل قاعدة بحدّها.
repl-help-command-help = :help [موضوع]     هذه المساعدة، أو المساعدة في أمر أو موضوع (goal، smart، budget…)
repl-help-command-vars = :vars             الأسماء التي عرّفتها وقيمها
repl-help-command-show = :show اسم         قيمة اسم، أو عنصر من الخطة في جدول
repl-help-command-scenario = :scenario اسم     العمل ضمن سيناريو (يظهر في المحث)؛ :scenario base للعودة
repl-help-command-load = :load ملف         تشغيل برنامج في هذه الجلسة (كله، أو لا شيء إن فشل)
repl-help-command-reload = :reload           إعادة قراءة الملفات المحمّلة إن تغيّرت، مع الإبقاء على ما كتبته وعرض ما تغيّر
repl-help-command-save = :save ملف         حفظ الجلسة برنامجًا يعيد `mplan run FILE` إنتاجه (:save! يستبدل ملفًا للقراءة فقط)
repl-help-command-export = :export ملف       تصدير الخطة: {$formats} (--table VIEW)؛ :export! يستبدل
repl-help-command-reset = :reset            نسيان كل ما عُرّف (يُشغَّل ملف البدء من جديد)
repl-help-command-check = :check [smart]    فحص الخطة: الأهداف، مسار التحويل، الميزانية، الإجراءات، التقارير (smart: حروف الأهداف فقط)
repl-help-command-quit = :quit             الخروج (وكذلك Ctrl-D على سطر فارغ)
repl-help-command-reload-details =
    حين يتغير ملف قرأته الجلسة (ملف البدء، أو برنامج حُمّل بـ -i أو :load، أو أي شيء
    استوردته هي أو استوردته أنت) منذ قراءته، يعيد :reload قراءة الملفات ثم يطبّق من جديد
    ما كتبته في المحث بعد الملفات التي تلاها، كما يحتفظ جدول البيانات بخلاياك حين تتغير
    مدخلاته. ثم يسرد ما تغيّر:
      need.visit 13,334 visits → 20,000 visits (+49.99%)
    الإدخال الذي لم يعد يعمل يُحذف، مع تحذير يذكر السبب. والملف الذي لم يعد يُحمَّل (خطأ،
    أو حُذف) يترك الجلسة كما كانت. ويبقى السيناريو الذي تعمل ضمنه نشطًا إن كان لا يزال
    موجودًا. وإن لم يتغير أي ملف فلا يحدث شيء.
repl-help-topic-keys =
    Tab        إكمال اسم أو كلمة مفتاحية أو عضو بعد `.` أو :أمر أو مسار بعد :load/import
    Up/Down    الأسطر السابقة واللاحقة؛  Ctrl-R  البحث فيها
    Ctrl-C     حذف السطر (أو الكتلة غير المكتملة) قيد الكتابة؛ وتستمر الجلسة
    Ctrl-D     الخروج، على سطر فارغ؛ وداخل كتلة غير مكتملة: حذف الكتلة
    يمكن تغيير المفاتيح في ~/.editrc (الأمر `bind` في libedit).
repl-help-topic-units =
    المال: $24k, 24k USD, €5,000, 1.2M EUR, $1.8m, 1.8 million   النسب المئوية: 2%, ٢٠٪
    الأعداد: 10 customer, 200 mql؛ و`unit workshop, workshops` يعرّف وحدة (وجمعها)
    المعدلات: $1.20 per visit, $0.80/visit, $5 per 1,000 impressions, 500 mql per month
    التواريخ: 2027-12-31, 2027-W05, 2027-03, 2027-Q2   المدد: 90 days, 6 weeks, 3 months
    (الأيام والأسابيع تعدّ أيامًا، والأشهر تعدّ أشهرًا تقويمية: 2027-01-31 + 1 month هو 02-28)
    `x as unit` يحوّل؛ وجمع المال إلى الزيارات خطأ؛ وللزيادة بنسبة 15% اضرب في `* 115%`.
repl-help-topic-files =
    السجل:      $XDG_STATE_HOME/mplan/history (وإلا ~/.mplan_history)، آخر 1000 سطر
    ملف البدء:  $XDG_CONFIG_HOME/mplan/init.mplan (وإلا ~/.config/mplan/init.mplan)؛
                لتخطيه: `mplan --no-init`
    `mplan -i plan.mplan` يحمّل برنامجًا ثم يبقى في المحث.
repl-help-topic-goal =
    goal new_customers "Win 10 customers through paid search" {"{"}
      metric customer  baseline 0 customers  target 10 customers
      by 2027-12-31  supports growth  owner "Head of sales"
    {"}"}
    الهدف يعدّ شيئًا (`metric`)، من قيمة البداية (`baseline`) إلى القيمة المستهدفة (`target`)
    بالوحدة نفسها (عدد، أو نسبة مثل 3%، أو معدل مثل 500 mql per month)، بحلول موعد
    (`by DATE` أو `within 6 months`)، ويدعم (`supports`) أحد أهداف الشركة. ويخدمه إجراء:
    action search => new_customers {"{"} cost $12k  owner "Ana"  from marketing {"}"}
    `:help smart` يشرح ما يفحصه كل حرف؛ و`show goals` يعرض الأهداف بحروفها.
repl-help-topic-smart =
    يُفحص كل هدف بحروف SMART الخمسة؛ و`show goals` يعرضها: متحقق (✓)، أو غير متحقق (✗)،
    أو لم يُقيَّم (?: لا شيء في الخطة يدل عليه).
      S  محدد            ماذا وكم ومن خلال ماذا: لا «الحصول على العملاء» بل «الحصول على ضعف عدد
                         العملاء الذين لدينا في القائمة من خلال الانستقرام خلال شهرين»
      M  قابل للقياس     قيمة بداية وقيمة مستهدفة بوحدة واحدة، والفرق أكثر من 1%: «زيادة متابعة
                         وسائل التواصل الاجتماعي بنسبة 25%» (`target +25%`: 100 → 125 followers)،
                         لا 100 → 101؛ وأقل من البداية فقط مع `direction down` (التكاليف، التسرب)
      A  قابل للتحقيق    نمو شهري لا يتجاوز `max_growth` (50% ما لم يُحدَّد): من عشرة عملاء لا
                         2,000 عميل في الشهر القادم؛ ومن الصفر: `A ?`
      R  ذو صلة          `supports` أحد أهداف الشركة
      T  مقيد بالزمن     موعد ضمن فترة الخطة: `by 2027-09-01` («بحلول أول يوم من شهر سبتمبر»)،
                         `within 6 months` («في خلال ستة أشهر»)
    أمثلة مقال SMART: زيادة المبيعات 2% خلال ستة أشهر؛ مضاعفة الزيارات خلال 12 شهرًا بنشر 5
    تدوينات أسبوعيًا؛ 500 عميل متوقع مؤهل شهريًا من حملات PPC.
    `:check smart` يعرض الحروف فقط؛ و`:help SMART-M` يشرح الرمز.
repl-help-topic-funnel =
    funnel inbound {"{"}
      visit -> mql      : 2%
      mql   -> sql      : 25%
      sql   -> customer : 20%
    {"}"}
    let need = inbound.need(10 customers)     # حساب عكسي (مقال الأهداف السنوية)
    need.visit                                # 10,000 visits
    inbound.yield(10,000 visits).customer     # حساب إلى الأمام
    الهدف الذي فيه `funnel inbound` يعرض ما يحتاجه أعلى مسار التحويل.
repl-help-topic-budget =
    budget marketing {"{"} total $60k  reserve 20%  control monthly by "CMO" {"}"}
    `total` مبلغ ثابت مُعطى من الأعلى: ميزانية من أعلى إلى أسفل، يجب أن تتسع لإجراءاتها بعد
    الاحتياطي. ومن دون `total` تكون الميزانية من أسفل إلى أعلى: تُبنى من تكاليف إجراءاتها
    وتقول كم تطلب (`marketing.needed`). أبقِ 20–30% في `reserve`: فعلى الإنترنت قد يضيع
    هذا القدر (مقال التسويق الاستراتيجي). ومع `zero_based` تكون الميزانية الصفرية: كل بند
    يُبرَّر بهدف يخدمه. اقرأ `marketing.committed` و`.available`؛
    و`show budget marketing` يعرض البنود والإنفاق شهرًا بشهر.
repl-help-topic-scenario =
    scenario cautious {"{"} inbound.visit->mql = 1.5% {"}"}
    scenario low extends cautious {"{"} cpc = $1 per visit {"}"}
    السيناريو يغيّر `let` أو نسبة تحويل أو حقلًا في كتلة من الخطة؛ ولا شيء غير ذلك يتغيّر.
    `compare base, cautious on need.visit` يشغّل الخطة في كلٍّ منهما، و`low.need.visit`
    يقرأ قيمة واحدة في `low`. و`:vars` يسرد السيناريوهات.
repl-help-topic-compare =
    compare base, cautious on need.visit, marketing.spent
    عمود لكل سيناريو (`base` هي الخطة كما كُتبت) والتغيّر عندما يكونان اثنين. كل سيناريو
    يعيد تشغيل الخطة من أولها دون أن يطبع شيئًا.
repl-help-topic-solve =
    solve cpc for spend = $15k                  # تكلفة الزيارة التي تجعل الإنفاق $15k
    solve cpc for spend <= $15k                 # أكبر قيمة تبقيه ضمن $15k
    solve inbound.visit->mql from 1% to 5% for need.visit <= 7,000 visits
    يغيّر `let` أو معدلًا في مسار التحويل أو حقلًا في الخطة (ما يستطيع السيناريو تغييره):
    يمسح المدى بحثًا عن كل موضع تعبر فيه النتيجة القيمة المستهدفة، ثم يعيد تشغيل الخطة
    ليجد كلًّا منها بدقة جزء من المليون. ويُطبع الجواب بعدد خانات لا يزال يحقق الشرط، مع
    النتيجة عند القيمة المطبوعة. والقيمة المستهدفة بوحدة النتيجة. الأعداد تُقرّب إلى الأعلى،
    فقد تقفز النتيجة: عندئذ تذكر `=` بين أي قيمتين تقفز؛ وتعطي `<=` و`>=` القيمة الحدّية،
    وتذكر أين أيضًا يتحقق الشرط إن تحقق في عدة مواضع.
repl-help-topic-table =
    table spend, need.visit over cpc from $0.50 per visit to $2 per visit step $0.25 per visit
    table spend over cpc in [$1 per visit, $2 per visit], inbound.visit->mql from 1% to 3% step 1%
    صف لكل قيمة من المُدخل؛ ومع مُدخلين شبكة لكل نتيجة. كل خلية تعيد تشغيل الخطة بعد
    تغيير المُدخل. 40,000 خلية على الأكثر.
    let by_cpc = table spend over cpc …   يحفظه: `by_cpc` أو `:show by_cpc` يطبعه،
    و`compare base, low on by_cpc` يحسبه ضمن `low`، و`export by_cpc to "t.csv"`.
repl-help-topic-tornado =
    tornado spend over cpc, deal_size, inbound.visit->mql by 20%
    كل مُدخل وحده أقل من قيمته وأعلى منها بـ 20%؛ والمُدخلات مرتبة بحسب مدى تأرجح النتيجة،
    الأوسع أولًا، مع النتيجتين الدنيا والعليا وشريط لكل منها.
    tornado spend over cpc, deal_size
    من دون `by`، المُدخل المكتوب `a to b` يمتد من a إلى b (مداه 90%)، والبقية ثابتة
    عند وسيطاتها.
    tornado spend over cpc from $1 per visit to $1.50 per visit, deal_size by 10%
    طرفا المُدخل أو حصته، مكتوبة بعده.
repl-help-topic-ranges =
    $0.8 to $1.6 per visit      قيمة غير مؤكدة: مدى 90%، بالمعاينة
    let cpc = $0.8 to $1.6 per visit
    cpc * 10,000 visits         ≈ $11,600 (90%: $8,050 to $16,000)
    chance(cpc * 10,000 visits < $15k), cpc.p5, cpc.p95, cpc.mean
    بجوار + - * / يحتاج المدى إلى أقواس: ($0.8 to $1.6 per visit) * visits.

## The document and its writers (Sources/MPlanPlanning/Document/*, Sources/MPlanReport/Export/*)
grid-goal = هدف
grid-title = العنوان
grid-metric = مقياس
grid-baseline = البداية
grid-target = المستهدف
grid-deadline = الموعد
grid-owner = المسؤول
grid-supports = يدعم
grid-smart = SMART
grid-actions = إجراءات
grid-chance-met = P(تحقق)
grid-action = إجراء
grid-serves = يخدم
grid-channel = قناة
grid-cost = التكلفة
grid-period = الفترة
grid-budget = ميزانية
section-objectives = أهداف الشركة
section-goals = الأهداف
section-funnels = مسارات التحويل
section-budgets = الميزانيات
section-actions = الإجراءات
section-reports = التقارير
section-comparisons = المقارنات
section-tables = جداول البيانات
section-values = القيم
section-uncertain = القيم غير المؤكدة
section-checks = بنود مفتوحة
document-period = الفترة
document-currency = العملة
document-by-owner = حسب المسؤول
document-by-channel = حسب القناة
export-every-check-passes = لا شيء: كل الفحوص تنجح.
export-fix = إصلاح

## Keywords (Sources/MPlanSyntax/Syntax/PlanWords.swift)
keyword-plan = خطة
keyword-objective = غاية
keyword-goal = هدف
keyword-action = إجراء
keyword-budget = ميزانية
keyword-report = تقرير
keyword-metric = مقياس
keyword-baseline = أساس
keyword-target = مستهدف
keyword-by = بحلول
keyword-within = خلال
keyword-supports = يخدم
keyword-owner = مسؤول
keyword-direction = اتجاه
keyword-cost = تكلفة
keyword-channel = قناة
keyword-period = فترة
keyword-from = من
keyword-total = إجمالي
keyword-reserve = احتياطي
keyword-currency = عملة
keyword-language = لغة
keyword-calendar = تقويم
cli-fmt-keywords = اكتب الكلمات المفتاحية للخطة وأسماء حقولها بهذه اللغة: en أو ar أو fa أو ru (`goal`، `هدف`، `هدف`، `цель`)؛ ويجب أن تُقرأ الخطة بعدها كما كانت.
format-reason-keywords = لو أُعيدت كتابة كلماتها المفتاحية لما قُرئت الخطة نفسها

## Workshop (Sources/MPlanKit/Workshop*.swift, Sources/mplan/WorkshopCommand.swift)
workshop-intro =
    هدف ذكي SMART، حرفًا حرفًا: محدد، قابل للقياس، قابل للتحقيق، ذو صلة، مقيد بالزمن.
    أجب عن كل سؤال في سطر واحد؛ الإجابة الفارغة أو الخاطئة يُعاد سؤالها،
    وCtrl-D ينهي التمرين دون كتابة أي شيء.
workshop-ask-metric = S — ماذا ستعدّ؟ كلمة واحدة، مثل عميل أو متابع أو طلب:
workshop-ask-baseline = M — كم لديك اليوم ({$metric})؟ رقم، مثل 100:
workshop-ask-target = M — كم تريد أن تبلغ ({$metric})؟ رقم، مثل 125:
workshop-ask-action = S — من خلال ماذا ستبلغه؟ الإجراء في كلمات قليلة (منشورات يومية على الانستقرام):
workshop-ask-title = S — قل الهدف في جملة واحدة: ماذا وكم ومن خلال ماذا (المتابعون من 100 إلى 125 من خلال منشورات يومية):
workshop-ask-deadline = T — بحلول أي تاريخ؟ السنة والشهر واليوم، مثل {$example}:
workshop-ask-objective = R — أيّ غاية من غايات الشركة يخدم؟ في كلمات قليلة (زيادة الإيرادات 10% هذا العام):
workshop-ask-owner = من المسؤول عن هذا الهدف؟ اسم:
workshop-done = الهدف ذكي SMART: {$letters}
workshop-empty = من فضلك أجب عن السؤال: التمرين يحتاج هذا الجزء من الهدف.
workshop-other-language = من فضلك أجب بالعربية: الخطة تُكتب بلغة الورشة.
workshop-no-quotes = من فضلك لا تكتب علامات التنصيص (") ولا الشرطة المائلة العكسية (\): الخطة تضع الجملة بين علامتي تنصيص بنفسها.
workshop-metric-one-word = `{$answer}` ليست كلمة واحدة: سمِّ ما تعدّه بكلمة واحدة (عميل، متابع، طلب)، وصِل الكلمتين بـ `_` إن احتجت إلى اثنتين.
workshop-not-number = `{$answer}` ليس عددًا لا يقل عن 0: اكتب أرقامًا فقط، مثل 100 أو 2,000.
workshop-not-date = `{$answer}` ليس تاريخًا تستطيع الخطة قراءته: اكتب السنة-الشهر-اليوم، مثل {$example}.
workshop-past-date = {$answer} ليس بعد اليوم ({$today}): الموعد النهائي يوم لم يأتِ بعد.
workshop-letter-met = {$letter} ✓
workshop-finding =
    {$finding}
      → {$fix}
workshop-example-specific = من المقال: «الحصول على العملاء» هدف عام؛ أما «الحصول على ضعف عدد العملاء الذين لدينا في القائمة من خلال الانستقرام خلال شهرين» فيقول ماذا وكم ومن خلال ماذا.
workshop-example-measurable = من المقال: «زيادة متابعينا على وسائل التواصل الاجتماعي» يتحقق إذا بدأت بـ 100 متابع وانتهيت بـ 101؛ أما «زيادتها بنسبة 25٪»، من 100 إلى 125، فيمكن قياس التقدم فيها كل شهر.
workshop-example-attainable = من المقال: إذا بدأت بعشرة عملاء فلا تتوقع أن تحصل على 2000 عميل في الشهر القادم: هذا الهدف غير واقعي.
workshop-example-relevant = من المقال: لماذا يكون لديك هدف إذا كان غير مهم؟ يجب أن يهمك ويهم فريق العمل ويتماشى مع الأهداف طويلة المدى.
workshop-example-time-bound = من المقال: «بحلول أول يوم من شهر سبتمبر» يحدد الموعد؛ والخطة تحتاجه تاريخًا، مثل {$example}.
workshop-revise-pace = اكتب مستهدفًا أصغر، ثم موعدًا أبعد إن احتجت.
workshop-retell-title = تغيّرت الأرقام: قل الهدف في جملة واحدة مرة أخرى بالأرقام الجديدة.
workshop-plan-title = ورشة الأهداف الذكية
workshop-name-objective = غاية_الشركة
workshop-name-goal = هدف_الورشة
workshop-name-action = إجراء_الورشة
workshop-yes-words = نعم ن
workshop-file-exists = الملف {$path} موجود. هل تستبدله؟ (نعم/لا):
workshop-ask-file = في أي ملف تُكتب الخطة إذن؟ (سطر فارغ لا يكتب شيئًا):
workshop-written = كُتب الهدف مع غايته وإجرائه في {$path}: تحقق منه بالأمر `mplan check --only smart {$path}`.
workshop-not-written = لم يُكتب شيء.
workshop-ended = انتهى التمرين قبل أن يكتمل الهدف: لم يُكتب شيء.
workshop-write-failed = تعذرت كتابة الهدف في {$path}: {$reason}
cli-workshop-abstract = تمرين موجَّه للأهداف الذكية SMART: هدف واحد، حرفًا حرفًا، يُكتب في ملف.
cli-workshop-discussion = يسأل عن كل جزء من الهدف باللغة المختارة (--lang)، ويتحقق من كل إجابة بقواعد SMART في `mplan check`، ويكتب الهدف مع غايته وإجرائه في FILE.
cli-workshop-file = الملف الذي يُكتب فيه الهدف (افتراضيًا goal.mplan)؛ لا يُستبدل ملف موجود إلا بموافقتك.
repl-help-command-workshop = :workshop [file]  تمرين موجَّه للأهداف الذكية: هدف واحد، حرفًا حرفًا، يُكتب في الملف (goal.mplan)
document-runs = {$first}{$second}
document-funnel = مسار التحويل
document-stage-counts-from = أعداد المراحل من
document-funnel-stage = مرحلة
document-funnel-rate = المعدل من المرحلة السابقة
document-funnel-count = العدد
document-uncertain-mean = المتوسط
document-uncertain-p5 = p5
document-uncertain-p50 = p50
document-uncertain-p95 = p95
document-values-value = القيمة
document-values-amount = المبلغ
document-versus = مقابل
document-comparison-change = التغير
document-changes-under-scenario = تحت السيناريو
chart-funnel-title = مسار التحويل {$funnel}: حصة كل مرحلة من الأعلى، مع معدلها
chart-funnel-description = أعمدة لـ{$stages}
chart-share-of-top = {$share} من الأعلى
chart-pacing-title = الميزانية {$budget}: الإنفاق الملتزَم به حسب الشهر (أعمدة) والتراكمي (خط) مقابل الميزانية (متقطع)
chart-pacing-description = {$months ->
    [zero] لا أشهر، {$amount} ملتزَم به إجمالًا
    [one] شهر واحد، {$amount} ملتزَم به إجمالًا
    [two] شهران، {$amount} ملتزَم به إجمالًا
    [few] {$months} أشهر، {$amount} ملتزَم به إجمالًا
    [many] {$months} شهرًا، {$amount} ملتزَم به إجمالًا
   *[other] {$months} شهر، {$amount} ملتزَم به إجمالًا
}
chart-line-budget = الميزانية {$amount}
chart-line-needed = المطلوب {$amount}
chart-channel-spend-title = الإنفاق حسب القناة ({$currency})
chart-channel-spend-description = {$count ->
    [zero] لا قنوات
    [one] قناة واحدة
    [two] قناتان
    [few] {$count} قنوات
    [many] {$count} قناةً
   *[other] {$count} قناة
}
chart-no-channel = (بلا قناة)
chart-distribution-title = توزيع {$value}
chart-distribution-description = {$count ->
    [zero] لا عينات
    [one] عينة واحدة؛ 90% بين {$low} و{$high}
    [two] عينتان؛ 90% بين {$low} و{$high}
    [few] {$count} عينات؛ 90% بين {$low} و{$high}
    [many] {$count} عينةً؛ 90% بين {$low} و{$high}
   *[other] {$count} عينة؛ 90% بين {$low} و{$high}
}
chart-scenarios-title = السيناريوهات جنبًا إلى جنب: {$scenarios}
chart-scenarios-description = {$count ->
    [zero] لا قيم مقارَنة
    [one] قيمة مقارَنة واحدة
    [two] قيمتان مقارَنتان
    [few] {$count} قيم مقارَنة
    [many] {$count} قيمةً مقارَنة
   *[other] {$count} قيمة مقارَنة
}
chart-data-table-title = {$output} مع تغير {$input} من {$from} إلى {$to}
chart-data-table-description = {$count ->
    [zero] لا نقاط، من {$from} إلى {$to}
    [one] نقطة واحدة، من {$from} إلى {$to}
    [two] نقطتان، من {$from} إلى {$to}
    [few] {$count} نقاط، من {$from} إلى {$to}
    [many] {$count} نقطةً، من {$from} إلى {$to}
   *[other] {$count} نقطة، من {$from} إلى {$to}
}
change-new = {$name} جديد: {$value}
change-gone = {$name} لم يعد موجودًا
change-finding-new = جديد: {$severity} {$code}: {$message}
change-finding-cleared = زال {$code}: {$message}
change-table-now = {$name} الآن {$summary}
change-table-cells = {$name}: تغيّر {$changed} من {$count ->
    [zero] لا خلايا
    [one] خلية واحدة
    [two] خليتين
    [few] {$count} خلايا
    [many] {$count} خليةً
   *[other] {$count} خلية
}
diagnostics-more = … و{$count} غيرها
diagnostics-more-in = … و{$count} غيرها في {$file}
diagnostics-only-first = (لا يُعرض من الملف إلا أول {$count}؛ أصلحها أولًا)
document-row-under = {"  "}{$row}

## The line editor

repl-line-editor-missing = تحذير: تعذّر تحميل محرر الأسطر ({$reason})؛ تُقرأ الأسطر بلا تحرير ولا سجل ولا إكمال بمفتاح Tab. ثبّت libedit (في Debian: apt-get install libedit2) لتحصل عليها
