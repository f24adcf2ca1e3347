# mplan's messages in Russian. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# The keys follow messages/en.ftl's order and its `##` sections, so the two read side by side.
# Russian plural categories: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30, 111),
# other (numbers with decimals: 1.5).
# Terms follow the strategic-marketing article («Концепция стратегического маркетинга. Что это и какие цели стоит преследовать?»): «цель», «бюджет», «резерв»; its
# budget methods «Снизу» (a fixed sum given, work within the limit: mplan's `total`) and
# «Сверху» (work out what the result needs: a budget with no `total`). The article names them
# the other way round from the English "top-down"/"bottom-up": keep the article's words.
# SMART letters: Конкретная, Измеримая, Достижимая, Значимая, Ограниченная во времени
# (the common Russian names: the article does not name the letters).
#
# Glossary (English → Russian, where the article has it):
#   goal → цель («Постановка маркетинговых целей (KPI)»)
#   objective → цель компании (the goals a plan serves; «Цель стратегического маркетинга в бизнесе»)
#   action → действие («Цель=>Действие», «Действие: Провести ряд a/b тестов»)
#   budget → бюджет; total → сумма (`total`); top-down / bottom-up → «Снизу» / «Сверху» (above)
#   reserve → резерв; leak away → «просто улетучиться» («20-30 процентов бюджета может просто улетучиться»)
#   control, checkpoint → контроль, точка контроля / контрольная точка («Контроль бюджета», «расставить точки контроля»)
#   owner → ответственный («Назначение исполнителя или ответственного»)
#   report, reporting → отчёт, отчётность («система отчетности»); acts on → действует по отчёту
#     («Кто изменяет активности исходя из отчетов?»)
#   funnel, stage, conversion rate → воронка, этап, конверсия («конверсию на любом из этапов»)
#   KPI → KPI; lead, MQL → лид, MQL; channel → канал («каналы для коммуникации с клиентом»)
#   click fraud → скликивание рекламы («боты, которые «скликивают» рекламу»)
#   baseline, target, deadline → исходное значение, целевое значение, срок
#   actuals → фактические данные (факт in table headings: «план и факт»)
#   scenario → сценарий; uncertain value, range → неопределённое значение, диапазон
#   data table → таблица данных; checklist → чек-лист («мини чеклист»); workshop → семинар
# Address: «вы», imperative plural («пишите», «добавьте»), as compiler messages in Russian are.
# Code stays code: keywords, fields and examples in backticks stay English (the plan's words).

## Lists and counts, shared by every layer
verbatim = {$text}
list-pair = {$first}, {$second}
count-errors = {$count ->
    [one] {$count} ошибка
    [few] {$count} ошибки
    [many] {$count} ошибок
   *[other] {$count} ошибки
}
count-warnings = {$count ->
    [one] {$count} предупреждение
    [few] {$count} предупреждения
    [many] {$count} предупреждений
   *[other] {$count} предупреждения
}
count-suggestions = {$count ->
    [one] {$count} рекомендация
    [few] {$count} рекомендации
    [many] {$count} рекомендаций
   *[other] {$count} рекомендации
}
count-not-judged = не оценено: {$count}
list-or-last = {$first} или {$last}
list-code = {$code}

## Column headings the planning layer's tables share (Sources/MPlanPlanning/Message+Headings.swift)
heading-action = действие
heading-actual = факт
heading-achieved = достигнуто
heading-budget = бюджет
heading-by = срок
heading-campaign = кампания
heading-channel = канал
heading-checkpoint = контроль
heading-given = выделено
heading-goal = цель
heading-input = вход
heading-planned = план
heading-remaining = остаток
heading-revenue = выручка
heading-spend = расход
heading-target = целевое
heading-variance = отклонение

## The lexer's diagnostics (Sources/MPlanSyntax/Syntax/Lexer.swift, Lexer+Numbers.swift)
lexer-too-large-for-memory = скрипт не помещается в отведённую память ({$budget}): чтение остановлено здесь
lexer-too-large-for-memory-fix = разбейте скрипт на файлы поменьше или увеличьте память параметром `--memory`
lexer-minus-after-currency = знак минус ставится перед знаком валюты
lexer-minus-after-currency-fix = пишите `-{$symbol}5k`, а не `{$symbol}-5k`
lexer-unexpected-character = неожиданный символ {$character}
lexer-name-too-long = это имя длиной {$length ->
        [one] {$length} символ
        [few] {$length} символа
        [many] {$length} символов
       *[other] {$length} символа
    }; имя может быть не длиннее {$maximum}
lexer-name-too-long-fix = дайте ему имя покороче
lexer-unterminated-string = незакрытая строка
lexer-unterminated-string-fix = закройте строку знаком `"` на той же строке
lexer-invalid-unicode-escape = неверная escape-последовательность Unicode; пишите её так: \u{"{"}1F600{"}"}
lexer-unknown-escape = неизвестная escape-последовательность `\{$escape}`
lexer-unknown-escape-fix = для обратной косой черты пишите `\\`
lexer-date-order = mplan не читает `{$written}` как дату
lexer-date-order-both-fix = mplan пишет даты как год-месяц-день: `{$day-first}` (если сначала день) или `{$month-first}` (если сначала месяц)
lexer-date-order-day-first-fix = mplan пишет даты как год-месяц-день: `{$day-first}` (если сначала день)
lexer-date-order-month-first-fix = mplan пишет даты как год-месяц-день: `{$month-first}` (если сначала месяц)
lexer-date-order-no-calendar-fix = mplan пишет даты как год-месяц-день, а такой даты нет ни в одном календаре: `{$year}-MM-DD`
lexer-decimal-comma = `{$written}` читается как два значения, {$whole} и {$fraction}: запятая разделяет значения
lexer-decimal-comma-fix = в десятичной дроби пишите точку: `{$decimal}`; чтобы оставить два значения, поставьте пробел после запятой: `{$whole}, {$fraction}`
lexer-no-such-quarter = квартала {$quarter} нет; кварталы идут от Q1 до Q4
lexer-week-two-digits = пишите недели ISO двумя цифрами
lexer-write-value = пишите {$value}
lexer-no-such-week = в {$year} году нет недели {$week}; его недели ISO идут от W01 до W{$weeks}
lexer-week-53-fix = пишите {$last} или {$next} для следующей недели
lexer-week-range-fix = пишите неделю от {$first} до {$last}
lexer-loose-date = пишите месяц и день даты двумя цифрами
lexer-loose-date-fix = пишите дату как YYYY-MM-DD, например 2027-01-05, или поставьте пробелы вокруг `-`, чтобы вычесть
lexer-month-days-fix = в месяце {$month} дней: {$days}; последний день пишите как {$last}
lexer-not-in-calendar-fix = пишите YYYY-MM-DD с месяцем от 01 до 12 и днём, который есть в этом месяце
lexer-not-in-calendar = {$date} — такой даты нет в календаре
lexer-no-such-month = месяца {$month} нет; месяцы идут от 01 до 12
lexer-mixed-digits = в `{$written}` смешаны цифры: {$first} и {$last}
lexer-mixed-digits-fix = пишите число цифрами одной системы, например `{$latin}`
lexer-digits-latin = латинские (0-9)
lexer-digits-eastern-arabic = восточноарабские (٠-٩)
lexer-digits-persian = персидские (۰-۹)
lexer-not-in-persian-calendar = {$date} — такой даты нет в персидском календаре
lexer-persian-month-days-fix = в месяце {$month} {$year} года дней: {$days}; последний день пишите как {$last}
lexer-persian-esfand-leap-fix = в месяце {$month} {$year} года дней: {$days} ({$year} — високосный год); последний день пишите как {$last}
lexer-persian-esfand-common-fix = в месяце {$month} {$year} года дней: {$days} ({$year} — невисокосный год); последний день пишите как {$last}
persian-month-farvardin = фарвардин
persian-month-ordibehesht = ордибехешт
persian-month-khordad = хордад
persian-month-tir = тир
persian-month-mordad = мордад
persian-month-shahrivar = шахривар
persian-month-mehr = мехр
persian-month-aban = абан
persian-month-azar = азар
persian-month-dey = дей
persian-month-bahman = бахман
persian-month-esfand = эсфанд
lexer-persian-period = `{$written}` — неделя ISO с номером по григорианскому году; план с `calendar persian` такие не читает
lexer-persian-period-fix = запишите период его первым и последним днём, например `{$first} .. {$last}`
lexer-number-too-long = это число слишком длинное, чтобы его прочитать
lexer-number-too-large = это число слишком велико

## The interpreter's diagnostics (Sources/MPlanLanguage/Runtime/Interpreter*.swift, Natives.swift, Sampling.swift)
range-below-zero-normal = `{$low} to {$high}` заходит ниже нуля, поэтому выборка берётся из нормального, а не логнормального распределения: 5% выборок меньше {$low}
range-reaches-zero-normal = `{$low} to {$high}` доходит до нуля, поэтому выборка берётся из нормального, а не логнормального распределения: 5% выборок меньше {$low}
range-reaches-zero-fix = пишите `normal(p5: {$low}, p95: {$high})`, чтобы оставить нормальное распределение, `uniform({$low}, {$high})` — для суммы, которая не выходит за концы, или задайте нижний конец больше нуля
function-arity-its-parameters = её параметры
interpreter-argument-count = `{$function}` принимает {$expected ->
        [one] {$expected} аргумент
        [few] {$expected} аргумента
        [many] {$expected} аргументов
       *[other] {$expected} аргумента
    }, а не {$given}
interpreter-argument-count-range = `{$function}` принимает от {$least} до {$most} аргументов, а не {$given}
interpreter-argument-count-fix = вызовите её так: `{$call}`
interpreter-nesting-too-deep = вычисление вложено глубже {$levels ->
        [one] {$levels} уровня
       *[other] {$levels} уровней
    } (вызовы внутри вызовов внутри выражений)
interpreter-nesting-too-deep-fix = уменьшите глубину рекурсии или разбейте выражение с помощью `let`
interpreter-record-field-twice = в записи дважды есть `{$field}`
interpreter-if-condition = для `if` нужно условие, которое истинно или ложно, а не {$type}
interpreter-not-a-number = у этого нет определённого значения
interpreter-infinite = это бесконечность
interpreter-not-finite-samples-note = некоторые выборки неопределённого значения — не конечные числа
interpreter-not-finite-fix = проверьте входные данные: логарифм 0, корень из отрицательного числа или степень, которая переполняется
interpreter-logic-operand = для `{$operator}` нужно true или false, а не {$type}
interpreter-period-ends = `..` соединяет две даты, два месяца или два квартала
interpreter-period-ends-fix = пишите период так: `2027-01 .. 2027-12`
interpreter-period-backwards = этот период кончается раньше, чем начинается
label-ends = кончается {$end}
interpreter-not-a-function = {$type} нельзя вызвать как функцию
interpreter-recursion-too-deep = `{$function}` вызывает себя глубже {$depth ->
        [one] {$depth} раза
       *[other] {$depth} раз
    }
interpreter-recursion-too-deep-fix = проверьте, что в рекурсии есть `if … then … else`, который её останавливает
label-in-this-call = в этом вызове `{$function}`
interpreter-value-too-deep = в этом значении списки или записи вложены глубже {$levels ->
        [one] {$levels} уровня
       *[other] {$levels} уровней
    }
interpreter-value-too-deep-fix = сделайте его площе: храните списки значений, а не списки списков списков
interpreter-money-times-count = деньги, умноженные на {$counts}, дают {$unit}, а это редко то, что нужно
interpreter-money-times-count-fix = пишите цену за {$count}: `{$price} per {$count}`; умноженная на {$counts}, она даёт деньги
interpreter-step-budget = это вычисление занимает больше {$steps ->
        [one] {$steps} шага
       *[other] {$steps} шагов
    } — больше лимита шагов
interpreter-step-budget-note = выполнение остановлено здесь; ничего после этого не выполнялось
interpreter-step-budget-fix = функция, которая вызывает себя больше одного раза за вызов, работает экспоненциально долго: пусть она вызывает себя один раз, или увеличьте лимит параметром `--steps`
interpreter-interrupted = прервано
interpreter-interrupted-note = ничего из определённого этим вводом не сохранено
interpreter-checkpoint-day = контрольная точка — это день или месяц
interpreter-checkpoint-day-fix = пишите `checkpoint 2027-03-31` или `checkpoint 2027-03`
interpreter-needs-planning = для `{$statement}` нужен слой планирования, а в этой сессии его нет
interpreter-assert-condition = для `assert` нужно условие, которое истинно или ложно, а не {$type}
interpreter-assert-left-note = левая часть: {$value}
interpreter-assert-right-note = правая часть: {$value}
interpreter-assertion-failed = утверждение не выполнено
interpreter-assertion-failed-because = утверждение не выполнено: {$explanation}
interpreter-rate-not-currency = `{$currency}` — не код валюты
interpreter-rate-capitals-fix = коды валют пишутся заглавными буквами: `rate {$code} = …`
interpreter-rate-code-fix = пишите трёхбуквенный код, например `rate EUR = 1.08 USD`
interpreter-rate-not-money = курс — это сумма в другой валюте, а не {$type}
interpreter-rate-invalid = курс переводит одну валюту в другую по положительной цене
interpreter-conflicting-rate = по этому курсу 1 {$currency} = {$rate}; по курсам, заданным ранее, — {$stated}
interpreter-conflicting-rate-fix = дальше используется этот, более новый курс; задавайте каждый курс обмена один раз
interpreter-no-files = эта сессия не может читать файлы
interpreter-no-stdlib = в этой сессии нет стандартной библиотеки
interpreter-module-failed = `{$module}` не загрузился: {$error}
interpreter-memory-budget = для этого нужно больше памяти, чем отведено ({$budget})
interpreter-memory-budget-samples = для этого нужно больше памяти, чем отведено ({$budget}) (каждое неопределённое значение хранит {$samples ->
        [one] {$samples} выборку
        [few] {$samples} выборки
       *[many] {$samples} выборок
    }, {$size})
interpreter-memory-budget-samples-fix = уменьшите `--samples` (по умолчанию 10000), сделайте меньше неопределённых значений или увеличьте память параметром `--memory`
interpreter-memory-budget-fix = память занимает сам план (его значения, записи, списки, сценарии и таблицы): уменьшите его или увеличьте память параметром `--memory`
natives-expected-number = ожидалось число, а не {$type}
natives-plain-number = эта функция принимает простое число, а не {$unit}
natives-round-digits = `round` принимает целое число знаков от -15 до 15, а не {$value}
natives-round-digits-fix = пишите `round(x, 2)` для копеек, `round(x, -3)` для тысяч
natives-no-values = не из чего выбирать
natives-sum-list = `sum` принимает список
natives-list-mixes = в списке смешаны {$first} и {$second}
natives-len-list = `len` принимает список или текст
natives-percentile-range = процентиль лежит между 0% и 100%
natives-chance-condition = `chance` принимает условие
ranges-exact-ends = `to` соединяет два точных числа, как в `$18k to $30k`
ranges-same-unit = у обоих концов диапазона должна быть одна единица
ranges-order = диапазон идёт от меньшего значения к большему
ranges-equal-ends = концы диапазона должны различаться, а оба равны {$value}; точную сумму пишите одну, для оценки — два разных конца
blocks-already-defined = `{$name}` — уже {$block} в этом плане
blocks-already-defined-note = сохраняется первый; остальной план всё равно проверяется
blocks-already-defined-fix = переименуйте здесь {$kind}: у каждого блока своё имя
blocks-flag = `{$field}` — это `true` или `false`, а не {$type}
blocks-flag-fix = пишите `{$field}` (или `{$field} true`), чтобы включить, и `{$field} false`, чтобы выключить
blocks-one-amount = `{$field}` принимает одну сумму, а не список из {$count ->
    [one] {$count} значения
    [few] {$count} значений
    [many] {$count} значений
   *[other] {$count} значения
}
blocks-one-amount-fix = пишите одну сумму; в десятичной дроби точка, а не запятая (`12.5`, а не `12,5`), запятая разделяет значения

## Correlated inputs (Sources/MPlanLanguage/Runtime/Interpreter+Correlate.swift, Semantics/Checker+Correlate.swift)
correlation-range = корреляция — это просто число от -1 до 1, а не {$value}
correlation-range-fix = напишите ранговую корреляцию, например `0.6` (или `-0.3` для входов, которые расходятся)
correlation-shape = для {$count} входов нужна матрица корреляций {$count} × {$count}: список из {$count} строк по {$count} чисел
correlation-shape-fix = для двух входов напишите одно число (`correlate a, b by 0.6`), для большего числа — матрицу: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlation-diagonal = на диагонали матрицы корреляций стоит 1: `{$name}` в точности движется сам с собой
correlation-diagonal-fix = напишите 1 на диагонали
correlation-asymmetric = матрица связывает `{$first}` с `{$second}` корреляцией {$one} в одну сторону и {$other} в другую
correlation-cannot-hold = эти корреляции несовместимы: никакие входы не могут так двигаться друг с другом (матрица не положительно полуопределена)
correlation-cannot-hold-fix = ближайшие возможные корреляции: {$pairs}
correlate-not-uncertain = `{$name}` — одно число ({$value}), а не оценка: вместе могут двигаться только неопределённые входы
correlate-not-a-value = `{$name}` — не значение, заданное через `let`: вместе могут двигаться только неопределённые входы
correlate-not-uncertain-fix = задайте `{$name}` диапазоном (`a to b`) или распределением либо уберите его из `correlate`
correlate-twice = `{$name}` уже движется вместе с {$others} (`correlate` в {$place}): вход входит только в один `correlate`
correlate-twice-fix = перечислите все входы, которые движутся вместе, в одном `correlate` с матрицей: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlate-input-twice = `{$name}` назван в этом `correlate` дважды
correlate-input-twice-fix = назовите каждый вход один раз

## Sensitivity (Sources/MPlanPlanning/PlanAnalysis+Sensitivity.swift)
sensitivity-exact = `{$result}` — одно число ({$value}): его не меняет ни один неопределённый вход
sensitivity-exact-fix = спросите это о результате, вычисленном из диапазонов или распределений, например `sensitivity spend`
sensitivity-heading-correlation = ранг. корреляция
sensitivity-heading-share = доля дисперсии
sensitivity-headline = {$result} = {$value}: ранговая корреляция каждого неопределённого входа с ним по всем {$samples} выборкам и его доля дисперсии (r² / Σr²)
sensitivity-no-inputs = его не меняет ни один неопределённый вход, заданный через `let`

