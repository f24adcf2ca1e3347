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
