"""Unit vocabulary of the general-news gold sets (the builders, gold_checks.py, check_gold.py).

Codes follow ../shared/corpus/ANNOTATION.md and the unit list agreed for issue 12; the few codes
added for general news (teu, knot, mah, megapixel, magnitude,
mile_per_kwh, nautical_mile, bushel,
bushel_per_acre, PLN, and after test6 KZT, milligram, microgram_per_cubic_metre, millisecond,
hectopascal, beat_per_minute, cubic_centimetre, pb, teraflop) are listed in README.md.
A price per unit is a compound code CURRENCY/denominator (USD/barrel, GBP/month), dimension money.
"""

CURRENCIES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "HKD", "CAD", "AUD", "TWD", "SGD", "BRL", "CHF", "KRW",
    "INR", "NZD", "MXN", "ZAR", "SEK", "NOK", "PLN",
    # ISO 4217 codes the later test sets needed (Gulf, African, Asian, Latin American and
    # European outlets); dimension money like every currency.
    "NGN", "AED", "KES", "SAR", "QAR", "EGP", "IDR", "THB", "MYR", "PHP", "VND", "COP", "ARS",
    "CLP", "PKR", "GHS", "MAD", "PEN", "BDT", "LKR", "TRY", "OMR", "KWD", "BHD", "TZS", "UGX",
    "ETB", "DKK", "CZK", "HUF", "ILS", "KZT",
}

# unit code -> dimension (score.py DIMENSIONS); codes score.py does not know get "other" unless
# they are obviously a length, mass, volume, energy or duration.
UNIT_DIM = {
    "percent": "percent", "percentage_point": "percent", "basis_point": "percent",
    "mile_per_hour": "other", "km_per_hour": "other", "knot": "other",
    "horsepower": "other", "watt": "other", "kw": "other", "mw": "other", "gw": "other",
    "kwh": "energy", "mwh": "energy", "gwh": "energy", "twh": "energy",
    "byte": "other", "kb": "other", "mb": "other", "gb": "other", "tb": "other",
    "hz": "other", "khz": "other", "mhz": "other", "ghz": "other", "rpm": "other",
    "degree_celsius": "other", "degree_fahrenheit": "other",
    "square_foot": "other", "square_metre": "other", "square_km": "other", "hectare": "other",
    "acre": "other",
    "mile_per_gallon": "other", "mile_per_kwh": "other",
    "litre": "volume", "gallon": "volume", "barrel": "volume", "cubic_metre": "volume",
    "cubic_foot": "volume", "bushel": "volume",
    "mm": "length", "cm": "length", "m": "length", "km": "length", "inch": "length",
    "foot": "length", "yard": "length", "mile": "length", "nautical_mile": "length",
    "kg": "mass", "gram": "mass", "tonne": "mass", "pound_mass": "mass", "ounce": "mass",
    "year": "duration", "month": "duration", "week": "duration", "day": "duration",
    "hour": "duration", "minute": "duration", "second": "duration", "decade": "duration",
    "point": "other", "index_point": "other", "ppm": "other", "psi": "other", "bar": "other",
    "count": "count", "times": "other", "ordinal": "other",
    "barrel_per_day": "other", "bushel_per_acre": "other", "teu": "other", "mah": "other", "megapixel": "other",
    "magnitude": "other",
    # added after test6 (units its writer left out for want of a code): doses, air quality,
    # reaction times, weather pressure (millibars are hectopascals), heart rate, engine
    # size, storage, computing power.
    "milligram": "mass", "microgram_per_cubic_metre": "other", "millisecond": "duration",
    "hectopascal": "other", "beat_per_minute": "other", "cubic_centimetre": "volume",
    "pb": "other", "teraflop": "other",
}

# denominators allowed after CURRENCY/ in a price per unit
DENOMINATORS = {
    "barrel", "share", "gallon", "litre", "square_foot", "square_metre", "month", "year", "week",
    "day", "night", "hour", "tonne", "ounce", "kwh", "mwh", "mmbtu", "bushel", "container",
    "pound_mass", "kg", "person", "mile", "km", "acre", "hectare",
}


def dimension(unit):
    """Dimension of a unit code; raises KeyError for a code outside the vocabulary."""
    if unit in CURRENCIES:
        return "money"
    if "/" in unit:
        cur, den = unit.split("/", 1)
        if cur in CURRENCIES and den in DENOMINATORS:
            return "money"
        raise KeyError(unit)
    return UNIT_DIM[unit]
