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

## Column headings the planning layer's tables share (Sources/MPlanPlanning/Message+Headings.swift)

heading-action = action
heading-actual = actual
heading-achieved = achieved
heading-budget = budget
heading-by = by
heading-campaign = campaign
heading-channel = channel
heading-checkpoint = checkpoint
heading-given = given
heading-goal = goal
heading-input = input
heading-planned = planned
heading-remaining = remaining
heading-revenue = revenue
heading-spend = spend
heading-target = target
heading-variance = variance

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
# One number in two digit systems: {$written} is the number as written, {$first} and {$last}
# the systems it mixes (the first may be a list of two).
lexer-mixed-digits = `{$written}` mixes {$first} and {$last} digits
lexer-mixed-digits-fix = write the number in one system of digits, such as `{$latin}`
lexer-digits-latin = Latin (0-9)
lexer-digits-eastern-arabic = Eastern Arabic (٠-٩)
lexer-digits-persian = Persian (۰-۹)
# Under `calendar persian`: {$date} is the date as written.
lexer-not-in-persian-calendar = {$date} is not a date in the Persian calendar
# {$month} is the Persian month's name (Shahrivar), {$year} the year, {$days} how many days
# the month has, {$last} its last day as the plan writes dates.
lexer-persian-month-days-fix = {$month} {$year} has {$days} days: write {$last} for its last day
# Esfand, whose length depends on whether the year is a leap year.
lexer-persian-esfand-leap-fix = {$month} {$year} has {$days} days ({$year} is a leap year): write {$last} for its last day
lexer-persian-esfand-common-fix = {$month} {$year} has {$days} days ({$year} is a common year): write {$last} for its last day
# The months of the Persian (Solar Hijri) calendar, 1 to 12, as said in a message.
persian-month-farvardin = Farvardin
persian-month-ordibehesht = Ordibehesht
persian-month-khordad = Khordad
persian-month-tir = Tir
persian-month-mordad = Mordad
persian-month-shahrivar = Shahrivar
persian-month-mehr = Mehr
persian-month-aban = Aban
persian-month-azar = Azar
persian-month-dey = Dey
persian-month-bahman = Bahman
persian-month-esfand = Esfand
# {$written} is the ISO week as written (1406-W05).
lexer-persian-period = `{$written}` is an ISO week, numbered in the Gregorian year, which this plan's `calendar persian` does not read
# {$first} and {$last} are the period's first and last days in the Persian calendar.
lexer-persian-period-fix = write the period as its first and last days, such as `{$first} .. {$last}`
lexer-number-too-long = this number is too long to read
lexer-number-too-large = this number is too large

## The interpreter's diagnostics (Sources/MPlanLanguage/Runtime/Interpreter*.swift, Natives.swift, Sampling.swift)
# W0309: {$low} and {$high} are the range's ends as mplan prints them.
range-below-zero-normal = `{$low} to {$high}` reaches below zero, so it is drawn as a normal, not a lognormal: 5% of its samples fall below {$low}
range-reaches-zero-normal = `{$low} to {$high}` reaches zero, so it is drawn as a normal, not a lognormal: 5% of its samples fall below {$low}
range-reaches-zero-fix = write `normal(p5: {$low}, p95: {$high})` to keep the normal, `uniform({$low}, {$high})` for an amount that stays between its ends, or a low end above zero
# What a distribution takes, said where a function's count of arguments goes.
function-arity-its-parameters = its parameters

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
interpreter-memory-budget-samples = this needs more memory than the budget of {$budget} (each uncertain value holds {$samples} {$samples ->
        [one] sample
       *[other] samples
    }, {$size})
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
# {$value} is the amount both ends of `a to b` give.
ranges-equal-ends = a range's ends must differ: both are {$value}; for a certain amount write it alone, for a guess two different ends
# {$block} says what the name is already (a value-type-block message).
blocks-already-defined = `{$name}` is already {$block} of this plan
blocks-already-defined-note = the first one is kept; the rest of the plan is still checked
# {$kind} is the block as a noun (a block-noun- message).
blocks-already-defined-fix = give this {$kind} a name of its own
# {$field} is a flag field (zero_based).
blocks-flag = `{$field}` is `true` or `false`, not {$type}
blocks-flag-fix = write `{$field}` (or `{$field} true`) to turn it on, `{$field} false` to turn it off
# {$field} is a field that takes one amount (cost, total, baseline); {$count} is how many values it was given.
blocks-one-amount = `{$field}` takes one amount, not a list of {$count ->
    [one] {$count} value
   *[other] {$count} values
}
blocks-one-amount-fix = write one amount; a decimal takes a point, not a comma (`12.5`, not `12,5`), and a comma separates values

## Correlated inputs (Sources/MPlanLanguage/Runtime/Interpreter+Correlate.swift, Semantics/Checker+Correlate.swift)
# {$value} is what was written, as mplan prints it.
correlation-range = a correlation is a plain number from -1 to 1, not {$value}
correlation-range-fix = write a rank correlation such as `0.6` (or `-0.3` for inputs that move apart)
# {$count} is how many inputs the `correlate` names.
correlation-shape = {$count} inputs take a {$count} × {$count} matrix of correlations: a list of {$count} rows of {$count} numbers each
correlation-shape-fix = write one number for two inputs (`correlate a, b by 0.6`), or a matrix for more: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlation-diagonal = the diagonal of a correlation matrix is 1: `{$name}` moves exactly with itself
correlation-diagonal-fix = write 1 on the diagonal
correlation-asymmetric = the matrix correlates `{$first}` with `{$second}` by {$one} one way and by {$other} the other
correlation-cannot-hold = these correlations cannot hold together: no inputs can move with each other this way (the matrix is not positive semi-definite)
correlation-cannot-hold-fix = the nearest correlations that can: {$pairs}
correlate-not-uncertain = `{$name}` is one number ({$value}), not a guess: only uncertain inputs can move together
correlate-not-a-value = `{$name}` is not a value defined with `let`: only uncertain inputs can move together
correlate-not-uncertain-fix = define `{$name}` as a range (`a to b`) or a distribution, or leave it out of `correlate`
# {$others} lists the inputs of the other `correlate`, {$place} where it stands.
correlate-twice = `{$name}` already moves with {$others} (`correlate` at {$place}): an input belongs to one `correlate`
correlate-twice-fix = name all the inputs that move together in one `correlate`, with a matrix: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
correlate-input-twice = `{$name}` is named twice in this `correlate`
correlate-input-twice-fix = name each input once

## Sensitivity (Sources/MPlanPlanning/PlanAnalysis+Sensitivity.swift)
# {$result} is the result as written, {$value} its value as printed.
sensitivity-exact = `{$result}` is one number ({$value}): no uncertain input moves it
sensitivity-exact-fix = ask it of a result worked out from ranges or distributions, such as `sensitivity spend`
sensitivity-heading-correlation = rank correlation
sensitivity-heading-share = share of variance
# {$samples} is how many samples each value holds.
sensitivity-headline = {$result} = {$value}: each uncertain input's rank correlation with it over all {$samples} samples, and its share of the variance (r² / Σr²)
sensitivity-no-inputs = no uncertain input defined with `let` moves it

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
# `unit клиент, few клиента, many клиентов`: {$unit} is the unit, {$category} a plural category.
parser-context-unit-category = after `unit {$unit},` (a plural category: zero, one, two, few, many or other)
parser-not-a-plural-category = `{$word}` is not a plural category
parser-not-a-plural-category-fix = write each form after its category: zero, one, two, few, many or other (`few клиента`)
parser-context-unit-form = after `{$category}` (the unit's form for that category)
# A call such as `normal(p5: $8k, $12k)`: a value without a name after a named one.
parser-unnamed-after-named = a value without a name cannot follow a named one in a call
parser-named-from-here = named from here on
parser-unnamed-after-named-fix = put the values without names first, as in `mixture([a, b], weights: [30%, 70%])`
parser-context-argument-name = for the argument's name
# {$name} is the argument's name, as in `p5` of `normal(p5: …)`.
parser-context-after-argument-name = after the argument's name `{$name}`
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
# Where a value is missing with nothing written before it in the expression.
parser-missing-value-unfinished-at-start-fix = the expression is unfinished: write a value after the start
parser-missing-value-before-at-start-fix = write a value before `{$symbol}`
# {$before} is what was written last (a token-code message).
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
parser-correlate-two = `correlate` takes at least two inputs that move together
parser-correlate-by = expected `by` and the correlation after the inputs
parser-correlate-fix = write `correlate cpc, deal_size by 0.6`, or for more than two inputs a matrix: `correlate a, b, c by [[1, 0.6, 0.2], [0.6, 1, 0.3], [0.2, 0.3, 1]]`
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

# {$block} is the block that has a `=>`, as a value-type- message ("a goal").
checker-arrow-only-on-actions = only an action serves goals with `=>`; {$block} cannot
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
# What a value that is a plan block is, one message per kind, with its article.
value-type-plan = a plan
value-type-objective = an objective
value-type-goal = a goal
value-type-budget = a budget
value-type-action = an action
value-type-report = a report
value-type-actuals = an actuals block
value-type-channel = a channel
# A plan block said as a noun, one message per kind: "goal" in "give this goal a name of its own".
block-noun-plan = plan
block-noun-objective = objective
block-noun-goal = goal
block-noun-budget = budget
block-noun-action = action
block-noun-report = report
block-noun-actuals = actuals block
block-noun-channel = channel
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

# {$name} is the name written.
scenario-change-unknown = a scenario changes something the plan already has; there is no `{$name}`
scenario-change-function = a scenario changes values, and `{$name}` is a function
scenario-change-what = a scenario changes a `let`, a funnel rate or a field of a plan block
# The same for a statement that varies a value: {$statement} is its keyword (solve, sensitivity).
statement-vary-unknown = `{$statement}` varies something the plan already has; there is no `{$name}`
statement-vary-function = `{$statement}` varies values, and `{$name}` is a function
statement-vary-what = `{$statement}` varies a `let`, a funnel rate or a field of a plan block
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

## Plan checks: alignment and funnels (Sources/MPlanPlanning/PlanChecker.swift)

# Arguments: {$objective}, {$goal}, {$funnel}, {$name} are names in the plan; {$stage} is a
# funnel stage as its plural unit ("customers"); {$count} counts objectives; {$period},
# {$need} and {$perMonth} are values as mplan prints them.
plan-no-objectives = the plan names no objectives
plan-no-objectives-fix = add the company's top 3–5 objectives: `objective growth "Grow segment revenue 10%"`
plan-too-many-objectives = the plan has {$count} objectives: more than five is no focus
plan-too-many-objectives-fix = keep the company's top 3–5 and fold the rest into them
plan-objectives-focused = {$count ->
    [one] {$count} objective: focused
   *[other] {$count} objectives: focused
}
plan-objective-unserved = objective `{$objective}` has no goal that supports it
plan-objective-unserved-fix = add a goal with `supports {$objective}`, or drop the objective if it is not this plan's to reach
plan-no-plan-block = there is no `plan` block with a period
plan-no-period = the plan has no period
plan-no-period-fix = add `plan "Growth 2027" {"{"} currency USD  period 2027-01 .. 2027-12 {"}"}`: deadlines and spend are checked against it
plan-period = the plan runs {$period}
plan-did-you-mean = did you mean `{$name}`?
# A name or a field of the plan, as an item of a list.
plan-name = {$name}
plan-unknown-funnel = goal `{$goal}` is fed by `{$funnel}`, which is not a funnel
plan-unknown-funnel-fix = declare it: `funnel {$funnel} {"{"} visit -> mql : 2% … {"}"}`
plan-funnel-wrong-stage = goal `{$goal}` does not count {$stage}, the bottom of funnel `{$funnel}`
plan-funnel-wrong-stage-fix = give the goal a target in {$stage}, or name the funnel that ends in its metric
plan-funnel-needs = goal `{$goal}` needs {$need} at the top of funnel `{$funnel}`
plan-funnel-needs-monthly = goal `{$goal}` needs {$need} at the top of funnel `{$funnel}`, about {$perMonth} a month

## Channels (Sources/MPlanPlanning/ChannelMix.swift, ChannelMembers.swift, PlanChecker+Channels.swift, PlanChecker+ChannelCosts.swift, Document/PlanDocument+Economics.swift)

# Arguments: {$channel}, {$funnel}, {$goal}, {$name}, {$cheapest} are names in the plan;
# {$kind} is a block's kind (`goal`, `channel`); {$member} is code (`search.spend`); {$stage}
# and {$unit} are units as written in code (`visit`, `events`);
# every other argument is a value as mplan prints it (`60%`, `120,000 visits`, `$900`, `33.3`).
channel-read-before-declared = `{$member}` is read before the plan is complete: {$kind} `{$name}` is declared further down
channel-still-to-come = still to come
channel-read-before-declared-fix = read it in a `print`, `show` or `compare`, which run once the whole plan is declared, or move this line below the goals and channels
channel-member-unworked = `{$member}` cannot be worked out from what the plan states
channel-member-needs-spend-fix = it needs a goal with a target fed by funnel `{$funnel}`, and a cost basis for each of its channels (PLAN-F04)
channel-member-needs-revenue-fix = it needs the customers of funnel `{$funnel}` and what one is worth: `deal_size $9,000 per customer` on goal `{$goal}`
channel-member-needs-margin-fix = it needs the CAC and a customer's margin a month: `deal_size` and `gross_margin 80%` on goal `{$goal}`
channel-member-needs-churn-fix = it needs the CAC and how long a customer stays: `deal_size`, `gross_margin` and `monthly_churn 2%` on goal `{$goal}`
channel-no-funnel = channel `{$channel}` names no funnel whose top it buys
channel-no-funnel-fix = add `funnel {$funnel}`, the funnel it brings visits to
channel-unknown-funnel = channel `{$channel}` buys the top of `{$funnel}`, which is not a funnel
channel-rates-mismatch = channel `{$channel}` converts at `rates {$rates}`, which is not a funnel with the stages of `{$funnel}`
channel-rates-mismatch-fix = declare `funnel {$rates}` with the stages {$stages} at this channel's rates, or leave `rates` out to convert at the funnel's
channel-no-owner = channel `{$channel}` has no owner
channel-no-owner-fix = add `owner "<who runs it>"`: a channel nobody runs spends without anyone watching
channel-no-action = no action runs channel `{$channel}`
channel-no-action-fix = add `action {$channel}_buy => {$goal} {"{"} channel {$channel}  cost {$channel}.spend  owner "<who>"  from <budget> {"}"}`, so its spend is in a budget
channel-shares-over = the channels of funnel `{$funnel}` buy {$share} of its top: {$over} ({$extra}) more than it needs
channel-shares-over-fix = lower `{$channel}` to `share {$share}`
channel-shares-over-counts-fix = the counts alone are more than the {$need} the funnel needs: lower a `brings`
channel-shares-under = the channels of funnel `{$funnel}` buy {$share} of its top: {$gap} ({$missing}) comes from no channel and has no cost
channel-shares-under-fix = raise `{$channel}` to `share {$share}`, or add a channel of `{$funnel}` with no `share` or `brings`: it takes the rest
channel-shares-under-rest-fix = add a channel of `{$funnel}` with no `share` or `brings`: it takes the rest
channel-shares-rest = the channels of funnel `{$funnel}` buy all {$need} of its top; `{$channel}` takes the rest, {$rest}
channel-shares-whole = the channels of funnel `{$funnel}` buy all {$need} of its top
channel-cost-negative = channel `{$channel}` costs {$cost}: a price below zero
channel-cost-not-price = channel `{$channel}` costs {$cost}, which is not money, nor money per something it buys
channel-cost-price-fix = write a price at or above zero: `cost {$price} per {$stage}`, `cost {$thousand} per 1000 impressions` with `ctr 1%`, or a fixed amount
channel-share-invalid = channel `{$channel}` has `share {$share}`, not a percentage from 0% to 100%
channel-share-invalid-fix = write its share of the funnel's top as a percentage, such as `share {$share}`
channel-brings-invalid = channel `{$channel}` brings {$brings}, not a number of {$stage} at or above zero
channel-brings-invalid-fix = write how many {$stage} it brings to funnel `{$funnel}`, such as `brings 20k {$stage}`
channel-no-cost-basis = channel `{$channel}` brings {$count} with no cost basis
channel-no-cost-blended-fix = add what it pays, such as `cost {$price} per {$stage}`, what the other channels pay a {$stage} together
channel-no-cost-fix = add what it pays: `cost <price> per {$stage}`, per 1000 impressions, per lead, per event, or a fixed amount
channel-needs-ctr-fix = add `ctr <rate>`, the share of impressions that become visits, such as `ctr 1%`
channel-needs-events-fix = add how many it buys: `buys <how many> {$unit}`
channel-costly = a customer through channel `{$channel}` costs {$cac}, {$times} times the mix's {$mix}
channel-costly-fix = bring `{$channel}`'s spend to {$spend} for the customers it brings (twice the mix's cost a customer), or move its share to `{$cheapest}`, whose customers cost {$least}
channel-ltv-cac-low = the customers of funnel `{$funnel}` are worth {$ratio} times what they cost (LTV {$ltv}, CAC {$cac}): below 3:1
channel-ltv-cac-low-fix = bring the cost a customer to {$target} or less (LTV ÷ 3), or raise the deal size or margin, or lower churn
channel-ltv-cac-pass = the customers of funnel `{$funnel}` are worth {$ratio} times what they cost (LTV {$ltv}, CAC {$cac})
economics-title = Unit economics
economics-none = no channel buys the top of a funnel: declare one with `channel NAME {"{"} funnel inbound  share 60%  cost $1.20 per visit {"}"}`
economics-note = funnel `{$funnel}`: {$need} at the top for {$target}
economics-note-counts = funnel `{$funnel}`: {$need} at the top, from the channels' counts (no goal with a target is fed by it)
economics-note-no-need = funnel `{$funnel}`: no goal with a target is fed by it, so its shares buy nothing
economics-heading-channel = channel
economics-heading-share = share
economics-heading-spend = spend
economics-heading-cost-per = per {$stage}
economics-heading-cac = CAC
economics-heading-spend-share = of revenue
economics-heading-payback = payback
economics-heading-ltv-cac = LTV:CAC
economics-heading-romi = ROMI
economics-blended = blended