## The parser's diagnostics (Sources/MPlanSyntax/Syntax/Parser*.swift)
token-number = число
token-percent = процент
token-money = сумма денег
token-date = дата
token-month = месяц
token-quarter = квартал
token-week = неделя
token-string = строка
token-code = `{$code}`
token-line-end = конец строки
token-file-end = конец файла
parser-item-after-comma = после `,` ожидался ещё один элемент
parser-item-after-comma-fix = уберите `,` в конце
parser-comma-before-statement = эта строка кончается на `,`, значит инструкция продолжается, но следующая строка начинает другую
parser-comma-before-statement-fix = уберите `,` в конце строки
parser-statement-word-as-name = `{$name}` не может быть именем: строка из одного `{$name}` запускает проверки плана
parser-pick-another-name = выберите другое имя, например `{$name}_`
parser-never-closed = эта `{$bracket}` нигде не закрыта
parser-never-closed-fix = добавьте `{$bracket}` там, где кончается выражение
parser-expected-symbol = ожидалось `{$symbol}` {$context}, а найдено: {$found}
parser-expected-symbol-fix = пишите `{$symbol}` {$context}
parser-one-equals-fix = пишите здесь один `=`: `==` сравнивает
parser-keyword-as-name = `{$keyword}` — ключевое слово, его нельзя использовать как имя {$context}
parser-expected-name = ожидалось имя {$context}, а найдено: {$found}
parser-expected-name-fix = пишите имя вроде `total`: буквы, цифры и `_`, не с цифры в начале
parser-expected-statement-end = ожидался конец инструкции, а найдено: {$found}
parser-brace-closes-nothing = эта `{"}"}` ничего не закрывает
parser-brace-closes-nothing-fix = уберите её или найдите `{"{"}`, которую она должна была закрыть
parser-too-large-for-memory = скрипт не помещается в отведённую память ({$budget}): разбор остановлен здесь, после {$statements ->
        [one] {$statements} инструкции
        [few] {$statements} инструкций
        [many] {$statements} инструкций
       *[other] {$statements} инструкции
    }
parser-context-after = после `{$code}`
parser-context-let-name = после имени в `let {$name}`
parser-misplaced-assignment = `=` присваивает только в `let` и в сценариях
parser-context-unit-plural = после `unit {$unit},` (его множественное число, как в `unit deal, deals`)
parser-context-rate-currency = после `rate` (код валюты, например EUR)
parser-context-rate-value = в `rate {$currency} = 1.08 USD`
parser-import-file = после `import` ожидалось имя файла в кавычках
parser-import-file-fix = пишите `import "other.mplan"`
parser-context-use-module = после `use` (модуль стандартной библиотеки, например `kpi`)
parser-expected-statement = ожидалась инструкция
parser-context-function-name = после имени функции
parser-context-parameter = для параметра
parser-context-unit-category = после `unit {$unit},` (категория множественного числа: zero, one, two, few, many или other)
parser-not-a-plural-category = `{$word}` — не категория множественного числа
parser-not-a-plural-category-fix = пишите каждую форму после её категории: zero, one, two, few, many или other (`few клиента`)
parser-context-unit-form = после `{$category}` (форма единицы для этой категории)
parser-unnamed-after-named = в вызове значение без имени не может идти после именованного
parser-named-from-here = отсюда — с именами
parser-unnamed-after-named-fix = поставьте значения без имён первыми, как в `mixture([a, b], weights: [30%, 70%])`
parser-context-argument-name = для имени аргумента
parser-context-after-argument-name = после имени аргумента `{$name}`
parser-context-parameters = после параметров
parser-context-function-body = перед телом `fn {$function}`
parser-expected-declaration = ожидалось объявление
parser-context-served-goal = после `=>` (цель, которой служит это действие)
parser-block-not-closed = этот блок `{$kind}` не закрыт
parser-block-not-closed-fix = добавьте `{"}"}` после его последнего поля
parser-statement-in-open-block = {$found} начинает новую инструкцию, но блок, открытый в строке {$line}, не закрыт
parser-fix-before-line = {$fix} перед строкой {$line}
parser-context-field = для поля
parser-field-sign = поле принимает значение без `{$sign}`
parser-field-end = ожидался конец поля `{$field}`, а найдено: {$found}
parser-stage-end = ожидался конец этапа, а найдено: {$found}
parser-stage-end-fix = пишите каждый этап на отдельной строке
parser-context-funnel-open = чтобы открыть этапы воронки
parser-funnel-not-closed = эта воронка не закрыта
parser-funnel-not-closed-fix = добавьте `{"}"}` после её последнего этапа
parser-context-stage = для этапа воронки, как в `visit -> mql : 2%`
parser-context-stage-arrow = между двумя этапами, как в `visit -> mql : 2%`
parser-context-stage-rate = перед конверсией, как в `visit -> mql : 2%`
parser-context-extends = после `extends` (сценарий, на котором строится этот)
parser-context-scenario-open = чтобы открыть изменения сценария
parser-scenario-not-closed = этот сценарий не закрыт
parser-scenario-not-closed-fix = добавьте `{"}"}` после его последнего изменения
parser-context-scenario-change = в изменении сценария, как в `inbound.visit->mql = 1.5%`
parser-change-end = ожидался конец изменения, а найдено: {$found}
parser-change-end-fix = в сценарии одно изменение на строку: перенесите `{$rest}` на отдельную строку
parser-context-compared-scenario = для сценария (`base` — план как написан)
parser-compare-on = ожидалось `on` и что сравнивать
parser-compare-on-fix = пишите `compare base, cautious on need.visit`
parser-show-what = ожидалось, что показать
parser-show-what-fix = пишите `show ИМЯ`, `show goals` или `show actions by owner`
parser-context-export = после `export` (`plan` или имя цели, бюджета, воронки или значения)
parser-export-to = после `export {$target}` ожидалось `to` и имя файла
parser-export-file = после `export {$target} to` ожидалось имя файла в кавычках
parser-export-fix = пишите `export {$target} to "plan.html"` ({$formats})
parser-assignment-scenario-fix = чтобы попробовать другое значение, пишите `scenario try_it {"{"} {$target} = {$value} {"}"}`, потом читайте `try_it.ИМЯ` или `compare base, try_it on …`; или введите воронку или блок заново
parser-assignment-let-fix = пишите `let {$name} = {$value}` или `==`, чтобы сравнить
parser-assignment-fix = пишите `let ИМЯ = …` или `==`, чтобы сравнить
parser-leftover-assign-fix = чтобы сравнить два значения, пишите `==`; `=` даёт имени значение только в `let ИМЯ = …`
parser-leftover-closer-fix = эта `{$bracket}` ничего не закрывает: уберите её или добавьте скобку, которую она закрывает
parser-leftover-colon-fix = `:` пишется в записи (`{"{"}visits: 10{"}"}`) или в этапе воронки (`visit -> mql : 2%`)
parser-leftover-statement-fix = пишите каждую инструкцию на отдельной строке или разделяйте инструкции знаком `;`
parser-leftover-unit-after-money-fix = после суммы денег единица не пишется: пишите `{$before} per {$after}` для цены за {$after}
parser-leftover-missing-comma-fix = разделите значения запятой: `{$before}, {$after}`
parser-leftover-missing-operator-fix = между `{$before}` и `{$after}` не хватает оператора: пишите `+`, `-`, `*` или `/` или разнесите их по разным строкам
parser-missing-value-unfinished-at-start-fix = выражение не закончено: начните его со значения
parser-missing-value-before-at-start-fix = пишите значение перед `{$symbol}`
parser-missing-value-line-above-fix = строка выше не закончена после {$before}: допишите там значение или уберите {$before}
parser-missing-value-unfinished-fix = выражение не закончено: пишите значение после {$before}
parser-missing-value-before-fix = пишите значение перед `{$symbol}` или уберите {$before}
parser-missing-value-assign-fix = пишите значение после имени: `let ИМЯ = ЗНАЧЕНИЕ`; чтобы сравнить, `==` ставится между двумя значениями
parser-missing-value-two-operators-fix = два оператора подряд: уберите `{$symbol}` или пишите перед ним значение
parser-missing-value-keyword-fix = `{$keyword}` — ключевое слово, а не значение: пишите здесь число, имя или строку
parser-missing-value-fix = пишите число, имя, строку или выражение в скобках
parser-field-leftover-fix = пишите каждое поле на отдельной строке
parser-field-missing-comma-fix = разделите значения `{$field}` запятой: `{$before}, {$after}`
parser-nested-too-deeply = это выражение вложено слишком глубоко (больше {$levels ->
        [one] {$levels} уровня
       *[other] {$levels} уровней
    })
parser-split-into-lets-fix = разбейте его на несколько строк `let`
parser-if-then = после условия `if` ожидалось `then`
parser-if-then-compare-fix = чтобы сравнить, пишите `==`: `if a == b then … else …`
parser-if-then-fix = пишите `if УСЛОВИЕ then ЗНАЧЕНИЕ else ЗНАЧЕНИЕ`
parser-if-else = ожидалось `else`: `if` должно дать значение в обоих случаях
parser-if-else-fix = добавьте `else …`
parser-too-many-nots = слишком много `not` подряд
parser-too-many-signs = слишком много знаков подряд
parser-too-many-powers = слишком много `^` подряд
parser-context-close-call = чтобы закрыть вызов
parser-per-count-unit = после числа, которое идёт за `per`, ожидалась единица
parser-per-count-unit-fix = пишите, за что цена, как в `$5 per 1,000 impressions`
parser-expected-unit = после `{$keyword}` ожидалась единица, а найдено: {$found}
parser-expected-unit-fix = пишите единицу, например `visit`, `customer`, `USD` или `month`
parser-context-close-bracket = чтобы закрыть `(`
parser-expected-value = ожидалось значение, а найдено: {$found}
parser-continue-line-fix = эта строка не продолжает строку выше; поставьте оператор в конец строки выше
parser-context-close-list = чтобы закрыть список
parser-context-record-field = для поля записи, как в `{"{"}visits: 10, cost: $5{"}"}`
parser-context-record-field-name = после имени поля `{$field}`
parser-context-close-record = чтобы закрыть запись
parser-too-long-or-deep = это выражение слишком длинное или слишком глубокое (больше {$levels ->
        [one] {$levels} уровня
       *[other] {$levels} уровней
    })
parser-solve-for = ожидалось `for` и результат, которого нужно достичь
parser-solve-for-fix = пишите `solve {$unknown} for spend = $15k` (или `<=`, `>=`)
parser-solve-condition = для `solve` нужен результат и значение, которого он должен достичь, через `=`, `<=` или `>=`
parser-solve-condition-fix = пишите `solve {$unknown} for spend = $15k`
parser-table-over = ожидалось `over` и вход, который нужно менять
parser-table-over-fix = пишите `table spend over cpc from $0.50 per visit to $2 per visit step $0.25 per visit`
parser-table-input-values = ожидались значения `{$input}`: `from A to B step S` или `in {"["}A, B, C]`
parser-table-input-values-fix = пишите `{$input} from 1% to 3% step 0.5%` или `{$input} in {"["}1%, 2%, 3%]`
parser-table-step = ожидалось `step` и шаг между значениями
parser-table-step-fix = добавьте `step …` после диапазона
parser-tornado-over = ожидалось `over` и входы, которые нужно менять
parser-tornado-over-fix = пишите `tornado spend over cpc, deal_size by 10%`
parser-correlate-two = `correlate` принимает не меньше двух входов, которые движутся вместе
parser-correlate-by = после входов ожидались `by` и корреляция
parser-correlate-fix = напишите `correlate cpc, deal_size by 0.6`, а для более чем двух входов — матрицу: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
parser-range-ends = после `{$code}` ожидалось `A to B`
parser-range-ends-fix = пишите оба конца, как в `from 1% to 3%`
parser-ambiguous-range = `to` рядом с `{$operator}` без скобок: непонятно, какая часть — диапазон
parser-ambiguous-range-fix = пишите `{$range-first}` для арифметики над диапазоном `{$range}` или `{$ends-first}` для диапазона между вычисленными концами
diagnostics-omitted = … и ещё {$count ->
        [one] {$count} похожая ошибка
        [few] {$count} похожие ошибки
        [many] {$count} похожих ошибок
       *[other] {$count} похожей ошибки
    }; сохранены только первые ({$kept})
diagnostics-omitted-fix = исправьте первые: остальные часто уходят вместе с ними
parser-block-opened-here = этот блок открыт здесь

## Reading a script (Sources/MPlanSyntax/Diagnostics/SourceLoader.swift)
loader-cannot-read = не удаётся прочитать `{$path}`: {$reason}
loader-no-such-file = нет такого файла
loader-not-a-script = `{$path}` — {$kind}, а не скрипт
loader-kind-folder = папка
loader-kind-pipe = именованный канал (FIFO)
loader-kind-device = устройство
loader-kind-socket = сокет
loader-folder-fix = укажите файл `.mplan` внутри неё
loader-not-a-file-fix = сохраните план в файл и укажите его или передайте через конвейер: `mplan run -`
loader-too-large = `{$path}` больше {$size}; это не план
loader-binary = `{$path}` — двоичный файл, а не скрипт
loader-binary-note = в нём байт NUL по смещению {$offset}
loader-not-utf8 = `{$path}` — не текст в UTF-8
loader-not-utf8-note = первый байт, который не декодируется, — по смещению {$offset}
loader-not-utf8-fix = сохраните файл в UTF-8

## mplan fmt's refusal (Sources/MPlanSyntax/Syntax/Formatter.swift)
format-would-change = `mplan fmt` не смог оформить этот файл, не изменив его ({$reason}); файл оставлен как был
format-would-change-fix = это ошибка в `mplan fmt`: сообщите о ней, приложив файл
format-reason-whole-file = целиком он читается иначе
format-reason-no-parse = результат не разобрался бы
format-reason-token = лексема {$token} читалась бы иначе

## Words every layer's diagnostics share (Sources/MPlanSyntax/Diagnostics/Suggestions.swift)
suggestion-did-you-mean = может быть, `{$name}`?
label-first-defined-here = впервые определено здесь
label-first-given-here = впервые задано здесь
label-defined-here = определено здесь
fix-write-code = пишите `{$code}`
note-at = в {$place}

## The checker's diagnostics (Sources/MPlanLanguage/Semantics/Checker*.swift)
checker-arrow-only-on-actions = только действие служит целям через `=>`; {$block} — нет
checker-arrow-goal-fix = цель называет цель компании, которой служит, полем: `supports {$names}`
checker-arrow-budget-fix = действие говорит, из какого бюджета оно оплачивается: `from {$budget}` в действии
checker-arrow-report-fix = отчёт перечисляет, что он измеряет, полем: `measures {$names}`
checker-arrow-remove-fix = уберите `=> {$names}`
checker-show-extra-words = `show {$request}` не принимает больше слов; `{$extra}` было бы пропущено
checker-show-extra-words-list-fix = уберите их; чтобы сгруппировать список, пишите `show {$list} by ПОЛЕ`
checker-show-extra-words-fix = показывайте по одному: `show {$request}`
checker-unused-value = значение этой строки не используется
checker-unused-value-minus-note = инструкция кончается в конце строки, поэтому этот `-` начинает новую
checker-unused-value-call-note = функции только вычисляют значение; вызов на отдельной строке ничего не меняет
checker-unused-value-fix = дайте ему имя через `let ИМЯ = …` или покажите через `print …`
checker-imports-too-deep = здесь импорты вложены глубже {$depth ->
        [one] {$depth} файла
       *[other] {$depth} файлов
    }
checker-imports-too-deep-fix = импортируйте общие файлы из одного главного плана, а не друг из друга
checker-import-cycle = импорт `{$module}` здесь зациклится: {$chain}
checker-import-cycle-fix = перенесите то, что нужно обоим файлам, в третий файл
checker-table-read-too-early = `{$name}` — таблица данных, она считается после выполнения остального плана, поэтому не может быть частью плана
checker-table-read-too-early-fix = читайте её так: `print {$name}`, `show {$name}`, `export {$name} to "{$name}.csv"` или `compare base, … on {$name}`
checker-already-defined = `{$name}` уже определено
checker-already-defined-fix = дайте другое имя или попробуйте другое значение в сценарии
checker-parameter-twice = параметр `{$parameter}` встречается дважды
checker-already-a-unit-of-kind = `{$unit}` — уже единица {$kind ->
        [currency] валюты
        [time] времени
        [percent] процентов
       *[count] количества
    }
checker-currency-is-unit = `{$currency}` — уже единица ({$kind ->
        [currency] валюты
        [time] времени
        [percent] процентов
       *[count] количества
    }), поэтому не может быть валютой
checker-currency-is-unit-fix = дайте вашей валюте код, который не является единицей
checker-scenario-already-defined = сценарий `{$name}` уже определён
checker-scenario-already-defined-fix = дайте второму сценарию другое имя или поместите оба изменения в один
checker-name-with-spaces = имя с пробелами пишется в кавычках
checker-budget-no-deadline-fix = у бюджета нет срока: пишите, кто его контролирует, так: `control monthly by "CMO"`
checker-no-such-field = у `{$kind}` нет поля `{$field}`
checker-fields-are = его поля: {$fields}
checker-field-twice = `{$field}` задано дважды
checker-unknown-name = неизвестное имя `{$name}`
checker-name-is-currency = `{$name}` — уже валюта
checker-name-is-time-unit = `{$name}` — уже единица времени
checker-name-is-unit = `{$name}` — уже единица (`2 {$name}` считает {$counts})
checker-name-is-unit-fix = дайте значению имя, которое не является единицей, например `{$name}_value`
checker-unit-is-value = `{$unit}` — уже имя значения, поэтому не может быть ещё и единицей
checker-unit-is-value-fix = переименуйте значение или назовите единицу иначе

## Units in messages (Sources/MPlanLanguage/Semantics/Units.swift)
unit-plain-number = простое число
unit-money = деньги ({$currency})
unit-duration = длительность
unit-as-written = {$unit}

## What a value is, in a message (Sources/MPlanLanguage/Runtime/Value.swift)
value-type-percentage = процент
value-type-points = процентные пункты
value-type-text = текст
value-type-bool = true или false
value-type-period = период
value-type-date = дата
value-type-list = список
value-type-record = запись
value-type-function = функция
value-type-funnel = воронка
value-type-plan = план
value-type-objective = цель компании
value-type-goal = цель
value-type-budget = бюджет
value-type-action = действие
value-type-report = отчёт
value-type-actuals = блок фактических данных
value-type-channel = канал
block-noun-plan = план
block-noun-objective = цель компании
block-noun-goal = цель
block-noun-budget = бюджет
block-noun-action = действие
block-noun-report = отчёт
block-noun-actuals = блок фактических данных
block-noun-channel = канал
value-type-word = слово
value-type-data-table = таблица данных

## Arithmetic and units (Sources/MPlanLanguage/Runtime/Arithmetic*.swift)
arithmetic-unit-after-non-number = единица стоит после того, что не является простым числом
units-unknown-unit = неизвестная единица `{$unit}`
units-currency-capitals-fix = коды валют пишутся заглавными буквами: может быть, `{$code}`?
units-not-iso-fix = `{$unit}` — не код валюты ISO 4217; если это ваша валюта, сначала задайте её курс, например `rate {$unit} = 1.08 USD`
units-no-plural-fix = `{$singular}` объявлена без множественного числа: пишите `{$singular}` или объявите `unit {$singular}, {$unit}`
units-declare-fix = сначала объявите её: `unit {$singular}`
arithmetic-plus-sign = для знака `+` нужно число, а не {$type}
arithmetic-negate = нельзя сменить знак: {$type}
arithmetic-not = для `not` нужно true или false, а не {$type}
arithmetic-cannot-apply = `{$operator}` нельзя применить к этим значениям: {$left} и {$right}
arithmetic-data-table-fix = таблицу данных читают, а не считают с ней: выведите её (`print`), сравните (`compare … on`), экспортируйте (`export`) или посчитайте результат прямо при одном значении входа
arithmetic-division-by-zero = деление на ноль
label-this-is = это {$value}
label-dividing = делимое: {$value}
arithmetic-exponent-plain = показатель степени — простое число
arithmetic-whole-power = {$unit}: можно возводить только в целую степень
arithmetic-power-range = единицу можно возводить в степень от -64 до 64
arithmetic-uncertain-comparison = у неопределённого значения нет одного ответа на `{$operator}`
arithmetic-uncertain-comparison-fix = спросите, насколько это вероятно: `chance(x {$operator} y)`
arithmetic-logic-on-numbers = для `{$operator}` нужно true или false, а не числа
arithmetic-percentage-and-number = нельзя {$verb ->
        [add] сложить
       *[subtract] вычесть
    } процент и простое число
