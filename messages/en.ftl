# mplan's messages in English: the catalogue every other language falls back to.
# Format and rules: docs/messages.md. After editing, run scripts/embed-messages.
# Values inside a message ({$count}, {$code}) stay as mplan prints them in every language.

## Lists and counts, shared by every layer

# Text not yet converted to a message, said as written in every language: never translate it.
verbatim = {$text}

# Two items of a list; a longer list nests them: "3 errors, 2 warnings, 1 suggestion".
list-pair = {$first}, {$second}
count-errors = {$count ->
    [one] {$count} error
   *[other] {$count} errors
}
count-warnings = {$count ->
    [one] {$count} warning
   *[other] {$count} warnings
}
count-suggestions = {$count ->
    [one] {$count} suggestion
   *[other] {$count} suggestions
}
count-not-judged = {$count} not judged
# The last of several alternatives: "md, json, csv, html or xlsx".
list-or-last = {$first} or {$last}
# A code, keyword or file extension in a list, as written.
list-code = {$code}

## The lexer's diagnostics (Sources/MPlanSyntax/Syntax/Lexer.swift, Lexer+Numbers.swift)

# E0316: {$budget} is the memory budget as mplan prints a size ("2 GB").
lexer-too-large-for-memory = the script is too large to hold within the memory budget ({$budget}): reading stopped here
lexer-too-large-for-memory-fix = split the script into smaller files, or raise the budget with `--memory`
lexer-minus-after-currency = a minus sign goes before the currency symbol
# {$symbol} is the currency symbol as written ($, €…).
lexer-minus-after-currency-fix = write `-{$symbol}5k`, not `{$symbol}-5k`
# {$character} is the character in backticks, or its code point (U+0009) when it is invisible.
lexer-unexpected-character = unexpected character {$character}
lexer-name-too-long = this name is {$length} characters long; names are at most {$maximum}
lexer-name-too-long-fix = give it a shorter name
lexer-unterminated-string = unterminated string
lexer-unterminated-string-fix = close the string with `"` on the same line
lexer-invalid-unicode-escape = invalid unicode escape; write it as \u{"{"}1F600{"}"}
# {$escape} is the letter written after the backslash.
lexer-unknown-escape = unknown escape `\{$escape}`
lexer-unknown-escape-fix = write `\\` for a backslash

# {$written} is the date as written, day or month first (31/12/2027).
lexer-date-order = `{$written}` is not a date mplan reads
# {$day-first} and {$month-first} are the date read day first and month first, as mplan writes dates.
lexer-date-order-both-fix = mplan writes dates year-month-day: `{$day-first}` (day first), or `{$month-first}` (month first)
lexer-date-order-day-first-fix = mplan writes dates year-month-day: `{$day-first}` (day first)
lexer-date-order-month-first-fix = mplan writes dates year-month-day: `{$month-first}` (month first)
# {$year} is the year written; neither order gives a day in the calendar.
lexer-date-order-no-calendar-fix = mplan writes dates year-month-day, and this one is in no calendar: `{$year}-MM-DD`
# {$written} is `1,5%` as written; {$whole} and {$fraction} the two values it reads as (1 and 5%).
lexer-decimal-comma = `{$written}` reads as two values, {$whole} and {$fraction}: a comma separates values
# {$decimal} is the decimal written with a point (1.5%).
lexer-decimal-comma-fix = for a decimal write a point: `{$decimal}`; to keep two values, put a space after the comma: `{$whole}, {$fraction}`
# {$quarter} is the quarter's number as written (Q5).
lexer-no-such-quarter = there is no quarter {$quarter}; quarters run Q1 to Q4
lexer-week-two-digits = write ISO weeks with two digits
# {$value} is the value as mplan writes it.
lexer-write-value = write {$value}
# {$year} has {$weeks} ISO weeks (52 or 53); {$week} is the week written.
lexer-no-such-week = {$year} has no week {$week}; its ISO weeks run W01 to W{$weeks}
# {$last} is the year's last week, {$next} the first week of the next year.
lexer-week-53-fix = write {$last}, or {$next} for the week after it
lexer-week-range-fix = write a week from {$first} to {$last}
lexer-loose-date = write dates with two-digit months and days
lexer-loose-date-fix = write it as YYYY-MM-DD, such as 2027-01-05, or put spaces around `-` to subtract
# {$month} is the month (2027-02), {$days} how many days it has, {$last} its last day.
lexer-month-days-fix = {$month} has {$days} days: write {$last} for its last day
lexer-not-in-calendar-fix = write YYYY-MM-DD with a month from 01 to 12 and a day the month has
# {$date} is the date as written.
lexer-not-in-calendar = {$date} is not a date in the calendar
# {$month} is the month's number as written.
lexer-no-such-month = there is no month {$month}; months run 01 to 12
lexer-number-too-long = this number is too long to read
lexer-number-too-large = this number is too large

## The interpreter's diagnostics (Sources/MPlanLanguage/Runtime/Interpreter*.swift, Natives.swift, Sampling.swift)

# A call with the wrong number of arguments: {$function} is the function's name.
interpreter-argument-count = `{$function}` takes {$expected ->
        [one] {$expected} argument
       *[other] {$expected} arguments
    }, not {$given}