## Plan checks: budgets (Sources/MPlanPlanning/PlanChecker+Budgets.swift, PlanIndex.swift, Cadence.swift)

# Arguments: {$budget}, {$action} are names in the plan; {$currency}, {$planCurrency}, {$code}
# are currency codes; {$cadence} is a pace (`monthly`), {$cadences} the list of paces in
# backticks; {$controller} a person; {$who} says what names the budget ("action `search`");
# {$total}, {$reserve}, {$minimum}, {$needed}, {$committed}, {$overrun}, {$left}, {$cost},
# {$control} are values as mplan prints them; {$room} is budget-room or
# budget-left-after-reserve; {$count} counts actions or lines.
budget-plan-currency-unknown = the plan's currency `{$currency}` is not a currency code
budget-currency-unknown = budget `{$budget}`'s currency `{$currency}` is not a currency code
budget-currency-unknown-fix = write an ISO 4217 code in capitals, such as `currency USD`, or state a rate for your own currency first: `rate {$code} = 95,000 USD`
budget-total-not-money = budget `{$budget}`'s total is {$total}, not money
budget-total-not-money-fix = give what the budget was given, such as `total $800`, or leave `total` out for a bottom-up budget
budget-total-not-positive = budget `{$budget}`'s total is {$total}: a budget gives more than nothing
budget-total-not-positive-fix = give what the budget was given, such as `total $800`
budget-no-rate = budget `{$budget}` is in {$currency} but the plan counts {$planCurrency}, and no rate converts them
budget-no-rate-fix = state the rate once: `rate {$currency} = 1.08 {$planCurrency}` (your finance team's figure)
# An action's cost or a budget's reserve that is not money, or in a currency with no rate.
budget-cost-not-money = an action's cost is money, not {$unit}
budget-cost-not-money-fix = multiply a price by an amount, such as `$1.20 per visit * need.visit`
budget-action-no-rate = action `{$action}` costs {$currency} but its budget counts {$planCurrency}, and no rate converts them
budget-reserve-no-rate = budget `{$budget}` keeps its reserve in {$currency} but counts {$planCurrency}, and no rate converts them
budget-reserve-unreadable = budget `{$budget}` keeps a reserve of {$reserve}: a reserve is a share of the budget or an amount of money
budget-reserve-unreadable-fix = write `reserve 20%` or `reserve $5k`
budget-no-reserve = budget `{$budget}` keeps no reserve
budget-no-reserve-fix = add `reserve 20%`: online, 20–30% of a budget can leak away (forgotten campaigns, click fraud)
budget-reserve-out-of-range = budget `{$budget}` keeps a {$reserve} reserve: a reserve is a share from 0% up to, not including, 100%
budget-reserve-out-of-range-fix = keep 20–30% back for online spend: `reserve 20%`
budget-reserve-low = budget `{$budget}` keeps a {$reserve} reserve, below the plan's {$minimum} minimum
budget-reserve-low-fix = online, 20–30% of a budget can leak away (the strategic-marketing article): `reserve 20%`, or set `min_reserve {$reserve}` in the plan if this budget's spend cannot leak
budget-reserve = budget `{$budget}` keeps a {$reserve} reserve
budget-no-controller = budget `{$budget}` does not say who controls it
budget-no-controller-fix = add who watches it: `control {$cadence} by "CMO"`
budget-control-not-a-pace = budget `{$budget}` is controlled `{$control}`, which is not a pace
budget-no-control = budget `{$budget}` has no control
budget-no-control-fix = add `control monthly by "CMO"` (daily, weekly, monthly…): set the pace and who watches it
budget-cadence-help = write one of {$cadences}, or a duration such as `2 weeks`
budget-controlled = budget `{$budget}` is controlled {$cadence} by {$controller}
# A cadence as said in a sentence ("controlled monthly"); {$duration} as mplan prints it (2 weeks).
cadence-daily = daily
cadence-weekly = weekly
cadence-fortnightly = fortnightly
cadence-monthly = monthly
cadence-quarterly = quarterly
cadence-yearly = yearly
cadence-every = every {$duration}
budget-bottom-up = budget `{$budget}` is bottom-up: its actions need {$needed}
budget-covers-actions = budget `{$budget}` covers its actions: {$committed} of {$total}
budget-room = {$total}
budget-left-after-reserve = the {$left} left after the reserve
budget-action-commits = `{$action}` commits {$cost}
budget-more-actions = … and {$count} more {$count ->
        [one] action
       *[other] actions
    }
budget-reserve-holds-back = the reserve holds back {$reserve}
budget-over-committed = budget `{$budget}` is over-committed by {$overrun}: its actions commit {$committed} of {$room}
budget-over-committed-fix = raise `total` to {$needed}, or cut or move the actions it funds
budget-zero-based-line-without-goal = `{$action}` is a line of zero-based budget `{$budget}` but traces to no goal
budget-zero-based-line-without-goal-fix = justify it with the goal it serves (`action {$action} => GOAL`) or drop it: copying last year's lines is what zero-based budgeting forbids
budget-zero-based = every line of zero-based budget `{$budget}` traces to a goal ({$count})
budget-funded-action = action `{$action}`
budget-unknown = {$who} is funded from `{$budget}`, which is not a budget
budget-unknown-fix = declare it: `budget {$budget} {"{"} total $10k  reserve 20% {"}"}`
budget-action-unfunded = action `{$action}` has a cost but no budget pays for it
budget-action-unfunded-fix = add `from {$budget}`, the budget it spends
budget-actions-funded = every action with a cost is funded from a budget ({$count})

## Plan checks: actions and reporting (Sources/MPlanPlanning/PlanChecker+Actions.swift)

# Arguments: {$goal}, {$action}, {$report}, {$objective}, {$item} are names in the plan;
# {$kind} is the item as a noun (a block-noun- message: goal, report); {$field} is the field (`measured`, `cadence`);
# {$cadence} is a pace; {$people} lists people; {$fields} lists missing fields; {$type} says
# what a value is ("a date"); {$period}, {$plan}, {$cost} are values as mplan prints them;
# {$template} is smart-action-template; {$count} counts goals or actions.
plan-goal-without-action = goal `{$goal}` has no action serving it
plan-goal-without-action-fix = add the concrete activity that reaches it: {$template}
plan-goal-no-owner = goal `{$goal}` has no owner
plan-goal-no-owner-fix = add `owner "<who>"`, the person who answers for the goal: a goal nobody owns is nobody's work
plan-goals-owned-and-served = every goal has an owner and an action serving it ({$count})
plan-action-no-owner = action `{$action}` has no owner
plan-action-no-owner-fix = add `owner "NAME"`: vague instructions to "sell more" produce nothing
plan-action-cost-not-positive = action `{$action}` costs {$cost}: a cost is above zero
plan-action-cost-not-positive-fix = give what it will spend, even as an estimate: `cost $2k to $4k`
plan-action-no-cost = action `{$action}` has no cost
plan-action-no-cost-fix = add `cost $…` so a budget can fund it, even when it is an estimate (`$2k to $4k`)
plan-actions-complete = every action serves a goal and has an owner and a cost ({$count})
plan-action-serves-no-goal = action `{$action}` serves no goal
plan-action-serves-no-goal-fix = name the goal it moves: `action {$action} => {$goal}`
plan-action-serves-objective-fix = `{$objective}` is an objective: an action serves a goal that supports it
plan-action-unknown-goal = action `{$action}` serves `{$goal}`, which is not a goal of this plan
plan-action-unknown-goal-fix = declare the goal: `goal {$goal} "…" {"{"} … {"}"}`
plan-action-period-not-months = action `{$action}`'s period is {$type}, not months
plan-action-period-not-months-fix = write months or quarters: `period 2027-Q1 .. 2027-Q2`
plan-action-outside-period = action `{$action}` runs {$period}, outside the plan's period ({$plan})
plan-action-outside-period-fix = keep it inside the plan, or extend the plan's `period`
plan-report-unknown-goal = report `{$report}` measures `{$goal}`, which is not a goal of this plan
plan-report-unknown-goal-fix = name goals the plan declares
plan-report-nobody-acts = report `{$report}` has no one who acts on it
plan-report-nobody-acts-fix = add `acts "CMO"`: who changes the activities when the numbers move
plan-report-acted-on = report `{$report}` is acted on by {$people}
plan-report-acted-on-cadence = report `{$report}` {$cadence} is acted on by {$people}
plan-goals-not-reported = no report measures the plan's goals
plan-goals-not-reported-fix = add `report weekly {"{"} author "Ana"  readers "CMO"  acts "CMO" {"}"}`: how often, who writes, who reads, who acts
plan-goal-not-reported = no report measures goal `{$goal}`
plan-goal-not-reported-fix = add it to a report's `measures`: `measures {$goal}`
plan-unknown-cadence = {$kind} `{$item}` {$field ->
        [measured] is measured
       *[other] comes out
    } `{$cadence}`, which is not a cadence
# The last two items of a list of alternatives: "cadence, author or readers".
plan-either-or = {$first} or {$last}
plan-report-incomplete = report `{$report}` has no {$fields}
plan-report-incomplete-fix = say how often, who writes it and who reads it: `cadence weekly  author "Ana"  readers "CMO"`

## SMART: each goal's five letters (Sources/MPlanPlanning/SMART*.swift)

# Arguments: {$goal}, {$objective}, {$budget}, {$funnel}, {$feeder} (a goal that feeds a
# funnel), {$metric}, {$field}, {$direction}, {$unit} are names or fields of the plan;
# {$letters} is a goal's verdict ("S ✓ M ✗ A ? R ✓ T ✓"); {$fix}, {$reason}, {$unsaid},
# {$example}, {$problem}, {$template}, {$title}, {$amount} (when a message), {$count} (a
# fix-it that counts the metric) are other messages; {$line} is a line number; every other
# argument is a value as mplan prints it (amounts, dates, percentages, durations, months).
smart-fix-specific = {$fix} (SMART: Specific)
smart-fix-measurable = {$fix} (SMART: Measurable)
smart-fix-attainable = {$fix} (SMART: Attainable)
smart-fix-relevant = {$fix} (SMART: Relevant)
smart-fix-time-bound = {$fix} (SMART: Time-bound)
smart-amount = {$amount}
smart-months = {$months ->
    [one] {$months} month
   *[other] {$months} months
}
# Placeholders in a fix-it's code, for what only the plan's author knows.
smart-placeholder-anything = <how many> <what it counts>
smart-placeholder-share = <how much>%
# {$before} and {$after} are the unit around the number: "$" and "", or "" and " customers".
smart-placeholder-count = {$before}<how many>{$after}
smart-placeholder-amount = {$before}<how much>{$after}
smart-placeholder-what = <what>
smart-placeholder-how-many = <how many>
smart-placeholder-channel = <which channel>
smart-placeholder-objective = <objective>
smart-placeholder-date = <date>
smart-action-template = `action <what you will do> => {$goal} {"{"} channel "<which channel>"  cost <how much>  owner "<who>" {"}"}`
# A suggested title: "Customers from 10 to 20 through Paid search".
smart-suggested-title = {$what} from {$baseline} to {$target} through {$channel}
# The last two items of a list: "what it counts, how much and through what".
smart-both = {$first} and {$last}
smart-goal-is-smart = goal `{$goal}` is SMART: {$letters}
smart-note-letters = SMART: {$letters}
smart-note-not-judged = A ?: not judged: {$reason}
smart-not-judged-attainable = goal `{$goal}` is not judged Attainable: {$reason}
smart-not-judged-no-pace = nothing in the plan shows how fast it can grow
smart-not-judged-no-pace-fix = give it a baseline, a target and a deadline
smart-not-judged-falls = a number that falls has no growth rate to judge
smart-not-judged-falls-fix = judge the fall yourself against last year's figures
smart-not-judged-from-zero = from a baseline of zero there is no growth rate to judge
smart-not-judged-from-zero-fix = give it the baseline it starts from, or a `funnel` whose upper stages another goal aims for
smart-not-judged-no-date = with no baseline date there is no growth a month to judge
smart-not-judged-no-date-fix = give the plan its `period`, or the goal the day its baseline was taken (`since 2027-01-01`)
smart-not-judged-unfed = {$reason}, and no goal aims for what funnel `{$funnel}` needs
smart-not-judged-unfed-fix = add the goal that feeds it, with `target {$needed}` (the top of funnel `{$funnel}`), so the funnel judges it
smart-supports-nothing = goal `{$goal}` supports no objective: a planning gap
smart-supports-nothing-fix = add `supports {$objective}`, the objective it moves
smart-unknown-objective = goal `{$goal}` supports `{$objective}`, which is not an objective of this plan
smart-unknown-objective-fix = declare it: `objective {$objective} "…"`
smart-unsaid-what = what it counts (no `metric`)
smart-unsaid-how-much = how much (no `target`)
smart-unsaid-how-much-same = how much (the target is the baseline)
smart-unsaid-through-what = through what (no action serves it)
smart-unsaid = goal `{$goal}` does not say {$unsaid}
smart-unsaid-fix = {$fix}; a specific goal says what, how much and through what: not "get customers" but "double our customer list through Instagram within two months"
smart-add-metric = add `metric {$metric}`
smart-add-metric-unknown = add what it counts: `metric <what it counts>` (customer, mql, visit, conversion…)
smart-add-target = add the target it moves to, such as `target {$target}`
smart-add-action = add the action that reaches it: {$template}
smart-target-differs = set a target that differs from the baseline, such as `target {$target}`
smart-no-result = goal `{$goal}` names no result
smart-no-result-fix = give it a title that says what changes and how: `goal {$goal} "{$title}"`
smart-vague-title = goal `{$goal}`'s title "{$written}" says neither how much nor through what
smart-vague-title-fix = say the result in the title: `goal {$goal} "{$title}"`
smart-unknown-direction = goal `{$goal}` has `direction {$written}`; a direction is `up` or `down`
smart-unknown-direction-did-you-mean-fix = did you mean `direction {$direction}`? write `direction down` for a number that should fall (costs, CAC, churn), or leave it out for one that should grow
smart-unknown-direction-fix = write `direction down` for a number that should fall (costs, CAC, churn), or leave it out for one that should grow
smart-no-baseline-nor-target = goal `{$goal}` has no baseline and no target, so progress cannot be measured
smart-no-field = goal `{$goal}` has no {$field}, so progress cannot be measured
smart-add-baseline-and-target = add where it stands today and where it aims: `baseline {$amount}` and `target {$amount}`
smart-add-target-where-it-aims = add `target {$target}`, where it aims
smart-add-baseline-growth = add where it stands today, `baseline <how many> {$unit}`, and write the target as growth: `target +{$growth}`
smart-add-baseline = add where it stands today: `baseline {$amount}`
smart-not-an-amount = goal `{$goal}`'s {$field} is not an amount
smart-not-an-amount-fix = write a number with its unit, such as `{$field} {$amount}`
smart-unit-percentage = a percentage
smart-units-differ = goal `{$goal}` starts in {$baseline} but aims for {$target}
smart-metric-differs = goal `{$goal}` counts {$metric} but its target is {$target}
smart-percent-growth-or-share = if it grows by {$percent}, write `target +{$percent}` ({$grown}); if it is to reach {$percent} of today, `target {$share}`
smart-target-in-baseline-unit = write the target in the baseline's unit: `target {$target}`
smart-baseline-in-target-unit = write the baseline in the target's unit: `baseline {$baseline}`
smart-rates-or-totals = write both as run rates (`target {$target}`) or both as totals (`baseline {$baseline}`)
smart-one-unit = give baseline and target in one unit: `target {$target}`, or `baseline {$baseline}`
smart-write-in-metric = write baseline and target in {$metric}: `baseline {$baseline}` and `target {$target}`
smart-count-metric = count the goal's {$metric}: `baseline <how many> {$metric}` and `target <how many> {$metric}`
smart-count-metric-or-other = {$count}, or write `metric {$other}` if that is what it counts
smart-target-not-positive = goal `{$goal}` aims for {$target}: a target must be above zero
smart-target-not-positive-fix = aim for the amount you want to reach, such as `target {$target}`
smart-target-is-baseline = goal `{$goal}` aims for where it already is ({$target})
smart-target-is-baseline-fix = set the target the goal moves to, such as `target {$target}` (+25%)
smart-should-fall = goal `{$goal}` should fall (`direction down`) but aims above where it stands ({$baseline} → {$target})
smart-should-fall-fix = aim below the baseline, such as `target {$lower}` (a quarter less), or remove `direction down` if the number should grow
smart-target-below-baseline = goal `{$goal}` aims for {$target}, below where it stands ({$baseline}): a fall, not growth
smart-increase-fix = if {$target} is the increase, aim for the total: `target {$total}` (or `target +{$target}`); if the number should fall (costs, CAC, churn, a search rank), add `direction down`
smart-increase-of-share-fix = if {$target} is the increase, aim for the total: `target {$total}` (`target +{$points} pp`, {$points ->
        [one] {$points} point
       *[other] {$points} points
    } more) or `target {$grown}` ({$target} more than today); if the number should fall (costs, CAC, churn, a search rank), add `direction down`
smart-met-by-one = goal `{$goal}` is met by a change of one {$unit} ({$baseline} → {$target})
smart-moves-only = goal `{$goal}` moves only {$change} ({$baseline} → {$target})
smart-met-by-chance-fix = say how much it moves, such as +25%: `target {$target}` ({$baseline} → {$grown}); a change that small happens by chance
smart-growth-too-fast = goal `{$goal}` needs {$growth} growth a month ({$baseline} → {$target} in {$months}); the plan allows {$allowed}
smart-growth-too-fast-fix = aim for at most {$reachable}, allow more time, or set `max_growth` in the plan if last year's figures show faster growth
smart-funded-goal = goal `{$goal}`
smart-budget-over-committed = goal `{$goal}` is funded from budget `{$budget}`, which cannot carry its actions
smart-budget-over-committed-fix = fund the budget or cut actions until it is not over-committed
smart-funnel-starved = goal `{$goal}` needs {$needed} through funnel `{$funnel}`, but goal `{$feeder}` aims for {$aim}
smart-funnel-starved-note = goal `{$feeder}` sets its target at line {$line}
smart-funnel-starved-fix = raise `{$feeder}`'s target to {$needed}, improve the funnel's rates, or lower `{$goal}`'s target
smart-window-not-whole = goal `{$goal}` has `window {$window}`: a rate is measured over whole months, weeks or days above zero
smart-window-not-whole-fix = write `window 3 months`, `window 4 weeks` or `window 30 days`
smart-window-on-total = goal `{$goal}` has a `window`, which measures a run rate, but its target is a total
smart-window-on-total-fix = give the target per a time (`target 500 leads per month`), or drop `window`
smart-no-deadline = goal `{$goal}` has no deadline
smart-no-deadline-fix = add `by {$date}` or `within <how many> months`
smart-due-before-baseline = goal `{$goal}` is due {$deadline}, before its baseline was taken ({$baselineDate})
smart-due-before-baseline-fix = put the deadline after the baseline date, or correct `since`
smart-due-outside-period = goal `{$goal}` is due {$deadline}, outside the plan's period ({$period})
smart-due-outside-period-fix = move the deadline inside the plan, such as `by {$end}`
smart-deadline-example = `by {$end}` or `within 6 months`
smart-by-not-a-date = goal `{$goal}` has `by {$written}`, which is not a date
smart-by-words-fix = write the date as year-month-day: `by {$day}`
smart-by-not-a-date-fix = a deadline is a date, month or quarter: {$example}
smart-within-not-a-duration = goal `{$goal}` has `within {$written}`, which is not a duration
smart-within-words-fix = write the duration as a number and a unit: `within {$duration}`
smart-within-not-a-duration-fix = give the time it has: {$example}
smart-within-negative = goal `{$goal}` has `within {$written}`, which counts back from its baseline date
smart-within-negative-fix = `within` counts forward from the baseline date: write `within {$ahead}`
smart-within-zero = goal `{$goal}` has `within {$written}`: no time to reach its target
smart-within-zero-fix = give it the time it needs, counted forward from its baseline date, such as `within 6 months`
smart-within-not-whole = goal `{$goal}` has `within {$written}`, which is neither whole months nor whole days
smart-two-deadlines = goal `{$goal}` is due {$by} but also `within {$within}`, which ends {$end}
smart-two-deadlines-fix = keep one deadline: `by` a date or `within` a duration

## Tracking: the plan against its actuals (Sources/MPlanPlanning/PlanChecker+Tracking.swift)

# Arguments: {$action}, {$goal}, {$budget}, {$block}, {$channel}, {$name}, {$from}, {$to}
# are names in the plan or its actuals; {$key} is a campaign as the file names it, {$keys}
# and {$names} lists of them in backticks; {$blocks} the actuals blocks' names; {$stage} a
# funnel stage ("MQLs", "lead"), {$per} a period word ("month"); {$result} is a stage or
# tracking-or-later-result; {$reason} says why a channel's spend cannot be spread; {$days},
# {$total} and {$count} (unless said otherwise) are counts; every other argument is a value
# as mplan prints it (money, dates, numbers).
tracking-as-of = actuals {$blocks} as of {$date}
tracking-overspend = action `{$action}` has spent {$spent}, over its cost of {$cost}
tracking-overspend-fix = stop its campaigns, or raise its `cost` and say what pays for it
tracking-ahead-of-pace = action `{$action}` has spent {$spent} by {$date}; its pace allows {$allowed}
tracking-lands-at = at this burn it lands at {$landsAt} of {$cost}
tracking-ahead-of-pace-fix = slow its daily spend, or move its cost to the months it is really spent in (`period`)
tracking-within-plan = action `{$action}` spends within its plan
tracking-or-later-result = {$stage} or later result
tracking-idle-never = `{$key}` spent {$spent} in its {$days} days, with no {$result} at all
tracking-idle-since = `{$key}` spent {$spent} with no {$result} in the {$days} days since its last ({$last})
tracking-idle-note = a forgotten campaign or click fraud: the strategic-marketing article's control checkpoints catch these
tracking-idle-fix = pause `{$key}`, or check its tracking; `idle_days` in the actuals block sets the window
tracking-not-idle = every campaign of `{$block}` produced results within {$days} days
tracking-channel-not-spread = `{$key}` spent {$spent} on a channel whose spend cannot be spread over its actions: {$reason}
tracking-channel-not-spread-note = it is counted as spend not in the plan
tracking-channel-not-spread-fix = give each of the channel's actions a `cost` (and a `period` that covers the days it runs), or key the file by action (`action "Campaign"`) or by rules
tracking-rule-unknown-action = `{$key}` spent {$spent}, and a rule sends it to action `{$action}`, which the plan does not have
tracking-rule-did-you-mean-fix = did you mean `{$name}`? correct the rule
tracking-rule-unknown-action-fix = correct the rule, or add the action
tracking-rule-unknown-channel = `{$key}` spent {$spent}, and a rule sends it to channel `{$channel}`, which no action of the plan has
tracking-rule-unknown-channel-fix = give an action `channel {$channel}`, or correct the rule
tracking-unplanned = `{$key}` spent {$spent}, and no action of the plan is called that
tracking-unplanned-did-you-mean-fix = did you mean `{$name}`? name the action after the campaign, or give it the campaign's name as its title
tracking-unplanned-fix = add an action for it (`action {$action} "{$key}" => GOAL {"{"} cost … {"}"}`), or stop it
# {$count} is the number of campaigns as mplan prints a number ("1,204").
tracking-unplanned-more = … and {$count} more {$count ->
        [one] campaign
       *[other] campaigns
    } no action of the plan names spent {$spent} in all
tracking-unplanned-more-fix = `show actuals {$block}` lists them; name the ones that matter in actions
tracking-no-campaign-reaches = no campaign of `{$block}` reaches an action of the plan: {$names}
tracking-campaigns-reach-nothing = {$count} of the {$total} campaigns of `{$block}` {$count ->
        [one] reaches
       *[other] reach
    } no action of the plan: {$names}
tracking-results-still-count = their results still count toward the goals of their stage
tracking-campaigns-reach-nothing-fix = name the campaigns as the actions are named, or add `rule`s that send them to an action (`show actuals unmatched` lists them)
tracking-goal-on-pace = goal `{$goal}` keeps the pace its deadline needs
tracking-goal-behind-run-rate = goal `{$goal}` is behind: it runs at {$rate} {$stage} a {$per} ({$window}) against the {$expected} a {$per} its ramp to {$target} by {$deadline} needs by now
# What a run rate is per, after "a" ("40 MQLs a month").
tracking-per-day = day
tracking-per-week = week
tracking-per-month = month
tracking-per-quarter = quarter
tracking-per-year = year
tracking-goal-behind = goal `{$goal}` is behind: {$achieved} of {$target} {$stage}, {$pace} a month against the {$needed} a month it needs by {$deadline}
tracking-goal-behind-fix = move money to the channel that buys {$stage} cheapest (`show reallocate`), or restate the target

## actuals: goals over several blocks, results-only blocks by channel

actuals-goals-counted = the goals count every block's results, each to its own last day: {$stages}
actuals-goals-counted-stage = {$stage} from {$blocks}, as of {$day}
actuals-results-alone-by-channel = actuals {$block} as of {$day}: results alone (no `amount` column), no spend by channel; they count toward the goals of their stages

tracking-budget-lands-within = budget `{$budget}` lands within its total
tracking-budget-lands-over = budget `{$budget}` lands at {$landsAt} at today's burn, over its {$total}
tracking-budget-lands-unplanned = {$landsAt} of it is spend no action names ({$keys}), at its burn to the end of the plan's period
tracking-budget-lands-over-fix = slow the actions that run ahead (`show variance`)
tracking-budget-lands-unplanned-fix = stop the campaigns not in the plan, or add actions for them; slow the actions that run ahead (`show variance`)
tracking-reallocate = moving {$amount} from {$from} to {$to} would buy {$gain} more {$stage}
tracking-reallocate-note = the next {$stage} costs {$cost} in {$to}, {$fromCost} in {$from}
tracking-reallocate-note-none = the next {$stage} costs {$cost} in {$to}; {$from} bought none
tracking-reallocate-fix = see `show reallocate`; `move` and `elasticity` in the actuals block set the amount and the assumption

## Actuals: reading an actuals block's files (Sources/MPlanPlanning/ActualsLoader*.swift, ActualsCurrency.swift)

# Arguments: {$path} is a file as the block names it, {$block} the actuals block's name,
# {$column} a column's heading, {$field} the block's field that names it (date, action, amount…).
# {$path} is empty: no header row.
actuals-file-empty = `{$path}` is empty: no header row, no rows
actuals-file-empty-fix = export the report again, with its header row
actuals-unknown-column = `{$path}` has no column "{$column}" for the {$field}
# {$columns}: the file's headings, each in quotes, joined by commas.
actuals-columns-found = the columns found: {$columns}
actuals-column-did-you-mean = did you mean "{$column}"?
actuals-unknown-column-fix = name one of the columns found
# {$fields}: the fields of the row; {$columns}: the fields of the header (counts).
actuals-row-short = the row has {$fields} fields; the header has {$columns}
actuals-row-too-wide = the row has {$fields} fields; the header has {$columns}: is a comma inside an amount or a name? quote that field
# {$cell}: the cell as written (its start, when long).
actuals-cell-not-a-day = `{$cell}` is not a day
actuals-cell-not-an-amount = `{$cell}` is not an amount
actuals-cell-not-a-count = `{$cell}` is not a count
actuals-not-utf8 = `{$path}` is not UTF-8 text; its cells that are not were read as Windows-1252 (Latin-1), as Excel on Windows saves CSV
actuals-not-utf8-fix = check the names with accents in `show actuals`; save the file as "CSV UTF-8" to be sure
# {$count}: the rows skipped.
actuals-days-already-read = {$count} {$count ->
        [one] row
       *[other] rows
    } of `{$path}` {$count ->
        [one] gives
       *[other] give
    } a campaign's day an earlier file already gave; skipped, so nothing is counted twice
actuals-days-already-read-fix = list each file once, or drop the export that the newer one contains
# {$count}: the rows skipped; {$period}: the block's period as mplan prints it.
actuals-outside-period = {$count} {$count ->
        [one] row
       *[other] rows
    } of `{$path}` {$count ->
        [one] falls
       *[other] fall
    } outside {$period}; skipped
actuals-outside-period-fix = widen `period`, or remove it to read every row
# {$reason}: the system's reason, in its words.
actuals-cannot-read = cannot read `{$path}`: {$reason}
actuals-cannot-read-fix = the path is relative to the plan's folder; check its spelling
# {$kind}: what the path is instead (a folder, a named pipe).
actuals-not-a-file = `{$path}` is {$kind}, not a CSV file
actuals-folder-fix = name a file inside it
actuals-not-a-file-fix = save the export to a file and name that file
# {$line}: the line of the first NUL byte.
actuals-binary = `{$path}` is not text (a NUL byte on line {$line}): is it a spreadsheet?
actuals-binary-fix = export it as CSV (comma, semicolon or tab separated, UTF-8)
actuals-utf16 = `{$path}` is UTF-16 text; mplan reads CSV in UTF-8
actuals-utf16-fix = save it as "CSV UTF-8"
# {$problem}: what is wrong with the row (another message).
actuals-row-skipped = row skipped: {$problem}
actuals-row-skipped-fix = correct the row in the file; the other rows are read
# {$count}: damaged rows in all; {$shown}: those reported one by one above.
actuals-rows-skipped = {$count} damaged rows of `{$path}` skipped in all (the first {$shown} above)
# {$written}: the block's decimal_mark as written.
actuals-decimal-mark = `decimal_mark` is "." (1,234.50) or "," (1.234,50), not {$written}
actuals-decimal-mark-fix = write `decimal_mark ","` when the file writes `1.234,50`, `decimal_mark "."` for `1,234.50`
# {$line}: the row's line; {$currency}: the row's currency; {$target}: the block's; {$plain} is
# yes when the cell had no currency of its own, and {$source} then says where its currency
# was stated; {$planCurrency} is yes when {$target} is the plan's currency.
actuals-no-rate = `{$path}` line {$line} is in {$currency}{$plain ->
        [yes] {" ("}{$source})
       *[no] {""}
    }; actuals `{$block}` count in {$target}{$planCurrency ->
        [yes] , the plan's currency
       *[no] {""}
    }, and no rate converts them