arithmetic-percentage-points-fix = пишите число как процент (`{$percent}`), чтобы {$verb ->
        [add] прибавить
       *[subtract] вычесть
    } процентные пункты, или умножайте, чтобы масштабировать
arithmetic-percentage-growth-fix = пишите число как процент (`{$percent}`); чтобы увеличить значение на процент, умножьте его на `(100% + …)`
arithmetic-missing-rate = нельзя {$verb ->
        [add] сложить
        [subtract] вычесть
       *[compare] сравнить
    } {$to} и {$from} без пересчёта
arithmetic-convert-fix = сначала переведите одну сторону: `… as {$to}`
arithmetic-state-rate-fix = сначала задайте курс, например `rate {$to} = 1.08 {$from}`, затем переведите через `as {$from}`
arithmetic-unit-mismatch = нельзя {$verb ->
        [add] сложить
        [subtract] вычесть
       *[compare] сравнить
    } {$left} и {$right}
arithmetic-funnel-rate-fix = конверсия воронки — это один этап на другой; читайте её как простой процент через `(… as %)`
arithmetic-give-units-fix = дайте обеим сторонам единицу, например `10 visit` или `$10`
arithmetic-grow-fix = чтобы увеличить {$value} на {$percent}, умножьте: `* {$factor}` или `* (100% + {$percent})`
arithmetic-cut-fix = чтобы уменьшить {$value} на {$percent}, умножьте: `* {$factor}` или `* (100% - {$percent})`
duration-whole-days-fix = считайте целые дни, например `{$days} days`
duration-whole-months-fix = месяц — это календарный месяц, поэтому считайте целые месяцы (`{$below} months` или `{$above} months`) или дни (`{$days} days`)
dates-move-by-duration = дата сдвигается на длительность, а не на {$unit}
dates-move-by-duration-fix = пишите длительность, например `6 months` или `2 weeks`
dates-move-too-far = это сдвигает дату больше чем на 10,000 лет
dates-move-whole = дата сдвигается на целые календарные месяцы или целые дни, а не на {$duration}
dates-operator = даты можно вычитать и сравнивать, но не соединять через `{$operator}`
conversion-not-a-number = через `as` переводятся только числа; это {$type}
conversion-percentage = процентом можно показать только простое число
conversion-no-rate = нет курса, который переводит {$from} в {$to}
conversion-no-rate-fix = сначала задайте его: `rate {$from} = 1.08 {$to}`
conversion-unit-mismatch = нельзя перевести {$unit} в `{$target}`
label-a-different-unit = другая единица
members-unknown = {$type}: нет члена `{$member}`
members-it-has-fix = есть: {$members}
members-arrow-not-funnel = `->` читает конверсию воронки; а это {$type}

## Funnels (Sources/MPlanLanguage/Runtime/Funnel.swift, Interpreter+Funnels.swift)
funnel-no-such-stage = в воронке `{$funnel}` нет этапа `{$stage}`
funnel-stages-are-fix = её этапы: {$stages}
funnel-no-stages = в воронке `{$funnel}` нет этапов
funnel-no-stages-fix = дайте ей по этапу на строку, сверху вниз: `visit -> lead : 5%`
funnel-stage-chain = этап `{$stage}` не продолжает `{$previous}`: воронка — это одна цепочка
funnel-stage-chain-fix = начните эту строку с `{$previous} ->`
funnel-stage-twice = этап `{$stage}` дважды встречается в воронке `{$funnel}`: воронка идёт только вниз
funnel-stage-twice-fix = назовите этап ниже `{$previous}`, которого ещё нет в воронке
funnel-stage-not-count = этап воронки считает количество, а `{$stage}` — не количество
funnel-run-unit = `{$call}` принимает {$counts}, а не {$type}
funnel-yield-fix = дайте то, что входит в воронку сверху
funnel-need-fix = дайте целевое значение на выходе воронки
funnel-rate-not-percentage = конверсия — это процент, а не {$type}
funnel-rate-write-fix = пишите её как `2%` или `0.02 {$per}`
funnel-rate-wrong-way = эта конверсия перевёрнута: она даёт {$from} per {$to}
label-value = {$value}
funnel-rate-did-you-mean-fix = может быть, `{$rate}` ({$percent})?
funnel-rate-unit = конверсия из {$from} в {$to} — это процент или {$to} per {$from-one}, а не {$unit}
funnel-rate-plain-number = конверсия — это процент, а не простое число
funnel-rate-range = конверсия больше 0% и не больше 100%
funnel-rate-last-year-fix = возьмите конверсию из цифр прошлого года
funnel-rate-over-100-fix = ни один этап не даёт больше, чем получает: возьмите конверсию из цифр прошлого года

## Scenarios (Sources/MPlanLanguage/Runtime/Interpreter+Scenarios.swift)
scenario-change-unknown = сценарий меняет то, что уже есть в плане; `{$name}` нет
scenario-change-function = сценарий меняет значения, а `{$name}` — функция
scenario-change-what = сценарий меняет `let`, конверсию воронки или поле блока плана
statement-vary-unknown = `{$statement}` перебирает значения того, что уже есть в плане; `{$name}` нет
statement-vary-function = `{$statement}` перебирает значения, а `{$name}` — функция
statement-vary-what = `{$statement}` перебирает значения `let`, конверсии воронки или поля блока плана
scenario-base-reserved = `base` — это план как написан; назовите сценарий иначе
scenario-extends-itself = сценарий `{$scenario}` не может расширять сам себя
scenario-extends-itself-fix = расширяйте сценарий, определённый раньше этого, или `base`
scenario-unknown-parent = неизвестный сценарий `{$scenario}`; сценарий расширяет сценарий, определённый раньше него
scenario-chain-too-long = сценарий `{$scenario}` расширял бы цепочку из {$depth ->
        [one] {$depth} сценария
       *[other] {$depth} сценариев
    }, один через другой; цепочка `extends` — не длиннее {$maximum}
scenario-chain-too-long-fix = расширяйте сценарий ближе к `base` или соберите изменения в меньшее число сценариев
scenario-does-not-run = сценарий `{$scenario}` не выполняется: {$error}
scenario-change-type = этот сценарий меняет {$target}: было {$old}, стало {$new}
scenario-change-percentage = этот сценарий меняет {$target} с процента на простое число
label-is = равно {$value}
label-would-mean = {$number} означало бы {$percent}
formatting-percent-hint = пишите его как процент: `{$percent}`

## Data tables (Sources/MPlanLanguage/Output/DataTable.swift)
table-summary = таблица данных ({$results ->
        [one] {$results} результат
        [few] {$results} результата
        [many] {$results} результатов
       *[other] {$results} результата
    } по {$inputs}, {$size})
table-summary-two-inputs = {$first} и {$second}
table-summary-rows = {$rows ->
        [one] {$rows} строка
        [few] {$rows} строки
        [many] {$rows} строк
       *[other] {$rows} строки
    }
table-summary-grid = {$rows} × {$columns}
table-summary-not-worked-out = таблица данных, здесь не посчитана
table-not-worked-out = {$table}: здесь не посчитано
table-cells-fail = — план там не выполняется ({$cells ->
        [one] {$cells} ячейка
        [few] {$cells} ячейки
        [many] {$cells} ячеек
       *[other] {$cells} ячейки
    }): {$failure}
host-checkpoint-needs-planning = для `checkpoint` нужен слой планирования

## Reading a CSV file of actuals (Sources/MPlanLanguage/Actuals/CSVReader.swift)
csv-quote-never-closed = кавычка, открытая в столбце {$column}, нигде не закрыта
csv-text-after-quote = текст после закрывающей кавычки поля {$field}
csv-field-too-long = поле {$field} длиннее {$size}
csv-row-too-long = строка длиннее {$size}

## The checklist (mplan check, the check statement)
checklist-group-alignment = Согласованность с целями компании
checklist-group-smart = SMART
checklist-group-funnel = Воронка
checklist-group-budget = Бюджет
checklist-group-actions = Действия
checklist-group-reporting = Отчётность
checklist-group-tracking = Контроль исполнения
checklist-place-line = строка {$line}
checklist-place-file-line = {$file}:{$line}
checklist-place-severity = {$severity ->
    [error] ошибка {$code}
    [note] примечание {$code}
   *[warning] предупреждение {$code}
}
checklist-checks-pass = пройдено проверок: {$passed} из {$total}
checklist-summary-with-faults = {$checks}; {$counts}
checklist-script-errors = в скрипте {$errors}
checklist-script-errors-nothing-checked = {$script}; ничего не проверено
checklist-script-errors-then-summary = {$script}; {$summary}

## Plan checks: alignment and funnels (Sources/MPlanPlanning/PlanChecker.swift)
plan-no-objectives = в плане не названы цели компании
plan-no-objectives-fix = добавьте 3–5 главных целей компании: `objective growth "Grow segment revenue 10%"`
plan-too-many-objectives = в плане целей компании: {$count}; больше пяти — это уже не фокус
plan-too-many-objectives-fix = оставьте 3–5 главных целей компании, остальные включите в них
plan-objectives-focused = {$count ->
    [one] {$count} цель компании: фокус есть
    [few] {$count} цели компании: фокус есть
    [many] {$count} целей компании: фокус есть
   *[other] {$count} цели компании: фокус есть
}
plan-objective-unserved = у цели компании `{$objective}` нет цели, которая её поддерживает
plan-objective-unserved-fix = добавьте цель с `supports {$objective}` или уберите цель компании, если её достигает не этот план
plan-no-plan-block = нет блока `plan` с периодом
plan-no-period = у плана нет периода
plan-no-period-fix = добавьте `plan "Growth 2027" {"{"} currency USD  period 2027-01 .. 2027-12 {"}"}`: по нему проверяются сроки и расходы
plan-period = период плана: {$period}
plan-did-you-mean = может быть, `{$name}`?
plan-name = {$name}
plan-unknown-funnel = цель `{$goal}` питается от `{$funnel}`, а это не воронка
plan-unknown-funnel-fix = объявите её: `funnel {$funnel} {"{"} visit -> mql : 2% … {"}"}`
plan-funnel-wrong-stage = цель `{$goal}` не считает {$stage} — низ воронки `{$funnel}`
plan-funnel-wrong-stage-fix = задайте цели целевое значение в {$stage} или укажите воронку, которая кончается её метрикой
plan-funnel-needs = цели `{$goal}` нужно {$need} на входе воронки `{$funnel}`
plan-funnel-needs-monthly = цели `{$goal}` нужно {$need} на входе воронки `{$funnel}`, около {$perMonth} в месяц

## Channels (Sources/MPlanPlanning/ChannelMix.swift, ChannelMembers.swift, PlanChecker+Channels.swift, PlanChecker+ChannelCosts.swift, Document/PlanDocument+Economics.swift)
channel-read-before-declared = `{$member}` читается до того, как план готов: {$kind ->
        [goal] цель `{$name}` объявлена
        [channel] канал `{$name}` объявлен
        [funnel] воронка `{$name}` объявлена
       *[other] {$kind} `{$name}` объявлен
    } ниже
channel-still-to-come = объявлен ниже
channel-read-before-declared-fix = читайте его в `print`, `show` или `compare`, которые выполняются, когда объявлен весь план, или перенесите эту строку ниже целей и каналов
channel-member-unworked = `{$member}` не вычислить из того, что сказано в плане
channel-member-needs-spend-fix = для этого нужны цель с целевым значением, которую питает воронка `{$funnel}`, и основа стоимости для каждого её канала (PLAN-F04)
channel-member-needs-revenue-fix = для этого нужны клиенты воронки `{$funnel}` и ценность одного клиента: `deal_size $9,000 per customer` в цели `{$goal}`
channel-member-needs-margin-fix = для этого нужны CAC и маржа с клиента в месяц: `deal_size` и `gross_margin 80%` в цели `{$goal}`
channel-member-needs-churn-fix = для этого нужны CAC и срок жизни клиента: `deal_size`, `gross_margin` и `monthly_churn 2%` в цели `{$goal}`
channel-no-funnel = канал `{$channel}` не называет воронку, верх которой он покупает
channel-no-funnel-fix = добавьте `funnel {$funnel}` — воронку, в которую он приводит визиты
channel-unknown-funnel = канал `{$channel}` покупает верх `{$funnel}`, а это не воронка
channel-rates-mismatch = канал `{$channel}` конвертирует по `rates {$rates}`, а это не воронка с этапами `{$funnel}`
channel-rates-mismatch-fix = объявите `funnel {$rates}` с этапами {$stages} по конверсиям этого канала или уберите `rates`, чтобы конвертировать по конверсиям воронки
channel-no-owner = у канала `{$channel}` нет ответственного
channel-no-owner-fix = добавьте `owner "<кто ведёт>"`: канал, который никто не ведёт, тратит деньги без присмотра
channel-no-action = ни одно действие не ведёт канал `{$channel}`
channel-no-action-fix = добавьте `action {$channel}_buy => {$goal} {"{"} channel {$channel}  cost {$channel}.spend  owner "<кто>"  from <budget> {"}"}`, чтобы его расход был в бюджете
channel-shares-over = каналы воронки `{$funnel}` покупают {$share} её верха: на {$over} ({$extra}) больше, чем нужно
channel-shares-over-fix = снизьте `{$channel}` до `share {$share}`
channel-shares-over-counts-fix = одни только количества больше нужных воронке {$need}: уменьшите какой-нибудь `brings`
channel-shares-under = каналы воронки `{$funnel}` покупают {$share} её верха: {$gap} ({$missing}) не приходит ни из какого канала и ничего не стоит
channel-shares-under-fix = поднимите `{$channel}` до `share {$share}` или добавьте канал воронки `{$funnel}` без `share` и `brings`: он возьмёт остаток
channel-shares-under-rest-fix = добавьте канал воронки `{$funnel}` без `share` и `brings`: он возьмёт остаток
channel-shares-rest = каналы воронки `{$funnel}` покупают все {$need} её верха; `{$channel}` берёт остаток, {$rest}
channel-shares-whole = каналы воронки `{$funnel}` покупают все {$need} её верха
channel-cost-negative = канал `{$channel}` стоит {$cost}: цена ниже нуля
channel-cost-not-price = канал `{$channel}` стоит {$cost}, а это не деньги и не деньги за то, что он покупает
channel-cost-price-fix = напишите цену от нуля и выше: `cost {$price} per {$stage}`, `cost {$thousand} per 1000 impressions` с `ctr 1%` или фиксированную сумму
channel-share-invalid = у канала `{$channel}` `share {$share}` — это не процент от 0% до 100%
channel-share-invalid-fix = напишите его долю верха воронки в процентах, например `share {$share}`
channel-brings-invalid = канал `{$channel}` приводит {$brings} — это не количество {$stage} от нуля и выше
channel-brings-invalid-fix = напишите, сколько {$stage} он приводит в воронку `{$funnel}`, например `brings 20k {$stage}`
channel-no-cost-basis = канал `{$channel}` приводит {$count} без основы стоимости
channel-no-cost-blended-fix = добавьте, сколько он платит, например `cost {$price} per {$stage}` — столько в среднем платят за {$stage} остальные каналы
channel-no-cost-fix = добавьте, сколько он платит: `cost <price> per {$stage}`, за 1000 показов, за лид, за событие или фиксированную сумму
channel-needs-ctr-fix = добавьте `ctr <rate>` — долю показов, которые становятся визитами, например `ctr 1%`
channel-needs-events-fix = добавьте, сколько он покупает: `buys <how many> {$unit}`
channel-costly = клиент через канал `{$channel}` стоит {$cac}, в {$times} раза больше, чем в среднем по всем каналам ({$mix})
channel-costly-fix = сократите расход `{$channel}` до {$spend} при том же числе клиентов (вдвое больше средней стоимости клиента) или перенесите его долю в `{$cheapest}`, где клиент стоит {$least}
channel-ltv-cac-low = клиенты воронки `{$funnel}` приносят в {$ratio} раза больше, чем стоят (LTV {$ltv}, CAC {$cac}): меньше 3:1
channel-ltv-cac-low-fix = снизьте стоимость клиента до {$target} или меньше (LTV ÷ 3), либо поднимите размер сделки или маржу, либо снизьте отток
channel-ltv-cac-pass = клиенты воронки `{$funnel}` приносят в {$ratio} раза больше, чем стоят (LTV {$ltv}, CAC {$cac})
economics-title = Юнит-экономика
economics-none = ни один канал не покупает верх воронки: объявите канал так: `channel NAME {"{"} funnel inbound  share 60%  cost $1.20 per visit {"}"}`
economics-note = воронка `{$funnel}`: {$need} на входе ради {$target}
economics-note-counts = воронка `{$funnel}`: {$need} на входе по количествам каналов (её не питает ни одна цель с целевым значением)
economics-note-no-need = воронка `{$funnel}`: она не питает ни одну цель с целевым значением, поэтому её доли ничего не покупают
economics-heading-channel = канал
economics-heading-share = доля
economics-heading-spend = расход
economics-heading-cost-per = за {$stage}
economics-heading-cac = CAC
economics-heading-spend-share = от выручки
economics-heading-payback = окупаемость
economics-heading-ltv-cac = LTV:CAC
economics-heading-romi = ROMI
economics-blended = в среднем