# A native function that takes {$least} to {$most} arguments.
interpreter-argument-count-range = `{$function}` takes {$least} to {$most} arguments, not {$given}
# {$call} is the call as mplan code: "f(a, b)".
interpreter-argument-count-fix = call it as `{$call}`
# {$levels} is how deep a computation may nest.
interpreter-nesting-too-deep = the computation nests more than {$levels} levels deep (calls within calls within expressions)
interpreter-nesting-too-deep-fix = recurse less deeply, or split the expression with `let`
# {$field} is the record's field given twice.
interpreter-record-field-twice = the record has `{$field}` twice
# {$type} says what the value is (a value-type- or unit- message).
interpreter-if-condition = `if` needs a condition that is true or false, not {$type}
interpreter-not-a-number = this has no defined value
interpreter-infinite = this is infinite
interpreter-not-finite-samples-note = some of the uncertain value's samples are not finite numbers
interpreter-not-finite-fix = check the inputs: a logarithm of 0, a root of a negative number, or a power that overflows
# {$operator} is `and` or `or`.
interpreter-logic-operand = `{$operator}` needs true or false, not {$type}
interpreter-period-ends = `..` joins two dates, months or quarters
interpreter-period-ends-fix = write a period as `2027-01 .. 2027-12`
interpreter-period-backwards = this period ends before it starts
# {$end} is the period's end as mplan prints it.
label-ends = ends {$end}
interpreter-not-a-function = {$type} cannot be called like a function
# {$depth} is how deep a function may call itself.
interpreter-recursion-too-deep = `{$function}` calls itself more than {$depth} times deep
interpreter-recursion-too-deep-fix = make sure the recursion has an `if … then … else` that stops it
label-in-this-call = in this call of `{$function}`
interpreter-value-too-deep = this value nests lists or records more than {$levels} levels deep
interpreter-value-too-deep-fix = flatten it: keep lists of values, not lists of lists of lists
# {$counts} is the count unit in the plural (visits); {$unit} the product's unit (USD·visit).
interpreter-money-times-count = money times {$counts} gives {$unit}, which is rarely meant
# {$count} is the count unit (visit), {$price} an amount of money as mplan prints it.
interpreter-money-times-count-fix = write the price per {$count}: `{$price} per {$count}` times the {$counts} gives money
# {$steps} is the step budget as mplan prints a number.
interpreter-step-budget = this computation takes more than {$steps} steps, the step budget
interpreter-step-budget-note = the run stopped here; nothing after it ran
interpreter-step-budget-fix = a function that calls itself more than once a call takes exponentially long: make it call itself once, or raise the budget with `--steps`
interpreter-interrupted = interrupted
interpreter-interrupted-note = nothing this input defined was kept
interpreter-checkpoint-day = a checkpoint is a day or a month
interpreter-checkpoint-day-fix = write `checkpoint 2027-03-31` or `checkpoint 2027-03`
# {$statement} is the plan statement's keyword (compare, show, export…).
interpreter-needs-planning = `{$statement}` needs the planning layer, which this session does not have
interpreter-assert-condition = `assert` needs a condition that is true or false, not {$type}
# {$value} is the side's value as mplan prints it.
interpreter-assert-left-note = left side: {$value}
interpreter-assert-right-note = right side: {$value}
interpreter-assertion-failed = assertion failed
# {$explanation} is the script's own text after `assert …,`.
interpreter-assertion-failed-because = assertion failed: {$explanation}
# {$currency} is the code written after `rate`.
interpreter-rate-not-currency = `{$currency}` is not a currency code
# {$code} is the code in capitals.
interpreter-rate-capitals-fix = currency codes are written in capitals: `rate {$code} = …`
interpreter-rate-code-fix = write a three-letter code such as `rate EUR = 1.08 USD`
interpreter-rate-not-money = a rate is an amount of another currency, not {$type}
interpreter-rate-invalid = a rate converts one currency into a different one at a positive price
# {$rate} is the new rate as an amount (1.1 USD); {$stated} the rate the earlier ones give, as a number.
interpreter-conflicting-rate = this rate says 1 {$currency} = {$rate}; the rates stated before say {$stated}
interpreter-conflicting-rate-fix = this newer rate is the one used from here on; state each exchange rate once
interpreter-no-files = this session cannot read files
interpreter-no-stdlib = this session has no standard library
# {$module} is the imported file or module; {$error} its first error.
interpreter-module-failed = `{$module}` failed while loading: {$error}
# {$budget} is the memory budget as mplan prints a size; {$samples} how many samples an uncertain value holds, {$size} their size.
interpreter-memory-budget = this needs more memory than the budget of {$budget}
interpreter-memory-budget-samples = this needs more memory than the budget of {$budget} (each uncertain value holds {$samples} samples, {$size})
interpreter-memory-budget-samples-fix = lower `--samples` (10000 is the default), make fewer uncertain values, or raise the budget with `--memory`
interpreter-memory-budget-fix = the plan itself holds the memory (its values, records, lists, scenarios and tables): make it smaller, or raise the budget with `--memory`
# {$type} says what the value is.
natives-expected-number = expected a number, not {$type}
# {$unit} says what the value is (a unit- message).
natives-plain-number = this function takes a plain number, not {$unit}
# {$value} is the value given, as mplan prints it.
natives-round-digits = `round` takes a whole number of digits from -15 to 15, not {$value}
natives-round-digits-fix = write `round(x, 2)` for cents, `round(x, -3)` for thousands
natives-no-values = no values to choose from
natives-sum-list = `sum` takes a list
# {$first} and {$second} say what the list's values are (unit- messages).
natives-list-mixes = the list mixes {$first} and {$second}
natives-len-list = `len` takes a list or text
natives-percentile-range = a percentile lies between 0% and 100%
natives-chance-condition = `chance` takes a condition
ranges-exact-ends = `to` joins two exact numbers, as in `$18k to $30k`
ranges-same-unit = both ends of a range need the same unit
ranges-order = a range goes from the lower value to the higher one
# {$block} says what the name is already (a value-type-block message).
blocks-already-defined = `{$name}` is already {$block} of this plan
blocks-already-defined-note = the first one is kept; the rest of the plan is still checked
# {$kind} is the block's keyword.
blocks-already-defined-fix = give this {$kind} a name of its own
# {$field} is a flag field (zero_based).
blocks-flag = `{$field}` is `true` or `false`, not {$type}
blocks-flag-fix = write `{$field}` (or `{$field} true`) to turn it on, `{$field} false` to turn it off

## The parser's diagnostics (Sources/MPlanSyntax/Syntax/Parser*.swift)

# How a token reads in "expected …, found …": {$code} is the token as written.
token-number = a number
token-percent = a percentage
token-money = an amount of money
token-date = a date
token-month = a month
token-quarter = a quarter
token-week = a week
token-string = a string
token-code = `{$code}`
token-line-end = the end of the line
token-file-end = the end of the file
parser-item-after-comma = expected another item after `,`
parser-item-after-comma-fix = remove the `,` at the end
parser-comma-before-statement = this line ends with `,`, so the statement goes on, but the next line starts another
parser-comma-before-statement-fix = remove the `,` at the end of the line
# {$name} is a word that is a statement on its own (`check`).
parser-statement-word-as-name = `{$name}` cannot be a name: a line with only `{$name}` runs the plan checks
# {$name} is the keyword or word written where a name goes.
parser-pick-another-name = pick another name, such as `{$name}_`
# {$bracket} is the bracket left open; in the fix, the one that closes it.
parser-never-closed = this `{$bracket}` is never closed
parser-never-closed-fix = add `{$bracket}` where the expression ends
# {$symbol} is the symbol expected, {$context} where (a parser-context- message), {$found} the token found instead (a token- message).
parser-expected-symbol = expected `{$symbol}` {$context}, found {$found}
parser-expected-symbol-fix = write `{$symbol}` {$context}
parser-one-equals-fix = write one `=` here: `==` compares
# {$keyword} is the keyword written where a name goes; {$context} says where.
parser-keyword-as-name = `{$keyword}` is a keyword and cannot be used as a name {$context}
parser-expected-name = expected a name {$context}, found {$found}
parser-expected-name-fix = write a name such as `total`: letters, digits and `_`, not starting with a digit
parser-expected-statement-end = expected the end of the statement, found {$found}
parser-brace-closes-nothing = this `{"}"}` closes nothing
parser-brace-closes-nothing-fix = remove it, or look for the `{"{"}` it was meant to close
# {$budget} is the memory budget as mplan prints a size ("2 GB"); {$statements} how many statements were read.
parser-too-large-for-memory = the script is too large to hold within the memory budget ({$budget}): parsing stopped here, after {$statements ->
        [one] {$statements} statement
       *[other] {$statements} statements
    }
