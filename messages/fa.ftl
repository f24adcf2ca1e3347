# mplan's messages in Persian. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Persian plural categories: one (0, 1, and 0.5) and other. A noun after a number stays
# singular (3 خطا), so most counts need no selector.
# Terms: «هدف»، «بودجه»، «اقدام»، «گزارش»، «قیف» (funnel). No seed article is a Persian SMART
# article, so the letters are the usual Persian ones: مشخص، قابل اندازه‌گیری، قابل دستیابی،
# مرتبط، زمان‌بندی‌شده. Write ی and ک (not Arabic ي and ك) and keep the ZWNJ of می‌شود.

## Lists and counts

list-pair = {$first}، {$second}
count-errors = {$count} خطا
count-warnings = {$count} هشدار
count-suggestions = {$count} پیشنهاد
count-not-judged = ارزیابی‌نشده: {$count}

## The lexer's diagnostics

lexer-too-large-for-memory = اسکریپت بزرگ‌تر از حد حافظه ({$budget}) است: خواندن همین‌جا متوقف شد
lexer-too-large-for-memory-fix = اسکریپت را به فایل‌های کوچک‌تر تقسیم کنید، یا حد را با `--memory` بالا ببرید
lexer-minus-after-currency = علامت منفی پیش از نماد ارز می‌آید
lexer-minus-after-currency-fix = بنویسید `-{$symbol}5k`، نه `{$symbol}-5k`
lexer-unexpected-character = نویسهٔ غیرمنتظره {$character}
lexer-name-too-long = این نام {$length} نویسه دارد؛ نام‌ها حداکثر {$maximum} نویسه‌اند
lexer-name-too-long-fix = نام کوتاه‌تری برایش بگذارید
lexer-unterminated-string = رشتهٔ بسته‌نشده
lexer-unterminated-string-fix = رشته را با `"` در همان خط ببندید
lexer-invalid-unicode-escape = کد یونیکد نامعتبر پس از بک‌اسلش؛ آن را این‌طور بنویسید: \u{"{"}1F600{"}"}
lexer-unknown-escape = دنبالهٔ گریز ناشناخته `\{$escape}`
lexer-unknown-escape-fix = برای بک‌اسلش بنویسید `\\`

## The interpreter's diagnostics

interpreter-argument-count = `{$function}` {$expected} آرگومان می‌گیرد، نه {$given}
interpreter-argument-count-range = `{$function}` از {$least} تا {$most} آرگومان می‌گیرد، نه {$given}
interpreter-argument-count-fix = آن را این‌طور فراخوانی کنید: `{$call}`

## The checklist

checklist-group-alignment = هم‌راستایی با اهداف شرکت
checklist-group-smart = SMART
checklist-group-funnel = قیف
checklist-group-budget = بودجه
checklist-group-actions = اقدام‌ها
checklist-group-reporting = گزارش‌دهی
checklist-group-tracking = پیگیری
checklist-place-line = خط {$line}
checklist-place-file-line = {$file}:{$line}
checklist-place-severity = {$severity ->
    [error] خطای {$code}
    [note] یادداشت {$code}
   *[warning] هشدار {$code}
}
checklist-checks-pass = {$passed} از {$total} بررسی قبول شد
checklist-summary-with-faults = {$checks}؛ {$counts}
checklist-script-errors = اسکریپت {$errors} دارد
checklist-script-errors-nothing-checked = {$script}؛ چیزی بررسی نشد
checklist-script-errors-then-summary = {$script}؛ {$summary}

## The REPL's :help

repl-dropped-unfinished-input = (ورودی ناتمام کنار گذاشته شد، {$lines} خط؛ Ctrl-D در خط خالی برای خروج)
repl-help-overview =
    یک دستور یا عبارت بنویسید؛ نتیجه با واحدش چاپ می‌شود و `_` آخرین نتیجه را نگه می‌دارد.
    خطی که آشکارا ناتمام است (پرانتز باز، عملگر در پایان) با `...>` ادامه می‌خواهد.
    خطی که خطا دارد چیزی را تغییر نمی‌دهد.

    {$commands}

    زبان: :help goal, smart, funnel, budget, scenario, compare, solve, table, tornado, units, ranges
    بیشتر: :help keys, :help files
