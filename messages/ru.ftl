# mplan's messages in Russian. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Russian plural categories: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30, 111),
# other (numbers with decimals: 1.5).
# Terms follow the strategic-marketing article (seeds/004): «цель», «бюджет», «резерв»; its
# budget methods «Снизу» (a fixed sum given, work within the limit: mplan's `total`) and
# «Сверху» (work out what the result needs: a budget with no `total`). The article names them
# the other way round from the English "top-down"/"bottom-up": keep the article's words.
# SMART letters: Конкретная, Измеримая, Достижимая, Значимая, Ограниченная во времени.

## Lists and counts

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

## The lexer's diagnostics

lexer-too-large-for-memory = скрипт не помещается в отведённую память ({$budget}): чтение остановлено здесь
lexer-too-large-for-memory-fix = разбейте скрипт на файлы поменьше или увеличьте память параметром `--memory`
lexer-minus-after-currency = знак минус ставится перед знаком валюты
lexer-minus-after-currency-fix = пишите `-{$symbol}5k`, а не `{$symbol}-5k`
lexer-unexpected-character = неожиданный символ {$character}
lexer-name-too-long = это имя длиной {$length} символов; имя может быть не длиннее {$maximum}
lexer-name-too-long-fix = дайте ему имя покороче
lexer-unterminated-string = незакрытая строка
lexer-unterminated-string-fix = закройте строку знаком `"` на той же строке
lexer-invalid-unicode-escape = неверная escape-последовательность Unicode; пишите её так: \u{"{"}1F600{"}"}
lexer-unknown-escape = неизвестная escape-последовательность `\{$escape}`
lexer-unknown-escape-fix = для обратной косой черты пишите `\\`

## The interpreter's diagnostics

interpreter-argument-count = `{$function}` принимает {$expected ->
        [one] {$expected} аргумент
        [few] {$expected} аргумента
        [many] {$expected} аргументов
       *[other] {$expected} аргумента
    }, а не {$given}
interpreter-argument-count-range = `{$function}` принимает от {$least} до {$most} аргументов, а не {$given}
interpreter-argument-count-fix = вызовите её так: `{$call}`

## The checklist

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

## The REPL's :help

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
