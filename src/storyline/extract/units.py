"""Units next to a number, normalised to one name per unit ("km" -> "kilometre").

Currency symbols and codes come before the number ("$5.2 billion", "US$5",
"EUR 3m"); other units follow it ("10 miles", "5%", "5.5 per cent", "a
10-mile queue").  Names follow the contract: singular, British spelling for
metric units, "US dollar" for a bare "$".
"""
from __future__ import annotations

CURRENCY_BEFORE = {
    "$": "US dollar", "us$": "US dollar", "usd": "US dollar", "€": "euro", "eur": "euro",
    "£": "pound sterling", "gbp": "pound sterling", "¥": "Japanese yen", "jpy": "Japanese yen",
    "c$": "Canadian dollar", "ca$": "Canadian dollar", "cad": "Canadian dollar",
    "a$": "Australian dollar", "au$": "Australian dollar", "aud": "Australian dollar",
    "hk$": "Hong Kong dollar", "nz$": "New Zealand dollar", "₽": "Russian ruble", "rub": "Russian ruble",
    "₴": "Ukrainian hryvnia", "uah": "Ukrainian hryvnia", "₹": "Indian rupee", "inr": "Indian rupee",
    "chf": "Swiss franc", "cny": "Chinese yuan", "rmb": "Chinese yuan", "₩": "South Korean won",
    "rs": "Indian rupee", "rs.": "Indian rupee", "r$": "Brazilian real", "brl": "Brazilian real",
    "₺": "Turkish lira", "₦": "Nigerian naira", "₱": "Philippine peso", "₪": "Israeli shekel", "ils": "Israeli shekel",
    "sek": "Swedish krona", "nok": "Norwegian krone", "dkk": "Danish krone", "pln": "Polish zloty",
    "zar": "South African rand", "mxn": "Mexican peso", "sgd": "Singapore dollar", "krw": "South Korean won",
    "dlrs": "US dollar",  # wire style ('a ransom of dlrs 1 million')
}
# currency names after the number: surface (lower case) -> normalised name
CURRENCY_AFTER = {
    "dollars": "US dollar", "dollar": "US dollar", "euros": "euro", "euro": "euro",
    "pounds": "pound sterling", "pound": "pound sterling", "sterling": "pound sterling",
    "roubles": "Russian ruble", "rubles": "Russian ruble", "rouble": "Russian ruble", "ruble": "Russian ruble",
    "hryvnias": "Ukrainian hryvnia", "hryvnia": "Ukrainian hryvnia", "hryvnias.": "Ukrainian hryvnia",
    "hryvnia.": "Ukrainian hryvnia", "yen": "Japanese yen", "yuan": "Chinese yuan", "rupees": "Indian rupee",
    "rupee": "Indian rupee", "lari": "Georgian lari", "tenge": "Kazakhstani tenge", "francs": "Swiss franc",
    "won": "South Korean won", "kronor": "Swedish krona", "krona": "Swedish krona", "kroner": "krone",
    "krone": "krone", "zloty": "Polish zloty", "zlotys": "Polish zloty", "forints": "Hungarian forint",
    "forint": "Hungarian forint", "rand": "South African rand", "pesos": "peso", "peso": "peso",
    "reais": "Brazilian real", "lira": "Turkish lira", "liras": "Turkish lira", "dirhams": "UAE dirham",
    "dirham": "UAE dirham", "riyals": "Saudi riyal", "riyal": "Saudi riyal", "naira": "Nigerian naira",
    "shillings": "shilling", "shilling": "shilling", "baht": "Thai baht", "ringgit": "Malaysian ringgit",
    "rupiah": "Indonesian rupiah", "shekels": "Israeli shekel", "shekel": "Israeli shekel",
    "usd": "US dollar", "eur": "euro", "gbp": "pound sterling", "rub": "Russian ruble",
    # currencies the euro replaced, in older copy and in history
    "guilders": "Dutch guilder", "guilder": "Dutch guilder", "markkaa": "Finnish markka", "markka": "Finnish markka",
    "lire": "Italian lira", "pesetas": "Spanish peseta", "peseta": "Spanish peseta",
    "schillings": "Austrian schilling", "drachmas": "Greek drachma", "drachmae": "Greek drachma",
    "escudos": "Portuguese escudo", "dinars": "dinar", "dinar": "dinar",
}
# unit words after the number: surface (lower case) -> normalised name
UNIT_AFTER = {
    **CURRENCY_AFTER,
    "%": "percent", "percent": "percent", "pct": "percent", "points": "point", "pts": "point",
    "cents": "cent", "cent": "cent",
    "miles": "mile", "mile": "mile", "mi": "mile", "km": "kilometre", "kms": "kilometre",
    "kilometres": "kilometre", "kilometre": "kilometre", "kilometers": "kilometre", "kilometer": "kilometre",
    "metres": "metre", "metre": "metre", "meters": "metre", "meter": "metre",
    "centimetres": "centimetre", "centimeters": "centimetre", "cm": "centimetre",
    "millimetres": "millimetre", "millimeters": "millimetre", "mm": "millimetre",
    "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch", "inch": "inch",
    "yards": "yard", "yard": "yard",
    "seconds": "second", "second": "second", "minutes": "minute", "minute": "minute", "mins": "minute",
    "hours": "hour", "hour": "hour", "hrs": "hour", "days": "day", "day": "day",
    "weeks": "week", "week": "week", "months": "month", "month": "month",
    "years": "year", "year": "year", "decades": "decade", "decade": "decade",
    "kg": "kilogram", "kgs": "kilogram", "kilograms": "kilogram", "kilogram": "kilogram", "kilos": "kilogram",
    "grams": "gram", "gram": "gram", "tonnes": "tonne", "tonne": "tonne", "tons": "ton", "ton": "ton",
    "lbs": "pound-mass", "lb": "pound-mass", "milligrams": "milligram", "milligram": "milligram",
    "mg": "milligram", "micrograms": "microgram", "microgram": "microgram", "mcg": "microgram",
    "µg": "microgram", "ounces": "ounce", "ounce": "ounce", "oz": "ounce",
    "millilitres": "millilitre", "milliliters": "millilitre", "ml": "millilitre",
    "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre",
    "gallons": "gallon", "gallon": "gallon", "barrels": "barrel", "barrel": "barrel",
    "hectares": "hectare", "hectare": "hectare", "acres": "acre", "acre": "acre",
    "mph": "mile per hour", "kph": "kilometre per hour", "km/h": "kilometre per hour",
    "mw": "megawatt", "megawatts": "megawatt", "gw": "gigawatt", "gigawatts": "gigawatt",
    "kw": "kilowatt", "kilowatts": "kilowatt", "kwh": "kilowatt hour", "twh": "terawatt hour",
    "degrees": "degree", "degree": "degree", "°c": "celsius", "°f": "fahrenheit",
    "bcm": "billion cubic metres",
    "gb": "gigabyte", "gigabytes": "gigabyte", "tb": "terabyte", "terabytes": "terabyte", "mb": "megabyte",
    "megabytes": "megabyte", "ghz": "gigahertz", "mhz": "megahertz", "khz": "kilohertz", "hz": "hertz",
    "mah": "milliampere-hour", "mp": "megapixel", "megapixels": "megapixel", "megapixel": "megapixel",
    "hp": "horsepower", "horsepower": "horsepower", "bhp": "horsepower", "watts": "watt", "watt": "watt",
    "nm": "nanometre", "nanometres": "nanometre", "nanometers": "nanometre", "mpg": "mile per gallon",
    "ppm": "parts-per-million", "ppb": "parts-per-billion", "knots": "knot", "calories": "calorie",
    "kcal": "kilocalorie", "lb-ft": "pound-foot", "nautical": "nautical mile",
    "pence": "pence", "penny": "pence", "pc": "percent", "times": "times",
    "mbps": "megabit per second", "gbps": "gigabit per second", "kbps": "kilobit per second",
    "rpm": "revolutions per minute", "min": "minute", "decibels": "decibel", "decibel": "decibel", "db": "decibel",
    "gigatonnes": "gigatonne", "gigatons": "gigatonne", "megatonnes": "megatonne", "bps": "basis point",
    "magnitude": "magnitude",
}
# scale names written before the figure ("magnitude 6.8", "a magnitude-7.8 quake")
SCALE_BEFORE = {"magnitude": "magnitude"}
# one-letter units only when glued to the number ("45g", "2l")
GLUED_ONLY_AFTER = {"g": "gram", "l": "litre"}
# letters written before "$" that name another dollar ("C $6", "HK $3.7 billion")
DOLLAR_PREFIX = {"c": "Canadian dollar", "ca": "Canadian dollar", "a": "Australian dollar", "au": "Australian dollar",
                 "hk": "Hong Kong dollar", "nz": "New Zealand dollar", "s": "Singapore dollar"}
