# mplan's messages in Russian. Keys missing here are said in English (messages/en.ftl).
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Russian plural categories: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25–30, 111),
# other (numbers with decimals: 1.5).

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

## The checklist

checklist-place-line = строка {$line}
checklist-checks-pass = пройдено проверок: {$passed} из {$total}
checklist-summary-with-faults = {$checks}; {$counts}
checklist-script-errors = в скрипте {$errors}
checklist-script-errors-nothing-checked = {$script}; ничего не проверено
checklist-script-errors-then-summary = {$script}; {$summary}

## The lexer's diagnostics

lexer-unterminated-string = незакрытая строка
lexer-unterminated-string-fix = закройте строку знаком `"` на той же строке

## The interpreter's diagnostics

interpreter-argument-count = `{$function}` принимает {$expected ->
        [one] {$expected} аргумент
        [few] {$expected} аргумента
        [many] {$expected} аргументов
       *[other] {$expected} аргумента
    }, а не {$given}
interpreter-argument-count-fix = вызовите её так: `{$call}`
