#!/usr/bin/env python3
"""Checks mplan's xlsx exports with a reader outside mplan (openpyxl, from PyPI).

For every example plan: exports it to xlsx and to JSON, opens the workbook with openpyxl and
compares each figure with mplan's own (the JSON export); evaluates every formula here, from
the inputs up and independently of the values stored beside the formulas, and compares the
result with the stored value and with mplan's (pycel, from PyPI, does too when it can be
had); then changes each input, funnel rate, budget total, action cost and money reserve, in
the workbook and in the script alike, and checks that the formulas follow mplan.

Usage: Tests/xlsx/check.py [path/to/mplan]  (default: .build/debug/mplan)
Exit 0 when every check passed or openpyxl could not be installed (the script says so).
"""
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluator import Evaluator  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def ensure_openpyxl():
    try:
        import openpyxl  # noqa: F401
        return True
    except ImportError:
        pass
    print("check-xlsx: installing openpyxl from PyPI (pip install --user)…", file=sys.stderr)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--user", "--quiet", "openpyxl"],
        capture_output=True, text=True)
    if result.returncode != 0:
        print("check-xlsx: SKIPPED: openpyxl could not be installed:\n" + result.stderr[-2000:], file=sys.stderr)
        return False
    import site
    sys.path.insert(0, site.getusersitepackages())
    try:
        import openpyxl  # noqa: F401
        return True
    except ImportError as error:
        print(f"check-xlsx: SKIPPED: openpyxl installed but not importable: {error}", file=sys.stderr)
        return False


def close(a, b):
    return abs(a - b) <= max(1e-9 * abs(b), 0.005)


def serial(iso):
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


def number(field, *keys):
    if not isinstance(field, dict):
        return field if isinstance(field, (int, float)) and not isinstance(field, bool) else None
    for key in keys:
        if isinstance(field.get(key), (int, float)):
            return field[key]
    return None


def expected_figures(plan):
    """(sheet, row key, column heading) → mplan's figure, from the JSON export."""
    figures = {}
    for goal in plan["goals"]:
        for column in ("baseline", "target"):
            value = number(goal.get(column), "value", "amount")
            unit = (goal.get(column) or {}).get("unit", "")
            if value is not None and " per " not in str(unit):
                figures[("Goals", (goal["name"],), column)] = value
        if goal.get("deadline"):
            figures[("Goals", (goal["name"],), "deadline")] = serial(goal["deadline"])
    for funnel in plan["funnels"]:
        for stage in funnel["stages"]:
            key = (funnel["name"], stage["name"])
            if stage.get("rate"):
                figures[("Funnel stages", key, "rate")] = stage["rate"]["value"]
            if stage.get("count"):
                figures[("Funnel stages", key, "count")] = stage["count"]["value"]
    for budget in plan["budgets"]:
        for column in ("given", "committed", "reserve", "available", "needed"):
            value = number(budget.get(column), "amount")
            if value is not None:
                figures[("Budgets", (budget["name"],), column)] = value
        if budget.get("reserveShare") is not None:
            figures[("Budgets", (budget["name"],), "reserve share")] = budget["reserveShare"]
        for month in budget.get("pacing", []):
            figures[("Pacing", (budget["name"], month["month"]), "committed")] = month["amount"]
    for action in plan["actions"]:
        value = number(action.get("cost"), "amount", "value")
        if value is not None:
            figures[("Actions", (action["name"],), "cost")] = value
        if action.get("period"):
            figures[("Actions", (action["name"],), "start")] = serial(action["period"]["start"])
            figures[("Actions", (action["name"],), "end")] = serial(action["period"]["end"])
    return figures


KEY_COLUMNS = {"Goals": 1, "Funnel stages": 2, "Budgets": 1, "Actions": 1, "Pacing": 2}


def workbook_cells(workbook):
    """(sheet, row key, column heading) → (column, row) of the workbook's tables."""
    cells = {}
    for sheet, width in KEY_COLUMNS.items():
        if sheet not in workbook.sheetnames:
            continue
        rows = list(workbook[sheet].iter_rows())
        headings = [cell.value for cell in rows[0]]
        for row in rows[1:]:
            key = tuple(cell.value for cell in row[:width])
            for index, heading in enumerate(headings):
                cells[(sheet, key, heading)] = (index + 1, row[0].row)
    return cells


def export(mplan, script, target):
    subprocess.run([mplan, "export", script, "-o", target, "--force"], check=True, capture_output=True)