TWO_WORD_AFTER = {
    ("per", "cent"): "percent", ("percentage", "points"): "percentage point",
    ("percentage", "point"): "percentage point", ("square", "kilometres"): "square kilometre",
    ("square", "kilometers"): "square kilometre", ("square", "miles"): "square mile",
    ("square", "metres"): "square metre", ("square", "meters"): "square metre",
    ("square", "feet"): "square foot", ("square", "foot"): "square foot", ("square", "mile"): "square mile",
    ("square", "metre"): "square metre", ("square", "meter"): "square metre", ("square", "kilometre"): "square kilometre",
    ("square", "kilometer"): "square kilometre", ("sq", "km"): "square kilometre", ("sq", "ft"): "square foot",
    ("sq", "m"): "square metre", ("sq", "m."): "square metre", ("sq", "miles"): "square mile", ("sq", "mi"): "square mile",
    ("basis", "points"): "basis point", ("light", "years"): "light year",
    ("degrees", "celsius"): "celsius", ("degrees", "fahrenheit"): "fahrenheit",
    ("cubic", "metres"): "cubic metre", ("cubic", "meters"): "cubic metre",
    ("percentage", "pts"): "percentage point", ("nautical", "miles"): "nautical mile",
    ("nautical", "mile"): "nautical mile",
}
CURRENCY_TWO_WORDS = {
    ("canadian", "dollars"): "Canadian dollar", ("australian", "dollars"): "Australian dollar",
    ("us", "dollars"): "US dollar", ("u.s.", "dollars"): "US dollar", ("american", "dollars"): "US dollar",
    ("singapore", "dollars"): "Singapore dollar", ("taiwan", "dollars"): "Taiwan dollar",
    ("swiss", "francs"): "Swiss franc", ("british", "pounds"): "pound sterling",
    ("pounds", "sterling"): "pound sterling", ("pound", "sterling"): "pound sterling",
    ("swedish", "kronor"): "Swedish krona", ("swedish", "krona"): "Swedish krona",
    ("danish", "kroner"): "Danish krone", ("norwegian", "kroner"): "Norwegian krone",
    ("mexican", "pesos"): "Mexican peso", ("argentine", "pesos"): "Argentine peso",
    ("philippine", "pesos"): "Philippine peso", ("chilean", "pesos"): "Chilean peso",
    ("colombian", "pesos"): "Colombian peso", ("kenyan", "shillings"): "Kenyan shilling",
    ("canadian", "cents"): "Canadian cent", ("australian", "cents"): "Australian cent", ("euro", "cents"): "euro cent",
    ("u.s.", "cents"): "cent", ("us", "cents"): "cent", ("french", "francs"): "French franc",
    ("belgian", "francs"): "Belgian franc", ("deutsche", "marks"): "Deutsche mark",
    ("german", "marks"): "Deutsche mark", ("dutch", "guilders"): "Dutch guilder",
    ("finnish", "markkaa"): "Finnish markka", ("italian", "lire"): "Italian lira",
}
TWO_WORD_AFTER |= CURRENCY_TWO_WORDS
# "US" before "$" is split off by the tokenizer in some texts
CURRENCY_PREFIX_WORDS = {"us": "US dollar", "u.s.": "US dollar"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
CURRENCIES = (set(CURRENCY_BEFORE.values()) | set(DOLLAR_PREFIX.values()) | set(CURRENCY_AFTER.values())
              | set(CURRENCY_TWO_WORDS.values()))
# words that make "pounds" a weight rather than money
_WEIGHT_HINT = {"weigh", "weighs", "weighed", "weighing", "heavy", "heavier", "lighter", "overweight"}
MASS_UNITS = {"kilogram", "gram", "milligram", "microgram", "tonne", "ton", "pound-mass", "ounce"}
# words that make "pounds" money: only with one of these (or £/sterling) is "pounds" a currency
_MONEY_HINT = {"£", "sterling", "pence", "penny", "cost", "costs", "costing", "paid", "pay", "pays", "fine", "fined",
               "spend", "spent", "worth", "price", "priced", "fund", "funds", "funding", "budget", "earn", "earned",
               "profit", "profits", "revenue", "revenues", "salary", "wage", "wages", "invest", "invested",
               "investment", "raise", "raised", "donate", "donated", "debt", "debts", "tax", "taxes", "fee",
               "fees", "compensation", "damages", "bank", "money", "cash", "deal", "sold", "bought", "loan",
               "bonus", "award", "awarded", "grant", "bill", "savings", "contract", "treasury", "economy"}
_MONEY_OF = {"funding", "aid", "investment", "debt", "damages", "compensation", "cash", "money", "revenue",
             "taxpayers", "spending", "savings", "assets", "losses", "profit", "support"}


def unit_before(tokens, start: int) -> tuple[str, int] | None:
    """A currency symbol or code, or a scale name, right before token ``start``: (unit, first token index)."""
    if start == 0:
        return None
    prev = tokens[start - 1]
    name = CURRENCY_BEFORE.get(prev.lower_)
    first = start - 1
    if name is None and prev.lower_ in SCALE_BEFORE:
        return SCALE_BEFORE[prev.lower_], first
    if name is None and prev.text in ("-", "‑") and start > 1 and tokens[start - 2].lower_ in SCALE_BEFORE \
            and tokens[start - 2].whitespace_ == "":
        return SCALE_BEFORE[tokens[start - 2].lower_], start - 2
    if name is None and prev.text == "." and start > 1 and tokens[start - 2].whitespace_ == "":
        name = CURRENCY_BEFORE.get(tokens[start - 2].lower_ + ".")  # "Rs. 25,000": the tokenizer split the stop off
        first = start - 2
    if name is None:
        return None
    if name == "US dollar" and prev.text == "$" and first > 0:
        before = tokens[first - 1]
        if before.lower_ in CURRENCY_PREFIX_WORDS and before.whitespace_ == "":
            first -= 1
        elif before.lower_ in DOLLAR_PREFIX and before.is_upper and len(before.text) <= 2 \
                and not (before.whitespace_ and before.dep_ == "det" and before.head.pos_ == "NOUN"
                         and before.head.i > before.i + 2):  # "A $5 million reward": the article of "reward"
            name, first = DOLLAR_PREFIX[before.lower_], first - 1
    return name, first


MARGIN_NOUNS = {"lead", "margin", "gap", "advantage", "edge", "deficit", "swing", "drop", "fall", "rise", "jump",
                "increase", "decrease", "decline", "gain", "loss", "slide", "plunge", "surge", "spread"}


# after "828 m": the letter is metres, not millions ("a 300m-long bridge" is too)
DIMENSION_WORDS = {"tall", "high", "long", "wide", "deep", "away", "thick", "across", "above", "below",
                   "underground", "underwater", "offshore", "uphill", "downhill"}


def metre_m(tokens, j: int) -> bool:
    """Token j is an "m" that can only be metres: a dimension word follows it."""
    return tokens[j].lower_ == "m" and dimension_follows(tokens, j + 1)


def dimension_follows(tokens, k: int) -> bool:
    """"tall", "long", "-long" ... at token k."""
    k += k < len(tokens) and tokens[k].text == "-"
    return k < len(tokens) and tokens[k].lower_ in DIMENSION_WORDS


def point_margin(tokens, j: int) -> bool:
    """"a 5-point lead": 'point' measuring a margin or a move is a unit (not "a 10-point plan")."""
    return tokens[j].lower_ == "point" and j + 1 < len(tokens) and tokens[j + 1].lemma_.lower() in MARGIN_NOUNS


def unit_after(tokens, end: int) -> tuple[str, int] | None:
    """A unit right after token ``end - 1``: (unit, end index after the unit)."""
    n = len(tokens)
    j = end
    if j < n and tokens[j].text in ("-", "‑") and tokens[j - 1].whitespace_ == "":  # "10-mile"
        j += 1
    if j >= n:
        return None
    w = tokens[j].lower_
    if j + 2 < n and tokens[j + 1].lower_ == "per" and tokens[j + 2].lower_ in ("hour", "hr") and \
            UNIT_AFTER.get(w) in ("kilometre", "mile"):
        return UNIT_AFTER[w] + " per hour", j + 3  # "180 kilometres per hour"
    if j + 1 < n and (w, tokens[j + 1].lower_) in TWO_WORD_AFTER:
        return TWO_WORD_AFTER[(w, tokens[j + 1].lower_)], j + 2
    if j + 2 < n and tokens[j + 1].text in ("-", "‑") and not tokens[j].whitespace_ and \
            not tokens[j + 1].whitespace_ and (w, tokens[j + 2].lower_) in TWO_WORD_AFTER:
        return TWO_WORD_AFTER[(w, tokens[j + 2].lower_)], j + 3  # "a 10 percentage-point margin"
    name = UNIT_AFTER.get(w)
    if name is None and w in GLUED_ONLY_AFTER and j == end and tokens[j - 1].whitespace_ == "":
        name = GLUED_ONLY_AFTER[w]
    if name is None and point_margin(tokens, j):
        name = "point"  # "a 5-point lead", "a 12 point jump"
    if name is None and metre_m(tokens, j):
        return "metre", j + 1  # "828 m tall"
    if name is None:
        return None
    if j > end and name not in TIME_UNITS and tokens[j].tag_ not in ("NN", "NNS", "JJ"):
        return None
    if w in ("m", "mi", "in") or (w in ("won", "second") and tokens[j].pos_ in ("VERB", "ADJ", "ADV")):
        return None
    if w == "times" and not tokens[j].is_lower:
        return None  # "3 Times Square"
    if _company_name(tokens, j):
        return None  # "half a dozen HP directors" where HP is the company
    if tokens[j].is_title and (name in TIME_UNITS or name == "mile"):
        return None  # "13 Hours", "28 Days Later", "8 Mile": a title
    if w in ("km", "mi") and j + 2 < n and tokens[j + 1].text == "/" and tokens[j + 2].lower_ in ("h", "h.", "hr"):
        return ("kilometre" if w == "km" else "mile") + " per hour", j + 3  # "900 km/h" split by the tokenizer
    if name == "pound sterling" and w in ("pounds", "pound"):
        name = _pound_kind(tokens, j)
    if name.endswith("degree") and j + 1 < n and tokens[j + 1].lower_ in ("celsius", "c"):
        return "celsius", j + 2
    return name, j + 1


def _company_name(tokens, j: int) -> bool:
    """An abbreviation in capitals ('HP', 'GB') that the text also uses as a name, away from any number
    ('HP cut jobs', 'HP's shares')."""
    tok = tokens[j]
    if not (tok.is_upper and len(tok.text) > 1):
        return False
    doc = tok.doc
    return any(t.text == tok.text and t.i != tok.i and not (t.i and doc[t.i - 1].like_num)
               for e in doc.ents if e.label_ == "ORG" for t in e)


def _pound_kind(tokens, j: int) -> str:
    """"pounds" at token j: a weight unless sterling or a money context says otherwise."""
    n = len(tokens)
    nxt = tokens[j + 1].lower_ if j + 1 < n else ""
    if nxt == "sterling":
        return "pound sterling"
    if nxt == "(" and j + 3 < n and UNIT_AFTER.get(tokens[j + 3].lower_) in MASS_UNITS:
        return "pound-mass"  # "500 pounds (225 kilograms)"
    if any(t.lower_ in _WEIGHT_HINT for t in tokens):
        return "pound-mass"
    if nxt == "of" and j + 2 < n:
        rest = [t for t in tokens[j + 2:j + 5] if t.pos_ in ("NOUN", "PROPN")]
        if rest and rest[0].lower_ not in _MONEY_OF:
            return "pound-mass"  # "500 pounds of medical supplies"
    if any(t.lower_ in _MONEY_HINT for t in tokens):
        return "pound sterling"
    if j > 0 and tokens[j - 1].lower_ in ("million", "billion", "trillion", "m", "bn"):
        return "pound sterling"  # "5 million pounds": amounts that large are money unless "of <goods>" follows
    return "pound-mass"


# "£200 a month", "$84 a barrel", "200,000 barrels a day": what the amount is counted per
RATE_BASES = {"hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year", "night": "night",
              "barrel": "barrel", "pint": "pint", "gallon": "gallon", "litre": "litre", "liter": "litre",
              "ounce": "ounce", "kilo": "kilogram", "kilogram": "kilogram", "kg": "kilogram", "tonne": "tonne",
              "ton": "ton", "share": "share", "head": "head", "person": "person", "month.": "month", "year.": "year",
              "capita": "person", "adult": "adult", "child": "child", "household": "household", "family": "family",
              "student": "student", "pupil": "pupil", "resident": "resident", "worker": "worker",
              "employee": "employee", "patient": "patient", "passenger": "passenger", "visitor": "visitor"}
_TIME_BASES = TIME_UNITS | {"night"}  # the bases of a rate per time
_RATE_WORDS = ("a", "an", "per", "each", "every")
RATED_UNITS = MASS_UNITS | {"barrel", "litre", "gallon", "cubic metre", "billion cubic metres", "kilowatt hour",
                            "megawatt hour", "terawatt hour", "cent", "pence"}


_TIME_REFERENCE = {"earlier", "later", "ago", "before", "after", "prior", "previously"}


def with_rate(tokens, end: int, unit: str | None) -> str | None:
    """The unit with its rate when "a/an/per/each <base>" follows the figure ("pound sterling per month")."""
    if unit is None or " per " in unit or not (unit in CURRENCIES or unit in RATED_UNITS):
        return unit
    end = _past_conversion(tokens, end)
    area = TWO_WORD_AFTER.get(("square", tokens[end + 2].lower_)) if end + 2 < len(tokens) else None
    if area is not None and tokens[end].lower_ in ("a", "per") and tokens[end + 1].lower_ == "square":
        return f"{unit} per {area}"  # "$120 per square foot"
    if end + 1 < len(tokens) and tokens[end].lower_ in _RATE_WORDS:
        base = RATE_BASES.get(tokens[end + 1].lower_)
        after = tokens[end + 2] if end + 2 < len(tokens) else None
        if after is not None and after.lower_ in _TIME_REFERENCE:
            return unit  # "$3.1 billion a week earlier": when, not a rate
        if base is not None and (after is None or after.dep_ != "pobj" and tokens[end + 1].dep_ != "compound"):
            then = RATE_BASES.get(tokens[end + 3].lower_) if end + 3 < len(tokens) else None
            if base not in _TIME_BASES and then in _TIME_BASES and after.lower_ in _RATE_WORDS:
                return f"{unit} per {base} per {then}"  # "$213 per adult per year"
            return f"{unit} per {base}"
    return unit


def _past_conversion(tokens, end: int) -> int:
    """After an amount's conversion in brackets ('470 pence ($7.43) a share'), where the rate would follow."""
    if end < len(tokens) and tokens[end].text == "(":
        for i in range(end + 1, min(end + 6, len(tokens))):
            if tokens[i].text == ")":
                return i + 1 if any(t.like_num for t in tokens[end + 1 : i]) else end
    return end


def currency_of(tokens, end: int) -> tuple[str, int] | None:
    """"tens of millions of dollars": the currency after "of" following a vague amount."""
    if end + 1 < len(tokens) and tokens[end].lower_ == "of":
        name = UNIT_AFTER.get(tokens[end + 1].lower_)
        if name in CURRENCIES:
            if name == "pound sterling":
                name = _pound_kind(tokens, end + 1)
            return name, end + 2
    return None