# The parser-context- messages say where a token was expected, after "expected `=`" or "expected a name".
# {$code} is the keyword or symbol just read.
parser-context-after = after `{$code}`
# {$name} is the name being defined.
parser-context-let-name = after the name in `let {$name}`
parser-misplaced-assignment = `=` assigns only in `let` and in scenarios
# {$unit} is the unit being declared.
parser-context-unit-plural = after `unit {$unit},` (its plural, as in `unit deal, deals`)
parser-context-rate-currency = after `rate` (a currency code such as EUR)
# {$currency} is the currency code written after `rate`.
parser-context-rate-value = in `rate {$currency} = 1.08 USD`
parser-import-file = expected a file name in quotes after `import`
parser-import-file-fix = write `import "other.mplan"`
parser-context-use-module = after `use` (a standard-library module such as `kpi`)
parser-expected-statement = expected a statement
parser-context-function-name = after the function name
parser-context-parameter = for a parameter
parser-context-parameters = after the parameters
# {$function} is the function's name.
parser-context-function-body = before the body of `fn {$function}`
parser-expected-declaration = expected a declaration
parser-context-served-goal = after `=>` (the goal this action serves)
# {$kind} is the block's keyword (goal, budget, action…).
parser-block-not-closed = this `{$kind}` block is not closed
parser-block-not-closed-fix = add `{"}"}` after its last field
# {$found} is the token that starts a statement (a token- message); {$line} is the line where the block opened.
parser-statement-in-open-block = {$found} starts a new statement, but the block opened on line {$line} is not closed
# {$fix} is the fix-it for the unclosed block; {$line} the line of the statement that follows it.
parser-fix-before-line = {$fix}, before line {$line}
parser-context-field = for a field
# {$sign} is the `=` or `:` written after a field's name.
parser-field-sign = a field takes its value without `{$sign}`
# {$field} is the field's name; {$found} what follows its value.
parser-field-end = expected the end of the field `{$field}`, found {$found}
parser-stage-end = expected the end of the stage, found {$found}
parser-stage-end-fix = put each stage on a line of its own
parser-context-funnel-open = to open the funnel's stages
parser-funnel-not-closed = this funnel is not closed
parser-funnel-not-closed-fix = add `{"}"}` after its last stage
parser-context-stage = for a funnel stage, as in `visit -> mql : 2%`
parser-context-stage-arrow = between two stages, as in `visit -> mql : 2%`
parser-context-stage-rate = before the conversion rate, as in `visit -> mql : 2%`
parser-context-extends = after `extends` (the scenario this one builds on)
parser-context-scenario-open = to open the scenario's changes
parser-scenario-not-closed = this scenario is not closed
parser-scenario-not-closed-fix = add `{"}"}` after its last change
parser-context-scenario-change = in a scenario change, as in `inbound.visit->mql = 1.5%`
parser-change-end = expected the end of the change, found {$found}
# {$rest} is the rest of the line after the change, as written.
parser-change-end-fix = a scenario takes one change per line: put `{$rest}` on a line of its own
parser-context-compared-scenario = for a scenario (`base` is the plan as written)
parser-compare-on = expected `on` and what to compare
parser-compare-on-fix = write `compare base, cautious on need.visit`
parser-show-what = expected what to show
parser-show-what-fix = write `show NAME`, `show goals` or `show actions by owner`
parser-context-export = after `export` (`plan`, or the name of a goal, budget, funnel or value)
# {$target} is what is exported (`plan`, a name).
parser-export-to = expected `to` and a file name after `export {$target}`
parser-export-file = expected a file name in quotes after `export {$target} to`
# {$formats} lists the file extensions mplan exports to (list-or-last).
parser-export-fix = write `export {$target} to "plan.html"` ({$formats})
# {$target} is a funnel rate or field as mplan code, {$value} the value written after `=`.
parser-assignment-scenario-fix = to try another value, write `scenario try_it {"{"} {$target} = {$value} {"}"}`, then read `try_it.NAME` or `compare base, try_it on …`; or type the funnel or block again
# {$name} is the name assigned to.
parser-assignment-let-fix = write `let {$name} = {$value}`, or `==` to compare
parser-assignment-fix = write `let NAME = …`, or `==` to compare
parser-leftover-assign-fix = to compare two values write `==`; `=` gives a name its value only in `let NAME = …`
# {$bracket} is the closing bracket left over.
parser-leftover-closer-fix = this `{$bracket}` closes nothing: remove it, or add the bracket it closes
parser-leftover-colon-fix = a `:` belongs in a record (`{"{"}visits: 10{"}"}`) or a funnel stage (`visit -> mql : 2%`)
parser-leftover-statement-fix = put each statement on its own line, or separate statements with `;`
# {$before} and {$after} are the two values written side by side, as written.
parser-leftover-unit-after-money-fix = an amount of money takes no unit after it: write `{$before} per {$after}` for a price per {$after}
parser-leftover-missing-comma-fix = separate the values with a comma: `{$before}, {$after}`
parser-leftover-missing-operator-fix = an operator is missing between `{$before}` and `{$after}`: write `+`, `-`, `*` or `/`, or put them on separate lines
# Where a value is missing at the very start of an expression.
parser-the-start = the start
# {$before} is what was written last (a token-code message, or parser-the-start).
parser-missing-value-line-above-fix = the line above ends unfinished after {$before}: write the value there, or remove {$before}
parser-missing-value-unfinished-fix = the expression is unfinished: write a value after {$before}
# {$symbol} is the bracket or comma found where a value should be.
parser-missing-value-before-fix = write a value before `{$symbol}`, or remove {$before}
parser-missing-value-assign-fix = write the value after the name: `let NAME = VALUE`; to compare, `==` goes between two values
parser-missing-value-two-operators-fix = two operators in a row: remove `{$symbol}` or write a value before it
parser-missing-value-keyword-fix = `{$keyword}` is a keyword, not a value: write a number, a name or a string here
parser-missing-value-fix = write a number, a name, a string, or a bracketed expression
parser-field-leftover-fix = put each field on its own line
# {$field} is the field's name; {$before} and {$after} its two values as written.
parser-field-missing-comma-fix = separate the values of `{$field}` with a comma: `{$before}, {$after}`
# {$levels} is how deep an expression may nest.
parser-nested-too-deeply = this expression is nested too deeply (more than {$levels} levels)
parser-split-into-lets-fix = split it into several `let` lines
parser-if-then = expected `then` after the condition of `if`
parser-if-then-compare-fix = to compare, write `==`: `if a == b then … else …`
parser-if-then-fix = write `if CONDITION then VALUE else VALUE`
parser-if-else = expected `else`: an `if` must give a value either way
parser-if-else-fix = add `else …`
parser-too-many-nots = too many `not`s in a row
parser-too-many-signs = too many signs in a row
parser-too-many-powers = too many `^` in a row
parser-context-close-call = to close the call
parser-per-count-unit = expected a unit after the number that follows `per`
parser-per-count-unit-fix = write what it is per, as in `$5 per 1,000 impressions`
# {$keyword} is `as` or `per`; {$found} the token found instead of a unit.
parser-expected-unit = expected a unit after `{$keyword}`, found {$found}
parser-expected-unit-fix = write a unit such as `visit`, `customer`, `USD` or `month`
parser-context-close-bracket = to close `(`
# {$found} is the token found where a value should start (a token- message).
parser-expected-value = expected a value, found {$found}
parser-continue-line-fix = this line is not part of the line above; put the operator at the end of the line above
parser-context-close-list = to close the list
parser-context-record-field = for a field of the record, as in `{"{"}visits: 10, cost: $5{"}"}`
# {$field} is the record field's name.
parser-context-record-field-name = after the field name `{$field}`
parser-context-close-record = to close the record
parser-too-long-or-deep = this expression is too long or too deep (more than {$levels} levels)
parser-solve-for = expected `for` and the result to reach
# {$unknown} is the value to solve for, as mplan code.
parser-solve-for-fix = write `solve {$unknown} for spend = $15k` (or `<=`, `>=`)
parser-solve-condition = `solve` needs a result and the value it should reach, joined by `=`, `<=` or `>=`
parser-solve-condition-fix = write `solve {$unknown} for spend = $15k`
parser-table-over = expected `over` and the input to vary
parser-table-over-fix = write `table spend over cpc from $0.50 per visit to $2 per visit step $0.25 per visit`
# {$input} is the table's input, as mplan code.
parser-table-input-values = expected the values of `{$input}`: `from A to B step S` or `in {"["}A, B, C]`
parser-table-input-values-fix = write `{$input} from 1% to 3% step 0.5%` or `{$input} in {"["}1%, 2%, 3%]`
parser-table-step = expected `step` and the distance between values
parser-table-step-fix = add `step …` after the range
parser-tornado-over = expected `over` and the inputs to vary
parser-tornado-over-fix = write `tornado spend over cpc, deal_size by 10%`
# {$code} is the code before the range, ending in `from`.
parser-range-ends = expected `A to B` after `{$code}`
parser-range-ends-fix = write both ends, as in `from 1% to 3%`
# {$operator} is the arithmetic next to `to`.
parser-ambiguous-range = `to` next to `{$operator}` without brackets: it is not clear which part is the range
# {$range-first} is the code with the range bracketed, {$range} the range, {$ends-first} the code with each end bracketed.
parser-ambiguous-range-fix = write `{$range-first}` for arithmetic on the range `{$range}`, or `{$ends-first}` for a range between computed ends
# The diagnostic that stands for those a stage did not keep: {$count} more, {$kept} kept.
diagnostics-omitted = … and {$count ->
        [one] {$count} more error
       *[other] {$count} more errors
    } like the ones above; only the first {$kept} are kept