actuals-no-rate-note = every figure is converted to one currency before it is summed or compared
actuals-no-rate-plain-fix = write `currency CODE` in the block with the currency of its plain cells, or state the rate before the block (`rate {$currency} = 1.08 {$target}`)
actuals-no-rate-fix = state the rate before the block (`rate {$currency} = 1.08 {$target}`), or read each currency's rows in an `actuals` block of its own
# Where the currency of a cell with no symbol or code was stated.
actuals-plain-from-block = the block's `currency`
actuals-plain-from-plan = the plan's currency
actuals-plain-usd = USD, as no `currency` is stated

# {$field}: the block's field (date, action, amount…).
actuals-column-in-quotes = `{$field}` names a column of the file, in quotes
actuals-column-in-quotes-fix = write `{$field} "Column heading"`
# {$example}: a heading such a column often has ("Day", "Cost").
actuals-column-not-said = actuals `{$block}` does not say which column holds the {$field}
actuals-column-not-said-fix = add `{$field} "{$example}"` with the heading of that column
actuals-key-not-said = actuals `{$block}` does not say which column names the campaign or channel
actuals-key-not-said-fix = add `action "Campaign"` (rows per action of the plan) or `channel "Source"`
# {$written}: the block's day_order as written.
actuals-day-order = `day_order` is `DMY` (03/04 is 3 April) or `MDY` (March 4), not `{$written}`
actuals-day-order-fix = write `day_order DMY` or `day_order MDY`
actuals-file-not-said = actuals `{$block}` does not say which file to read
actuals-file-not-said-fix = add `from "ads-2026.csv"` (several files: `from "q1.csv", "q2.csv"`)