repl-help-code = {$code}: {$meaning}
repl-help-code-example = برای نمونه: {$example}
repl-help-code-planning = `:help smart` حرف‌ها را توضیح می‌دهد؛ docs/planning.md هر قاعده را با آستانه‌اش می‌گوید.
repl-help-command-help = :help [موضوع]    همین راهنما، یا راهنمای یک فرمان یا موضوع (goal، smart، budget…)
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
repl-help-topic-keys =
    Tab        کامل کردن نام، کلیدواژه، عضو پس از `.`، :فرمان یا مسیر پس از :load/import
    Up/Down    خط‌های قبلی و بعدی؛  Ctrl-R  جست‌وجو در آن‌ها
    Ctrl-C     کنار گذاشتن خطِ در حال نوشتن (یا بلوک ناتمام)؛ نشست ادامه می‌یابد
    Ctrl-D     خروج، در خط خالی؛ درون بلوک ناتمام: کنار گذاشتن بلوک
    کلیدها را می‌توان در ~/.editrc دوباره تعریف کرد (فرمان `bind` در libedit).
repl-help-topic-goal =
    goal new_customers "Win 10 customers through paid search" {"{"}
      metric customer  baseline 0 customers  target 10 customers
      by 2027-12-31  supports growth  owner "Head of sales"
    {"}"}
    هدف چیزی را می‌شمارد (`metric`)، از مقدار آغاز (`baseline`) تا مقدار هدف (`target`) با
    یک واحد (شمارش، نرخی مانند 3%، یا آهنگی مانند 500 mql per month)، تا یک موعد
    (`by DATE` یا `within 6 months`)، و از یکی از اهداف شرکت پشتیبانی می‌کند (`supports`).
    یک اقدام در خدمت آن است:
    action search => new_customers {"{"} cost $12k  owner "Ana"  from marketing {"}"}
    `:help smart` می‌گوید هر حرف چه را بررسی می‌کند؛ `show goals` هدف‌ها را با حرف‌هایشان نشان می‌دهد.
repl-help-topic-smart =
    هر هدف با پنج حرف SMART بررسی می‌شود؛ `show goals` آن‌ها را نشان می‌دهد: برآورده (✓)،
    برآورده‌نشده (✗) یا ارزیابی‌نشده (?: چیزی در برنامه آن را نشان نمی‌دهد).
      S  مشخص              چه، چقدر و از چه راهی: نه «مشتری بگیریم» بلکه «فهرست مشتریان را
                           از راه اینستاگرام در دو ماه دو برابر کنیم»
      M  قابل اندازه‌گیری    مقدار آغاز و مقدار هدف با یک واحد و تفاوتی بیش از 1%: «دنبال‌کنندگان
                           را 25% بیشتر کنیم» (`target +25%`: 100 → 125 followers)، نه 100 → 101؛
                           کمتر از آغاز فقط با `direction down` (هزینه‌ها، ریزش)
      A  قابل دستیابی      رشد ماهانه حداکثر `max_growth` (50% اگر تعیین نشود): از 10 مشتری،
                           2,000 مشتری در ماه بعد نه؛ از صفر: `A ?`
      R  مرتبط             `supports` یکی از اهداف شرکت
      T  زمان‌بندی‌شده       موعدی در دورهٔ برنامه: `by 2027-09-01`، `within 6 months`
    نمونه‌های مقالهٔ SMART: فروش +2% در شش ماه؛ دو برابر کردن بازدید سایت در 12 ماه با انتشار
    5 پست در هفته؛ 500 سرنخ واجد شرایط در ماه از PPC.
    `:check smart` فقط حرف‌ها را فهرست می‌کند؛ `:help SMART-M` یک کد را توضیح می‌دهد.
repl-help-topic-budget =
    budget marketing {"{"} total $60k  reserve 20%  control monthly by "CMO" {"}"}
    `total` مبلغی ثابت است که از بالا داده شده: بودجهٔ بالا به پایین، که اقدام‌هایش باید پس از
    ذخیره در آن جا شوند. بدون `total` بودجه پایین به بالاست: از هزینهٔ اقدام‌هایش ساخته می‌شود
    و می‌گوید چقدر بخواهید (`marketing.needed`). 20–30% را در `reserve` نگه دارید: در بازاریابی
    آنلاین این مقدار ممکن است هدر برود. `marketing.committed` و `.available` را بخوانید؛
    `show budget marketing` حساب‌ها و هزینه را ماه به ماه نشان می‌دهد.

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