diagnostics-omitted-fix = fix the first ones: the rest often go with them
# The label at the `{"{"}` of a block left open.
parser-block-opened-here = this block opened here

## Reading a script (Sources/MPlanSyntax/Diagnostics/SourceLoader.swift)

# {$path} is the file as named; {$reason} the system's reason (loader-no-such-file, or the system's own words).
loader-cannot-read = cannot read `{$path}`: {$reason}
loader-no-such-file = no such file
# {$kind} says what the path is instead (a loader-kind- message).
loader-not-a-script = `{$path}` is {$kind}, not a script
loader-kind-folder = a folder
loader-kind-pipe = a named pipe (FIFO)
loader-kind-device = a device
loader-kind-socket = a socket
loader-folder-fix = name a `.mplan` file inside it
loader-not-a-file-fix = save the plan to a file and name it, or pipe it in: `mplan run -`
# {$size} is the largest script mplan reads ("64 MB").
loader-too-large = `{$path}` is larger than {$size}; that is no plan
loader-binary = `{$path}` is a binary file, not a script
# {$offset} is the byte's offset from the start of the file.
loader-binary-note = it has a NUL byte at offset {$offset}
loader-not-utf8 = `{$path}` is not UTF-8 text
loader-not-utf8-note = the first byte that does not decode is at offset {$offset}
loader-not-utf8-fix = save the file as UTF-8

## mplan fmt's refusal (Sources/MPlanSyntax/Syntax/Formatter.swift)

# {$reason} says why (a format-reason- message).
format-would-change = `mplan fmt` could not lay out this file without changing it ({$reason}); the file is left as it was
format-would-change-fix = this is a bug in `mplan fmt`: please report it with the file
format-reason-whole-file = it reads differently in one piece
format-reason-no-parse = the result would not parse
# {$token} is the number of the first token that differs, counted from 1.
format-reason-token = token {$token} would read differently

## Words every layer's diagnostics share (Sources/MPlanSyntax/Diagnostics/Suggestions.swift)

# {$name} is the closest known name to the one written.
suggestion-did-you-mean = did you mean `{$name}`?
# Labels at the first of two definitions.
label-first-defined-here = first defined here
label-first-given-here = first given here
label-defined-here = defined here
# {$code} is mplan code to write instead.
fix-write-code = write `{$code}`
# {$place} is a place in a script: file:line:column.
note-at = at {$place}

## The checker's diagnostics (Sources/MPlanLanguage/Semantics/Checker*.swift)