## Actuals: rules (Sources/MPlanPlanning/ActualsLoader+Rules.swift, ActualsRules.swift, ActualsRuleText.swift)

# Arguments: {$rule}, {$winner} and {$other} name a rule (actuals-rule-number or
# actuals-rule-line); {$path} is a rules table or data file; {$line} and {$character} are
# counts; {$cell} a cell as written; {$problem} what is wrong (another message).
actuals-rule-in-quotes = a rule is written in quotes
actuals-rule-in-quotes-fix = write `rule "Campaign like 'Search | Brand | *' => action brand"`
# {$number}: the rule's place among the block's `rule` fields.
actuals-rule-number = rule {$number}
actuals-rule-line = `{$path}` line {$line}
actuals-rules-in-quotes = `rules` names a CSV table of rules, in quotes
actuals-rules-in-quotes-fix = write `rules "campaigns.csv"`: a header of columns and `action`, `channel` or `stage`
actuals-rules-file-empty = `{$path}` is empty: no header row, no rules
actuals-rules-file-empty-fix = write a header such as `Campaign,action` and a rule a row
actuals-rules-assign-nothing = `{$path}` has no column `action`, `channel` or `stage`: its rules assign nothing
actuals-rules-assign-nothing-fix = add a column `action` (or `channel`, `stage`) with what each row's pattern is given
actuals-no-such-stage = `{$cell}` is no stage
# {$stages}: the stage words, joined by commas.
actuals-no-such-stage-fix = write one of {$stages}
actuals-rule-cell-unreadable = {$rule} cannot be read: {$problem}, at character {$character} of `{$cell}`
actuals-rule-cell-fix = write a glob (`Search | Brand | *`), `/regex/`, or a comparison (`>100`)
actuals-rule-unreadable = {$rule} cannot be read: {$problem}, at character {$character} of the rule
actuals-rule-unreadable-note = a rule is `COLUMN like 'glob'` or `COLUMN ~ /regex/` (`and`, `not`), then `=>` and what it assigns
actuals-rule-unreadable-fix = write it as `rule "Campaign like 'Search | Brand | *' => action brand"`
actuals-rule-expected-arrow = expected `and` or `=>`
actuals-rule-expected-assignment = expected `action`, `channel` or `stage` after `=>`
# {$word}: the word the rule wrote after `=>`.
actuals-rule-expected-name = expected the name after `{$word}`
actuals-rule-no-such-stage = `{$name}` is no stage ({$stages})
actuals-rule-assigns = a rule assigns `action`, `channel` or `stage`, not `{$word}`
actuals-rule-expected-end = expected the end of the rule
actuals-rule-expected-column = expected a column's heading
# {$operator}: `~`, `like`, `<`…
actuals-rule-expected-pattern = expected a pattern after `{$operator}`
actuals-rule-expected-test = expected `~`, `like`, `=`, `!=`, `<`, `<=`, `>` or `>=` after the column
actuals-rule-expected-value = expected a value after `{$operator}`
# {$value}: the text the rule compares.
actuals-rule-not-a-number = `{$operator}` compares numbers; `{$value}` is not one
actuals-rule-slash-not-closed = the `/` opened here is not closed
# {$pattern}: the regular expression; {$error}: the regular-expression engine's own words.
actuals-rule-regex = the pattern `{$pattern}` does not compile at its character {$character} ({$error})
actuals-rule-quote-not-closed = the quote opened here is not closed
# What a rule assigns, joined as a list: {$action}, {$channel} names, {$stage} a stage word.
actuals-rule-assigns-action = action `{$action}`
actuals-rule-assigns-channel = channel `{$channel}`
actuals-rule-assigns-stage = stage {$stage}
# {$column}: the heading the rule reads.
actuals-rule-unknown-column = {$rule} reads the column "{$column}", which `{$path}` does not have
# {$text}: the cell both rules match; {$assigns}: what the winner assigns.
actuals-rules-overlap = {$other} also matches `{$text}` (`{$path}` line {$line}), which {$winner} sends to {$assigns}; the first match wins, so {$winner}'s is used
actuals-rules-overlap-fix = narrow one of the two patterns (`and not …`), or put the rule that should win first
actuals-rule-unused = {$rule} decided no row of the block's files: no row meets it, or an earlier rule took them
actuals-rule-unused-fix = check its pattern against `show actuals unmatched`, or remove it


## Actuals: members, reach, reallocation and review (Sources/MPlanPlanning/ActualsMembers.swift, ActualsTargets.swift, ActualsTracking.swift, ActualsReallocation.swift, ActualsReview.swift)

