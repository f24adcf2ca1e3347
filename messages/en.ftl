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

## The lexer's diagnostics (Sources/MPlanSyntax/Syntax/Lexer.swift)

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

## The interpreter's diagnostics (Sources/MPlanLanguage/Runtime/Interpreter+Expressions.swift)

# A call with the wrong number of arguments: {$function} is the function's name.
interpreter-argument-count = `{$function}` takes {$expected ->
        [one] {$expected} argument
       *[other] {$expected} arguments
    }, not {$given}
# A native function that takes {$least} to {$most} arguments.
interpreter-argument-count-range = `{$function}` takes {$least} to {$most} arguments, not {$given}
# {$call} is the call as mplan code: "f(a, b)".
interpreter-argument-count-fix = call it as `{$call}`

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
budget-bottom-up = budget `{$budget}` is bottom-up: its actions need {$needed}
budget-covers-actions = budget `{$budget}` covers its actions: {$committed} of {$total}
budget-room = {$total}
budget-left-after-reserve = the {$left} left after the reserve
budget-action-commits = `{$action}` commits {$cost}
budget-more-actions = … and {$count} more actions
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
# {$kind} is the item's keyword (goal, report); {$field} is the field (`measured`, `cadence`);
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
smart-deadline-problem = goal `{$goal}` {$problem}
smart-no-deadline = goal `{$goal}` has no deadline
smart-no-deadline-fix = add `by {$date}` or `within <how many> months`
smart-due-before-baseline = goal `{$goal}` is due {$deadline}, before its baseline was taken ({$baselineDate})
smart-due-before-baseline-fix = put the deadline after the baseline date, or correct `since`
smart-due-outside-period = goal `{$goal}` is due {$deadline}, outside the plan's period ({$period})
smart-due-outside-period-fix = move the deadline inside the plan, such as `by {$end}`
smart-deadline-example = `by {$end}` or `within 6 months`
smart-by-not-a-date = has `by {$written}`, which is not a date
smart-by-words-fix = write the date as year-month-day: `by {$day}`
smart-by-not-a-date-fix = a deadline is a date, month or quarter: {$example}
smart-within-not-a-duration = has `within {$written}`, which is not a duration
smart-within-words-fix = write the duration as a number and a unit: `within {$duration}`
smart-within-not-a-duration-fix = give the time it has: {$example}
smart-within-negative = has `within {$written}`, which counts back from its baseline date
smart-within-negative-fix = `within` counts forward from the baseline date: write `within {$ahead}`
smart-within-zero = has `within {$written}`: no time to reach its target
smart-within-zero-fix = give it the time it needs, counted forward from its baseline date, such as `within 6 months`
smart-within-not-whole = has `within {$written}`, which is neither whole months nor whole days
smart-two-deadlines = is due {$by} but also `within {$within}`, which ends {$end}
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
tracking-unplanned-more = … and {$count} more campaigns no action of the plan names spent {$spent} in all
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
tracking-goal-behind = goal `{$goal}` is behind: {$achieved} of {$target} {$stage}, {$pace} a month against the {$needed} a month it needs by {$deadline}
tracking-goal-behind-fix = move money to the channel that buys {$stage} cheapest (`show reallocate`), or restate the target
tracking-budget-lands-within = budget `{$budget}` lands within its total
tracking-budget-lands-over = budget `{$budget}` lands at {$landsAt} at today's burn, over its {$total}
tracking-budget-lands-unplanned = {$landsAt} of it is spend no action names ({$keys}), at its burn to the end of the plan's period
tracking-budget-lands-over-fix = slow the actions that run ahead (`show variance`)
tracking-budget-lands-unplanned-fix = stop the campaigns not in the plan, or add actions for them; slow the actions that run ahead (`show variance`)
tracking-reallocate = moving {$amount} from {$from} to {$to} would buy {$gain} more {$stage}
tracking-reallocate-note = the next {$stage} costs {$cost} in {$to}, {$fromCost} in {$from}
tracking-reallocate-note-none = the next {$stage} costs {$cost} in {$to}; {$from} bought none
tracking-reallocate-fix = see `show reallocate`; `move` and `elasticity` in the actuals block set the amount and the assumption

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