# {$kind} is the block's keyword (goal, budget…) that has a `=>`.
checker-arrow-only-on-actions = only an action serves goals with `=>`; a {$kind} cannot
# {$names} are the names written after `=>`, as written.
checker-arrow-goal-fix = a goal names the objective it serves with a field: `supports {$names}`
# {$budget} is the budget's name.
checker-arrow-budget-fix = an action says which budget pays for it: `from {$budget}` in the action
checker-arrow-report-fix = a report lists what it measures with a field: `measures {$names}`
checker-arrow-remove-fix = remove `=> {$names}`
# {$request} is the complete `show` request, {$extra} the words after it.
checker-show-extra-words = `show {$request}` takes no more words; `{$extra}` would be ignored
# {$list} is the list shown (goals, actions…).
checker-show-extra-words-list-fix = remove them; to group the list, write `show {$list} by FIELD`
checker-show-extra-words-fix = show one thing at a time: `show {$request}`
checker-unused-value = the value of this line is not used
checker-unused-value-minus-note = a statement ends at the end of its line, so this `-` starts a new one
checker-unused-value-call-note = functions only compute a value; calling one on its own line changes nothing
checker-unused-value-fix = bind it with `let NAME = …`, or show it with `print …`
# {$depth} is how many files deep imports may nest.
checker-imports-too-deep = imports nest more than {$depth} files deep here
checker-imports-too-deep-fix = import the shared files from one main plan instead of from each other
# {$module} is the file imported; {$chain} the files of the loop, joined by →.
checker-import-cycle = importing `{$module}` here would loop: {$chain}
checker-import-cycle-fix = move what both files need into a third file
# {$name} is the data table's name.
checker-table-read-too-early = `{$name}` is a data table, worked out once the rest of the plan has run, so it cannot be part of the plan
checker-table-read-too-early-fix = read it with `print {$name}`, `show {$name}`, `export {$name} to "{$name}.csv"` or `compare base, … on {$name}`
# {$name} is the name defined twice.
checker-already-defined = `{$name}` is already defined
checker-already-defined-fix = give it another name, or use a scenario to try another value
checker-parameter-twice = parameter `{$parameter}` appears twice
# {$kind} is the kind of the unit that already has the name: currency, count, time or percent.
checker-already-a-unit-of-kind = `{$unit}` is already a unit of {$kind ->
        [currency] currency
        [time] time
        [percent] percent
       *[count] count
    }
checker-currency-is-unit = `{$currency}` is already a unit ({$kind ->
        [currency] currency
        [time] time
        [percent] percent
       *[count] count
    }), so it cannot be a currency
checker-currency-is-unit-fix = give your currency a code that is not a unit
checker-scenario-already-defined = scenario `{$name}` is already defined
checker-scenario-already-defined-fix = give the second scenario another name, or put both changes in one
checker-name-with-spaces = a name with spaces needs quotes
checker-budget-no-deadline-fix = a budget has no deadline: write who controls it as `control monthly by "CMO"`
# {$kind} is the block's keyword, {$field} the field written.
checker-no-such-field = `{$kind}` has no field `{$field}`
# {$fields} lists the block's fields, each a token-code message.
checker-fields-are = its fields are {$fields}
checker-field-twice = `{$field}` is given twice
checker-unknown-name = unknown name `{$name}`
# {$name} is the name of a value that is already a unit's; {$counts} what `2 {$name}` counts (the unit's plural).
checker-name-is-currency = `{$name}` is already a currency
checker-name-is-time-unit = `{$name}` is already a unit of time
checker-name-is-unit = `{$name}` is already a unit (`2 {$name}` counts {$counts})
checker-name-is-unit-fix = give the value a name that is not a unit, such as `{$name}_value`
# {$unit} is the unit declared with a value's name.
checker-unit-is-value = `{$unit}` is already the name of a value, so it cannot also be a unit
checker-unit-is-value-fix = rename the value, or name the unit differently

## Units in messages (Sources/MPlanLanguage/Semantics/Units.swift)

unit-plain-number = a plain number
# {$currency} is the currency code (USD).
unit-money = money ({$currency})
unit-duration = a duration
# {$unit} is the unit as mplan writes it: `visits`, `USD per visit`.
unit-as-written = {$unit}

## What a value is, in a message (Sources/MPlanLanguage/Runtime/Value.swift)

value-type-percentage = a percentage
value-type-points = percentage points
value-type-text = text
value-type-bool = true or false
value-type-period = a period
value-type-date = a date
value-type-list = a list
value-type-record = a record
value-type-function = a function
value-type-funnel = a funnel
# {$kind} is the plan block's keyword (goal, budget, action…).
value-type-block = {$kind ->
        [action] an action
        [objective] an objective
        [actuals] an actuals block
       *[other] a {$kind}
    }
value-type-word = a word
value-type-data-table = a data table

## Arithmetic and units (Sources/MPlanLanguage/Runtime/Arithmetic*.swift)

arithmetic-unit-after-non-number = a unit follows a plain number
# {$unit} is the unit as written.
units-unknown-unit = unknown unit `{$unit}`
# {$code} is the currency code in capitals.
units-currency-capitals-fix = currency codes are written in capitals: did you mean `{$code}`?
units-not-iso-fix = `{$unit}` is not an ISO 4217 currency code; if it is your own currency, state its rate first, such as `rate {$unit} = 1.08 USD`
# {$singular} is a unit the plan declared without a plural; {$unit} the plural written.
units-no-plural-fix = `{$singular}` was declared without a plural: write `{$singular}`, or declare `unit {$singular}, {$unit}`
# {$singular} is the unit written, without a plural -s.
units-declare-fix = declare it first with `unit {$singular}`
# {$type} says what the value is (a value-type- or unit- message).
arithmetic-plus-sign = a `+` sign needs a number, not {$type}
arithmetic-negate = cannot negate {$type}
arithmetic-not = `not` needs true or false, not {$type}
# {$operator} is the operator; {$left} and {$right} say what its operands are.
arithmetic-cannot-apply = cannot apply `{$operator}` to {$left} and {$right}
arithmetic-data-table-fix = a data table is read, not computed with: `print` it, `compare … on` it, `export` it, or work the result out at one input directly
arithmetic-division-by-zero = division by zero
# {$value} is a value as mplan prints it.
label-this-is = this is {$value}
label-dividing = dividing {$value}
arithmetic-exponent-plain = an exponent is a plain number
# {$unit} says what the value raised is (a unit- message).
arithmetic-whole-power = {$unit} can only be raised to a whole power
arithmetic-power-range = a unit can be raised to a power between -64 and 64
arithmetic-uncertain-comparison = an uncertain value has no single answer to `{$operator}`
arithmetic-uncertain-comparison-fix = ask how likely it is: `chance(x {$operator} y)`
arithmetic-logic-on-numbers = `{$operator}` needs true or false, not numbers
# {$verb} is add or subtract.
arithmetic-percentage-and-number = cannot {$verb ->
        [add] add
       *[subtract] subtract
    } a percentage and a plain number
