"""A small evaluator for the formulas mplan's xlsx export writes, independent of mplan: it
works each formula out from the cells it reads (and their formulas), not from the values
stored beside them. Used by check.py."""
import datetime
import math
import re


# A small evaluator for the formulas mplan writes: numbers, texts, cells and ranges (on
# another sheet too), defined names, + - * / ^ <, and SUMIFS, IF, ABS, ROUND, ROUNDUP, MIN, MAX.
TOKEN = re.compile(r"""\s*(?:
    (?P<number>\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?)
  | (?P<string>"(?:[^"]|"")*")
  | (?P<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_ .]*)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])
  | (?P<name>[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)
  | (?P<op>[-+*/^<(),])
)""", re.VERBOSE)


def tokenize(text):
    position, tokens = 0, []
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ValueError(f"cannot read formula {text!r} at {position}")
        kind = match.lastgroup
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


def column_number(letters):
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def parse_ref(text, sheet):
    if "!" in text:
        sheet, text = text.rsplit("!", 1)
        if sheet.startswith("'"):
            sheet = sheet[1:-1].replace("''", "'")
    parts = text.replace("$", "").split(":")
    cells = []
    for part in parts:
        letters = re.match(r"[A-Z]+", part).group(0)
        cells.append((column_number(letters), int(part[len(letters):])))
    return sheet, cells


class Evaluator:
    def __init__(self, workbook):
        self.workbook = workbook
        self.names = {}
        for name, definition in workbook.defined_names.items():
            sheet, cells = parse_ref(definition.attr_text, None)
            self.names[name.lower()] = (sheet, cells[0])
        self.overrides = {}
        self.cache = {}

    def cell(self, sheet, column, row):
        key = (sheet, column, row)
        if key in self.overrides:
            return self.overrides[key]
        if key in self.cache:
            return self.cache[key]
        value = self.workbook[sheet].cell(row=row, column=column).value
        if isinstance(value, str) and value.startswith("="):
            value = self.formula(value[1:], sheet)
        elif value is None:
            value = 0
        elif isinstance(value, datetime.datetime):
            value = (value - datetime.datetime(1899, 12, 30)).days
        self.cache[key] = value
        return value

    def formula(self, text, sheet):
        saved = (getattr(self, "tokens", None), getattr(self, "index", 0), getattr(self, "sheet", None))
        self.tokens, self.index, self.sheet = tokenize(text), 0, sheet
        value = self.comparison()
        if self.index != len(self.tokens):
            raise ValueError(f"unread tokens in {text!r}")
        self.tokens, self.index, self.sheet = saved
        return value

    def peek(self):
        return self.tokens[self.index] if self.index < len(self.tokens) else (None, None)

    def take(self):
        token = self.peek()
        self.index += 1
        return token

    def comparison(self):
        left = self.additive()
        while self.peek() == ("op", "<"):
            self.take()
            left = 1 if left < self.additive() else 0
        return left

    def additive(self):
        left = self.term()
        while self.peek()[1] in ("+", "-") and self.peek()[0] == "op":
            op = self.take()[1]
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self):
        left = self.power()
        while self.peek()[1] in ("*", "/") and self.peek()[0] == "op":
            op = self.take()[1]
            right = self.power()
            left = left * right if op == "*" else left / right
        return left

    def power(self):
        left = self.unary()
        while self.peek() == ("op", "^"):
            self.take()
            left = left ** self.unary()
        return left

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.primary()

    def primary(self):
        kind, text = self.take()
        if kind == "number":
            return float(text)
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "op" and text == "(":
            value = self.comparison()
            assert self.take() == ("op", ")")
            return value
        if kind == "ref":
            sheet, cells = parse_ref(text, self.sheet)
            if len(cells) == 2:
                return ("range", sheet, cells)
            return self.nested(lambda: self.cell(sheet, *cells[0]))
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                arguments = []
                while self.peek() != ("op", ")"):
                    arguments.append(self.comparison())
                    if self.peek() == ("op", ","):
                        self.take()
                self.take()
                return self.call(text.upper(), arguments)
            sheet, (column, row) = self.names[text.lower()]
            return self.nested(lambda: self.cell(sheet, column, row))
        raise ValueError(f"unexpected {text!r}")

    def nested(self, read):
        saved = (self.tokens, self.index, self.sheet)
        value = read()
        self.tokens, self.index, self.sheet = saved
        return value

    def cells_of(self, range_value):
        _, sheet, ((c1, r1), (c2, r2)) = range_value
        return sheet, c1, c2, r1, r2

    def call(self, name, arguments):
        if name == "SUMIFS":
            sheet, column, _, first, last = self.cells_of(arguments[0])
            total = 0
            for row in range(first, last + 1):
                matched = True
                for at in range(1, len(arguments), 2):
                    criterion_sheet, criterion_column, _, _, _ = self.cells_of(arguments[at])
                    value = self.nested(lambda: self.cell(criterion_sheet, criterion_column, row))
                    criterion = arguments[at + 1]
                    if criterion.startswith(">"):
                        matched &= isinstance(value, (int, float)) and value > float(criterion[1:])
                    else:
                        matched &= isinstance(value, str) and value.lower() == criterion.lower()
                if matched:
                    value = self.nested(lambda: self.cell(sheet, column, row))
                    total += value if isinstance(value, (int, float)) else 0
            return total
        if name == "IF":
            return arguments[1] if arguments[0] else arguments[2]
        if name == "ABS":
            return abs(arguments[0])
        if name == "MIN":
            return min(arguments)
        if name == "MAX":
            return max(arguments)
        if name == "ROUND":
            scale = 10 ** arguments[1]
            value = arguments[0] * scale
            return math.floor(abs(value) + 0.5) * (1 if value >= 0 else -1) / scale
        if name == "ROUNDUP":
            scale = 10 ** arguments[1]
            value = arguments[0] * scale
            return math.ceil(abs(value)) * (1 if value >= 0 else -1) / scale
        raise ValueError(f"no evaluator for {name}")