def check_plan(mplan, script, workdir, failures):
    import openpyxl
    name = os.path.splitext(os.path.basename(script))[0]
    xlsx, jsonfile = os.path.join(workdir, name + ".xlsx"), os.path.join(workdir, name + ".json")
    try:
        export(mplan, script, xlsx)
        export(mplan, script, jsonfile)
    except subprocess.CalledProcessError as error:
        print(f"  {name}: not exported ({error.stderr.decode().strip().splitlines()[0]}); skipped")
        return 0
    with open(jsonfile) as handle:
        plan = json.load(handle)
    formulas = openpyxl.load_workbook(xlsx)
    stored = openpyxl.load_workbook(xlsx, data_only=True)
    evaluator = Evaluator(formulas)
    cells = workbook_cells(formulas)
    compared = 0

    def fail(message):
        failures.append(f"{name}: {message}")

    if stored["Plan"]["B1"].value != (plan["plan"].get("title") or "Plan"):
        fail(f"plan title {stored['Plan']['B1'].value!r}")
    for key, figure in expected_figures(plan).items():
        if key not in cells:
            fail(f"no cell for {key}")
            continue
        column, row = cells[key]
        value = stored[key[0]].cell(row=row, column=column).value
        if isinstance(value, datetime.datetime):
            value = (value - datetime.datetime(1899, 12, 30)).days
        if not isinstance(value, (int, float)) or not close(value, figure):
            fail(f"{key}: the sheet holds {value!r}, mplan says {figure!r}")
        compared += 1
    # Every formula, worked out here from the inputs up, against the value stored beside it.
    formula_count = 0
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    formula_count += 1
                    computed = evaluator.cell(sheet.title, cell.column, cell.row)
                    kept = stored[sheet.title].cell(row=cell.row, column=cell.column).value
                    if not close(computed, kept):
                        fail(f"{sheet.title}!{cell.coordinate} {cell.value} gives {computed}, stores {kept}")
    print(f"  {name}: {compared} figures agree with mplan's, {formula_count} formulas with their values")
    if formula_count:
        check_with_pycel(xlsx, formulas, stored, fail)
    if formula_count:
        follow_inputs(mplan, script, formulas, workdir, name, fail)
    return compared


def load_pycel():
    """pycel (PyPI), a second evaluator written by others, when it can be had; else None."""
    try:
        from pycel import ExcelCompiler
    except ImportError:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--user", "--quiet", "pycel"], capture_output=True, text=True)
        try:
            from pycel import ExcelCompiler
        except ImportError:
            print("check-xlsx: pycel could not be installed; its cross-check is skipped", file=sys.stderr)
            return None
    # pycel 1.0b30 reads defined names the way openpyxl before 3.1 kept them.
    from openpyxl.workbook.defined_name import DefinedNameDict
    if not hasattr(DefinedNameDict, "definedName"):
        DefinedNameDict.definedName = property(lambda self: list(self.values()))
    return ExcelCompiler


def check_with_pycel(xlsx, formulas, stored, fail):
    compiler = load_pycel()
    if compiler is None:
        return
    excel = compiler(filename=xlsx)
    count = 0
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                    continue
                address = "'" + sheet.title.replace("'", "''") + "'!" + cell.coordinate
                computed = excel.evaluate(address)
                kept = stored[sheet.title][cell.coordinate].value
                if not isinstance(computed, (int, float)) or not close(computed, kept):
                    fail(f"pycel: {address} {cell.value} gives {computed!r}, stores {kept!r}")
                count += 1
    print(f"    pycel agrees on {count} formulas")