## Plan checks: budgets (Sources/MPlanPlanning/PlanChecker+Budgets.swift, PlanIndex.swift, Cadence.swift)
budget-plan-currency-unknown = валюта плана `{$currency}` — не код валюты
budget-currency-unknown = валюта бюджета `{$budget}` — `{$currency}` — не код валюты
budget-currency-unknown-fix = пишите код ISO 4217 заглавными буквами, например `currency USD`, или сначала задайте курс своей валюты: `rate {$code} = 95,000 USD`
budget-total-not-money = сумма (`total`) бюджета `{$budget}` — {$total}, а не деньги
budget-total-not-money-fix = укажите, сколько выделено бюджету, например `total $800`, или не пишите `total` для бюджета «Сверху»
budget-total-not-positive = сумма (`total`) бюджета `{$budget}` — {$total}: бюджету выделяют больше, чем ничего
budget-total-not-positive-fix = укажите, сколько выделено бюджету, например `total $800`
budget-no-rate = бюджет `{$budget}` в {$currency}, а план считает в {$planCurrency}, и нет курса для пересчёта
budget-no-rate-fix = задайте курс один раз: `rate {$currency} = 1.08 {$planCurrency}` (цифра вашего финансового отдела)
budget-cost-not-money = стоимость действия — деньги, а не {$unit}
budget-cost-not-money-fix = умножьте цену на количество, например `$1.20 per visit * need.visit`
budget-action-no-rate = действие `{$action}` стоит в {$currency}, а его бюджет ведётся в {$planCurrency}, и нет курса для пересчёта
budget-reserve-no-rate = бюджет `{$budget}` держит резерв в {$currency}, а ведётся в {$planCurrency}, и нет курса для пересчёта
budget-reserve-unreadable = бюджет `{$budget}` держит резерв {$reserve}: резерв — это доля бюджета или сумма денег
budget-reserve-unreadable-fix = пишите `reserve 20%` или `reserve $5k`
budget-no-reserve = у бюджета `{$budget}` нет резерва
budget-no-reserve-fix = добавьте `reserve 20%`: в интернете 20–30% бюджета может просто улетучиться (забытые кампании, скликивание рекламы)
budget-reserve-out-of-range = бюджет `{$budget}` держит резерв {$reserve}: резерв — это доля от 0% и меньше 100%
budget-reserve-out-of-range-fix = на расходы в интернете оставляйте 20–30% в резерве: `reserve 20%`
budget-reserve-low = бюджет `{$budget}` держит резерв {$reserve} — меньше минимума плана ({$minimum})
budget-reserve-low-fix = в интернете 20–30% бюджета может просто улетучиться (статья о стратегическом маркетинге): `reserve 20%`, или задайте в плане `min_reserve {$reserve}`, если расходы этого бюджета утечь не могут
budget-reserve = бюджет `{$budget}` держит резерв {$reserve}
budget-no-controller = у бюджета `{$budget}` не сказано, кто его контролирует
budget-no-controller-fix = добавьте, кто за ним следит: `control {$cadence} by "CMO"`
budget-control-not-a-pace = бюджет `{$budget}` контролируется `{$control}`, а это не периодичность
budget-no-control = у бюджета `{$budget}` нет контроля
budget-no-control-fix = добавьте `control monthly by "CMO"` (daily, weekly, monthly…): задайте периодичность и того, кто следит
budget-cadence-help = пишите одно из: {$cadences} или длительность, например `2 weeks`
budget-controlled = бюджет `{$budget}` контролирует {$controller} ({$cadence})
cadence-daily = ежедневно
cadence-weekly = еженедельно
cadence-fortnightly = раз в две недели
cadence-monthly = ежемесячно
cadence-quarterly = ежеквартально
cadence-yearly = ежегодно
cadence-every = раз в {$duration}
budget-bottom-up = бюджет `{$budget}` — «Сверху»: его действиям нужно {$needed}
budget-covers-actions = бюджет `{$budget}` покрывает свои действия: {$committed} из {$total}
budget-room = {$total}
budget-left-after-reserve = {$left}, остающихся после резерва
budget-action-commits = `{$action}` расходует {$cost}
budget-more-actions = … и ещё {$count ->
        [one] {$count} действие
        [few] {$count} действия
        [many] {$count} действий
       *[other] {$count} действия
    }
budget-reserve-holds-back = в резерве остаётся {$reserve}
budget-over-committed = бюджет `{$budget}` превышен на {$overrun}: его действия расходуют {$committed} из {$room}
budget-over-committed-fix = увеличьте `total` до {$needed} или сократите или перенесите действия, которые он оплачивает
budget-zero-based-line-without-goal = `{$action}` — статья бюджета с нуля `{$budget}`, но не ведёт ни к одной цели
budget-zero-based-line-without-goal-fix = обоснуйте её целью, которой она служит (`action {$action} => ЦЕЛЬ`), или уберите: бюджет с нуля как раз запрещает копировать статьи прошлого года
budget-zero-based = каждая статья бюджета с нуля `{$budget}` ведёт к цели ({$count})
budget-funded-action = действие `{$action}`
budget-unknown = {$who} оплачивается из `{$budget}`, а это не бюджет
budget-unknown-fix = объявите его: `budget {$budget} {"{"} total $10k  reserve 20% {"}"}`
budget-action-unfunded = у действия `{$action}` есть стоимость, но ни один бюджет её не оплачивает
budget-action-unfunded-fix = добавьте `from {$budget}` — бюджет, из которого оно тратит
budget-actions-funded = каждое действие со стоимостью оплачивается из бюджета ({$count})

## Plan checks: actions and reporting (Sources/MPlanPlanning/PlanChecker+Actions.swift)
plan-goal-without-action = у цели `{$goal}` нет действия, которое ей служит
plan-goal-without-action-fix = добавьте конкретное действие, которое её достигает: {$template}
plan-goal-no-owner = у цели `{$goal}` нет ответственного
plan-goal-no-owner-fix = добавьте `owner "<кто>"` — человека, который отвечает за цель: цель без ответственного — ничья работа
plan-goals-owned-and-served = у каждой цели есть ответственный и действие, которое ей служит ({$count})
plan-action-no-owner = у действия `{$action}` нет ответственного
plan-action-no-owner-fix = добавьте `owner "ИМЯ"`: абстрактное «нужно больше продавать» не даёт результата
plan-action-cost-not-positive = действие `{$action}` стоит {$cost}: стоимость больше нуля
plan-action-cost-not-positive-fix = укажите, сколько оно потратит, хотя бы оценкой: `cost $2k to $4k`
plan-action-no-cost = у действия `{$action}` нет стоимости
plan-action-no-cost-fix = добавьте `cost $…`, чтобы его мог оплатить бюджет, даже если это оценка (`$2k to $4k`)
plan-actions-complete = каждое действие служит цели, у каждого есть ответственный и стоимость ({$count})
plan-action-serves-no-goal = действие `{$action}` не служит ни одной цели
plan-action-serves-no-goal-fix = назовите цель, на которую оно работает: `action {$action} => {$goal}`
plan-action-serves-objective-fix = `{$objective}` — цель компании: действие служит цели, которая её поддерживает
plan-action-unknown-goal = действие `{$action}` служит `{$goal}`, а это не цель этого плана
plan-action-unknown-goal-fix = объявите цель: `goal {$goal} "…" {"{"} … {"}"}`
plan-action-period-not-months = период действия `{$action}` — {$type}, а не месяцы
plan-action-period-not-months-fix = пишите месяцы или кварталы: `period 2027-Q1 .. 2027-Q2`
plan-action-outside-period = действие `{$action}` идёт {$period}, вне периода плана ({$plan})
plan-action-outside-period-fix = держите его в пределах плана или расширьте `period` плана
plan-report-unknown-goal = отчёт `{$report}` измеряет `{$goal}`, а это не цель этого плана
plan-report-unknown-goal-fix = называйте цели, которые объявлены в плане
plan-report-nobody-acts = по отчёту `{$report}` никто не действует
plan-report-nobody-acts-fix = добавьте `acts "CMO"`: кто меняет действия, когда меняются цифры
plan-report-acted-on = по отчёту `{$report}` действует: {$people}
plan-report-acted-on-cadence = по отчёту `{$report}` ({$cadence}) действует: {$people}
plan-goals-not-reported = ни один отчёт не измеряет цели плана
plan-goals-not-reported-fix = добавьте `report weekly {"{"} author "Ana"  readers "CMO"  acts "CMO" {"}"}`: как часто, кто пишет, кто читает, кто действует
plan-goal-not-reported = ни один отчёт не измеряет цель `{$goal}`
plan-goal-not-reported-fix = добавьте её в `measures` отчёта: `measures {$goal}`
plan-unknown-cadence = {$kind} `{$item}`: {$field ->
        [measured] измеряется
       *[other] выходит
    } `{$cadence}`, а это не периодичность
plan-either-or = {$first} или {$last}
plan-report-incomplete = у отчёта `{$report}` нет: {$fields}
plan-report-incomplete-fix = скажите, как часто он выходит, кто его пишет и кто читает: `cadence weekly  author "Ana"  readers "CMO"`

## SMART: each goal's five letters (Sources/MPlanPlanning/SMART*.swift)
smart-fix-specific = {$fix} (SMART: Конкретная)
smart-fix-measurable = {$fix} (SMART: Измеримая)
smart-fix-attainable = {$fix} (SMART: Достижимая)
smart-fix-relevant = {$fix} (SMART: Значимая)
smart-fix-time-bound = {$fix} (SMART: Ограниченная во времени)
smart-amount = {$amount}
smart-months = {$months ->
    [one] {$months} месяц
    [few] {$months} месяца
    [many] {$months} месяцев
   *[other] {$months} месяца
}
smart-placeholder-anything = <сколько> <чего>
smart-placeholder-share = <сколько>%
smart-placeholder-count = {$before}<сколько>{$after}
smart-placeholder-amount = {$before}<сколько>{$after}
smart-placeholder-what = <что>
smart-placeholder-how-many = <сколько>
smart-placeholder-channel = <какой канал>
smart-placeholder-objective = <цель компании>
smart-placeholder-date = <дата>
smart-action-template = `action <что вы сделаете> => {$goal} {"{"} channel "<какой канал>"  cost <сколько>  owner "<кто>" {"}"}`
smart-suggested-title = {$what}: с {$baseline} до {$target} через {$channel}
smart-both = {$first} и {$last}
smart-goal-is-smart = цель `{$goal}` соответствует SMART: {$letters}
smart-note-letters = SMART: {$letters}
smart-note-not-judged = A ?: не оценено: {$reason}
smart-not-judged-attainable = достижимость цели `{$goal}` не оценена: {$reason}
smart-not-judged-no-pace = ничто в плане не показывает, как быстро она может расти
smart-not-judged-no-pace-fix = задайте ей исходное значение, целевое значение и срок
smart-not-judged-falls = у числа, которое падает, нет темпа роста, который можно оценить
smart-not-judged-falls-fix = оцените падение сами по цифрам прошлого года
smart-not-judged-from-zero = от исходного значения ноль нет темпа роста, который можно оценить
smart-not-judged-from-zero-fix = задайте исходное значение, с которого она начинает, или `funnel`, на верхние этапы которой нацелена другая цель
smart-not-judged-no-date = без даты исходного значения нет роста в месяц, который можно оценить
smart-not-judged-no-date-fix = задайте плану `period` или цели день, когда снято исходное значение (`since 2027-01-01`)
smart-not-judged-unfed = {$reason}, и ни одна цель не нацелена на то, что нужно воронке `{$funnel}`
smart-not-judged-unfed-fix = добавьте цель, которая её питает, с `target {$needed}` (вход воронки `{$funnel}`), чтобы воронка её оценила
smart-supports-nothing = цель `{$goal}` не поддерживает ни одну цель компании: пробел в планировании
smart-supports-nothing-fix = добавьте `supports {$objective}` — цель компании, на которую она работает
smart-unknown-objective = цель `{$goal}` поддерживает `{$objective}`, а это не цель компании в этом плане
smart-unknown-objective-fix = объявите её: `objective {$objective} "…"`
smart-unsaid-what = что она считает (нет `metric`)
smart-unsaid-how-much = сколько (нет `target`)
smart-unsaid-how-much-same = сколько (целевое значение равно исходному)
smart-unsaid-through-what = через что (ни одно действие ей не служит)
smart-unsaid = цель `{$goal}` не говорит, {$unsaid}
smart-unsaid-fix = {$fix}; конкретная цель говорит, что, сколько и через что: не «привлечь клиентов», а «удвоить список клиентов через Instagram за два месяца»
smart-add-metric = добавьте `metric {$metric}`
smart-add-metric-unknown = добавьте, что она считает: `metric <что она считает>` (customer, mql, visit, conversion…)
smart-add-target = добавьте целевое значение, например `target {$target}`
smart-add-action = добавьте действие, которое её достигает: {$template}
smart-target-differs = задайте целевое значение, отличное от исходного, например `target {$target}`
smart-no-result = цель `{$goal}` не называет результата
smart-no-result-fix = дайте ей название, которое говорит, что и как меняется: `goal {$goal} "{$title}"`
smart-vague-title = название цели `{$goal}` «{$written}» не говорит ни сколько, ни через что
smart-vague-title-fix = назовите результат в названии: `goal {$goal} "{$title}"`
smart-unknown-direction = у цели `{$goal}` `direction {$written}`; направление — это `up` или `down`
smart-unknown-direction-did-you-mean-fix = может быть, `direction {$direction}`? пишите `direction down` для числа, которое должно падать (расходы, CAC, отток), или не пишите ничего для числа, которое должно расти
smart-unknown-direction-fix = пишите `direction down` для числа, которое должно падать (расходы, CAC, отток), или не пишите ничего для числа, которое должно расти
smart-no-baseline-nor-target = у цели `{$goal}` нет ни исходного, ни целевого значения, поэтому прогресс нельзя измерить
smart-no-field = у цели `{$goal}` нет `{$field}`, поэтому прогресс нельзя измерить
smart-add-baseline-and-target = добавьте, где она сейчас и куда стремится: `baseline {$amount}` и `target {$amount}`
smart-add-target-where-it-aims = добавьте `target {$target}` — куда она стремится
smart-add-baseline-growth = добавьте, где она сейчас, `baseline <сколько> {$unit}`, а целевое значение запишите как рост: `target +{$growth}`
smart-add-baseline = добавьте, где она сейчас: `baseline {$amount}`
smart-not-an-amount = `{$field}` цели `{$goal}` — не количество
smart-not-an-amount-fix = пишите число с единицей, например `{$field} {$amount}`
smart-unit-percentage = процент
smart-units-differ = исходное значение цели `{$goal}` — {$baseline}, а целевое — {$target}
smart-metric-differs = цель `{$goal}` считает {$metric}, а её целевое значение — {$target}
smart-percent-growth-or-share = если она растёт на {$percent}, пишите `target +{$percent}` ({$grown}); если должна достичь {$percent} от сегодняшнего, `target {$share}`
smart-target-in-baseline-unit = пишите целевое значение в единице исходного: `target {$target}`
smart-baseline-in-target-unit = пишите исходное значение в единице целевого: `baseline {$baseline}`
smart-rates-or-totals = пишите оба как темпы (`target {$target}`) или оба как итоги (`baseline {$baseline}`)
smart-one-unit = задайте исходное и целевое значения в одной единице: `target {$target}` или `baseline {$baseline}`
smart-write-in-metric = пишите исходное и целевое значения в {$metric}: `baseline {$baseline}` и `target {$target}`
smart-count-metric = считайте метрику цели ({$metric}): `baseline <сколько> {$metric}` и `target <сколько> {$metric}`
smart-count-metric-or-other = {$count} или пишите `metric {$other}`, если цель считает это
smart-target-not-positive = цель `{$goal}` нацелена на {$target}: целевое значение должно быть больше нуля
smart-target-not-positive-fix = цельтесь в то количество, которого хотите достичь, например `target {$target}`
smart-target-is-baseline = цель `{$goal}` нацелена на то, что уже есть ({$target})
smart-target-is-baseline-fix = задайте целевое значение, к которому движется цель, например `target {$target}` (+25%)
smart-should-fall = цель `{$goal}` должна падать (`direction down`), но нацелена выше того, где она сейчас ({$baseline} → {$target})
smart-should-fall-fix = цельтесь ниже исходного значения, например `target {$lower}` (на четверть меньше), или уберите `direction down`, если число должно расти
smart-target-below-baseline = цель `{$goal}` нацелена на {$target} — ниже того, где она сейчас ({$baseline}): это падение, а не рост
smart-increase-fix = если {$target} — это прирост, целью ставьте итог: `target {$total}` (или `target +{$target}`); если число должно падать (расходы, CAC, отток, позиция в поиске), добавьте `direction down`
smart-increase-of-share-fix = если {$target} — это прирост, целью ставьте итог: `target {$total}` (`target +{$points} pp`, на {$points ->
        [one] {$points} пункт
        [few] {$points} пункта
        [many] {$points} пунктов
       *[other] {$points} пункта
    } больше) или `target {$grown}` (на {$target} больше, чем сегодня); если число должно падать (расходы, CAC, отток, позиция в поиске), добавьте `direction down`
smart-met-by-one = цель `{$goal}` достигается изменением на одну единицу ({$unit}): {$baseline} → {$target}
smart-moves-only = цель `{$goal}` сдвигается всего на {$change} ({$baseline} → {$target})
smart-met-by-chance-fix = скажите, насколько она сдвигается, например +25%: `target {$target}` ({$baseline} → {$grown}); такое малое изменение случается само собой
smart-growth-too-fast = цели `{$goal}` нужен рост {$growth} в месяц ({$baseline} → {$target} за {$months}); план допускает {$allowed}
smart-growth-too-fast-fix = целью ставьте не больше {$reachable}, дайте больше времени или задайте в плане `max_growth`, если цифры прошлого года показывают более быстрый рост
smart-funded-goal = цель `{$goal}`
smart-budget-over-committed = цель `{$goal}` оплачивается из бюджета `{$budget}`, который не вытягивает её действия
smart-budget-over-committed-fix = пополните бюджет или сократите действия, пока он не перестанет быть превышенным
smart-funnel-starved = цели `{$goal}` нужно {$needed} через воронку `{$funnel}`, но цель `{$feeder}` нацелена на {$aim}
smart-funnel-starved-note = цель `{$feeder}` задаёт целевое значение в строке {$line}
smart-funnel-starved-fix = поднимите целевое значение `{$feeder}` до {$needed}, улучшите конверсии воронки или снизьте целевое значение `{$goal}`
smart-window-not-whole = у цели `{$goal}` `window {$window}`: темп измеряется за целые месяцы, недели или дни больше нуля
smart-window-not-whole-fix = пишите `window 3 months`, `window 4 weeks` или `window 30 days`
smart-window-on-total = у цели `{$goal}` есть `window`, которое измеряет темп, но её целевое значение — итог
smart-window-on-total-fix = задайте целевое значение за единицу времени (`target 500 leads per month`) или уберите `window`
smart-no-deadline = у цели `{$goal}` нет срока
smart-no-deadline-fix = добавьте `by {$date}` или `within <сколько> months`
smart-due-before-baseline = срок цели `{$goal}` — {$deadline}, раньше, чем снято исходное значение ({$baselineDate})
smart-due-before-baseline-fix = поставьте срок после даты исходного значения или исправьте `since`
smart-due-outside-period = срок цели `{$goal}` — {$deadline}, вне периода плана ({$period})
smart-due-outside-period-fix = перенесите срок в пределы плана, например `by {$end}`
smart-deadline-example = `by {$end}` или `within 6 months`
smart-by-not-a-date = у цели `{$goal}` срок `by {$written}`, а это не дата
smart-by-words-fix = пишите дату как год-месяц-день: `by {$day}`
smart-by-not-a-date-fix = срок — это дата, месяц или квартал: {$example}
smart-within-not-a-duration = у цели `{$goal}` срок `within {$written}`, а это не длительность
smart-within-words-fix = пишите длительность числом и единицей: `within {$duration}`
smart-within-not-a-duration-fix = дайте ей время: {$example}
smart-within-negative = цель `{$goal}`: `within {$written}` отсчитывает назад от даты исходного значения
smart-within-negative-fix = `within` отсчитывается вперёд от даты исходного значения: пишите `within {$ahead}`
smart-within-zero = цель `{$goal}`: `within {$written}`: нет времени достичь целевого значения
smart-within-zero-fix = дайте ей нужное время, отсчитанное вперёд от даты исходного значения, например `within 6 months`
smart-within-not-whole = цель `{$goal}`: `within {$written}` — ни целые месяцы, ни целые дни
smart-two-deadlines = цель `{$goal}`: срок {$by}, но есть и `within {$within}`, который кончается {$end}
smart-two-deadlines-fix = оставьте один срок: `by` дата или `within` длительность