# {$percent} is the plain number written as a percentage.
arithmetic-percentage-points-fix = write the number as a percentage (`{$percent}`) to {$verb ->
        [add] add
       *[subtract] subtract
    } percentage points, or multiply to scale
arithmetic-percentage-growth-fix = write the number as a percentage (`{$percent}`); to grow a value by a percentage, multiply it by `(100% + …)`
# {$verb} is add, subtract or compare; {$to} and {$from} are currency codes.
arithmetic-missing-rate = cannot {$verb ->
        [add] add
        [subtract] subtract
       *[compare] compare
    } {$to} and {$from} without converting
arithmetic-convert-fix = convert one side first: `… as {$to}`
arithmetic-state-rate-fix = state a rate first, such as `rate {$to} = 1.08 {$from}`, then convert with `as {$from}`
# {$left} and {$right} say what the two sides are (unit- or value-type- messages).
arithmetic-unit-mismatch = cannot {$verb ->
        [add] add
        [subtract] subtract
       *[compare] compare
    } {$left} and {$right}
arithmetic-funnel-rate-fix = a funnel rate is one stage per the other; read it as a plain percentage with `(… as %)`
arithmetic-give-units-fix = give both sides a unit, such as `10 visit` or `$10`
# {$value} is the amount, {$percent} the share, {$factor} 100% plus or minus it.
arithmetic-grow-fix = to grow {$value} by {$percent}, multiply: `* {$factor}` or `* (100% + {$percent})`
arithmetic-cut-fix = to cut {$value} by {$percent}, multiply: `* {$factor}` or `* (100% - {$percent})`
# {$days} is a whole number of days.
duration-whole-days-fix = count whole days, such as `{$days} days`
# {$below} and {$above} are the whole months either side of the duration; {$days} the duration in days.
duration-whole-months-fix = a month is a calendar month, so count whole ones (`{$below} months` or `{$above} months`) or the days (`{$days} days`)
# {$unit} says what the value added to a date is (a unit- message).
dates-move-by-duration = a date moves by a duration, not {$unit}
dates-move-by-duration-fix = write a duration such as `6 months` or `2 weeks`
dates-move-too-far = this moves the date more than 10,000 years
# {$duration} is the duration as mplan prints it.
dates-move-whole = a date moves by whole calendar months or whole days, not {$duration}
dates-operator = dates can be subtracted and compared, not combined with `{$operator}`
conversion-not-a-number = only numbers convert with `as`; this is {$type}
conversion-percentage = only a plain number can be shown as a percentage
# {$from} and {$to} are currency codes.
conversion-no-rate = no rate converts {$from} into {$to}
conversion-no-rate-fix = state one first: `rate {$from} = 1.08 {$to}`
# {$unit} says what the value is; {$target} is the unit written after `as`.
conversion-unit-mismatch = cannot convert {$unit} to `{$target}`
label-a-different-unit = a different unit
# {$type} says what the value is (a value-type- or unit- message); {$member} the member written.
members-unknown = {$type} has no member `{$member}`
# {$members} lists the value's members, each a token-code message.
members-it-has-fix = it has: {$members}
members-arrow-not-funnel = `->` reads a funnel's rate; this is {$type}

## Funnels (Sources/MPlanLanguage/Runtime/Funnel.swift, Interpreter+Funnels.swift)

# {$funnel} is the funnel's name, {$stage} a stage as written (visit->mql).
funnel-no-such-stage = funnel `{$funnel}` has no stage `{$stage}`
# {$stages} lists the funnel's stages, each a token-code message.
funnel-stages-are-fix = its stages are {$stages}
funnel-no-stages = funnel `{$funnel}` has no stages
funnel-no-stages-fix = give it one stage a line, from the top down: `visit -> lead : 5%`
# {$previous} is the stage the funnel reached so far.
funnel-stage-chain = stage `{$stage}` does not follow on from `{$previous}`: a funnel is one chain
funnel-stage-chain-fix = start this line with `{$previous} ->`
funnel-stage-twice = stage `{$stage}` comes twice in funnel `{$funnel}`: a funnel only goes down
funnel-stage-twice-fix = name a stage below `{$previous}`, one not already in the funnel
funnel-stage-not-count = a funnel stage counts things, and `{$stage}` is not a count
# {$call} is `inbound.yield` or `inbound.need`; {$counts} the stage's unit in the plural; {$type} what was given.
funnel-run-unit = `{$call}` takes {$counts}, not {$type}
funnel-yield-fix = give what enters the top of the funnel
funnel-need-fix = give the target at the bottom of the funnel
funnel-rate-not-percentage = a conversion rate is a percentage, not {$type}
# {$per} is the rate's unit as mplan writes it (mql per visit).
funnel-rate-write-fix = write it as `2%` or `0.02 {$per}`
# {$from} is the earlier stage in the plural, {$to} the later one.
funnel-rate-wrong-way = this rate is the wrong way round: it gives {$from} per {$to}
# {$value} is a value as mplan prints it.
label-value = {$value}
# {$rate} is the rate the right way round, {$percent} the same as a percentage.
funnel-rate-did-you-mean-fix = did you mean `{$rate}` ({$percent})?
# {$from} and {$to} are the stages in the plural, {$from-one} the earlier in the singular; {$unit} what was given.
funnel-rate-unit = a conversion rate from {$from} to {$to} is a percentage or {$to} per {$from-one}, not {$unit}
funnel-rate-plain-number = a conversion rate is a percentage, not a plain number
funnel-rate-range = a conversion rate is above 0% and at most 100%
funnel-rate-last-year-fix = take the rate from last year's figures
funnel-rate-over-100-fix = no stage yields more than it is given: take the rate from last year's figures

## Scenarios (Sources/MPlanLanguage/Runtime/Interpreter+Scenarios.swift)