# Arguments: {$block} is an actuals block's name, {$member} the member asked for
# (`leads`, `spend`), {$channel} and {$action} names of the plan or its actuals.
actuals-member-unread = actuals `{$block}` could not be read, so `{$block}.{$member}` has no value
actuals-member-unread-fix = correct the error reported at its files first
actuals-member-unmapped = actuals `{$block}` do not map the column `{$member}` needs
actuals-member-unmapped-fix = map it in the block (`leads "Leads"`, `customers "Customers"`, `revenue "Revenue"`)
# Why a channel may take no more money, said after its name in `show reallocate`.
actuals-held-not-in-plan = `{$channel}` is not in the plan, PLAN-T03
actuals-held-over-cost = `{$action}` is over its cost, PLAN-T01
actuals-held-ahead-of-pace = `{$action}` is ahead of its pace, PLAN-T01
# Why a channel's spend cannot be spread over its actions: {$actions} and {$uncosted} are
# lists of action names in backticks.
actuals-channel-no-planned-spend = its actions {$actions} plan no spend, so there is no share to spread it by
actuals-channel-uncosted = its actions {$actions} are spread by their planned cost, and {$uncosted} states none
# {$days}: the periods of the channel's spend, each "2027-01-01 .. 2027-01-31", joined by commas.
actuals-channel-idle-days = none of its actions runs on {$days}, so no action's planned share takes that spend
# A channel or campaign no action of the plan reaches, as a row of a table.
actuals-channel-not-in-plan = {$channel} (not in the plan)
# show actuals unmatched: {$rows} counts the rows, {$shown} is that count as mplan prints it.
actuals-unmatched-none = actuals {$block}: every row is matched by a rule or names an action
actuals-unmatched-rows = actuals {$block}: {$shown} {$rows ->
        [one] row
       *[other] rows
    } that no rule matches and no action names
actuals-heading-first-day = first day
actuals-heading-last-day = last day
# {$word}: what followed `by`.
actuals-review-grouping = the review groups by `channel` or `action`, not `{$word}`
actuals-review-grouping-fix = write `show review` (by channel) or `show review by action`
# A column of the review: the spend per result of a stage ({$stage}: "lead", "MQL").
actuals-heading-cost-per = per {$stage}
# {$blocks}: actuals blocks' names, joined by commas; {$first} and {$last}: dates.
actuals-review-spend-joined = spend from actuals {$blocks} on the same days ({$first} to {$last}), joined by channel
# {$stages}: the stages added, joined by commas, or actuals-review-results.
actuals-review-results-joined = {$stages} from actuals {$blocks} on the same days ({$first} to {$last}), joined by channel
actuals-review-results = results
# {$names}: the rows with no known spend, joined by commas; {$count}: how many.
actuals-review-unknown-spend = no block with spend reports {$names}, so {$count ->
        [one] its cost is
       *[other] their costs are
    } unknown (—); the total's costs count only the rows with spend
# {$stage}: the last stage in the singular ("customer"); {$stages}: its heading ("customers").
actuals-review-sorted = sorted by cost per {$stage}, cheapest first; rows with no {$stages} last, by spend


## Actuals: the views (Sources/MPlanPlanning/ActualsViews*.swift)

# Arguments: {$block} is an actuals block's name, {$blocks} several joined by commas;
# {$date}, {$first} and {$last} are dates; {$from}, {$to} and {$channel} channels;
# {$stage} a stage's heading ("MQLs"); every other argument is a value as mplan prints it.
actuals-variance-no-rows = no rows: nothing to compare with the plan
actuals-variance-by-channel-heading = plan versus actual by channel as of {$date} ({$blocks})
# Column headings of the variance tables.
actuals-heading-to-date = to date
actuals-heading-actual-of-to-date = actual [% of to date]
actuals-heading-lands-at = lands at
# The row of spend no action of the plan names.
actuals-row-not-in-plan = not in the plan
# {$spend}: the block with spend whose channels the results rank.
actuals-reallocate-results-alone = actuals {$block}: results alone (no `amount`); its counts rank the channels of `{$spend}` (`show reallocate {$spend}`)
actuals-reallocate-too-few = actuals {$block}: fewer than two channels with results; nothing to move between
actuals-heading-average-cost = average cost
actuals-heading-next-one-costs = next one costs
# In the column "next one costs", for a channel that bought no result.
actuals-nothing-bought = nothing bought
actuals-reallocate-heading = where the next dollar goes (actuals {$block}, {$stage})
actuals-reallocate-joined = results of actuals {$blocks} on the same days ({$first} to {$last}) joined by channel
# {$held}: the channels held back, actuals-held-back joined by actuals-held-back-more.
actuals-reallocate-none-may-take = no channel may take more: {$held}
# {$amount}: the money moved; {$lost}: the results the move would lose.
actuals-reallocate-no-gain = no move buys more {$stage}: moving {$amount} from {$from} to {$to} would lose {$lost} {$stage}; keep the spend where it is
# {$elasticity}: the exponent, as mplan prints a number.
actuals-reallocate-assumes = assumes results ∝ spend^{$elasticity} (diminishing returns; set `elasticity` in the actuals block)
actuals-heading-from = from {$channel}
actuals-heading-to = to {$channel}
actuals-reallocate-move = move {$amount} from {$from} to {$to}:
actuals-reallocate-not-to = not to {$held}, though its next result costs less
# {$after} and {$before}: the goal's results after and before the move; {$target}: its target.
actuals-reallocate-goal-after = goal {$goal}: {$after} of {$target} at today's results after the move ({$before} before)
# A channel held back and why ({$reason}: actuals-held-…).
actuals-held-back = {$channel} ({$reason})
# A list of held-back channels: {$list} so far, then {$next}.
actuals-held-back-more = {$list}; {$next}

# {$currencies}: the currency codes converted, as a list ending in actuals-list-and-last.
actuals-converted = {$currencies} converted at the plan's rates
actuals-list-and-last = {$first} and {$last}
# Rows show actuals did not count: {$count} as mplan prints a number; {$reasons} a list of
# actuals-skipped-damaged, -already-read and -outside-period.
actuals-skipped = {$count} skipped
actuals-skipped-why = {$count} skipped: {$reasons}
actuals-skipped-damaged = {$count} damaged
actuals-skipped-already-read = {$count} already read
actuals-skipped-outside-period = {$count} outside the period
# Two or more blocks with spend added together: {$blocks} their names.
actuals-combined-by-channel-heading = plan versus actual by channel as of {$date}, the blocks {$blocks} added together
actuals-combined-heading = plan versus actual as of {$date}, the blocks {$blocks} added together
actuals-heading-actual-of-planned = actual [% of planned]
actuals-heading-so-far-of-planned = so far [% of planned]
# {$budget}: the budget's name; {$control}: its `control` word (monthly, quarterly).
actuals-combined-checkpoints = budget {$budget}: control {$control} checkpoints, the blocks added together

actuals-none-read = no actuals read: declare them with `actuals spend from "ads.csv" {"{"} date "Day"  action "Campaign"  amount "Cost" {"}"}`
# {$word}: what followed `by`.
actuals-variance-grouping = plan versus actual groups by `action` or `channel`, not `{$word}`
actuals-variance-grouping-fix = write `show variance` (by action) or `show variance by channel`
# The first line of show actuals: {$rows} counts the rows read, {$shown} is that count as
# mplan prints it; {$currency} the block's currency code; {$first} and {$last} its days.
actuals-summary = actuals {$block}: {$shown} {$rows ->
        [one] row
       *[other] rows
    }, {$currency}
actuals-summary-dated = actuals {$block}: {$shown} {$rows ->
        [one] row
       *[other] rows
    } from {$first} to {$last}, {$currency}
actuals-heading-rules-give = rules give
actuals-heading-as-exported = as exported
actuals-results-alone = actuals {$block} as of {$date}: results alone (no `amount` column); they count toward the goals of their stages
actuals-heading-in-range = in range
# In a goal's status column.
actuals-goal-no-actuals = no actuals for {$stage}
actuals-goal-on-pace = on pace
actuals-goal-past-due = past due
# {$period}: the plan's period as mplan prints it.
actuals-checkpoint-outside = checkpoint {$date} is outside the plan's period ({$period})
actuals-checkpoint-outside-fix = a checkpoint is a day of the plan, from {$first} to {$last}
actuals-checkpoint-none = checkpoint {$date}: no actuals by then
# The first line of a block's views with what reading noted: {$summary} is actuals-summary,
# {$notes} actuals-skipped… and actuals-converted, joined by actuals-notes-more.
actuals-summary-notes = {$summary} ({$notes})
actuals-notes-more = {$list}; {$next}
# The heading of plan versus actual: {$date} the day it is judged on, {$block} the block.
actuals-variance-heading = plan versus actual as of {$date} ({$block})
actuals-variance-checkpoint-heading = checkpoint {$date} ({$block})
# {$heading}: one of the two above; {$last}: the last day of the actuals.
actuals-variance-actuals-end = {$heading}; the actuals end on {$last}
actuals-variance-rows-before-plan = {$heading}; {$rows ->
        [one] {$rows} row before the plan's period is not counted
       *[other] {$rows} rows before the plan's period are not counted
    }
actuals-variance-planned-to-date = planned to date spreads each action's cost evenly over its months; it lands at today's daily burn
actuals-variance-unplanned-note = not in the plan: spend no action names, counted in its budget; it lands at today's burn to the end of the plan's period
# A channel's spend spread over its actions: {$shares} a list of actuals-action-share,
# {$spans} of actuals-channel-spread-span joined by actuals-notes-more.
actuals-action-share = `{$action}` {$share}
actuals-channel-spread-share = {$channel}'s spend is spread over its actions by their planned share: {$shares}
actuals-channel-spread-span = {$first} .. {$last} {$shares}
actuals-channel-spread-daily = {$channel}'s spend is spread over the actions running each day by their planned spend that day: {$spans}
# Rows of the variance tables.
actuals-row-not-spread = not spread
actuals-row-in-no-budget = in no budget
# {$control}: the budget's `control` word (monthly, quarterly).
actuals-checkpoints-heading = budget {$budget}: control {$control} checkpoints
actuals-heading-pace-a-month = pace a month
actuals-heading-needed-a-month = needed a month
actuals-goal-reached = reached
actuals-goal-behind = behind
# hledger's compact form: `$352 [88% of $400]`.
actuals-compact = {$actual} [{$percent} of {$planned}]
# A run-rate goal's note: {$goal} its name, {$per} the time its rate is per (month),
# {$expected} where a straight ramp stands today; {$window} one of actuals-run-rate-….
actuals-run-rate = goal `{$goal}` is a run rate: achieved is its rate {$window}; a straight ramp from its baseline to its target stands at {$expected} a {$per} today
actuals-run-rate-stated-window = over {$window}, the window it states, by its calendar share of a {$per}
actuals-run-rate-last-whole = in {$window}, the last whole {$per}
actuals-run-rate-stated-before-baseline = from {$first} to {$last}, by its share of a {$per} (the window it states reaches back before its baseline date)
actuals-run-rate-no-whole = from {$first} to {$last}, by its share of a {$per} (no whole {$per} yet)

## What-if: goal seek (Sources/MPlanPlanning/GoalSeeker+Report.swift)

# Arguments: {$input} is the input solved for, {$result} the result's expression as written,
# {$relation} `=`, `<=` or `>=`; {$goal} the condition as written (`mrr >= $10,000`); every
# other argument is a value as mplan prints it.
solve-result-ignores-input = `{$result}` does not change with `{$input}`: it is {$value} for every value tried
solve-tried = tried {$count} values of `{$input}`
solve-result-ignores-input-fix = solve for an input that `{$result}` depends on
# {$side}: `above` or `below` the target.
solve-closest = the closest is {$result} = {$value} at `{$input}` = {$at}, {$side ->
        [above] above
       *[below] below
    } the target everywhere tried
solve-no-solution = no value of `{$input}` from {$low} to {$high} makes {$result} {$relation} {$target}
solve-no-solution-give-range = give a range to search: `solve {$input} from A to B for …`
solve-no-solution-widen = widen the range after `from`
# The answer's line: {$meaning} is one of the solve-… sentences below; {$evaluations} counts
# the runs of the plan it took.
solve-answer = {$result} = {$value}: {$meaning} ({$evaluations ->
        [one] {$evaluations} evaluation
       *[other] {$evaluations} evaluations
    })
solve-holds-throughout = every `{$input}` tried from {$low} to {$high} keeps {$goal}; this one comes closest to the target
solve-shown-rounded = {$meaning}; `{$input}` is shown rounded, and the result is the one before rounding
# {$side}: `largest` or `smallest`.
solve-extreme = the {$side ->
        [largest] largest
       *[smallest] smallest
    } `{$input}` with {$goal}
# {$stretch}, {$stretches}: solve-stretch, several joined by solve-stretches-and.
solve-extreme-holds = {$meaning}; it holds for `{$input}` {$stretch}
solve-one-of-boundaries = one of {$turns} boundaries, the nearest to {$now} now
solve-several-stretches = {$which}; {$goal} holds on several stretches of `{$input}` from {$low} to {$high}, and this is the edge of one of them
solve-holds-for = {$which}; {$goal} holds for `{$input}` {$stretches}
solve-stretch = from {$low} to {$high}
solve-stretches-and = {$list} and {$next}
solve-on-target = on target
solve-steps = no value gives exactly {$goal}: it steps from {$low} to {$high}
solve-steps-between = {$meaning} between {$lower} and {$upper}
solve-lies-between = {$goal} lies between {$lowerResult} at {$lower} and {$upperResult} at {$upper}, and this is the nearer at the digits shown
solve-nearest = the nearest to {$goal} found
# {$others}: the other values of the input where the result crosses the target, as a list.
solve-also-crosses = {$meaning}; the result also crosses {$goal} at `{$input}` = {$others}
solve-crosses-times = {$meaning}; the result crosses {$goal} {$turns} times in the values searched

## show: goals, actions and a budget (Sources/MPlanPlanning/PlanTables.swift, PlanPresenter.swift)

