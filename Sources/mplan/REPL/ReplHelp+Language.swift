/// `:help` on the language itself, not only the commands: what a marketer at the prompt needs
/// to write a goal, a funnel, a budget or a scenario without leaving for the docs. Each topic
/// is a short example that runs as written, then the rules that matter at the prompt.
extension ReplHelp {
  static let languageTopics = [
    "goal", "smart", "funnel", "budget", "scenario", "compare", "solve", "table", "tornado", "ranges",
  ]

  static func languageText(for topic: String) -> String? {
    switch topic {
    case "goal", "goals":
      return """
        goal new_customers "Win 10 customers through paid search" {
          metric customer  baseline 0 customers  target 10 customers
          by 2027-12-31  supports growth  owner "Head of sales"
        }
        A goal counts something (`metric`), from a `baseline` to a `target` in the same unit
        (a count, a rate such as 3%, or a run rate such as 500 mql per month), by a deadline
        (`by DATE` or `within 6 months`), and `supports` an objective. An action serves it:
        action search => new_customers { cost $12k  owner "Ana"  from marketing }
        `:help smart` says what each letter checks; `show goals` lists them with their letters.
        """
    case "smart":
      return """
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
        """
    case "funnel", "funnels":
      return """
        funnel inbound {
          visit -> mql      : 2%
          mql   -> sql      : 25%
          sql   -> customer : 20%
        }
        let need = inbound.need(10 customers)     # worked backwards (the annual-goals article)
        need.visit                                # 10,000 visits
        inbound.yield(10,000 visits).customer     # worked forwards
        A goal with `funnel inbound` shows what the top of the funnel needs.
        """
    case "budget", "budgets":
      return """
        budget marketing { total $60k  reserve 20%  control monthly by "CMO" }
        A `total` is a fixed amount given from above: a top-down budget, whose actions must fit
        after the reserve. With no `total` the budget is bottom-up: built from its actions'
        costs, it says what to ask for (`marketing.needed`). Keep 20–30% in `reserve`: online,
        that much can leak away (the strategic-marketing article). Read `marketing.committed`, `.available`;
        `show budget marketing` shows the accounts and the spend month by month.
        """
    case "scenario", "scenarios":
      return """
        scenario cautious { inbound.visit->mql = 1.5% }
        scenario low extends cautious { cpc = $1 per visit }
        A scenario changes a `let`, a funnel rate or a field of a plan block; nothing else runs
        differently. `compare base, cautious on need.visit` runs the plan under each, and
        `low.need.visit` reads one value under `low`. `:vars` lists scenarios.
        """
    case "compare":
      return """
        compare base, cautious on need.visit, marketing.spent
        One column per scenario (`base` is the plan as written) and the change when there are
        two. Each scenario reruns the plan from the start, printing nothing.
        """
    case "solve", "goal seek":
      return """
        solve cpc for spend = $15k                  # the cost per visit that makes spend $15k
        solve cpc for spend <= $15k                 # the largest that keeps it within $15k
        solve inbound.visit->mql from 1% to 5% for need.visit <= 7,000 visits
        Varies a `let`, a funnel rate or a plan field (what a scenario can change): scans the
        range for every place the result crosses the target, then reruns the plan to find each
        to a millionth. The answer is printed at digits that still meet the condition, with the
        result at the printed value. The target is in the result's unit. Counts round up, so a
        result can step: `=` then says between which values it steps; `<=` and `>=` give the
        boundary value, and say where else the condition holds if it holds in several places.
        """
    case "table", "tables", "data table":
      return """
        table spend, need.visit over cpc from $0.50 per visit to $2 per visit step $0.25 per visit
        table spend over cpc in [$1 per visit, $2 per visit], inbound.visit->mql from 1% to 3% step 1%
        One row per value of the input; with two inputs, a grid per result. Each cell reruns
        the plan with the input changed. At most 40,000 cells.
        let by_cpc = table spend over cpc …   keeps it: `by_cpc` or `:show by_cpc` prints it,
        `compare base, low on by_cpc` works it out under `low`, `export by_cpc to "t.csv"`.
        """
    case "tornado", "sensitivity":
      return """
        tornado spend over cpc, deal_size, inbound.visit->mql by 20%
        Each input alone 20% below and above its value; the inputs sorted by how far the result
        swings, widest first, with the low and high results and a bar each.
        tornado spend over cpc, deal_size
        Without `by`, an input written `a to b` goes from a to b (its 90% range), the others held
        at their medians.
        tornado spend over cpc from $1 per visit to $1.50 per visit, deal_size by 10%
        An input's own ends or share, written after it.
        """
    case "ranges", "range", "uncertain":
      return """
        $0.8 to $1.6 per visit      an uncertain value: a 90% range, sampled
        let cpc = $0.8 to $1.6 per visit
        cpc * 10,000 visits         ≈ $11,600 (90%: $8,050 to $16,000)
        chance(cpc * 10,000 visits < $15k), cpc.p5, cpc.p95, cpc.mean
        Next to + - * / a range needs brackets: ($0.8 to $1.6 per visit) * visits.
        """
    default:
      return nil
    }
  }
}
