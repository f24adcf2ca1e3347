# mplan's messages in Arabic. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Arabic plural categories: zero (0), one (1), two (2), few (3–10, 103–110), many (11–99,
# 111–199), other (100–102, 200, and numbers with decimals). Numbers stay as mplan prints them.
# Terms follow the articles: the SMART letters as the SMART article writes them (seeds/003:
# محدد، قابل للقياس، قابل للتحقيق، ذو صلة، مقيد بالزمن); «مسار التحويل» for the funnel and
# «الأهداف السنوية» (seeds/001); «الميزانية الصفرية» for a zero-based budget (seeds/000).

## Lists and counts

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

## The lexer's diagnostics

lexer-too-large-for-memory = البرنامج أكبر من أن يتسع له حدّ الذاكرة ({$budget}): توقفت القراءة هنا
lexer-too-large-for-memory-fix = قسّم البرنامج إلى ملفات أصغر، أو ارفع الحدّ بالخيار `--memory`
lexer-minus-after-currency = علامة الطرح تأتي قبل رمز العملة
lexer-minus-after-currency-fix = اكتب `-{$symbol}5k` لا `{$symbol}-5k`
lexer-unexpected-character = حرف غير متوقع {$character}
lexer-name-too-long = طول هذا الاسم {$length} حرفًا؛ والحد الأقصى للأسماء {$maximum}
lexer-name-too-long-fix = اختر له اسمًا أقصر
lexer-unterminated-string = نص غير مغلق
lexer-unterminated-string-fix = أغلق النص بعلامة `"` على السطر نفسه
lexer-invalid-unicode-escape = رمز يونيكود غير صالح بعد الشرطة المائلة؛ اكتبه هكذا: \u{"{"}1F600{"}"}
lexer-unknown-escape = تسلسل هروب غير معروف `\{$escape}`
lexer-unknown-escape-fix = اكتب `\\` للشرطة المائلة العكسية

## The interpreter's diagnostics

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

## The checklist

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

## The REPL's :help

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
repl-help-command-help = :help [موضوع]    هذه المساعدة، أو المساعدة في أمر أو موضوع (goal، smart، budget…)
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
repl-help-topic-keys =
    Tab        إكمال اسم أو كلمة مفتاحية أو عضو بعد `.` أو :أمر أو مسار بعد :load/import
    Up/Down    الأسطر السابقة واللاحقة؛  Ctrl-R  البحث فيها
    Ctrl-C     حذف السطر (أو الكتلة غير المكتملة) قيد الكتابة؛ وتستمر الجلسة
    Ctrl-D     الخروج، على سطر فارغ؛ وداخل كتلة غير مكتملة: حذف الكتلة
    يمكن تغيير المفاتيح في ~/.editrc (الأمر `bind` في libedit).
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
    let need = inbound.need(10 customers)
    need.visit
    inbound.yield(10,000 visits).customer
    `need` يحسب مسار التحويل عكسيًا من الهدف (مقال الأهداف السنوية): 10,000 visits؛ و`yield`
    يحسبه إلى الأمام. الهدف الذي فيه `funnel inbound` يعرض ما يحتاجه أول المسار.
repl-help-topic-budget =
    budget marketing {"{"} total $60k  reserve 20%  control monthly by "CMO" {"}"}
    `total` مبلغ ثابت مُعطى من الأعلى: ميزانية من أعلى إلى أسفل، يجب أن تتسع لإجراءاتها بعد
    الاحتياطي. ومن دون `total` تكون الميزانية من أسفل إلى أعلى: تُبنى من تكاليف إجراءاتها
    وتقول كم تطلب (`marketing.needed`). أبقِ 20–30% في `reserve`: فعلى الإنترنت قد يضيع
    هذا القدر. ومع `zero_based` تكون الميزانية الصفرية: كل بند يُبرَّر بهدف يخدمه.
    اقرأ `marketing.committed` و`.available`؛ و`show budget marketing` يعرض البنود والإنفاق شهرًا بشهر.
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
repl-help-topic-ranges =
    $0.8 to $1.6 per visit      قيمة غير مؤكدة: مدى 90%، بالمعاينة
    let cpc = $0.8 to $1.6 per visit
    cpc * 10,000 visits         ≈ $11,600 (90%: $8,050 to $16,000)
    chance(cpc * 10,000 visits < $15k), cpc.p5, cpc.p95, cpc.mean
    بجوار + - * / يحتاج المدى إلى أقواس: ($0.8 to $1.6 per visit) * visits.

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