# What asks to change a value, in the scenario-change- messages.
scenario-changer = a scenario changes
# {$changer} says what asks (scenario-changer, or `solve` varies); {$name} is the name written.
scenario-change-unknown = {$changer} something the plan already has; there is no `{$name}`
scenario-change-function = {$changer} values, and `{$name}` is a function
scenario-change-what = {$changer} a `let`, a funnel rate or a field of a plan block
scenario-base-reserved = `base` is the plan as written; name the scenario something else
# {$scenario} is the scenario's name.
scenario-extends-itself = scenario `{$scenario}` cannot extend itself
scenario-extends-itself-fix = extend a scenario defined before this one, or `base`
scenario-unknown-parent = unknown scenario `{$scenario}`; a scenario extends one defined before it
# {$depth} is how many scenarios it would extend; {$maximum} how long a chain may be.
scenario-chain-too-long = scenario `{$scenario}` would extend {$depth} scenarios, one through another; a chain of `extends` is at most {$maximum} long
scenario-chain-too-long-fix = extend a scenario nearer `base`, or gather the changes into fewer scenarios
# {$error} is the scenario's first error.
scenario-does-not-run = scenario `{$scenario}` does not run: {$error}
# {$target} is what the scenario changes, as mplan code; {$old} and {$new} say what the values are.
scenario-change-type = this scenario changes {$target} from {$old} to {$new}
scenario-change-percentage = this scenario changes {$target} from a percentage to a plain number
# {$value} is a value as mplan prints it.
label-is = is {$value}
# {$number} is the plain number written, {$percent} the percentage it would be.
label-would-mean = {$number} would mean {$percent}
# {$percent} is the number written as a percentage.
formatting-percent-hint = write it as a percentage: `{$percent}`

## Data tables (Sources/MPlanLanguage/Output/DataTable.swift)

# {$results} is how many results the table has, {$inputs} its input or inputs, {$size} its rows (table-summary-rows or -grid).
table-summary = a data table ({$results ->
        [one] {$results} result
       *[other] {$results} results
    } over {$inputs}, {$size})
table-summary-two-inputs = {$first} and {$second}
table-summary-rows = {$rows ->
        [one] {$rows} row
       *[other] {$rows} rows
    }
table-summary-grid = {$rows} × {$columns}
table-summary-not-worked-out = a data table, not worked out here
# {$table} is the table's name or its statement.
table-not-worked-out = {$table}: not worked out here
# {$cells} is how many cells failed; {$failure} the first one's error.
table-cells-fail = — the plan does not run there ({$cells ->
        [one] {$cells} cell
       *[other] {$cells} cells
    }): {$failure}
host-checkpoint-needs-planning = `checkpoint` needs the planning layer

## Reading a CSV file of actuals (Sources/MPlanLanguage/Actuals/CSVReader.swift)

# {$column} is the 1-based column where the quote opened.
csv-quote-never-closed = a quote opened at column {$column} is never closed
# {$field} is the field's number, counted from 1.
csv-text-after-quote = text after the closing quote of field {$field}
# {$size} is the largest field or row mplan reads ("64 KB").
csv-field-too-long = field {$field} is longer than {$size}
csv-row-too-long = the row is longer than {$size}

## The checklist (mplan check, the check statement)

checklist-group-alignment = Alignment
checklist-group-smart = SMART
checklist-group-funnel = Funnel
checklist-group-budget = Budget
checklist-group-actions = Actions
checklist-group-reporting = Reporting
checklist-group-tracking = Tracking
# Where a checklist item is, when it is in the file being checked.
checklist-place-line = line {$line}
# An item in another file than the one checked (an import): "budgets.mplan:12".
checklist-place-file-line = {$file}:{$line}
# A failed item's severity and code: "error PLAN-B02".
checklist-place-severity = {$severity ->
    [error] error {$code}
    [note] note {$code}
   *[warning] warning {$code}
}
# {$total} is every check, passed or not.
checklist-checks-pass = {$passed} of {$total} checks pass
# {$counts} lists the errors, warnings, suggestions and letters not judged.
checklist-summary-with-faults = {$checks}; {$counts}
checklist-script-errors = the script has {$errors}
checklist-script-errors-nothing-checked = {$script}; nothing was checked
checklist-script-errors-then-summary = {$script}; {$summary}

## The REPL's :help (Sources/mplan/REPL/ReplHelp*.swift)

# At a terminal, Ctrl-D inside an unfinished block drops the block and says so.
repl-dropped-unfinished-input = (dropped the unfinished input, {$lines ->
        [one] {$lines} line
       *[other] {$lines} lines
    }; Ctrl-D on an empty prompt leaves)
# {$commands} is the list of commands below, one a line.
repl-help-overview =
    Type a statement or an expression; results print with their units and `_` holds the last.
    A line that is clearly unfinished (open bracket, trailing operator) asks for more with `...>`.
    A line with an error changes nothing.

    {$commands}

    The language: :help goal, smart, funnel, budget, scenario, compare, solve, table, tornado, units, ranges
    More: :help keys, :help files