show-no-goals = no goals in this plan
show-no-actions = no actions in this plan
# A budget's heading: "budget marketing — Growth (top-down, controlled monthly by CMO)".
show-budget-heading = budget
show-budget-top-down = top-down
show-budget-bottom-up = bottom-up
show-budget-zero-based = zero-based
# {$cadence}: the `control` word (monthly, weekly); {$by}: the `control_by` field.
show-budget-controlled = controlled {$cadence}
show-budget-controlled-by = controlled {$cadence} by {$by}
# A budget's accounts: a name, an amount and a note.
show-budget-account-given = given
show-budget-account-committed = committed
show-budget-account-reserve = reserve
show-budget-account-available = available
show-budget-account-needed = needed
show-budget-account-chance-over = P(over budget)
show-budget-account-reserve-for-ninety = reserve for 90%
show-budget-actions = {$count ->
        [one] {$count} action
       *[other] {$count} actions
    }
show-budget-reserve-none-kept = none kept
show-budget-needed-is = committed + reserve
show-budget-chance-over-is = outcomes in which the actions commit more than given
show-budget-reserve-for-ninety-is = 90th percentile of committed, less its mean
# The pacing's columns.
show-budget-heading-week = week
show-budget-heading-month = month
show-budget-heading-cumulative = cumulative
show-budget-heading-per-day = per day
# A month's least and most spend in one day, each an amount as mplan prints it.
show-budget-day-range = {$least} to {$most}
show-budget-unscheduled = unscheduled (no period):
# An action the budget leaves out: "not counted: `ads` costs ¥50,000: no rate converts JPY
# into USD"; {$reason} is budget-not-a-cost or conversion-no-rate.
show-budget-not-counted = not counted:
show-budget-not-counted-costs = ` costs {$cost}: {$reason}
show-budget-not-a-cost = not a cost above zero

# {$name}: what `show` was asked for.
show-unknown-name = nothing to show called `{$name}`
show-unknown-name-fix = try `show goals`, `show actions by owner` or `show NAME`
# A kind of plan declaration in the plural ({$kind}: the keyword).
plan-kind-plural = {$kind ->
        [plan] plans
        [objective] objectives
        [goal] goals
        [budget] budgets
        [action] actions
        [report] reports
       *[other] {$kind}s
    }
# {$kinds}: plan-kind-plural; {$field}: the field written; {$fields}: the kind's fields, joined by commas.
show-no-field-to-group = {$kinds} have no field `{$field}` to group by
show-group-by-one-of = group by one of: {$fields}
show-none-of-kind = no {$kinds} in this plan
# The group of the items without the field ({$field}) grouped by.
show-group-none = (no {$field})

## The plan's statements: export and members (Sources/MPlanPlanning/PlanHost.swift, PlanMembers.swift)

export-refused-here = this session cannot write files, so `export` is refused
# {$name}: what `export` was given.
export-what = `{$name}` is not something an export can hold
export-what-fix = export `plan`, or a goal, budget, funnel, objective, action, report, number, data table or compared scenario by name
# {$budget}.{$member} read (`marketing.available`) above an action ({$action}) it counts.
budget-read-before-declared = `{$budget}.{$member}` is read before the plan is complete: action `{$action}` is declared further down
budget-read-before-declared-fix = read it in a `print`, `show` or `compare`, which run once the whole plan is declared, or move this line below the actions
label-still-to-come = still to come

## Writing exports (Sources/MPlanKit/Session+Export.swift)

# {$error}: what stopped the export.
export-failed = the plan could not be exported: {$error}
# {$name}: the format asked for; {$formats}: the formats (or extensions) as alternatives.
export-not-a-format = `{$name}` is not an export format
export-use-format = use {$formats}
export-unknown-extension = cannot tell the format of `{$path}` from its extension
export-unknown-extension-fix = end the file name in {$formats}, or give --format
# {$tables}: the CSV views, joined by commas.
export-no-csv-table = there is no CSV table `{$table}`
export-no-csv-table-fix = use one of: {$tables}, or the name of a data table (`let by_cpc = table …`)
export-table-not-csv = `--table` picks a CSV view, but this export is {$format}
export-table-not-csv-fix = drop --table, or export to a .csv file
export-stdout-failed = cannot write to standard output
export-nothing-written = nothing was written; any earlier file is unchanged
# {$advice}: how to replace it anyway (`--force`, `:export! FILE`).
export-would-replace = `{$path}` exists and was not written by mplan, so it was left as it was
export-would-replace-force-fix = export to another file, or replace it with {$advice}
export-would-replace-fix = export to another file, or remove it first
export-no-folder = the folder `{$folder}` does not exist, so `{$path}` cannot be written
export-no-folder-fix = create the folder first, or export to a folder that exists
# {$path}: the file as the script names it; {$target}: where its link leads.
export-outside-folder = a script may not write `{$path}`: it is outside the script's folder and the current one
export-outside-folder-link = a script may not write `{$path}` (a link to `{$target}`): it is outside the script's folder and the current one
export-outside-folder-fix = export under the script's folder, or allow the folder with `mplan run --allow-write DIR`

## Live recalculation and scenarios at the prompt (Sources/MPlanKit/Session+Recalculation.swift, Session+REPL.swift)

# What an input changed: {$what} lists the names (each in backticks) and recalc-a-rate, or is
# recalc-the-blocks; {$name} is what no longer runs.
recalc-a-rate = a currency's rate
recalc-the-blocks = the plan's blocks
recalc-no-longer-runs-name = this input changes {$what}, and `{$name}`, which depends on it, no longer runs; nothing was changed
recalc-no-longer-runs = this input changes {$what}, and what depends on it no longer runs; nothing was changed
# {$name}: the name typed; {$through}: the name it reads that is worked out from it.
recalc-reads-itself = `{$name}` would be worked out from itself: it reads `{$through}`, which is worked out from `{$name}`
recalc-reads-itself-fix = give the new value a name of its own (`let {$name}_2 = …`), or define `{$through}` again without `{$name}`
# {$problem}: why the scenario could not be applied again (scenario-…).
recalc-nothing-changed = {$problem}; nothing was changed
# {$scenario}: the scenario named; {$guess} the closest one; {$error} the error; {$place}
# where it is (file:line:column).
scenario-none = there is no scenario `{$scenario}`
scenario-none-did-you-mean = there is no scenario `{$scenario}`; did you mean `{$guess}`?
scenario-no-longer-applies = scenario `{$scenario}` no longer applies: {$error}
scenario-plan-does-not-run = the plan does not run under `{$scenario}`: {$error} (at {$place})

## The session: imports, :save and mplan fmt (Sources/MPlanKit/Session.swift, SessionScript.swift, FormattedPlan.swift)

# {$path}: the file imported; {$error}: why it could not be read.
import-cannot = cannot import `{$path}`: {$error}
import-unknown-module = there is no standard-library module `{$name}`
# {$modules}: the standard library's modules, joined by commas.
import-modules = modules: {$modules}
import-has-errors = `{$name}` has errors: {$error}
# The comments of a file written by :save (each line is written after "# "): {$path} is a
# file loaded, {$scenario} the scenario the prompt worked under.
save-header = An mplan session saved with :save; run it with `mplan run`.
save-loaded-from = --- loaded from {$path} ---
save-end-of = --- end of {$path} ---
save-under-scenario =
    Saved at the prompt under `:scenario {$scenario}`: the statements above are the plan as
    written, and `{$scenario}.NAME` gives a value as the prompt showed it (`:load` this file,
    then `:scenario {$scenario}`, to work under it again).
fmt-file-unchanged = the file is unchanged
# {$kind}: loader-kind-….
fmt-not-a-file = `{$path}` is {$kind}, not a regular file, so it was not formatted
fmt-not-a-file-fix = format the plan's own file; `mplan fmt -` formats standard input

## The command line's last words and the line editor (Sources/mplan/InternalFault.swift, REPL/LibEditLineEditor.swift)

# Written to standard error when mplan itself crashes (exit 70), before it ends.
internal-fault = mplan: internal error: mplan itself failed (not your script); please report it with the input that caused it
# The line editor's functions, as libedit's `bind` lists them.
repl-key-interrupt = Drop the current line
repl-key-complete = Complete the word before the cursor
repl-key-suspend = Suspend mplan
# Said once at the prompt's start when libedit cannot be loaded; {$reason} is the system's words.
repl-line-editor-missing = warning: the line editor could not be loaded ({$reason}); lines are read without editing, history or Tab completion. Install libedit (Debian: apt-get install libedit2) to have them

## Writing files safely (Sources/MPlanKit/SafeWrite.swift: :save, exports, mplan fmt)

# Arguments: {$path} is the file named; {$reason} the system's words for the error.
safewrite-no-name = no file was named
# {$kind}: safewrite-file-kind.
safewrite-not-regular = `{$path}` is {$kind}, not a regular file; give a file name
safewrite-file-kind = {$kind ->
        [directory] a directory
        [device] a device
        [fifo] a pipe (FIFO)
        [socket] a socket
       *[other] a special file
    }
# {$advice}: how to replace it anyway (`:save! FILE`, `--force`).
safewrite-read-only-force = `{$path}` is read-only; use {$advice} to replace it anyway
safewrite-read-only = `{$path}` is read-only; make it writable first, or write another file
# {$what}: `direction` (an override or isolate) or `control`; {$code}: the character, U+…
safewrite-control-in-name = the file name `{$path}` holds {$what ->
        [direction] an invisible direction control
       *[control] a control character
    } ({$code}); name a file without one
safewrite-link-loop = `{$path}` is a loop of symbolic links
safewrite-cannot-write = cannot write `{$path}`: {$reason}
# {$temporary}: the file the new text is kept in.
safewrite-cannot-write-kept = cannot write `{$path}`: {$reason}; its new text is kept whole in `{$temporary}`

## What-if: its inputs, data tables and scenarios (Sources/MPlanPlanning/PlanAnalysis*.swift)

# {$statement}: `solve`, `table` or `tornado`; {$name} the input as written; {$what} is
# whatif-is-uncertain or whatif-is-type ({$type}: what the value is).
whatif-varies-one-number = `{$statement}` varies one number, and `{$name}` {$what}
whatif-varies-one-number-fix = give `{$name}` one value, or compare scenarios instead
whatif-is-uncertain = is uncertain
whatif-is-type = is {$type}
whatif-result-one-number = `{$statement}` needs a result that is one number, and `{$result}` {$what}
whatif-value-one-number = a value of `{$name}` is one number, not {$type}
# {$unit}, {$other}: the units of the input and of the value written.
whatif-value-other-unit = `{$name}` is {$unit}, and this is {$other}
whatif-write-value-like = write a value like {$value}
whatif-value-plain-number = `{$name}` is a percentage, and this is a plain number
# {$count}: the inputs written; {$cells}: the cells the table would have; {$limit}: how many it may.
whatif-table-too-many-inputs = a data table varies one input, or two as a grid; this one has {$count}
whatif-table-too-many-inputs-fix = keep two inputs, and compare scenarios for the rest
whatif-table-too-large = this table has {$cells} cells, more than the {$limit} a table may have
whatif-table-too-large-fix = use a larger step or fewer values
whatif-table-step = a table's step is more than zero; this one is {$step}
whatif-table-step-fix = write a positive step; the values go from the first end to the second
whatif-table-too-many-values = `{$name}` would take {$count} values, more than the {$limit} cells a table may have
whatif-table-larger-step = use a larger step
# solve's target in another unit than its result.
solve-target-other-unit = `{$result}` is {$unit}, and the target is {$other}
solve-target-like = give a target like {$value}
solve-plan-does-not-run = the plan does not run with `{$input}` = {$value}
compare-unknown-scenario = unknown scenario `{$scenario}`

## What-if: the tornado (Sources/MPlanPlanning/PlanAnalysis+Tornado.swift)

# Column headings; {$result} is the result's expression as written.
tornado-heading-low = low
tornado-heading-high = high
tornado-heading-result-at-low = {$result} at low
tornado-heading-at-high = at high
tornado-heading-swing = swing
# The tornado's first line: {$result} = {$base}, the result as the plan stands. {$held} lists
# the uncertain inputs held at their medians, {$count} how many; {$share} is a percentage.
tornado-headline = {$result} = {$base}
tornado-headline-held = {$result} = {$base} with {$held} at {$count ->
        [one] its median
       *[other] their medians
    }
tornado-headline-share = {$result} = {$base}; each input {$share} below and above its value
tornado-headline-share-held = {$result} = {$base}; each input {$share} below and above its value (for {$held}: {$count ->
        [one] its median
       *[other] their medians
    })
# {$line}: tornado-headline or tornado-headline-held; {$parts}: the tornado-part-… joined by
# tornado-parts-more. {$names} lists inputs, each in backticks.
tornado-headline-ends = {$line}; low and high: {$parts}
tornado-parts-more = {$list}; {$next}
tornado-part-range = the 90% range of {$names}
tornado-part-given = the ends given for {$names}
tornado-part-share = {$share} below and above {$names}
# {$name}: the input; {$value}, {$low}, {$high}: values as mplan prints them.
tornado-input-without-range = `{$name}` is one value ({$value}), so the tornado has no range to vary it over
tornado-input-without-range-fix = add `by 10%` after the inputs, give it its own ends (`{$name} from {$low} to {$high}`), or write its value as a range (`{$low} to {$high}`)
tornado-invalid-spread = a tornado moves each input by a percentage above 0% and below 100%, not {$value}

## The REPL's replies (Sources/mplan/REPL/REPL+Commands.swift)

# Arguments: {$command}, {$topic}, {$guess} (the nearest existing one), {$name},
# {$scenario}, {$table}, {$group} are what the user typed or a name they defined; {$topics},
# {$groups}, {$scenarios}, {$formats} are lists; {$path} is a file, {$format} an export
# format; {$under} is repl-under-scenario or repl-under-base; {$error} is a message;
# {$count} counts inputs, {$line} is a line number.
repl-unknown-command = unknown command `:{$command}` (:help lists the commands)
repl-unknown-command-did-you-mean = unknown command `:{$command}`; did you mean `:{$guess}`? (:help lists the commands)
repl-load-needs-file = `:load` needs a file: :load plan.mplan
repl-session-reset = Session reset.
repl-check-unknown-group = `:check` takes a group of the checklist, not `{$group}` ({$groups})
repl-quit-takes-nothing = `:quit` takes nothing after it
repl-no-help = no help on `{$topic}` (topics: {$topics})
repl-no-help-did-you-mean = no help on `{$topic}`; did you mean `:help {$guess}`? (topics: {$topics})
repl-nothing-defined = Nothing defined yet.
repl-show-needs-name = `:show` needs a name: :show marketing
repl-scenario-changes = scenario {$scenario}: the plan with
repl-scenario-read-values = read its values as `{$scenario}.NAME`; `compare base, {$scenario} on …` side by side
repl-unknown-name = nothing is called `{$name}`
repl-unknown-name-did-you-mean = nothing is called `{$name}`; did you mean `{$guess}`?
repl-under-scenario = scenario `{$scenario}`
repl-under-base = the plan as written (base)
repl-working-under = working under {$under}; scenarios: {$scenarios}
repl-working-under-no-scenarios = working under {$under}; no scenarios yet
repl-back-to-base = Back to the plan as written.
repl-now-under-scenario = Working under scenario `{$scenario}`: values show as it has them.
repl-table-needs-view = `--table` needs a view: --table goals
repl-export-needs-file = `:export` needs a file: :export plan.html ({$formats})
# The label before a REPL error of its own (not a diagnostic, which keeps `error[E…]`).
repl-error-label = error
repl-exported-plan = Exported the plan to {$path} ({$format}).
repl-exported-table = Exported `{$table}` to {$path} ({$format}).
repl-save-needs-file = `:save` needs a file: :save session.mplan
repl-saved = Saved {$count ->
        [one] {$count} input
       *[other] {$count} inputs
    } to {$path}.
repl-saved-script-stops = `mplan run {$path}` will stop at line {$line}: {$error}

repl-nothing-to-reload = nothing to reload: load a script first with :load FILE
# {$files} lists the files read; {$typed} and {$applied} count inputs typed at the prompt;
# {$input} is one of them, {$reason} the error that dropped it; {$problem} says why a scenario
# no longer runs.
repl-reload-nothing-changed = nothing changed since the last load: {$files}
repl-reload-file-fails = `{$path}` no longer loads, so the session is as it was; fix it and :reload again (or :reset)
repl-reload-interrupted = the reload stopped (Ctrl-C), so the session is as it was
repl-reloaded = Reloaded: {$files} changed since the last load.
repl-reloaded-applied-all = Reloaded: {$files} changed since the last load; applied the {$typed ->
        [one] {$typed} input
       *[other] {$typed} inputs
    } typed at the prompt again.
repl-reloaded-applied-some = Reloaded: {$files} changed since the last load; applied {$applied} of the {$typed ->
        [one] {$typed} input
       *[other] {$typed} inputs
    } typed at the prompt again.
repl-reload-dropped = dropped `{$input}` (typed at the prompt): it no longer runs after the reload: {$reason}
repl-since-last-load = the last load
repl-reload-scenario-gone = Scenario `{$scenario}` is gone after the reload: back to the plan as written.
repl-reload-scenario-fails = {$problem}: back to the plan as written.

repl-welcome = mplan {$version} — :help for help, Ctrl-D to leave
repl-input-not-utf8 = this input has bytes that are not UTF-8 (shown as �); it was not evaluated
# A goal's SMART letters after an input changed it: {$letters} is "S ✓ M ✗ A ? R ✓ T ✓".
repl-goal-letters = goal `{$goal}`: {$letters}
repl-goal-letters-to-fix = goal `{$goal}`: {$letters}   (:check smart says what to fix)

## The REPL's history file (Sources/mplan/REPL/HistoryFile.swift)

# {$path} is the history file; {$reason} the system's own words for a failed read or write;
# {$megabytes} the largest size read; {$problem} one of the messages above it.
history-not-text = the history file {$path} is not UTF-8 text
history-unreadable = cannot read the history file {$path}: {$reason}
history-is-folder = the history file {$path} is a folder
history-not-regular = the history file {$path} is not a regular file
history-too-large = the history file {$path} is larger than {$megabytes} MB
history-unsaved = cannot save history to {$path}: {$reason}
history-not-saved = {$problem}; this session's history will not be saved

## Watching files (Sources/mplan/Watch.swift: --watch and :reload)

# {$since} is watch-since-last-run or repl-since-last-load; {$count} counts files.
watch-since-last-run = the last run
watch-nothing-changed = — no value changed since {$since}
watch-changed = — since {$since}:
watch-watching = — watching {$count ->
        [one] {$count} file
       *[other] {$count} files
    }; Ctrl-C stops

## The command line (Sources/mplan: usage, option help, command-line errors)

# Arguments: {$option} is an option as typed (`--seed=`), {$value} what followed it; {$word}
# a word that is no subcommand, {$nearest} the nearest one, {$commands} the list of them;
# {$group}, {$groups}, {$guess} a checklist group, the list, the nearest; {$folder} a folder;
# {$problem} what is wrong with a name; {$largest} the largest seed; {$formats} and
# {$names} list the export formats.
cli-mplan-abstract = A language, interpreter and REPL for marketing plans.
# What `mplan mplan --help` says below the usage. {$formats} lists the export formats.
cli-mplan-discussion =
    Plans are short text files: objectives, SMART goals, funnels, budgets and the actions that serve the goals, with units (money, percent, visits, MQLs, customers, dates) checked like types.

    Examples:
      mplan run examples/funnel.mplan      run a plan and print what it asks for
      mplan examples/funnel.mplan          the same: a file name runs the file
      mplan run -                          run a plan read from standard input
      mplan eval '$240k / ($24k per customer)'
      mplan check examples/funnel.mplan    list what the plan is missing
      mplan fmt plan.mplan                 lay a plan out in the one canonical form
      mplan export plan.mplan -o plan.html export the plan: {$formats}
      mplan                                start the interactive prompt
cli-empty-option-value = Error: {$option} has no value after its `=` (is a variable unset?); give one, or leave the option out
cli-unknown-subcommand = error: unknown subcommand `{$word}`, and no file of that name; the subcommands are {$commands}
cli-unknown-subcommand-did-you-mean = error: unknown subcommand `{$word}`, and no file of that name; did you mean `mplan {$nearest}`?
cli-usage = Usage: mplan [{$commands}] …, or mplan FILE.mplan; see 'mplan --help'
cli-option-color = Colour diagnostics: auto (when writing to a terminal and NO_COLOR is unset), always, never.
cli-option-lang = The language of mplan's messages: en, ar, fa or ru (default: the plan's `language`, else LC_ALL, LC_MESSAGES or LANG, else English).
cli-option-bidi = Right-to-left text: isolate (FSI…PDI around right-to-left names and values, for terminals with bidi), none (as written), or auto (isolate when writing to a terminal).
cli-option-digits = Print values in latin (0-9, the default), native (the plan's `language`: Persian ۰-۹ for fa, Eastern Arabic ٠-٩ for ar), arabic or persian digits.
# A locale mplan has no catalogue for, said once (in English, which follows): {$variable} is
# LC_ALL, LC_MESSAGES or LANG, {$locale} its value, {$languages} the ones mplan speaks.
cli-locale-not-spoken = note: mplan has no messages in `{$language}` ({$variable}={$locale}): they are in English unless --lang or the plan's `language` chooses one of {$languages}
cli-option-samples = Samples drawn for each uncertain value (`a to b`), from 1 to 100,000,000 (default 10,000).
cli-option-seed = Seed of the sampler: the same seed gives the same numbers.
cli-option-memory = Memory a run may hold before it stops with E0316, as 512MB or 8GB (default 2GB).
cli-samples-invalid = --samples takes a whole number from 1 to 100,000,000, not `{$value}`
cli-seed-invalid = --seed takes a whole number from 0 to {$largest}, not `{$value}`
cli-memory-invalid = --memory takes a size from 64MB to 1024GB, as 512MB or 8GB, not `{$value}`
cli-option-steps = Evaluations a run may make before it stops with E0319 (default 100,000,000).
cli-steps-invalid = --steps takes a whole number from 1,000 to 1,000,000,000,000 (the default is 100,000,000), not `{$value}`
cli-check-abstract = Check a plan for gaps: alignment, SMART goals, funnel, budget, actions, reporting.
# What `mplan check --help` says below the usage.
cli-check-discussion =
    Prints a checklist grouped as Alignment, SMART, Funnel, Budget, Actions and Reporting: a ✓ or ✗ per item with the reason, the line and a fix, then a summary line. docs/planning.md explains each check and docs/diagnostics.md each code.

    Examples:
      mplan check examples/flawed-plan.mplan
      mplan check --strict plan.mplan            # warnings fail the check too
      mplan check --format json plan.mplan       # for other tools
      mplan check --only smart plan.mplan        # a workshop: only the goals' SMART letters

    Exit status: 0 when the plan has no errors, 1 when it has (with --strict: any failed check) or when the script ran into errors (the plan is still checked), 65 when the script cannot run at all (syntax, unknown names), 66 when the file cannot be read, 64 for a wrong command line, 74 when standard output could not be written.
cli-check-file = The plan to check.
cli-check-strict = Treat every warning as an error: the check fails unless every item passes.
cli-check-format = How to print the checklist: text or json.
cli-check-only = Check only one group: smart (the goals' letters, for a workshop), alignment, funnel, budget, actions, reporting or tracking.
cli-check-only-invalid = --only takes a group of the checklist, not `{$group}` ({$groups})
cli-check-only-invalid-did-you-mean = --only takes a group of the checklist, not `{$group}`; did you mean `{$guess}`? ({$groups})
cli-check-watch = Check again whenever the plan or a file it imports is saved, showing what changed.
cli-run-abstract = Run plan scripts and print what they ask for.
# What `mplan run --help` says below the usage.
cli-run-discussion =
    Prints what `print`, `show` and `compare` ask for, and the warnings of the plan. Several files run one after another in one session; `-` reads standard input.

    A script's `export` writes only under the script's folder or the current one, unless --allow-write names another folder.

    Exit status: 0 success (plan-check warnings included), 1 a plan-check error, 64 a wrong command line, 65 an error in a script, 66 a file that cannot be read, 74 standard output could not be written.
cli-eval-abstract = Evaluate one expression or statement and print its value.
# What `mplan eval --help` says below the usage.
cli-eval-discussion =
    Examples:
      mplan eval '$240k / ($24k per customer)'      # 10 customers
      mplan eval '2027-12-31 - 2027-01-01'
      mplan eval -5%                                 # an expression may start with -
cli-run-files = The scripts to run, or - for standard input.
cli-run-watch = Run again whenever a script or a file it imports is saved, showing what changed.
cli-run-allow-write = Let the script's `export` write under DIR too (besides its own folder and the current one); DIR must exist.
cli-allow-write-empty = --allow-write needs a folder, not an empty name (is a variable unset?)
cli-allow-write-no-folder = --allow-write {$folder} is not a folder that exists; create it first or fix the name
cli-eval-expression = The expression to evaluate.
cli-export-abstract = Export a plan as Markdown, JSON, CSV, a self-contained HTML report or an xlsx workbook.
# What `mplan export --help` says below the usage. {$formats} lists the export formats.
cli-export-discussion =
    The files run in one session, as with `mplan run`, and the plan they declare is written to PATH; the format comes from its extension ({$formats}) unless --format says. Without -o the file is named after the last script (growth.mplan → growth.html, HTML by default); `-o -` writes to standard output (Markdown by default).

    An existing file is replaced only when mplan wrote it, or with --force; the new file is written beside it and renamed over it, so a failed export leaves it as it was.

    Examples:
      mplan export examples/growth-plan.mplan -o growth.html
      mplan export plan.mplan -o ledger.csv         # a row per action and month
      mplan export plan.mplan -o goals.csv --table goals
      mplan export plan.mplan -o by_cpc.csv --table by_cpc   # a data table alone
      mplan export plan.mplan -o plan.xlsx          # a workbook with live formulas
      mplan export plan.mplan --format json -o -    # to standard output

    Exit status: 0 written, 64 an unknown format or table, 65 an error in a script, 66 a file that cannot be read, 73 the file could not be written, 74 standard output could not be written.
cli-export-files = The scripts that declare the plan, or - for standard input.
cli-export-output = The file to write, or - for standard output.
cli-export-format = {$names} (default: from the extension of -o).
cli-export-table = The CSV view: ledger (default), goals, actions, budgets, pacing, checks; or a data table's name.
cli-export-force = Replace the file even when mplan did not write it.
cli-export-no-files = name the plan to export: mplan export plan.mplan -o plan.html
cli-fmt-abstract = Rewrite plans in mplan's one canonical layout.
# What `mplan fmt --help` says below the usage.
cli-fmt-discussion =
    Two-space indentation, field values and funnel stages aligned, one space around operators, at most one blank line in a row, long lists one item per line, and the fields of each plan block in a fixed order. Comments stay where they were; formatting never changes what a plan means. docs/language.md ("Layout and mplan fmt") lists the rules.

    Examples:
      mplan fmt plan.mplan          rewrite the file in place
      mplan fmt --check .           list the plans under . not yet formatted (CI)
      mplan fmt --diff plan.mplan   show what would change, as a unified diff
      mplan fmt - < plan.mplan      format standard input to standard output

    A file is rewritten only when its layout changes, and then all at once (a new file renamed over the old, with its permissions and owner; a linked file is updated through its link). A file that does not parse, is read-only, or is not a regular file (a FIFO, a device) is left alone and the reason is shown. A folder's walk follows no symbolic links.

    Exit status: 0 success (with --check: every file is formatted), 1 with --check (alone or with --diff) when a file would change, 65 when a file does not parse, 66 when a file cannot be read, 70 when mplan could not lay a file out safely (E0501; the file is left as it was), 73 when a file could not be written, 74 when standard output could not be written.
cli-fmt-files = The plans to format (a folder: every .mplan file in it, at any depth), or - for standard input.
cli-fmt-check = Write nothing: list the files that would change and exit 1 if there are any.
cli-fmt-diff = Write nothing: print how each file would change, as a unified diff.
cli-fmt-no-files = name the plans to format, a folder of them, or - to read standard input
cli-repl-abstract = Start the interactive prompt (the default when no subcommand is given).
# What `mplan repl --help` says below the usage.
cli-repl-discussion =
    At a terminal, lines are edited with libedit: Tab completes, Up/Down and Ctrl-R recall history, Ctrl-C drops the line, Ctrl-D leaves. Type :help at the prompt for commands. From a pipe, lines are read plainly with the same meaning; the exit status is 65 if any input failed.

    Examples:
      mplan                        start the prompt
      mplan -i examples/funnel.mplan   load a plan, then stay at the prompt
      echo '$240k / ($24k per customer)' | mplan
cli-repl-load = Load a script before the first prompt (may be repeated).
cli-repl-no-init = Skip $XDG_CONFIG_HOME/mplan/init.mplan.
# {$reason} is the system's own words for the failed write.
cli-output-failed = error: cannot write to standard output: {$reason}; the output is incomplete

## P(goal met) and the plan's language (Sources/MPlanPlanning/PlanChances.swift, PlanChecker.swift)

# SMART-A by chance: {$chance} is how often the goal's forecast meets its target, {$bound} the
# plan's `min_chance`.
smart-chance-low = goal `{$goal}` is met in {$chance} of outcomes (its forecast against its target); the plan asks for {$bound}
smart-chance-low-fix = raise the forecast's inputs, allow more time, or set `min_chance` in the plan if the risk is taken knowingly
# {$aim} is the target met in {$chance} of outcomes; {$fix} the advice above.
smart-chance-aim-at-least-fix = aim for at least {$aim} (met in {$chance} of outcomes), {$fix}
smart-chance-aim-at-most-fix = aim for at most {$aim} (met in {$chance} of outcomes), {$fix}
# SMART-A of an exact forecast: {$forecast} and {$target} are amounts; {$aim} the target the
# forecast meets.
smart-forecast-misses = goal `{$goal}` is forecast to reach {$forecast}, which does not meet its target of {$target}
smart-forecast-misses-fix = aim for {$aim}, raise the forecast's inputs, or set `min_chance 0%` in the plan if the risk is taken knowingly
# SMART-M: {$forecast} and {$target} are unit words ("visits", "leads per month").
smart-forecast-unit = goal `{$goal}`'s forecast is in {$forecast} but its target in {$target}: the two cannot be compared
smart-forecast-unit-fix = write the forecast in {$target}, as the target is (`forecast traffic * rate * 1 lead per visit` turns visits into leads)
# E0307 at the plan's `min_chance`: {$written} is what the plan says.
plan-min-chance-range = a plan's `min_chance` is a percentage from 0% to 100%, not {$written}
plan-min-chance-percent-fix = did you mean `min_chance {$percent}`?
plan-min-chance-fix = write how often a goal must be met, such as `min_chance 80%` (`0%` takes any risk)
# PLAN-A06: {$language} is the word the plan gives, {$languages} the ones mplan speaks.
plan-unknown-language = the plan's language `{$language}` is not one mplan speaks ({$languages}): its messages will be in English
plan-unknown-language-guess-fix = did you mean `language {$language}`?
plan-unknown-language-fix = write one of {$languages}: `language fa`

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

## The document and its writers (Sources/MPlanPlanning/Document/*, Sources/MPlanReport/Export/*)
# The goals' and actions' grids' column labels (`show goals`, `show actions`, every export).
grid-goal = goal
grid-title = title
grid-metric = metric
grid-baseline = baseline
grid-target = target
grid-deadline = deadline
grid-owner = owner
grid-supports = supports
grid-smart = SMART
# How many actions serve the goal.
grid-actions = actions
# The chance the goal is met, when its forecast or target is uncertain.
grid-chance-met = P(met)
grid-action = action
grid-serves = serves
grid-channel = channel
grid-cost = cost
grid-period = period
grid-budget = budget
# The export's sections, each a heading.
section-objectives = Objectives
section-goals = Goals
section-funnels = Funnels
section-budgets = Budgets
section-actions = Actions
section-reports = Reports
section-comparisons = Comparisons
section-tables = Data tables
section-values = Values
section-uncertain = Uncertain values
section-checks = Open items
# The facts under the export's title: "Period: 2027-01 .. 2027-12 · Currency: USD".
document-period = Period
document-currency = Currency
# The actions grouped, each group's table under the owner's or channel's name.
document-by-owner = By owner
document-by-channel = By channel
# The open items when there are none.
export-every-check-passes = None: every check passes.
# Before an open item's fix-it: "fix: add an owner".
export-fix = fix

## Keywords (Sources/MPlanSyntax/Syntax/PlanWords.swift)
# Each plan keyword and field name as a participant writes it in this language: one word, no
# spaces (a name's letters, digits, `_`, ZWNJ). The parser reads it where the English word is a
# keyword; `mplan fmt --keywords LANG` writes it. English's are the words themselves.
keyword-plan = plan
keyword-objective = objective
keyword-goal = goal
keyword-action = action
keyword-budget = budget
keyword-report = report
keyword-metric = metric
keyword-baseline = baseline
keyword-target = target
keyword-by = by
keyword-within = within
keyword-supports = supports
keyword-owner = owner
keyword-direction = direction
keyword-cost = cost
keyword-channel = channel
keyword-period = period
keyword-from = from
keyword-total = total
keyword-reserve = reserve
keyword-currency = currency
keyword-language = language
keyword-calendar = calendar
cli-fmt-keywords = Write the plan's keywords and field names in this language: en, ar, fa or ru (`goal`, `هدف`, `هدف`, `цель`); the plan must read the same afterwards.
# {$reason} of format-would-change when `fmt --keywords` would change what a plan means.
format-reason-keywords = its keywords, rewritten, would not read as the same plan

## Workshop (Sources/MPlanKit/Workshop*.swift, Sources/mplan/WorkshopCommand.swift)
# The guided SMART exercise: `mplan workshop` and `:workshop` (docs/workshop.md).
workshop-intro =
    A SMART goal, letter by letter: Specific, Measurable, Attainable, Relevant, Time-bound.
    Answer each question on one line; an empty line or a wrong answer is asked again, and
    Ctrl-D ends the exercise without writing anything.
workshop-ask-metric = S — what will you count? One word, such as customer, follower or order:
# {$metric}: the participant's metric, as they wrote it.
workshop-ask-baseline = M — where are you today, counted in {$metric}? A number, such as 100:
workshop-ask-target = M — where do you want to be, counted in {$metric}? A number, such as 125:
workshop-ask-action = S — through what will you reach it? The action, in a few words (daily posts on Instagram):
workshop-ask-title = S — say the goal in one sentence: what, how much and through what (Followers from 100 to 125 through daily posts):
# {$example}: a date three months from today, as the exercise reads dates.
workshop-ask-deadline = T — by what date? Year, month and day, such as {$example}:
workshop-ask-objective = R — which company objective does it serve? In a few words (Grow revenue 10% this year):
workshop-ask-owner = Who answers for this goal? A name:
# {$letters}: the goal's letters as `show goals` gives them, `S ✓ M ✓ A ✓ R ✓ T ✓`.
workshop-done = The goal is SMART: {$letters}
workshop-empty = Please answer the question: the exercise needs this part of the goal.
workshop-other-language = Please answer in English: the plan is written in the workshop's language.
workshop-no-quotes = Please leave out double quotes (") and backslashes (\): the plan puts the sentence in quotes itself.
# {$answer}: what the participant wrote.
workshop-metric-one-word = `{$answer}` is not one word: name the thing you count in one word (customer, follower, order), with `_` between words if you need two.
workshop-not-number = `{$answer}` is not a number of at least 0: write digits only, such as 100 or 2,000.
# {$example}: a date the exercise reads.
workshop-not-date = `{$answer}` is not a date the plan can read: write year-month-day, such as {$example}.
# {$today}: today's date.
workshop-past-date = {$answer} is not after today ({$today}): a deadline is a day still to come.
# {$letter}: S, M, A, R or T.
workshop-letter-met = {$letter} ✓
# {$finding}: what the SMART rule found; {$fix}: its fix-it.
workshop-finding =
    {$finding}
      → {$fix}
workshop-example-specific = From the article: "get customers" is a wish; "double the customers on our list through Instagram within two months" says what, how much and through what.
workshop-example-measurable = From the article: "grow our social media following" is met by going from 100 followers to 101; "grow it by 25%", from 100 to 125, can be measured month by month.
workshop-example-attainable = From the article: if you start with 10 customers, do not expect 2,000 customers next month: that goal is not realistic.
workshop-example-relevant = From the article: why have a goal that does not matter? It should matter to you and your team and serve the company's long-term objectives.
# {$example}: a date the exercise reads.
workshop-example-time-bound = From the article: "by the first day of September" sets the deadline; the plan needs it as a date, such as {$example}.
workshop-revise-pace = Give a smaller target, then a later deadline if you need one.
workshop-retell-title = The numbers changed: say the goal in one sentence again, with the new ones.
workshop-plan-title = SMART workshop
workshop-name-objective = company_objective
workshop-name-goal = workshop_goal
workshop-name-action = workshop_action
# Words that answer yes to "replace the file?", separated by spaces.
workshop-yes-words = yes y
# {$path}: the file the goal is written to.
workshop-file-exists = {$path} already exists. Replace it? (yes/no):
workshop-ask-file = Then write the goal to which file? (an empty line writes nothing):
workshop-written = The goal, its objective and action are written to {$path}: check them with `mplan check --only smart {$path}`.
workshop-not-written = Nothing was written.
workshop-ended = The exercise ended before the goal was complete: nothing was written.
workshop-write-failed = The goal could not be written to {$path}: {$reason}
cli-workshop-abstract = A guided SMART exercise: one goal, letter by letter, written to a file.
cli-workshop-discussion = Asks for each part of a goal in the chosen language (--lang), checks each answer with the SMART rules of `mplan check`, and writes the goal with its objective and action to FILE.
cli-workshop-file = The file to write the goal to (default: goal.mplan); an existing file is replaced only when you say so.
repl-help-command-workshop = :workshop [file]  a guided SMART exercise: one goal, letter by letter, written to the file (goal.mplan)

# Two runs of a sentence (mplan's words, a name, a value) one after the other, as written.
document-runs = {$first}{$second}
# The heading over a funnel's table: "funnel acquisition" (the keyword, then the plan's name).
document-funnel = funnel
# Before the goal whose count the funnel's stage counts come from: "Stage counts from new_customers."
document-stage-counts-from = Stage counts from
document-funnel-stage = stage
document-funnel-rate = rate from the stage before
document-funnel-count = count
# The uncertain values' table: the mean and the 5th, 50th and 95th percentiles.
document-uncertain-mean = mean
document-uncertain-p5 = p5
document-uncertain-p50 = p50
document-uncertain-p95 = p95
document-values-value = value
document-values-amount = amount
# A comparison's heading between two scenarios' names: "base vs cautious".
document-versus = vs
document-comparison-change = change
# What a scenario makes of a value, in the scenarios' changes.
document-changes-under-scenario = under scenario
# The charts' titles and one-line descriptions (HTML's <title> and <desc>, and the caption).
chart-funnel-title = Funnel {$funnel}: each stage’s share of the top, with its rate
chart-funnel-description = Bars for {$stages}
chart-share-of-top = {$share} of the top
chart-pacing-title = Budget {$budget}: committed spend by month (bars) and cumulative (line) against the budget (dashed)
chart-pacing-description = {$months ->
    [one] {$months} month, {$amount} committed in all
   *[other] {$months} months, {$amount} committed in all
}
# The dashed line of a budget's chart: what is given, or what the actions need (bottom-up).
chart-line-budget = budget {$amount}
chart-line-needed = needed {$amount}
chart-channel-spend-title = Spend by channel ({$currency})
chart-channel-spend-description = {$count ->
    [one] {$count} channel
   *[other] {$count} channels
}
# The bar of the actions that name no channel.
chart-no-channel = (no channel)
chart-distribution-title = Distribution of {$value}
chart-distribution-description = {$count ->
    [one] {$count} sample; 90% between {$low} and {$high}
   *[other] {$count} samples; 90% between {$low} and {$high}
}
chart-scenarios-title = Scenarios side by side: {$scenarios}
chart-scenarios-description = {$count ->
    [one] {$count} compared value
   *[other] {$count} compared values
}
# A data table's line chart: "revenue as price goes from $10 to $20", "11 points, from $1,000 to $2,000".
chart-data-table-title = {$output} as {$input} goes from {$from} to {$to}
chart-data-table-description = {$count ->
    [one] {$count} point, from {$from} to {$to}
   *[other] {$count} points, from {$from} to {$to}
}
# What changed since the last run, at the prompt, --watch and :reload (Sources/MPlanReport/ChangeText.swift).
# {$value}: the new value as mplan prints it.
change-new = {$name} is new: {$value}
change-gone = {$name} is gone
# A plan finding that fails now: "new error PLAN-B02: budget `b` is over-committed"; {$severity} is `error` or `warning`.
change-finding-new = new {$severity} {$code}: {$message}
change-finding-cleared = cleared {$code}: {$message}
# {$summary}: what the data table is now ("a table of 3 rows…").
change-table-now = {$name} is now {$summary}
change-table-cells = {$name}: {$changed} of {$count ->
    [one] {$count} cell changed
   *[other] {$count} cells changed
}
# After the most diagnostics shown for one file (Sources/MPlanReport/DiagnosticRenderer.swift).
diagnostics-more = … and {$count} more
diagnostics-more-in = … and {$count} more in {$file}
diagnostics-only-first = (only the first {$count} of a file are shown; fix those first)
# A row under the one above it in a table's first column (`  not in the plan`).
document-row-under = {"  "}{$row}