def changes(formulas, text):
    """What a finance partner would change, each as (what, the script changed, cell, new value):
    every input of the Inputs sheet doubled, every funnel rate written as a percentage halved,
    every budget's total doubled, and every action's cost and budget's reserve written as
    money doubled."""
    found = []
    if "Inputs" in formulas.sheetnames:
        for row in formulas["Inputs"].iter_rows(min_row=2):
            name, cell = row[0].value, row[1]
            if not isinstance(cell.value, (int, float)) or cell.value == 0:
                continue
            pattern = re.compile(rf"^(let\s+{re.escape(name)}\s*=\s*)([^#\n]+?)(\s*(#.*)?)$", re.MULTILINE)
            if pattern.search(text):
                changed = pattern.sub(lambda m: f"{m.group(1)}({m.group(2)}) * 2{m.group(3)}", text, count=1)
                found.append((f"{name} × 2", changed, ("Inputs", cell.column, cell.row), cell.value * 2))
    if "Funnel stages" in formulas.sheetnames:
        for row in formulas["Funnel stages"].iter_rows(min_row=2):
            stage, rate = row[1].value, row[2]
            pattern = re.compile(rf"(->\s*{re.escape(str(stage))}\s*:\s*)(\d+(?:\.\d+)?)%")
            if isinstance(rate.value, (int, float)) and len(pattern.findall(text)) == 1:
                changed = pattern.sub(lambda m: f"{m.group(1)}{float(m.group(2)) / 2}%", text)
                found.append((f"rate into {stage} ÷ 2", changed, ("Funnel stages", rate.column, rate.row), rate.value / 2))
    if "Budgets" in formulas.sheetnames:
        for row in formulas["Budgets"].iter_rows(min_row=2):
            budget, given = row[0].value, row[4]
            block = re.compile(rf"(budget\s+{re.escape(budget)}\b[^{{]*{{[^}}]*?\btotal\s+)([^#\n}}]+?)(\s*(#.*)?\n)")
            if isinstance(given.value, (int, float)) and block.search(text):
                changed = block.sub(lambda m: f"{m.group(1)}({m.group(2)}) * 2{m.group(3)}", text, count=1)
                found.append((f"{budget}'s total × 2", changed, ("Budgets", given.column, given.row), given.value * 2))
    if "Actions" in formulas.sheetnames and "Budgets" in formulas.sheetnames:
        currencies = {row[0].value: row[3].value for row in formulas["Budgets"].iter_rows(min_row=2)}
        # By heading: the sheet is the document's actions grid, laid out as its columns are.
        actions = list(formulas["Actions"].iter_rows())
        at = {cell.value: index for index, cell in enumerate(actions[0])}
        for row in actions[1:]:
            action, budget, cost, currency = row[0].value, row[at["budget"]].value, row[at["cost"]], row[at["currency"]].value
            # A cost in another currency than its budget's enters the budget as a number.
            if not isinstance(cost.value, (int, float)) or currencies.get(budget) != currency:
                continue
            block = re.compile(rf"(action\s+{re.escape(action)}\b[^{{]*{{[^}}]*?\bcost\s+)({MONEY})")
            if block.search(text):
                changed = block.sub(lambda m: f"{m.group(1)}({m.group(2)}) * 2", text, count=1)
                found.append((f"{action}'s cost × 2", changed, ("Actions", cost.column, cost.row), cost.value * 2))
        for row in formulas["Budgets"].iter_rows(min_row=2):
            budget, reserve = row[0].value, row[7]
            # Money held back is an input; a share's reserve is a formula.
            block = re.compile(rf"(budget\s+{re.escape(budget)}\b[^{{]*{{[^}}]*?\breserve\s+)({MONEY})")
            if isinstance(reserve.value, (int, float)) and block.search(text):
                changed = block.sub(lambda m: f"{m.group(1)}({m.group(2)}) * 2", text, count=1)
                found.append((f"{budget}'s reserve × 2", changed, ("Budgets", reserve.column, reserve.row), reserve.value * 2))
    return found


# A money literal as plans write one (`$10k`, `€5,000`, `£1.5M`), alone on its property.
MONEY = r"[$€£¥][\d,]+(?:\.\d+)?[kKmM]?(?=[ \t]*(?:from\b|#|\n|\}))"


def follow_inputs(mplan, script, formulas, workdir, name, fail):
    """Each change made in the script and in the workbook: the formulas must follow mplan."""
    with open(script) as handle:
        text = handle.read()
    for what, changed, cell, value in changes(formulas, text):
        changed_script = os.path.join(os.path.dirname(script), f".check-xlsx-{os.getpid()}.mplan")
        with open(changed_script, "w") as handle:
            handle.write(changed)
        jsonfile = os.path.join(workdir, name + "-changed.json")
        try:
            export(mplan, changed_script, jsonfile)
        except subprocess.CalledProcessError:
            continue
        finally:
            os.unlink(changed_script)
        with open(jsonfile) as handle:
            plan = json.load(handle)
        evaluator = Evaluator(formulas)
        evaluator.overrides[cell] = value
        followed = 0
        for key, (column, row_number) in workbook_cells(formulas).items():
            formula = formulas[key[0]].cell(row=row_number, column=column)
            figure = expected_figures(plan).get(key)
            if figure is None or not (isinstance(formula.value, str) and formula.value.startswith("=")):
                continue
            computed = evaluator.cell(key[0], column, row_number)
            if not close(computed, figure):
                fail(f"with {what}, {key} computes {computed}, mplan says {figure}")
            followed += 1
        print(f"    {what}: {followed} formula cells follow mplan")


def main():
    mplan = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/mplan")
    if not ensure_openpyxl():
        return 0
    failures = []
    # The examples, and plans kept here for what they lack (a reserve in money).
    folders = [os.path.join(ROOT, "examples"), os.path.dirname(os.path.abspath(__file__))]
    with tempfile.TemporaryDirectory() as workdir:
        for folder in folders:
            for script in sorted(os.listdir(folder)):
                if script.endswith(".mplan") and not script.startswith("."):
                    check_plan(mplan, os.path.join(folder, script), workdir, failures)
    for failure in failures:
        print("FAIL " + failure, file=sys.stderr)
    print("check-xlsx: " + ("all agree" if not failures else f"{len(failures)} failures"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