# :help CODE: {$meaning} and {$example} come from docs/diagnostics.md.
repl-help-code = {$code}: {$meaning}
repl-help-code-example = for example: {$example}
repl-help-code-planning = `:help smart` has the letters; docs/planning.md gives each rule with its threshold.
repl-help-command-help = :help [topic]     this help, or help on a command or topic (goal, smart, budget…)
repl-help-command-vars = :vars             the names you have defined and their values
repl-help-command-show = :show NAME        a name's value, or a plan item as a table
repl-help-command-scenario = :scenario NAME    work under a scenario (the prompt shows it); :scenario base goes back
repl-help-command-load = :load FILE        run a script in this session (all of it, or none if it fails)
repl-help-command-reload = :reload           read loaded files again if one changed, keep what you typed, list what changed
repl-help-command-save = :save FILE        write this session as a script that `mplan run FILE` reproduces (:save! FILE replaces a read-only file)
repl-help-command-export = :export FILE       export the plan: {$formats} (--table VIEW); :export! replaces
repl-help-command-reset = :reset            forget everything defined so far (the init file runs again)
repl-help-command-check = :check [smart]    check the plan so far: goals, funnel, budget, actions, reports (smart: only the goals' letters)
repl-help-command-quit = :quit             leave (Ctrl-D on an empty line does too)
repl-help-command-reload-details =
    When a file the session read (the init file, a script loaded with -i or :load, anything
    they or you imported) changed since it was read, :reload reads the files again and
    applies what you typed at the prompt again, after the files it followed, as a
    spreadsheet keeps your cells when its inputs change. Then it lists what changed:
      need.visit 13,334 visits → 20,000 visits (+49.99%)
    An input that no longer runs is dropped, with a warning that says why. A file that no
    longer loads (an error, or deleted) leaves the session as it was. The scenario you work
    under stays active if it still exists. With no file changed, nothing happens.
repl-help-topic-keys =
    Tab        complete a name, keyword, member after `.`, :command, or a path after :load/import
    Up/Down    earlier and later lines;  Ctrl-R  search them
    Ctrl-C     drop the line (or the unfinished block) being typed; the session goes on
    Ctrl-D     leave, on an empty line; inside an unfinished block, drop the block
    Keys can be rebound in ~/.editrc (libedit's `bind`).
repl-help-topic-units =
    Money: $24k, 24k USD, €5,000, 1.2M EUR, $1.8m, 1.8 million   Percent: 2%, ٢٠٪
    Counts: 10 customer, 200 mql; `unit workshop, workshops` declares one (and its plural)
    Rates: $1.20 per visit, $0.80/visit, $5 per 1,000 impressions, 500 mql per month
    Dates: 2027-12-31, 2027-W05, 2027-03, 2027-Q2   Durations: 90 days, 6 weeks, 3 months
    (days and weeks count days, months count calendar months: 2027-01-31 + 1 month is 02-28)
    `x as unit` converts; adding money to visits is an error; grow by 15% with `* 115%`.
repl-help-topic-files =
    History:   $XDG_STATE_HOME/mplan/history (else ~/.mplan_history), newest 1000 lines
    Init file: $XDG_CONFIG_HOME/mplan/init.mplan (else ~/.config/mplan/init.mplan);
               skip it with `mplan --no-init`
    `mplan -i plan.mplan` loads a script, then stays at the prompt.
repl-help-topic-goal =
    goal new_customers "Win 10 customers through paid search" {"{"}
      metric customer  baseline 0 customers  target 10 customers
      by 2027-12-31  supports growth  owner "Head of sales"
    {"}"}
    A goal counts something (`metric`), from a `baseline` to a `target` in the same unit
    (a count, a rate such as 3%, or a run rate such as 500 mql per month), by a deadline
    (`by DATE` or `within 6 months`), and `supports` an objective. An action serves it:
    action search => new_customers {"{"} cost $12k  owner "Ana"  from marketing {"}"}
    `:help smart` says what each letter checks; `show goals` lists them with their letters.
repl-help-topic-smart =
    Every goal is checked against the five SMART letters; `show goals` shows them, each
    met (✓), not met (✗) or not judged (?: nothing in the plan could show it).
      S  Specific     what, how much, through what: not "get customers" but "double our
                      customer list through Instagram within two months"
      M  Measurable   a baseline and a target in one unit, moving more than 1%: "grow
                      social following 25%" (`target +25%`: 100 → 125 followers), not
                      100 → 101; below the baseline only with `direction down` (costs, churn)
      A  Attainable   growth a month within `max_growth` (50% unless set): from 10
                      customers, 2,000 next month is not; from zero, `A ?`
      R  Relevant     `supports` one of the company's objectives
      T  Time-bound   a deadline in the plan's period: `by 2027-09-01`, `within 6 months`
    The SMART article's worked goals: sales +2% within six months; double site visits in
    12 months by publishing 5 posts a week; 500 qualified leads a month from PPC.
    `:check smart` lists only the letters; `:help SMART-M` explains a code.
repl-help-topic-funnel =
    funnel inbound {"{"}
      visit -> mql      : 2%
      mql   -> sql      : 25%
      sql   -> customer : 20%
    {"}"}
    let need = inbound.need(10 customers)     # worked backwards (the annual-goals article)
    need.visit                                # 10,000 visits
    inbound.yield(10,000 visits).customer     # worked forwards
    A goal with `funnel inbound` shows what the top of the funnel needs.
repl-help-topic-budget =
    budget marketing {"{"} total $60k  reserve 20%  control monthly by "CMO" {"}"}
    A `total` is a fixed amount given from above: a top-down budget, whose actions must fit
    after the reserve. With no `total` the budget is bottom-up: built from its actions'
    costs, it says what to ask for (`marketing.needed`). Keep 20–30% in `reserve`: online,
    that much can leak away (the strategic-marketing article). Read `marketing.committed`, `.available`;
    `show budget marketing` shows the accounts and the spend month by month.
repl-help-topic-scenario =
    scenario cautious {"{"} inbound.visit->mql = 1.5% {"}"}
    scenario low extends cautious {"{"} cpc = $1 per visit {"}"}
    A scenario changes a `let`, a funnel rate or a field of a plan block; nothing else runs
    differently. `compare base, cautious on need.visit` runs the plan under each, and
    `low.need.visit` reads one value under `low`. `:vars` lists scenarios.
repl-help-topic-compare =
    compare base, cautious on need.visit, marketing.spent
    One column per scenario (`base` is the plan as written) and the change when there are
    two. Each scenario reruns the plan from the start, printing nothing.
repl-help-topic-solve =
    solve cpc for spend = $15k                  # the cost per visit that makes spend $15k
    solve cpc for spend <= $15k                 # the largest that keeps it within $15k
    solve inbound.visit->mql from 1% to 5% for need.visit <= 7,000 visits
    Varies a `let`, a funnel rate or a plan field (what a scenario can change): scans the
    range for every place the result crosses the target, then reruns the plan to find each
    to a millionth. The answer is printed at digits that still meet the condition, with the
    result at the printed value. The target is in the result's unit. Counts round up, so a
    result can step: `=` then says between which values it steps; `<=` and `>=` give the
    boundary value, and say where else the condition holds if it holds in several places.
repl-help-topic-table =
    table spend, need.visit over cpc from $0.50 per visit to $2 per visit step $0.25 per visit
    table spend over cpc in [$1 per visit, $2 per visit], inbound.visit->mql from 1% to 3% step 1%
    One row per value of the input; with two inputs, a grid per result. Each cell reruns
    the plan with the input changed. At most 40,000 cells.
    let by_cpc = table spend over cpc …   keeps it: `by_cpc` or `:show by_cpc` prints it,
    `compare base, low on by_cpc` works it out under `low`, `export by_cpc to "t.csv"`.
repl-help-topic-tornado =
    tornado spend over cpc, deal_size, inbound.visit->mql by 20%
    Each input alone 20% below and above its value; the inputs sorted by how far the result
    swings, widest first, with the low and high results and a bar each.
    tornado spend over cpc, deal_size
    Without `by`, an input written `a to b` goes from a to b (its 90% range), the others held
    at their medians.
    tornado spend over cpc from $1 per visit to $1.50 per visit, deal_size by 10%
    An input's own ends or share, written after it.
repl-help-topic-ranges =
    $0.8 to $1.6 per visit      an uncertain value: a 90% range, sampled
    let cpc = $0.8 to $1.6 per visit
    cpc * 10,000 visits         ≈ $11,600 (90%: $8,050 to $16,000)
    chance(cpc * 10,000 visits < $15k), cpc.p5, cpc.p95, cpc.mean
    Next to + - * / a range needs brackets: ($0.8 to $1.6 per visit) * visits.