## Tracking: the plan against its actuals (Sources/MPlanPlanning/PlanChecker+Tracking.swift)
tracking-as-of = фактические данные {$blocks} на {$date}
tracking-overspend = действие `{$action}` потратило {$spent} — больше своей стоимости {$cost}
tracking-overspend-fix = остановите его кампании или увеличьте его `cost` и скажите, из чего это оплачивается
tracking-ahead-of-pace = действие `{$action}` потратило {$spent} к {$date}; его темп допускает {$allowed}
tracking-lands-at = при таком расходе оно выйдет на {$landsAt} из {$cost}
tracking-ahead-of-pace-fix = замедлите его дневной расход или перенесите его стоимость на месяцы, когда она действительно тратится (`period`)
tracking-within-plan = действие `{$action}` тратит в пределах плана
tracking-or-later-result = {$stage} или результат дальше по воронке
tracking-idle-never = `{$key}` потратила {$spent} за {$days ->
        [one] {$days} день
        [few] {$days} дня
        [many] {$days} дней
       *[other] {$days} дня
    } работы, не дав ни одного результата ({$result})
tracking-idle-since = `{$key}` потратила {$spent} без результата ({$result}) за {$days ->
        [one] {$days} день
        [few] {$days} дня
        [many] {$days} дней
       *[other] {$days} дня
    } после последнего ({$last})
tracking-idle-note = забытая кампания или скликивание рекламы: такие ловят точки контроля из статьи о стратегическом маркетинге
tracking-idle-fix = приостановите `{$key}` или проверьте её отслеживание; окно задаёт `idle_days` в блоке фактических данных
tracking-not-idle = каждая кампания `{$block}` давала результаты в пределах {$days ->
        [one] {$days} дня
       *[other] {$days} дней
    }
tracking-channel-not-spread = `{$key}` потратила {$spent} на канал, расход которого нельзя распределить по его действиям: {$reason}
tracking-channel-not-spread-note = он считается расходом вне плана
tracking-channel-not-spread-fix = дайте каждому действию канала `cost` (и `period`, который покрывает дни его работы) или сопоставляйте файл по действию (`action "Campaign"`) или по правилам
tracking-rule-unknown-action = `{$key}` потратила {$spent}, и правило отправляет это действию `{$action}`, которого нет в плане
tracking-rule-did-you-mean-fix = может быть, `{$name}`? исправьте правило
tracking-rule-unknown-action-fix = исправьте правило или добавьте действие
tracking-rule-unknown-channel = `{$key}` потратила {$spent}, и правило отправляет это в канал `{$channel}`, которого нет ни у одного действия плана
tracking-rule-unknown-channel-fix = дайте действию `channel {$channel}` или исправьте правило
tracking-unplanned = `{$key}` потратила {$spent}, и ни одно действие плана так не называется
tracking-unplanned-did-you-mean-fix = может быть, `{$name}`? назовите действие по кампании или дайте ему название кампании как заголовок
tracking-unplanned-fix = добавьте для неё действие (`action {$action} "{$key}" => ЦЕЛЬ {"{"} cost … {"}"}`) или остановите её
tracking-unplanned-more = … и ещё {$count ->
        [one] {$count} кампания, которую не называет ни одно действие плана, потратила
        [few] {$count} кампании, которых не называет ни одно действие плана, потратили
       *[many] {$count} кампаний, которых не называет ни одно действие плана, потратили
    } всего {$spent}
tracking-unplanned-more-fix = `show actuals {$block}` перечисляет их; назовите важные в действиях
tracking-no-campaign-reaches = ни одна кампания `{$block}` не доходит до действия плана: {$names}
tracking-campaigns-reach-nothing = {$count} из {$total} кампаний `{$block}` не {$count ->
        [one] доходит
       *[other] доходят
    } ни до одного действия плана: {$names}
tracking-results-still-count = их результаты всё равно засчитываются целям их этапа
tracking-campaigns-reach-nothing-fix = называйте кампании так же, как действия, или добавьте правила (`rule`), которые отправляют их к действию (`show actuals unmatched` их перечисляет)
tracking-goal-on-pace = цель `{$goal}` идёт в темпе, который нужен к её сроку
tracking-goal-behind-run-rate = цель `{$goal}` отстаёт: её темп — {$rate} {$stage}/{$per} ({$window}), а для выхода на {$target} к {$deadline} сейчас нужно {$expected}/{$per}
tracking-per-day = день
tracking-per-week = неделя
tracking-per-month = месяц
tracking-per-quarter = квартал
tracking-per-year = год
tracking-goal-behind = цель `{$goal}` отстаёт: {$achieved} из {$target} {$stage}, {$pace} в месяц, а к {$deadline} нужно {$needed} в месяц
tracking-goal-behind-fix = переведите деньги в канал, где {$stage} дешевле всего (`show reallocate`), или пересмотрите целевое значение

## actuals: goals over several blocks, results-only blocks by channel
actuals-goals-counted = цели учитывают результаты каждого блока, каждого по его последний день: {$stages}
actuals-goals-counted-stage = {$stage} из {$blocks} на {$day}
actuals-results-alone-by-channel = фактические данные {$block} на {$day}: только результаты (нет столбца `amount`), нет расходов по каналам; они засчитываются целям своих этапов
tracking-budget-lands-within = бюджет `{$budget}` укладывается в свою сумму
tracking-budget-lands-over = при нынешнем расходе бюджет `{$budget}` выйдет на {$landsAt} — больше своей суммы {$total}
tracking-budget-lands-unplanned = из них {$landsAt} — расходы, которых не называет ни одно действие ({$keys}), при их темпе до конца периода плана
tracking-budget-lands-over-fix = замедлите действия, которые опережают план (`show variance`)
tracking-budget-lands-unplanned-fix = остановите кампании, которых нет в плане, или добавьте для них действия; замедлите действия, которые опережают план (`show variance`)
tracking-reallocate = перевод {$amount} из {$from} в {$to} дал бы ещё {$gain} {$stage}
tracking-reallocate-note = следующий результат ({$stage}) стоит {$cost} в {$to} и {$fromCost} в {$from}
tracking-reallocate-note-none = следующий результат ({$stage}) стоит {$cost} в {$to}; {$from} не дал ни одного
tracking-reallocate-fix = смотрите `show reallocate`; `move` и `elasticity` в блоке фактических данных задают сумму и допущение

## Actuals: reading an actuals block's files (Sources/MPlanPlanning/ActualsLoader*.swift, ActualsCurrency.swift)
actuals-file-empty = `{$path}` пуст: нет строки заголовка, нет строк
actuals-file-empty-fix = экспортируйте отчёт заново, со строкой заголовка
actuals-unknown-column = в `{$path}` нет столбца "{$column}" для поля {$field}
actuals-columns-found = найдены столбцы: {$columns}
actuals-column-did-you-mean = может быть, "{$column}"?
actuals-unknown-column-fix = назовите один из найденных столбцов
actuals-row-short = в строке полей: {$fields}, в заголовке: {$columns}
actuals-row-too-wide = в строке полей: {$fields}, в заголовке: {$columns}; нет ли запятой внутри суммы или имени? возьмите это поле в кавычки
actuals-cell-not-a-day = `{$cell}` — не день
actuals-cell-not-an-amount = `{$cell}` — не сумма
actuals-cell-not-a-count = `{$cell}` — не количество
actuals-not-utf8 = `{$path}` — не текст в UTF-8; ячейки не в UTF-8 прочитаны как Windows-1252 (Latin-1), как сохраняет CSV Excel в Windows
actuals-not-utf8-fix = проверьте имена с диакритикой в `show actuals`; для надёжности сохраните файл как «CSV UTF-8»
actuals-days-already-read = {$count ->
        [one] {$count} строка
        [few] {$count} строки
        [many] {$count} строк
       *[other] {$count} строки
    } `{$path}` {$count ->
        [one] даёт
       *[other] дают
    } день кампании, который уже дал более ранний файл; пропущено, чтобы ничего не считалось дважды
actuals-days-already-read-fix = указывайте каждый файл один раз или уберите выгрузку, которую содержит более новая
actuals-outside-period = {$count ->
        [one] {$count} строка
        [few] {$count} строки
        [many] {$count} строк
       *[other] {$count} строки
    } `{$path}` {$count ->
        [one] выходит
       *[other] выходят
    } за пределы {$period}; пропущено
actuals-outside-period-fix = расширьте `period` или уберите его, чтобы читать все строки
actuals-cannot-read = не удаётся прочитать `{$path}`: {$reason}
actuals-cannot-read-fix = путь отсчитывается от папки плана; проверьте, как он написан
actuals-not-a-file = `{$path}` — {$kind}, а не файл CSV
actuals-folder-fix = укажите файл внутри неё
actuals-not-a-file-fix = сохраните выгрузку в файл и укажите этот файл
actuals-binary = `{$path}` — не текст (байт NUL в строке {$line}): может быть, это электронная таблица?
actuals-binary-fix = экспортируйте её в CSV (с разделителем запятая, точка с запятой или табуляция, UTF-8)
actuals-utf16 = `{$path}` — текст в UTF-16; mplan читает CSV в UTF-8
actuals-utf16-fix = сохраните его как «CSV UTF-8»
actuals-row-skipped = строка пропущена: {$problem}
actuals-row-skipped-fix = исправьте строку в файле; остальные строки прочитаны
actuals-rows-skipped = всего в `{$path}` {$count ->
        [one] пропущена {$count} повреждённая строка
        [few] пропущены {$count} повреждённые строки
       *[many] пропущено {$count} повреждённых строк
    } (первые {$shown} — выше)
actuals-decimal-mark = `decimal_mark` — это "." (1,234.50) или "," (1.234,50), а не {$written}
actuals-decimal-mark-fix = пишите `decimal_mark ","`, если в файле `1.234,50`, и `decimal_mark "."` для `1,234.50`
actuals-no-rate = `{$path}`, строка {$line}, — в {$currency}{$plain ->
        [yes] {" ("}{$source})
       *[no] {""}
    }; фактические данные `{$block}` считаются в {$target}{$planCurrency ->
        [yes] , валюте плана,
       *[no] {""}
    } и нет курса для пересчёта
actuals-no-rate-note = каждая цифра переводится в одну валюту, прежде чем её суммируют или сравнивают
actuals-no-rate-plain-fix = пишите в блоке `currency КОД` с валютой ячеек без валюты или задайте курс перед блоком (`rate {$currency} = 1.08 {$target}`)
actuals-no-rate-fix = задайте курс перед блоком (`rate {$currency} = 1.08 {$target}`) или читайте строки каждой валюты в отдельном блоке `actuals`
actuals-plain-from-block = `currency` блока
actuals-plain-from-plan = валюта плана
actuals-plain-usd = USD, так как `currency` не задана
actuals-column-in-quotes = `{$field}` называет столбец файла, в кавычках
actuals-column-in-quotes-fix = пишите `{$field} "Заголовок столбца"`
actuals-column-not-said = фактические данные `{$block}` не говорят, в каком столбце {$field}
actuals-column-not-said-fix = добавьте `{$field} "{$example}"` с заголовком этого столбца
actuals-key-not-said = фактические данные `{$block}` не говорят, какой столбец называет кампанию или канал
actuals-key-not-said-fix = добавьте `action "Campaign"` (строки по действиям плана) или `channel "Source"`
actuals-day-order = `day_order` — это `DMY` (03/04 — 3 апреля) или `MDY` (4 марта), а не `{$written}`
actuals-day-order-fix = пишите `day_order DMY` или `day_order MDY`
actuals-file-not-said = фактические данные `{$block}` не говорят, какой файл читать
actuals-file-not-said-fix = добавьте `from "ads-2026.csv"` (несколько файлов: `from "q1.csv", "q2.csv"`)

## Actuals: rules (Sources/MPlanPlanning/ActualsLoader+Rules.swift, ActualsRules.swift, ActualsRuleText.swift)
actuals-rule-in-quotes = правило пишется в кавычках
actuals-rule-in-quotes-fix = пишите `rule "Campaign like 'Search | Brand | *' => action brand"`
actuals-rule-number = правило {$number}
actuals-rule-line = `{$path}`, строка {$line}
actuals-rules-in-quotes = `rules` называет CSV-таблицу правил, в кавычках
actuals-rules-in-quotes-fix = пишите `rules "campaigns.csv"`: заголовок из столбцов и `action`, `channel` или `stage`
actuals-rules-file-empty = `{$path}` пуст: нет строки заголовка, нет правил
actuals-rules-file-empty-fix = напишите заголовок вроде `Campaign,action` и по правилу на строку
actuals-rules-assign-nothing = в `{$path}` нет столбца `action`, `channel` или `stage`: его правила ничего не назначают
actuals-rules-assign-nothing-fix = добавьте столбец `action` (или `channel`, `stage`) с тем, что назначается по шаблону каждой строки
actuals-no-such-stage = `{$cell}` — не этап
actuals-no-such-stage-fix = пишите одно из: {$stages}
actuals-rule-cell-unreadable = {$rule} не читается: {$problem}, в символе {$character} `{$cell}`
actuals-rule-cell-fix = пишите шаблон (`Search | Brand | *`), `/regex/` или сравнение (`>100`)
actuals-rule-unreadable = {$rule} не читается: {$problem}, в символе {$character} правила
actuals-rule-unreadable-note = правило — это `СТОЛБЕЦ like 'шаблон'` или `СТОЛБЕЦ ~ /regex/` (`and`, `not`), затем `=>` и то, что оно назначает
actuals-rule-unreadable-fix = пишите его так: `rule "Campaign like 'Search | Brand | *' => action brand"`
actuals-rule-expected-arrow = ожидалось `and` или `=>`
actuals-rule-expected-assignment = после `=>` ожидалось `action`, `channel` или `stage`
actuals-rule-expected-name = после `{$word}` ожидалось имя
actuals-rule-no-such-stage = `{$name}` — не этап ({$stages})
actuals-rule-assigns = правило назначает `action`, `channel` или `stage`, а не `{$word}`
actuals-rule-expected-end = ожидался конец правила
actuals-rule-expected-column = ожидался заголовок столбца
actuals-rule-expected-pattern = после `{$operator}` ожидался шаблон
actuals-rule-expected-test = после столбца ожидалось `~`, `like`, `=`, `!=`, `<`, `<=`, `>` или `>=`
actuals-rule-expected-value = после `{$operator}` ожидалось значение
actuals-rule-not-a-number = `{$operator}` сравнивает числа; `{$value}` — не число
actuals-rule-slash-not-closed = открытая здесь `/` не закрыта
actuals-rule-regex = шаблон `{$pattern}` не компилируется в символе {$character} ({$error})
actuals-rule-quote-not-closed = открытая здесь кавычка не закрыта
actuals-rule-assigns-action = действие `{$action}`
actuals-rule-assigns-channel = канал `{$channel}`
actuals-rule-assigns-stage = этап {$stage}
actuals-rule-unknown-column = {$rule} читает столбец "{$column}", которого нет в `{$path}`
actuals-rules-overlap = {$other} тоже подходит к `{$text}` (`{$path}`, строка {$line}), который {$winner} отправляет в {$assigns}; побеждает первое совпадение, поэтому используется {$winner}
actuals-rules-overlap-fix = сузьте один из двух шаблонов (`and not …`) или поставьте первым правило, которое должно побеждать
actuals-rule-unused = {$rule} не решило ни одной строки файлов блока: ни одна строка ему не подходит или их забрало более раннее правило
actuals-rule-unused-fix = сверьте его шаблон с `show actuals unmatched` или уберите его

## Actuals: members, reach, reallocation and review (Sources/MPlanPlanning/ActualsMembers.swift, ActualsTargets.swift, ActualsTracking.swift, ActualsReallocation.swift, ActualsReview.swift)
actuals-member-unread = фактические данные `{$block}` не удалось прочитать, поэтому у `{$block}.{$member}` нет значения
actuals-member-unread-fix = сначала исправьте ошибку, найденную в их файлах
actuals-member-unmapped = фактические данные `{$block}` не сопоставляют столбец, нужный для `{$member}`
actuals-member-unmapped-fix = сопоставьте его в блоке (`leads "Leads"`, `customers "Customers"`, `revenue "Revenue"`)
actuals-held-not-in-plan = `{$channel}` нет в плане, PLAN-T03
actuals-held-over-cost = `{$action}` превысило свою стоимость, PLAN-T01
actuals-held-ahead-of-pace = `{$action}` опережает свой темп, PLAN-T01
actuals-channel-no-planned-spend = его действия {$actions} не планируют расходов, поэтому нет долей, по которым его распределить
actuals-channel-uncosted = его действия {$actions} распределяются по плановой стоимости, а у {$uncosted} она не задана
actuals-channel-idle-days = ни одно из его действий не идёт в {$days}, поэтому плановая доля ни одного действия не берёт этот расход
actuals-channel-not-in-plan = {$channel} (нет в плане)
actuals-unmatched-none = фактические данные {$block}: каждая строка подходит к правилу или называет действие
actuals-unmatched-rows = фактические данные {$block}: {$rows ->
        [one] {$shown} строка, к которой
        [few] {$shown} строки, к которым
        [many] {$shown} строк, к которым
       *[other] {$shown} строки, к которым
    } не подходит ни одно правило и которых не называет ни одно действие
actuals-heading-first-day = первый день
actuals-heading-last-day = последний день
actuals-review-grouping = обзор группируется по `channel` или `action`, а не по `{$word}`
actuals-review-grouping-fix = пишите `show review` (по каналам) или `show review by action`
actuals-heading-cost-per = за {$stage}
actuals-review-spend-joined = расходы из фактических данных {$blocks} за те же дни ({$first} – {$last}), сведённые по каналам
actuals-review-results-joined = {$stages} из фактических данных {$blocks} за те же дни ({$first} – {$last}), сведённые по каналам
actuals-review-results = результаты
actuals-review-unknown-spend = ни один блок с расходами не сообщает о {$names}, поэтому {$count ->
        [one] его стоимость неизвестна
       *[other] их стоимости неизвестны
    } (—); стоимости в итоге учитывают только строки с расходами
actuals-review-sorted = по стоимости за {$stage}, сначала самые дешёвые; строки без {$stages} — в конце, по расходам

## Actuals: the views (Sources/MPlanPlanning/ActualsViews*.swift)
actuals-variance-no-rows = нет строк: не с чем сравнивать план
actuals-variance-by-channel-heading = план и факт по каналам на {$date} ({$blocks})
actuals-heading-to-date = на сегодня
actuals-heading-actual-of-to-date = факт [% от плана на сегодня]
actuals-heading-lands-at = выйдет на
actuals-row-not-in-plan = нет в плане
actuals-reallocate-results-alone = фактические данные {$block}: только результаты (нет `amount`); по их количествам ранжируются каналы `{$spend}` (`show reallocate {$spend}`)
actuals-reallocate-too-few = фактические данные {$block}: меньше двух каналов с результатами; не между чем перераспределять
actuals-heading-average-cost = средняя стоимость
actuals-heading-next-one-costs = следующий стоит
actuals-nothing-bought = ничего не куплено
actuals-reallocate-heading = куда идёт следующий доллар (фактические данные {$block}, {$stage})
actuals-reallocate-joined = результаты фактических данных {$blocks} за те же дни ({$first} – {$last}), сведённые по каналам
actuals-reallocate-none-may-take = ни один канал не может взять больше: {$held}
actuals-reallocate-no-gain = ни один перевод не даёт больше {$stage}: перевод {$amount} из {$from} в {$to} потерял бы {$lost} {$stage}; оставьте расходы как есть
actuals-reallocate-assumes = допущение: результаты ∝ расходы^{$elasticity} (убывающая отдача; задайте `elasticity` в блоке фактических данных)
actuals-heading-from = из {$channel}
actuals-heading-to = в {$channel}
actuals-reallocate-move = переведите {$amount} из {$from} в {$to}:
actuals-reallocate-not-to = не в {$held}, хотя его следующий результат дешевле
actuals-reallocate-goal-after = цель {$goal}: {$after} из {$target} при нынешних результатах после перевода ({$before} до него)
actuals-held-back = {$channel} ({$reason})
actuals-held-back-more = {$list}; {$next}
actuals-converted = {$currencies} переведены по курсам плана
actuals-list-and-last = {$first} и {$last}
actuals-skipped = пропущено: {$count}
actuals-skipped-why = пропущено: {$count}: {$reasons}
actuals-skipped-damaged = повреждено: {$count}
actuals-skipped-already-read = уже прочитано: {$count}
actuals-skipped-outside-period = вне периода: {$count}
actuals-combined-by-channel-heading = план и факт по каналам на {$date}, блоки {$blocks} сложены
actuals-combined-heading = план и факт на {$date}, блоки {$blocks} сложены
actuals-heading-actual-of-planned = факт [% от плана]
actuals-heading-so-far-of-planned = пока [% от плана]
actuals-combined-checkpoints = бюджет {$budget}: точки контроля ({$control}), блоки сложены
actuals-none-read = фактические данные не прочитаны: объявите их так: `actuals spend from "ads.csv" {"{"} date "Day"  action "Campaign"  amount "Cost" {"}"}`
actuals-variance-grouping = план и факт группируются по `action` или `channel`, а не по `{$word}`
actuals-variance-grouping-fix = пишите `show variance` (по действиям) или `show variance by channel`
actuals-summary = фактические данные {$block}: {$rows ->
        [one] {$shown} строка
        [few] {$shown} строки
        [many] {$shown} строк
       *[other] {$shown} строки
    }, {$currency}
actuals-summary-dated = фактические данные {$block}: {$rows ->
        [one] {$shown} строка
        [few] {$shown} строки
        [many] {$shown} строк
       *[other] {$shown} строки
    } с {$first} по {$last}, {$currency}
actuals-heading-rules-give = по правилам
actuals-heading-as-exported = как в выгрузке
actuals-results-alone = фактические данные {$block} на {$date}: только результаты (нет столбца `amount`); они засчитываются целям своих этапов
actuals-heading-in-range = в диапазоне
actuals-goal-no-actuals = нет фактических данных для {$stage}
actuals-goal-on-pace = в темпе
actuals-goal-past-due = срок прошёл
actuals-checkpoint-outside = контрольная точка {$date} вне периода плана ({$period})
actuals-checkpoint-outside-fix = контрольная точка — это день плана, с {$first} по {$last}
actuals-checkpoint-none = контрольная точка {$date}: к этому дню фактических данных нет
actuals-summary-notes = {$summary} ({$notes})
actuals-notes-more = {$list}; {$next}
actuals-variance-heading = план и факт на {$date} ({$block})
actuals-variance-checkpoint-heading = точка контроля {$date} ({$block})
actuals-variance-actuals-end = {$heading}; фактические данные заканчиваются {$last}
actuals-variance-rows-before-plan = {$heading}; {$rows ->
        [one] {$rows} строка до периода плана не учтена
        [few] {$rows} строки до периода плана не учтены
        [many] {$rows} строк до периода плана не учтено
       *[other] {$rows} строки до периода плана не учтено
    }
actuals-variance-planned-to-date = план на сегодня распределяет стоимость каждого действия поровну по его месяцам; прогноз — по сегодняшнему дневному расходу
actuals-variance-unplanned-note = нет в плане: расход, не названный ни одним действием, учтён в его бюджете; прогноз — по сегодняшнему расходу до конца периода плана
actuals-action-share = `{$action}` {$share}
actuals-channel-spread-share = расход {$channel} распределён по его действиям по их плановой доле: {$shares}
actuals-channel-spread-span = {$first} .. {$last} {$shares}
actuals-channel-spread-daily = расход {$channel} распределён по действиям, идущим в каждый день, по их плановому расходу в этот день: {$spans}
actuals-row-not-spread = не распределено
actuals-row-in-no-budget = вне бюджета
actuals-checkpoints-heading = бюджет {$budget}: точки контроля ({$control})
actuals-heading-pace-a-month = темп в месяц
actuals-heading-needed-a-month = нужно в месяц
actuals-goal-reached = достигнута
actuals-goal-behind = отстаёт
actuals-compact = {$actual} [{$percent} от {$planned}]
actuals-run-rate = цель `{$goal}` — темп: достигнутое — это её темп {$window}; прямая от исходного значения к целевому сегодня даёт {$expected} в {$per}
actuals-run-rate-stated-window = за {$window}, указанное в ней окно, пересчитанное на {$per} по календарю
actuals-run-rate-last-whole = в {$window}, последний полный {$per}
actuals-run-rate-stated-before-baseline = с {$first} по {$last}, пересчитанное на {$per} (указанное окно начинается раньше даты исходного значения)
actuals-run-rate-no-whole = с {$first} по {$last}, пересчитанное на {$per} (полного {$per} ещё нет)

## What-if: goal seek (Sources/MPlanPlanning/GoalSeeker+Report.swift)
solve-result-ignores-input = `{$result}` не меняется с `{$input}`: он равен {$value} при каждом испробованном значении
solve-tried = испробовано значений `{$input}`: {$count}
solve-result-ignores-input-fix = решайте для входа, от которого зависит `{$result}`
solve-closest = ближе всего {$result} = {$value} при `{$input}` = {$at}, {$side ->
        [above] выше
       *[below] ниже
    } цели везде, где пробовали
solve-no-solution = ни одно значение `{$input}` от {$low} до {$high} не делает {$result} {$relation} {$target}
solve-no-solution-give-range = задайте диапазон поиска: `solve {$input} from A to B for …`
solve-no-solution-widen = расширьте диапазон после `from`
solve-answer = {$result} = {$value}: {$meaning} ({$evaluations ->
        [one] {$evaluations} вычисление
        [few] {$evaluations} вычисления
        [many] {$evaluations} вычислений
       *[other] {$evaluations} вычисления
    })
solve-holds-throughout = каждое испробованное `{$input}` от {$low} до {$high} сохраняет {$goal}; это ближе всего к цели
solve-shown-rounded = {$meaning}; `{$input}` показан округлённым, а результат — до округления
solve-extreme = {$side ->
        [largest] наибольшее
       *[smallest] наименьшее
    } `{$input}`, при котором {$goal}
solve-extreme-holds = {$meaning}; это верно для `{$input}` {$stretch}
solve-one-of-boundaries = одна из {$turns} {$turns ->
        [one] границы
       *[other] границ
    }, ближайшая к нынешнему значению {$now}
solve-several-stretches = {$which}; {$goal} верно на нескольких отрезках `{$input}` от {$low} до {$high}, и это край одного из них
solve-holds-for = {$which}; {$goal} верно для `{$input}` {$stretches}
solve-stretch = от {$low} до {$high}
solve-stretches-and = {$list} и {$next}
solve-on-target = точно в цель
solve-steps = ни одно значение не даёт ровно {$goal}: результат скачком переходит от {$low} к {$high}
solve-steps-between = {$meaning} между {$lower} и {$upper}
solve-lies-between = {$goal} лежит между {$lowerResult} при {$lower} и {$upperResult} при {$upper}, и это ближайшее при показанных знаках
solve-nearest = ближайшее к {$goal} из найденных
solve-also-crosses = {$meaning}; результат пересекает {$goal} также при `{$input}` = {$others}
solve-crosses-times = {$meaning}; результат пересекает {$goal} {$turns} {$turns ->
        [few] раза
       *[other] раз
    } на перебранных значениях

## show: goals, actions and a budget (Sources/MPlanPlanning/PlanTables.swift, PlanPresenter.swift)
show-no-goals = в этом плане нет целей
show-no-actions = в этом плане нет действий
show-budget-heading = бюджет
show-budget-top-down = снизу
show-budget-bottom-up = сверху
show-budget-zero-based = с нуля
show-budget-controlled = контроль {$cadence ->
        [daily] ежедневно
        [weekly] еженедельно
        [fortnightly] раз в две недели
        [monthly] ежемесячно
        [quarterly] ежеквартально
        [yearly] ежегодно
       *[other] {$cadence}
    }
show-budget-controlled-by = контроль {$cadence ->
        [daily] ежедневно
        [weekly] еженедельно
        [fortnightly] раз в две недели
        [monthly] ежемесячно
        [quarterly] ежеквартально
        [yearly] ежегодно
       *[other] {$cadence}
    }, {$by}
show-budget-account-given = выделено
show-budget-account-committed = заложено
show-budget-account-reserve = резерв
show-budget-account-available = доступно
show-budget-account-needed = нужно
show-budget-account-chance-over = P(перерасход)
show-budget-account-reserve-for-ninety = резерв на 90%
show-budget-actions = {$count ->
        [one] {$count} действие
        [few] {$count} действия
        [many] {$count} действий
       *[other] {$count} действия
    }
show-budget-reserve-none-kept = без резерва
show-budget-needed-is = заложено + резерв
show-budget-chance-over-is = доля исходов, в которых действия закладывают больше выделенного
show-budget-reserve-for-ninety-is = 90-й процентиль заложенного минус его среднее
show-budget-heading-week = неделя
show-budget-heading-month = месяц
show-budget-heading-cumulative = накоплено
show-budget-heading-per-day = в день
show-budget-day-range = {$least}–{$most}
show-budget-unscheduled = без сроков (нет периода):
show-budget-not-counted = не учтено:
show-budget-not-counted-costs = ` стоит {$cost}: {$reason}
show-budget-not-a-cost = это не стоимость больше нуля
show-unknown-name = нечего показать под именем `{$name}`
show-unknown-name-fix = попробуйте `show goals`, `show actions by owner` или `show NAME`
plan-kind-plural = {$kind ->
        [plan] планы
        [objective] цели компании
        [goal] цели
        [budget] бюджеты
        [action] действия
        [report] отчёты
       *[other] {$kind}
    }
show-no-field-to-group = {$kinds}: нет поля `{$field}` для группировки
show-group-by-one-of = группируйте по одному из: {$fields}
show-none-of-kind = в этом плане нет: {$kinds}
show-group-none = (без {$field})

## The plan's statements: export and members (Sources/MPlanPlanning/PlanHost.swift, PlanMembers.swift)
export-refused-here = этот сеанс не может записывать файлы, поэтому `export` отклонён
export-what = `{$name}` — это не то, что может содержать экспорт
export-what-fix = экспортируйте `plan` или по имени цель, бюджет, воронку, цель компании, действие, отчёт, число, таблицу данных или сравниваемый сценарий
budget-read-before-declared = `{$budget}.{$member}` читается до того, как план готов: действие `{$action}` объявлено ниже
budget-read-before-declared-fix = читайте его в `print`, `show` или `compare`, которые выполняются, когда объявлен весь план, или перенесите эту строку ниже действий
label-still-to-come = объявлено ниже

## Writing exports (Sources/MPlanKit/Session+Export.swift)
export-failed = план не удалось экспортировать: {$error}
export-not-a-format = `{$name}` — не формат экспорта
export-use-format = используйте {$formats}
export-unknown-extension = по расширению `{$path}` не понять формат
export-unknown-extension-fix = закончите имя файла на {$formats} или укажите --format
export-no-csv-table = CSV-таблицы `{$table}` нет
export-no-csv-table-fix = используйте одну из: {$tables} или имя таблицы данных (`let by_cpc = table …`)
export-table-not-csv = `--table` выбирает представление CSV, а этот экспорт — {$format}
export-table-not-csv-fix = уберите --table или экспортируйте в файл .csv
export-stdout-failed = не удаётся писать в стандартный вывод
export-nothing-written = ничего не записано; прежний файл, если был, не изменён
export-would-replace = `{$path}` существует и записан не mplan, поэтому оставлен как есть
export-would-replace-force-fix = экспортируйте в другой файл или замените его с {$advice}
export-would-replace-fix = экспортируйте в другой файл или сначала удалите его
export-no-folder = папки `{$folder}` нет, поэтому `{$path}` не записать
export-no-folder-fix = сначала создайте папку или экспортируйте в существующую
export-outside-folder = скрипту нельзя записывать `{$path}`: он вне папки скрипта и текущей папки
export-outside-folder-link = скрипту нельзя записывать `{$path}` (ссылка на `{$target}`): он вне папки скрипта и текущей папки
export-outside-folder-fix = экспортируйте в папку скрипта или разрешите папку: `mplan run --allow-write DIR`

## Live recalculation and scenarios at the prompt (Sources/MPlanKit/Session+Recalculation.swift, Session+REPL.swift)
recalc-a-rate = курс валюты
recalc-the-blocks = блоки плана
recalc-no-longer-runs-name = этот ввод меняет {$what}, и `{$name}`, зависящее от него, больше не выполняется; ничего не изменено
recalc-no-longer-runs = этот ввод меняет {$what}, и то, что от него зависит, больше не выполняется; ничего не изменено
recalc-reads-itself = `{$name}` вычислялось бы из самого себя: оно читает `{$through}`, а то вычисляется из `{$name}`
recalc-reads-itself-fix = дайте новому значению своё имя (`let {$name}_2 = …`) или определите `{$through}` заново без `{$name}`
recalc-nothing-changed = {$problem}; ничего не изменено
scenario-none = сценария `{$scenario}` нет
scenario-none-did-you-mean = сценария `{$scenario}` нет; может быть, `{$guess}`?
scenario-no-longer-applies = сценарий `{$scenario}` больше не применим: {$error}
scenario-plan-does-not-run = план не выполняется в сценарии `{$scenario}`: {$error} (в {$place})

## The session: imports, :save and mplan fmt (Sources/MPlanKit/Session.swift, SessionScript.swift, FormattedPlan.swift)
import-cannot = не удаётся импортировать `{$path}`: {$error}
import-unknown-module = модуля стандартной библиотеки `{$name}` нет
import-modules = модули: {$modules}
import-has-errors = в `{$name}` есть ошибки: {$error}
fmt-file-unchanged = файл не изменён
fmt-not-a-file = `{$path}` — {$kind}, а не обычный файл, поэтому не отформатирован
fmt-not-a-file-fix = форматируйте сам файл плана; `mplan fmt -` форматирует стандартный ввод

## The command line's last words and the line editor (Sources/mplan/InternalFault.swift, REPL/LibEditLineEditor.swift)
internal-fault = mplan: внутренняя ошибка: сбой в самом mplan (не в вашем скрипте); сообщите о нём, приложив вызвавший его ввод
repl-key-interrupt = Сбросить текущую строку
repl-key-complete = Дополнить слово перед курсором
repl-key-suspend = Приостановить mplan
repl-line-editor-missing = предупреждение: не удалось загрузить редактор строк ({$reason}); строки читаются без правки, истории и дополнения по Tab. Установите libedit (Debian: apt-get install libedit2), чтобы они были

## Writing files safely (Sources/MPlanKit/SafeWrite.swift: :save, exports, mplan fmt)
safewrite-no-name = файл не назван
safewrite-not-regular = `{$path}` — {$kind}, а не обычный файл; укажите имя файла
safewrite-file-kind = {$kind ->
        [directory] папка
        [device] устройство
        [fifo] канал (FIFO)
        [socket] сокет
       *[other] особый файл
    }
safewrite-read-only-force = `{$path}` только для чтения; чтобы всё равно заменить его, используйте {$advice}
safewrite-read-only = `{$path}` только для чтения; сначала разрешите запись в него или запишите другой файл
safewrite-control-in-name = в имени файла `{$path}` есть {$what ->
        [direction] невидимый знак направления
       *[control] управляющий символ
    } ({$code}); назовите файл без него
safewrite-link-loop = `{$path}` — петля символических ссылок
safewrite-cannot-write = не удаётся записать `{$path}`: {$reason}
safewrite-cannot-write-kept = не удаётся записать `{$path}`: {$reason}; его новый текст целиком сохранён в `{$temporary}`

## What-if: its inputs, data tables and scenarios (Sources/MPlanPlanning/PlanAnalysis*.swift)
whatif-varies-one-number = `{$statement}` меняет одно число, а `{$name}` {$what}
whatif-varies-one-number-fix = дайте `{$name}` одно значение или сравните сценарии
whatif-is-uncertain = — неопределённое значение
whatif-is-type = — {$type}
whatif-result-one-number = `{$statement}` нужен результат-число, а `{$result}` {$what}
whatif-value-one-number = значение `{$name}` — одно число, а не {$type}
whatif-value-other-unit = `{$name}` — {$unit}, а это {$other}
whatif-write-value-like = напишите значение вроде {$value}
whatif-value-plain-number = `{$name}` — процент, а это просто число
whatif-table-too-many-inputs = таблица данных меняет один вход или два в виде сетки; у этой входов {$count}
whatif-table-too-many-inputs-fix = оставьте два входа, а для остальных сравните сценарии
whatif-table-too-large = в этой таблице {$cells} ячеек — больше допустимых {$limit}
whatif-table-too-large-fix = возьмите шаг крупнее или меньше значений
whatif-table-step = шаг таблицы больше нуля; здесь он {$step}
whatif-table-step-fix = напишите положительный шаг; значения идут от первого конца ко второму
whatif-table-too-many-values = `{$name}` принял бы {$count} значений — больше допустимых в таблице {$limit} ячеек
whatif-table-larger-step = возьмите шаг крупнее
solve-target-other-unit = `{$result}` — {$unit}, а цель — {$other}
solve-target-like = задайте цель вроде {$value}
solve-plan-does-not-run = план не выполняется при `{$input}` = {$value}
compare-unknown-scenario = неизвестный сценарий `{$scenario}`

## What-if: the tornado (Sources/MPlanPlanning/PlanAnalysis+Tornado.swift)
tornado-heading-low = низ
tornado-heading-high = верх
tornado-heading-result-at-low = {$result} при низе
tornado-heading-at-high = при верхе
tornado-heading-swing = размах
tornado-headline = {$result} = {$base}
tornado-headline-held = {$result} = {$base}, {$held} — по {$count ->
        [one] медиане
       *[other] медианам
    }
tornado-headline-share = {$result} = {$base}; каждый вход на {$share} ниже и выше своего значения
tornado-headline-share-held = {$result} = {$base}; каждый вход на {$share} ниже и выше своего значения ({$held} — по {$count ->
        [one] медиане
       *[other] медианам
    })
tornado-headline-ends = {$line}; низ и верх: {$parts}
tornado-parts-more = {$list}; {$next}
tornado-part-range = 90%-й диапазон для {$names}
tornado-part-given = заданные концы для {$names}
tornado-part-share = на {$share} ниже и выше для {$names}
tornado-input-without-range = `{$name}` — одно значение ({$value}), поэтому торнадо не в чем его варьировать
tornado-input-without-range-fix = добавьте `by 10%` после входов, задайте ему свои концы (`{$name} from {$low} to {$high}`) или запишите его значение диапазоном (`{$low} to {$high}`)
tornado-invalid-spread = торнадо сдвигает каждый вход на процент больше 0% и меньше 100%, а не на {$value}

## The REPL's replies (Sources/mplan/REPL/REPL+Commands.swift)
repl-unknown-command = неизвестная команда `:{$command}` (:help перечисляет команды)
repl-unknown-command-did-you-mean = неизвестная команда `:{$command}`; может быть, `:{$guess}`? (:help перечисляет команды)
repl-load-needs-file = для `:load` нужен файл: :load plan.mplan
repl-session-reset = Сессия сброшена.
repl-check-unknown-group = `:check` принимает группу проверок, а не `{$group}` ({$groups})
repl-quit-takes-nothing = после `:quit` ничего не пишется
repl-no-help = нет справки по `{$topic}` (темы: {$topics})
repl-no-help-did-you-mean = нет справки по `{$topic}`; может быть, `:help {$guess}`? (темы: {$topics})
repl-nothing-defined = Пока ничего не определено.
repl-show-needs-name = для `:show` нужно имя: :show marketing
repl-scenario-changes = сценарий {$scenario}: план с изменениями
repl-scenario-read-values = читайте его значения как `{$scenario}.ИМЯ`; `compare base, {$scenario} on …` — рядом друг с другом
repl-unknown-name = ничто не называется `{$name}`
repl-unknown-name-did-you-mean = ничто не называется `{$name}`; может быть, `{$guess}`?
repl-under-scenario = сценарий `{$scenario}`
repl-under-base = план как написан (base)
repl-working-under = сейчас: {$under}; сценарии: {$scenarios}
repl-working-under-no-scenarios = сейчас: {$under}; сценариев пока нет
repl-back-to-base = Снова план как написан.
repl-now-under-scenario = Работаем в сценарии `{$scenario}`: значения показываются такими, как в нём.
repl-table-needs-view = для `--table` нужен вид: --table goals
repl-export-needs-file = для `:export` нужен файл: :export plan.html ({$formats})
repl-error-label = ошибка
repl-exported-plan = План экспортирован в {$path} ({$format}).
repl-exported-table = `{$table}` экспортирована в {$path} ({$format}).
repl-save-needs-file = для `:save` нужен файл: :save session.mplan
repl-saved = {$count ->
        [one] Сохранён {$count} ввод
        [few] Сохранено {$count} ввода
        [many] Сохранено {$count} вводов
       *[other] Сохранено {$count} ввода
    } в {$path}.
repl-saved-script-stops = `mplan run {$path}` остановится на строке {$line}: {$error}
repl-nothing-to-reload = нечего перезагружать: сначала загрузите скрипт командой :load ФАЙЛ
repl-reload-nothing-changed = с последней загрузки ничего не изменилось: {$files}
repl-reload-file-fails = `{$path}` больше не загружается, поэтому сессия осталась как была; исправьте его и снова выполните :reload (или :reset)
repl-reload-interrupted = перезагрузка остановлена (Ctrl-C), поэтому сессия осталась как была
repl-reloaded = Перезагружено: {$files} изменились с последней загрузки.
repl-reloaded-applied-all = Перезагружено: {$files} изменились с последней загрузки; {$typed ->
        [one] снова применён {$typed} ввод
        [few] снова применены {$typed} ввода
        [many] снова применено {$typed} вводов
       *[other] снова применены {$typed} ввода
    } из приглашения.
repl-reloaded-applied-some = Перезагружено: {$files} изменились с последней загрузки; снова применены {$applied} из {$typed ->
        [one] {$typed} ввода
        [few] {$typed} вводов
        [many] {$typed} вводов
       *[other] {$typed} ввода
    } из приглашения.
repl-reload-dropped = отброшено `{$input}` (введено в приглашении): после перезагрузки оно больше не выполняется: {$reason}
repl-since-last-load = последней загрузки
repl-reload-scenario-gone = Сценария `{$scenario}` после перезагрузки нет: снова план как написан.
repl-reload-scenario-fails = {$problem}: снова план как написан.
repl-welcome = mplan {$version} — :help для справки, Ctrl-D для выхода
repl-input-not-utf8 = в этом вводе есть байты не в UTF-8 (показаны как �); он не вычислен
repl-goal-letters = цель `{$goal}`: {$letters}
repl-goal-letters-to-fix = цель `{$goal}`: {$letters}   (:check smart скажет, что исправить)

## The REPL's history file (Sources/mplan/REPL/HistoryFile.swift)
history-not-text = файл истории {$path} — не текст в UTF-8
history-unreadable = не удаётся прочитать файл истории {$path}: {$reason}
history-is-folder = файл истории {$path} — это папка
history-not-regular = файл истории {$path} — не обычный файл
history-too-large = файл истории {$path} больше {$megabytes} МБ
history-unsaved = не удаётся сохранить историю в {$path}: {$reason}
history-not-saved = {$problem}; история этой сессии не будет сохранена

## Watching files (Sources/mplan/Watch.swift: --watch and :reload)
watch-since-last-run = последнего запуска
watch-nothing-changed = — с {$since} ни одно значение не изменилось
watch-changed = — с {$since}:
watch-watching = — слежу за {$count ->
        [one] {$count} файлом
       *[other] {$count} файлами
    }; Ctrl-C — остановить

## The command line (Sources/mplan: usage, option help, command-line errors)
cli-mplan-abstract = Язык, интерпретатор и REPL для маркетинговых планов.
cli-mplan-discussion =
    Планы — это короткие текстовые файлы: цели компании, SMART-цели, воронки, бюджеты и действия, которые служат целям, с единицами (деньги, проценты, визиты, MQL, клиенты, даты), которые проверяются как типы.

    Примеры:
      mplan run examples/funnel.mplan      выполнить план, напечатать результаты
      mplan examples/funnel.mplan          то же: имя файла выполняет файл
      mplan run -                          выполнить план со стандартного ввода
      mplan eval '$240k / ($24k per customer)'
      mplan check examples/funnel.mplan    перечислить, чего не хватает плану
      mplan fmt plan.mplan                 привести план к каноническому виду
      mplan export plan.mplan -o plan.html экспорт: {$formats}
      mplan                                открыть интерактивное приглашение
cli-empty-option-value = Ошибка: у {$option} нет значения после `=` (не задана переменная?); задайте его или не пишите этот параметр
cli-unknown-subcommand = ошибка: неизвестная подкоманда `{$word}`, и файла с таким именем нет; подкоманды: {$commands}
cli-unknown-subcommand-did-you-mean = ошибка: неизвестная подкоманда `{$word}`, и файла с таким именем нет; может быть, `mplan {$nearest}`?
cli-usage = Использование: mplan [{$commands}] … или mplan ФАЙЛ.mplan; см. 'mplan --help'
cli-option-color = Цвет диагностики: auto (при выводе в терминал, если NO_COLOR не задана), always, never.
cli-option-lang = Язык сообщений mplan: en, ar, fa или ru (по умолчанию: `language` плана, иначе LC_ALL, LC_MESSAGES или LANG, иначе английский).
cli-option-bidi = Текст справа налево: isolate (FSI…PDI вокруг имён и значений справа налево, для терминалов с bidi), none (как написано) или auto (isolate при выводе в терминал).
cli-option-digits = Печатать значения цифрами latin (0-9, по умолчанию), native (по `language` плана: персидские ۰-۹ для fa, восточноарабские ٠-٩ для ar), arabic или persian.
cli-locale-not-spoken = примечание: у mplan нет сообщений на `{$language}` ({$variable}={$locale}): они будут на английском, если --lang или `language` плана не выберет один из {$languages}
cli-option-samples = Сколько выборок брать для каждого неопределённого значения (`a to b`): от 1 до 100,000,000 (по умолчанию 10,000).
cli-option-seed = Начальное значение генератора выборок: одно и то же значение даёт одни и те же числа.
cli-option-memory = Сколько памяти может занять выполнение, прежде чем остановится с E0316, например 512MB или 8GB (по умолчанию 2GB).
cli-samples-invalid = --samples принимает целое число от 1 до 100,000,000, а не `{$value}`
cli-seed-invalid = --seed принимает целое число от 0 до {$largest}, а не `{$value}`
cli-memory-invalid = --memory принимает размер от 64MB до 1024GB, например 512MB или 8GB, а не `{$value}`
cli-option-steps = Сколько вычислений может сделать выполнение, прежде чем остановится с E0319 (по умолчанию 100,000,000).
cli-steps-invalid = --steps принимает целое число от 1,000 до 1,000,000,000,000 (по умолчанию 100,000,000), а не `{$value}`
cli-check-abstract = Проверить план на пробелы: согласованность, SMART-цели, воронка, бюджет, действия, отчётность.
cli-check-discussion =
    Печатает чек-лист по группам «Согласованность с целями компании», SMART, «Воронка», «Бюджет», «Действия» и «Отчётность»: ✓ или ✗ у каждого пункта с причиной, строкой и исправлением, затем строку итога. docs/planning.md объясняет каждую проверку, docs/diagnostics.md — каждый код.

    Примеры:
      mplan check examples/flawed-plan.mplan
      mplan check --strict plan.mplan            # и предупреждения — провал
      mplan check --format json plan.mplan       # для других программ
      mplan check --only smart plan.mplan        # семинар: только буквы SMART

    Код выхода: 0, если в плане нет ошибок; 1, если есть (с --strict: любая непройденная проверка) или если в скрипте были ошибки (план всё равно проверяется); 65, если скрипт вообще не выполняется (синтаксис, неизвестные имена); 66, если файл не читается; 64 при неверной командной строке; 74, если не удалось записать стандартный вывод.
cli-check-file = План, который нужно проверить.
cli-check-strict = Считать каждое предупреждение ошибкой: проверка не пройдена, пока не пройден каждый пункт.
cli-check-format = Как печатать чек-лист: text или json.
cli-check-only = Проверить только одну группу: smart (буквы целей, для семинара), alignment, funnel, budget, actions, reporting или tracking.
cli-check-only-invalid = --only принимает группу проверок, а не `{$group}` ({$groups})
cli-check-only-invalid-did-you-mean = --only принимает группу проверок, а не `{$group}`; может быть, `{$guess}`? ({$groups})
cli-check-watch = Проверять снова каждый раз, когда сохраняется план или импортируемый им файл, и показывать, что изменилось.
cli-run-abstract = Выполнить скрипты планов и напечатать то, что они запрашивают.
cli-run-discussion =
    Печатает то, что запрашивают `print`, `show` и `compare`, и предупреждения плана. Несколько файлов выполняются один за другим в одной сессии; `-` читает стандартный ввод.

    `export` скрипта пишет только в папку скрипта или в текущую, если --allow-write не называет другую папку.

    Код выхода: 0 — успех (в том числе с предупреждениями проверок плана), 1 — ошибка проверки плана, 64 — неверная командная строка, 65 — ошибка в скрипте, 66 — файл не читается, 74 — не удалось записать стандартный вывод.
cli-eval-abstract = Вычислить одно выражение или инструкцию и напечатать значение.
cli-eval-discussion =
    Примеры:
      mplan eval '$240k / ($24k per customer)'      # 10 customers
      mplan eval '2027-12-31 - 2027-01-01'
      mplan eval -5%                                 # начинать с - можно
cli-run-files = Скрипты, которые нужно выполнить, или - для стандартного ввода.
cli-run-watch = Выполнять снова каждый раз, когда сохраняется скрипт или импортируемый им файл, и показывать, что изменилось.
cli-run-allow-write = Разрешить `export` скрипта писать и в DIR (кроме своей папки и текущей); DIR должна существовать.
cli-allow-write-empty = для --allow-write нужна папка, а не пустое имя (не задана переменная?)
cli-allow-write-no-folder = --allow-write {$folder} — не существующая папка; сначала создайте её или исправьте имя
cli-eval-expression = Выражение, которое нужно вычислить.
cli-export-abstract = Экспортировать план в Markdown, JSON, CSV, самодостаточный отчёт HTML или книгу xlsx.
cli-export-discussion =
    Файлы выполняются в одной сессии, как в `mplan run`, и объявленный ими план записывается в PATH; формат определяется расширением ({$formats}), если его не задаёт --format. Без -o файл называется по последнему скрипту (growth.mplan → growth.html, по умолчанию HTML); `-o -` пишет в стандартный вывод (по умолчанию Markdown).

    Существующий файл заменяется, только если его записал mplan, или с --force; новый файл пишется рядом и переименовывается поверх старого, так что неудачный экспорт оставляет файл как был.

    Примеры:
      mplan export examples/growth-plan.mplan -o growth.html
      mplan export plan.mplan -o ledger.csv         # строка на действие и месяц
      mplan export plan.mplan -o goals.csv --table goals
      mplan export plan.mplan -o by_cpc.csv --table by_cpc   # одна таблица данных
      mplan export plan.mplan -o plan.xlsx          # книга с живыми формулами
      mplan export plan.mplan --format json -o -    # в стандартный вывод

    Код выхода: 0 — записано, 64 — неизвестный формат или таблица, 65 — ошибка в скрипте, 66 — файл не читается, 73 — файл не удалось записать, 74 — не удалось записать стандартный вывод.
cli-export-files = Скрипты, которые объявляют план, или - для стандартного ввода.
cli-export-output = Файл для записи или - для стандартного вывода.
cli-export-format = {$names} (по умолчанию: по расширению -o).
cli-export-table = Вид CSV: ledger (по умолчанию), goals, actions, budgets, pacing, checks или имя таблицы данных.
cli-export-force = Заменить файл, даже если его записал не mplan.
cli-export-no-files = укажите план для экспорта: mplan export plan.mplan -o plan.html
cli-fmt-abstract = Переписать планы в единственном каноническом оформлении mplan.
cli-fmt-discussion =
    Отступ в два пробела, значения полей и этапы воронки выровнены, по пробелу вокруг операторов, не больше одной пустой строки подряд, длинные списки по элементу на строку, поля каждого блока плана в постоянном порядке. Комментарии остаются на своих местах; оформление никогда не меняет смысла плана. docs/language.md ("Layout and mplan fmt") перечисляет правила.

    Примеры:
      mplan fmt plan.mplan          переписать файл на месте
      mplan fmt --check .           перечислить ещё не оформленные планы в . (CI)
      mplan fmt --diff plan.mplan   показать, что изменится, в виде unified diff
      mplan fmt - < plan.mplan      оформить стандартный ввод в стандартный вывод

    Файл переписывается, только если меняется его оформление, и тогда целиком (новый файл переименовывается поверх старого, с его правами и владельцем; файл по ссылке обновляется через ссылку). Файл, который не разбирается, доступен только для чтения или не является обычным файлом (FIFO, устройство), остаётся как есть, и показывается причина. Обход папки не следует по символическим ссылкам.

    Код выхода: 0 — успех (с --check: каждый файл оформлен), 1 — с --check (одним или с --diff), если файл изменился бы, 65 — файл не разбирается, 66 — файл не читается, 70 — mplan не смог безопасно оформить файл (E0501; файл оставлен как был), 73 — файл не удалось записать, 74 — не удалось записать стандартный вывод.
cli-fmt-files = Планы для оформления (папка: каждый файл .mplan в ней на любой глубине) или - для стандартного ввода.
cli-fmt-check = Ничего не записывать: перечислить файлы, которые изменились бы, и выйти с 1, если такие есть.
cli-fmt-diff = Ничего не записывать: напечатать, как изменился бы каждый файл, в виде unified diff.
cli-fmt-no-files = укажите планы для оформления, папку с ними или - для стандартного ввода
cli-repl-abstract = Открыть интерактивное приглашение (по умолчанию, если подкоманда не задана).
cli-repl-discussion =
    В терминале строки редактируются с libedit: Tab дополняет, Up/Down и Ctrl-R вызывают историю, Ctrl-C отбрасывает строку, Ctrl-D — выход. Введите :help в приглашении, чтобы увидеть команды. Из конвейера строки читаются просто, с тем же смыслом; код выхода 65, если какой-то ввод не удался.

    Примеры:
      mplan                        открыть приглашение
      mplan -i examples/funnel.mplan   загрузить план и остаться в приглашении
      echo '$240k / ($24k per customer)' | mplan
cli-repl-load = Загрузить скрипт перед первым приглашением (можно повторять).
cli-repl-no-init = Пропустить $XDG_CONFIG_HOME/mplan/init.mplan.
cli-output-failed = ошибка: не удаётся записать в стандартный вывод: {$reason}; вывод неполный

## P(goal met) and the plan's language (Sources/MPlanPlanning/PlanChances.swift, PlanChecker.swift)
smart-chance-low = цель `{$goal}` достигается в {$chance} исходов (её прогноз против целевого значения); план требует {$bound}
smart-chance-low-fix = увеличьте входные данные прогноза, дайте больше времени или задайте в плане `min_chance`, если риск принимается сознательно
smart-chance-aim-at-least-fix = цельтесь не меньше чем в {$aim} (достигается в {$chance} исходов), {$fix}
smart-chance-aim-at-most-fix = цельтесь не больше чем в {$aim} (достигается в {$chance} исходов), {$fix}
smart-forecast-misses = прогноз цели `{$goal}` — {$forecast}, а это не достигает её целевого значения {$target}
smart-forecast-misses-fix = цельтесь в {$aim}, увеличьте входные данные прогноза или задайте в плане `min_chance 0%`, если риск принимается сознательно
smart-forecast-unit = прогноз цели `{$goal}` в {$forecast}, а целевое значение в {$target}: их нельзя сравнить
smart-forecast-unit-fix = пишите прогноз в {$target}, как целевое значение (`forecast traffic * rate * 1 lead per visit` превращает визиты в лиды)
plan-min-chance-range = `min_chance` плана — это процент от 0% до 100%, а не {$written}
plan-min-chance-percent-fix = может быть, `min_chance {$percent}`?
plan-min-chance-fix = пишите, как часто цель должна достигаться, например `min_chance 80%` (`0%` — любой риск)
plan-unknown-language = язык плана `{$language}` — не тот, на котором говорит mplan ({$languages}): его сообщения будут на английском
plan-unknown-language-guess-fix = может быть, `language {$language}`?
plan-unknown-language-fix = пишите одно из: {$languages}: `language fa`

## The REPL's :help (Sources/mplan/REPL/ReplHelp*.swift)
repl-dropped-unfinished-input = (незаконченный ввод отброшен: {$lines ->
        [one] {$lines} строка
        [few] {$lines} строки
        [many] {$lines} строк
       *[other] {$lines} строки
    }; Ctrl-D в пустой строке — выход)
repl-help-overview =
    Введите инструкцию или выражение; результат печатается с единицами, `_` хранит последний.
    Явно незаконченная строка (открытая скобка, оператор в конце) просит продолжения: `...>`.
    Строка с ошибкой ничего не меняет.

    {$commands}

    Язык: :help goal, smart, funnel, budget, scenario, compare, solve, table, tornado, units, ranges
    Ещё: :help keys, :help files
repl-help-code = {$code}: {$meaning}
repl-help-code-example = например: {$example}
repl-help-code-planning = `:help smart` описывает буквы; docs/planning.md даёт каждое правило с его порогом.
repl-help-command-help = :help [тема]      эта справка или справка по команде и теме (goal, smart, budget…)
repl-help-command-vars = :vars             имена, которые вы определили, и их значения
repl-help-command-show = :show ИМЯ         значение имени или элемент плана в виде таблицы
repl-help-command-scenario = :scenario ИМЯ     работать в сценарии (его видно в приглашении); :scenario base — назад
repl-help-command-load = :load ФАЙЛ        выполнить скрипт в этой сессии (целиком или, при ошибке, никак)
repl-help-command-reload = :reload           перечитать загруженные файлы, если они изменились, сохранить введённое, показать изменения
repl-help-command-save = :save ФАЙЛ        записать сессию как скрипт, который воспроизводит `mplan run ФАЙЛ` (:save! ФАЙЛ заменяет файл только для чтения)
repl-help-command-export = :export ФАЙЛ      экспортировать план: {$formats} (--table ВИД); :export! заменяет файл
repl-help-command-reset = :reset            забыть всё определённое (файл инициализации выполнится снова)
repl-help-command-check = :check [smart]    проверить план: цели, воронку, бюджет, действия, отчёты (smart: только буквы целей)
repl-help-command-quit = :quit             выйти (Ctrl-D в пустой строке тоже)
repl-help-command-reload-details =
    Если файл, прочитанный сессией (файл инициализации, скрипт из -i или :load, всё, что они
    или вы импортировали), изменился, :reload читает файлы заново и снова применяет то, что
    вы ввели в приглашении, после файлов, за которыми оно шло, — как таблица сохраняет ваши
    ячейки, когда меняются исходные данные. Затем показывает, что изменилось:
      need.visit 13,334 visits → 20,000 visits (+49.99%)
    Ввод, который больше не выполняется, отбрасывается с предупреждением о причине. Файл,
    который больше не загружается (ошибка или удалён), оставляет сессию как была. Сценарий,
    в котором вы работаете, остаётся активным, если он ещё существует. Если ни один файл не
    изменился, ничего не происходит.
repl-help-topic-keys =
    Tab        дополнить имя, ключевое слово, член после `.`, :команду или путь после :load/import
    Up/Down    предыдущие и следующие строки;  Ctrl-R  поиск по ним
    Ctrl-C     отбросить набираемую строку (или незаконченный блок); сессия продолжается
    Ctrl-D     выйти, в пустой строке; внутри незаконченного блока — отбросить блок
    Клавиши можно переназначить в ~/.editrc (команда `bind` библиотеки libedit).
repl-help-topic-units =
    Деньги: $24k, 24k USD, €5,000, 1.2M EUR, $1.8m, 1.8 million   Проценты: 2%, ٢٠٪
    Количества: 10 customer, 200 mql; `unit workshop, workshops` объявляет свою единицу (и её мн. число)
    Ставки: $1.20 per visit, $0.80/visit, $5 per 1,000 impressions, 500 mql per month
    Даты: 2027-12-31, 2027-W05, 2027-03, 2027-Q2   Длительности: 90 days, 6 weeks, 3 months
    (дни и недели считают дни, месяцы — календарные месяцы: 2027-01-31 + 1 month — это 02-28)
    `x as unit` переводит единицы; деньги плюс визиты — ошибка; рост на 15% — это `* 115%`.
repl-help-topic-files =
    История:   $XDG_STATE_HOME/mplan/history (иначе ~/.mplan_history), последние 1000 строк
    Файл инициализации: $XDG_CONFIG_HOME/mplan/init.mplan (иначе ~/.config/mplan/init.mplan);
               пропустить: `mplan --no-init`
    `mplan -i plan.mplan` загружает скрипт и остаётся в приглашении.
repl-help-topic-goal =
    goal new_customers "Win 10 customers through paid search" {"{"}
      metric customer  baseline 0 customers  target 10 customers
      by 2027-12-31  supports growth  owner "Head of sales"
    {"}"}
    Цель что-то считает (`metric`): от исходного значения (`baseline`) до целевого (`target`)
    в одной единице (количество, доля вроде 3% или темп вроде 500 mql per month), к сроку
    (`by ДАТА` или `within 6 months`), и поддерживает (`supports`) цель компании. Её
    обслуживает действие:
    action search => new_customers {"{"} cost $12k  owner "Ana"  from marketing {"}"}
    `:help smart` — что проверяет каждая буква; `show goals` — цели с их буквами.
repl-help-topic-smart =
    Каждая цель проверяется по пяти буквам SMART; `show goals` показывает их: выполнено (✓),
    не выполнено (✗) или не оценено (?: ничто в плане не позволяет судить).
      S  Конкретная     что, сколько и через что: не «привлечь клиентов», а «удвоить
                        список клиентов через Instagram за два месяца»
      M  Измеримая      исходное и целевое значения в одной единице, разница больше 1%:
                        «рост подписчиков на 25%» (`target +25%`: 100 → 125 followers), а не
                        100 → 101; ниже исходного — только с `direction down` (расходы, отток)
      A  Достижимая     рост за месяц не больше `max_growth` (50%, если не задано): с 10
                        клиентов 2,000 в следующем месяце — нет; с нуля — `A ?`
      R  Значимая       `supports` — одна из целей компании
      T  Ограниченная   срок в пределах периода плана: `by 2027-09-01`, `within 6 months`
         во времени
    Примеры целей из статьи о SMART: продажи +2% за шесть месяцев; вдвое больше визитов на
    сайт за 12 месяцев, публикуя 5 постов в неделю; 500 квалифицированных лидов в месяц из PPC.
    `:check smart` показывает только буквы; `:help SMART-M` объясняет код.
repl-help-topic-funnel =
    funnel inbound {"{"}
      visit -> mql      : 2%
      mql   -> sql      : 25%
      sql   -> customer : 20%
    {"}"}
    let need = inbound.need(10 customers)     # в обратную сторону (статья о годовых целях)
    need.visit                                # 10,000 visits
    inbound.yield(10,000 visits).customer     # в прямую сторону
    Цель с `funnel inbound` показывает, сколько нужно на входе воронки.
repl-help-topic-budget =
    budget marketing {"{"} total $60k  reserve 20%  control monthly by "CMO" {"}"}
    `total` — фиксированная сумма, выделенная на маркетинг: бюджет «Снизу» (статья о
    стратегическом маркетинге: «плясать» от лимита), в который должны поместиться действия
    после резерва. Без `total` бюджет «Сверху»: мы определяем, сколько нужно потратить для
    результата, — он складывается из стоимости действий и говорит, сколько просить
    (`marketing.needed`). Держите 20–30% в резерве (`reserve`): в интернете столько может
    просто улетучиться (та же статья). Читайте `marketing.committed`, `.available`;
    `show budget marketing` показывает статьи и расходы по месяцам.
repl-help-topic-scenario =
    scenario cautious {"{"} inbound.visit->mql = 1.5% {"}"}
    scenario low extends cautious {"{"} cpc = $1 per visit {"}"}
    Сценарий меняет `let`, конверсию воронки или поле блока плана; всё остальное считается так
    же. `compare base, cautious on need.visit` прогоняет план в каждом, а `low.need.visit`
    читает одно значение в сценарии `low`. `:vars` перечисляет сценарии.
repl-help-topic-compare =
    compare base, cautious on need.visit, marketing.spent
    По столбцу на сценарий (`base` — план как написан) и изменение, когда их два. Каждый
    сценарий прогоняет план с начала, ничего не печатая.
repl-help-topic-solve =
    solve cpc for spend = $15k                  # цена визита, при которой расходы $15k
    solve cpc for spend <= $15k                 # наибольшая, при которой они не больше $15k
    solve inbound.visit->mql from 1% to 5% for need.visit <= 7,000 visits
    Меняет `let`, конверсию воронки или поле плана (то, что может менять сценарий): ищет в
    диапазоне каждое место, где результат пересекает цель, и уточняет каждое до миллионной,
    прогоняя план заново. Ответ печатается с точностью, при которой условие ещё выполняется,
    с результатом при напечатанном значении. Цель — в единицах результата. Количества
    округляются вверх, поэтому результат может идти ступенями: тогда `=` говорит, между
    какими значениями ступень; `<=` и `>=` дают граничное значение и говорят, где ещё условие
    выполняется, если таких мест несколько.
repl-help-topic-table =
    table spend, need.visit over cpc from $0.50 per visit to $2 per visit step $0.25 per visit
    table spend over cpc in [$1 per visit, $2 per visit], inbound.visit->mql from 1% to 3% step 1%
    Строка на каждое значение входа; с двумя входами — сетка на каждый результат. Каждая
    ячейка прогоняет план с изменённым входом. Не больше 40,000 ячеек.
    let by_cpc = table spend over cpc …   сохраняет таблицу: `by_cpc` или `:show by_cpc` печатает её,
    `compare base, low on by_cpc` считает её в сценарии `low`, `export by_cpc to "t.csv"`.
repl-help-topic-tornado =
    tornado spend over cpc, deal_size, inbound.visit->mql by 20%
    Каждый вход отдельно на 20% ниже и выше своего значения; входы упорядочены по размаху
    результата, самый широкий первым, с низким и высоким результатом и полосой у каждого.
    tornado spend over cpc, deal_size
    Без `by` вход, записанный как `a to b`, идёт от a до b (его 90% диапазон), остальные —
    на своих медианах.
    tornado spend over cpc from $1 per visit to $1.50 per visit, deal_size by 10%
    Свои границы или доля входа пишутся после него.
repl-help-topic-ranges =
    $0.8 to $1.6 per visit      неопределённое значение: 90% диапазон, по выборке
    let cpc = $0.8 to $1.6 per visit
    cpc * 10,000 visits         ≈ $11,600 (90%: $8,050 to $16,000)
    chance(cpc * 10,000 visits < $15k), cpc.p5, cpc.p95, cpc.mean
    Рядом с + - * / диапазону нужны скобки: ($0.8 to $1.6 per visit) * visits.

## The document and its writers
grid-goal = цель
grid-title = название
grid-metric = метрика
grid-baseline = исходное значение
grid-target = целевое значение
grid-deadline = срок
grid-owner = ответственный
grid-supports = поддерживает
grid-smart = SMART
grid-actions = действия
grid-chance-met = P(успех)
grid-action = действие
grid-serves = служит цели
grid-channel = канал
grid-cost = стоимость
grid-period = период
grid-budget = бюджет
section-objectives = Стратегические цели
section-goals = Цели
section-funnels = Воронки
section-budgets = Бюджеты
section-actions = Действия
section-reports = Отчёты
section-comparisons = Сравнения
section-tables = Таблицы данных
section-values = Значения
section-uncertain = Неопределённые значения
section-checks = Открытые пункты
document-period = Период
document-currency = Валюта
document-by-owner = По ответственным
document-by-channel = По каналам
export-every-check-passes = Нет: все проверки пройдены.
export-fix = исправление

## Keywords (Sources/MPlanSyntax/Syntax/PlanWords.swift)
keyword-plan = план
keyword-objective = задача
keyword-goal = цель
keyword-action = действие
keyword-budget = бюджет
keyword-report = отчёт
keyword-metric = метрика
keyword-baseline = исходно
keyword-target = целевое
keyword-by = срок
keyword-within = за
keyword-supports = поддерживает
keyword-owner = ответственный
keyword-direction = направление
keyword-cost = стоимость
keyword-channel = канал
keyword-period = период
keyword-from = из
keyword-total = всего
keyword-reserve = резерв
keyword-currency = валюта
keyword-language = язык
keyword-calendar = календарь
cli-fmt-keywords = Записать ключевые слова и имена полей плана на этом языке: en, ar, fa или ru (`goal`, `هدف`, `هدف`, `цель`); план должен читаться так же, как до записи.
format-reason-keywords = с переписанными ключевыми словами план читался бы иначе

## Workshop (Sources/MPlanKit/Workshop*.swift, Sources/mplan/WorkshopCommand.swift)
workshop-intro =
    SMART-цель, буква за буквой: конкретная, измеримая, достижимая, значимая, ограниченная во времени.
    Отвечайте на каждый вопрос одной строкой; на пустой или неверный ответ вопрос прозвучит снова,
    а Ctrl-D завершит упражнение, ничего не записав.
workshop-ask-metric = S — что вы будете считать? Одно слово, например клиент, подписчик или заказ:
workshop-ask-baseline = M — сколько у вас сейчас ({$metric})? Число, например 100:
workshop-ask-target = M — сколько вы хотите получить ({$metric})? Число, например 125:
workshop-ask-action = S — с помощью чего вы этого добьётесь? Действие в нескольких словах (ежедневные посты в Instagram):
workshop-ask-title = S — скажите цель одним предложением: что, сколько и с помощью чего (подписчики со 100 до 125 с помощью ежедневных постов):
workshop-ask-deadline = T — к какой дате? Год, месяц и день, например {$example}:
workshop-ask-objective = R — какой задаче компании служит цель? В нескольких словах (рост выручки на 10% в этом году):
workshop-ask-owner = Кто отвечает за эту цель? Имя:
workshop-done = Цель соответствует SMART: {$letters}
workshop-empty = Пожалуйста, ответьте на вопрос: упражнению нужна эта часть цели.
workshop-other-language = Пожалуйста, отвечайте по-русски: план пишется на языке занятия.
workshop-no-quotes = Пожалуйста, без двойных кавычек (") и обратной косой черты (\): план сам заключит предложение в кавычки.
workshop-metric-one-word = `{$answer}` — не одно слово: назовите то, что считаете, одним словом (клиент, подписчик, заказ), а два слова соедините через `_`.
workshop-not-number = `{$answer}` — не число от 0 и больше: напишите только цифры, например 100 или 2 000.
workshop-not-date = `{$answer}` — не дата, которую может прочитать план: напишите год-месяц-день, например {$example}.
workshop-past-date = {$answer} — не позже сегодняшнего дня ({$today}): срок — это день, который ещё впереди.
workshop-letter-met = {$letter} ✓
workshop-finding =
    {$finding}
      → {$fix}
workshop-example-specific = Из статьи: «привлечь клиентов» — это пожелание; «удвоить число клиентов в нашем списке с помощью Instagram за два месяца» говорит, что, сколько и с помощью чего.
workshop-example-measurable = Из статьи: «увеличить число подписчиков в соцсетях» выполнено и при росте со 100 до 101; «увеличить на 25%», со 100 до 125, можно измерять каждый месяц.
workshop-example-attainable = Из статьи: если у вас 10 клиентов, не ждите 2 000 клиентов в следующем месяце: такая цель нереалистична.
workshop-example-relevant = Из статьи: зачем цель, которая не важна? Она должна быть важна вам и команде и служить долгосрочным задачам компании.
workshop-example-time-bound = Из статьи: «к первому сентября» задаёт срок; плану он нужен датой, например {$example}.
workshop-revise-pace = Назовите цель поменьше, а затем, если нужно, более поздний срок.
workshop-retell-title = Числа изменились: скажите цель одним предложением ещё раз, с новыми числами.
workshop-plan-title = SMART-практикум
workshop-name-objective = задача_компании
workshop-name-goal = цель_практикума
workshop-name-action = действие_практикума
workshop-yes-words = да д
workshop-file-exists = {$path} уже существует. Заменить его? (да/нет):
workshop-ask-file = Тогда в какой файл записать цель? (пустая строка — ничего не записывать):
workshop-written = Цель с её задачей и действием записана в {$path}: проверьте её командой `mplan check --only smart {$path}`.
workshop-not-written = Ничего не записано.
workshop-ended = Упражнение закончилось раньше, чем цель была готова: ничего не записано.
workshop-write-failed = Не удалось записать цель в {$path}: {$reason}
cli-workshop-abstract = Упражнение SMART с подсказками: одна цель, буква за буквой, записанная в файл.
cli-workshop-discussion = Спрашивает каждую часть цели на выбранном языке (--lang), проверяет каждый ответ правилами SMART из `mplan check` и записывает цель с её задачей и действием в FILE.
cli-workshop-file = Файл, в который записать цель (по умолчанию goal.mplan); существующий файл заменяется, только если вы согласитесь.
repl-help-command-workshop = :workshop [file]  упражнение SMART с подсказками: одна цель, буква за буквой, записанная в файл (goal.mplan)
document-runs = {$first}{$second}
document-funnel = воронка
document-stage-counts-from = Объёмы этапов из
document-funnel-stage = этап
document-funnel-rate = конверсия с прошлого этапа
document-funnel-count = объём
document-uncertain-mean = среднее
document-uncertain-p5 = p5
document-uncertain-p50 = p50
document-uncertain-p95 = p95
document-values-value = значение
document-values-amount = сумма
document-versus = vs
document-comparison-change = разница
document-changes-under-scenario = в сценарии
chart-funnel-title = Воронка {$funnel}: доля каждого этапа от верха и его конверсия
chart-funnel-description = Столбцы для {$stages}
chart-share-of-top = {$share} от верха
chart-pacing-title = Бюджет {$budget}: заложенный расход по месяцам (столбцы) и нарастающим итогом (линия) против бюджета (пунктир)
chart-pacing-description = {$months ->
    [one] {$months} месяц, всего заложено {$amount}
    [few] {$months} месяца, всего заложено {$amount}
    [many] {$months} месяцев, всего заложено {$amount}
   *[other] {$months} месяца, всего заложено {$amount}
}
chart-line-budget = бюджет {$amount}
chart-line-needed = нужно {$amount}
chart-channel-spend-title = Расход по каналам ({$currency})
chart-channel-spend-description = {$count ->
    [one] {$count} канал
    [few] {$count} канала
    [many] {$count} каналов
   *[other] {$count} канала
}
chart-no-channel = (без канала)
chart-distribution-title = Распределение {$value}
chart-distribution-description = {$count ->
    [one] {$count} выборка; 90% между {$low} и {$high}
    [few] {$count} выборки; 90% между {$low} и {$high}
    [many] {$count} выборок; 90% между {$low} и {$high}
   *[other] {$count} выборки; 90% между {$low} и {$high}
}
chart-scenarios-title = Сценарии рядом: {$scenarios}
chart-scenarios-description = {$count ->
    [one] {$count} сравниваемое значение
    [few] {$count} сравниваемых значения
    [many] {$count} сравниваемых значений
   *[other] {$count} сравниваемого значения
}
chart-data-table-title = {$output} при {$input} от {$from} до {$to}
chart-data-table-description = {$count ->
    [one] {$count} точка, от {$from} до {$to}
    [few] {$count} точки, от {$from} до {$to}
    [many] {$count} точек, от {$from} до {$to}
   *[other] {$count} точки, от {$from} до {$to}
}
change-new = {$name} — новое: {$value}
change-gone = {$name} больше нет
change-finding-new = {$severity ->
        [error] новая ошибка
        [warning] новое предупреждение
       *[other] новое: {$severity}
    } {$code}: {$message}
change-finding-cleared = снято {$code}: {$message}
change-table-now = {$name} теперь {$summary}
change-table-cells = {$name}: изменено {$changed} из {$count ->
    [one] {$count} ячейки
    [few] {$count} ячеек
    [many] {$count} ячеек
   *[other] {$count} ячейки
}
diagnostics-more = … и ещё {$count}
diagnostics-more-in = … и ещё {$count} в {$file}
diagnostics-only-first = (показаны только первые {$count} для файла; сначала исправьте их)
document-row-under = {"  "}{$row}
