# Articles 1-5: markets, company results, EVs, phones, offshore wind.
# Dates (for periods): 1 = 2025-11-14, 2 = 2025-10-30, 3 = 2025-09-18, 4 = 2025-09-10, 5 = 2025-06-05.

ART(1, """
Stocks slip as chip rally fades; Nikkei sheds 1.2%

Global equities retreated on Friday as investors took profits in semiconductor shares after a three-week rally.

The S&P 500 fell 38.6 points, or 0.6%, to 6,712.4, while the Nasdaq Composite lost 1.1% to close at 22,874.15. The Dow Jones Industrial Average was little changed, ending down 12 points at 47,205.

In Europe the DAX closed -0.8% and the CAC 40 -0.4%, while London's FTSE 100 edged up 9.3 points to 9,652.8, helped by miners as copper climbed to $10,940 a tonne.

In Tokyo the Nikkei 225 shed 1.2% to 50,176, and Hong Kong's Hang Seng dropped 312 points. South Korea's Kospi, which has gained almost 60% this year, slid 2.3%.

The yield on the 10-year Treasury note rose 4 basis points to 4.18%. The dollar firmed to ¥154.62, and the euro eased to $1.1590.

Bitcoin fell below $95,000 for the first time in six months.
""", [
  F("1.2%", 1.2, "percent", "down", m="nikkei 225", p="2025-11-14"),
  F("three-week", 3, "week", m="chip share rally", opt=True),
  F("38.6 points", 38.6, "index_point", "down", m="s&p 500", p="2025-11-14"),
  F("0.6%", 0.6, "percent", "down", m="s&p 500", p="2025-11-14"),
  F("6,712.4", 6712.4, "index_point", m="s&p 500 close", p="2025-11-14"),
  F("1.1%", 1.1, "percent", "down", m="nasdaq composite", p="2025-11-14"),
  F("22,874.15", 22874.15, "index_point", m="nasdaq composite close", p="2025-11-14"),
  F("12 points", 12, "index_point", "down", m="dow jones industrial average", p="2025-11-14"),
  F("47,205", 47205, "index_point", m="dow jones industrial average close", p="2025-11-14"),
  F("-0.8%", 0.8, "percent", "down", m="dax", p="2025-11-14"),
  F("-0.4%", 0.4, "percent", "down", m="cac 40", p="2025-11-14"),
  F("9.3 points", 9.3, "index_point", "up", m="ftse 100", p="2025-11-14"),
  F("9,652.8", 9652.8, "index_point", m="ftse 100 close", p="2025-11-14"),
  F("$10,940 a tonne", 10940, "USD/tonne", m="copper price", p="2025-11-14"),
  F("1.2%", 1.2, "percent", "down", m="nikkei 225", p="2025-11-14"),
  F("50,176", 50176, "index_point", m="nikkei 225 close", p="2025-11-14"),
  F("312 points", 312, "index_point", "down", m="hang seng", p="2025-11-14"),
  F("60%", 60, "percent", "up", b="less_than", m="kospi", p="2025"),
  F("2.3%", 2.3, "percent", "down", m="kospi", p="2025-11-14"),
  F("10-year", 10, "year", m="treasury note maturity", opt=True),
  F("4 basis points", 4, "basis_point", "up", m="us 10-year treasury yield", p="2025-11-14"),
  F("4.18%", 4.18, "percent", m="us 10-year treasury yield", p="2025-11-14"),
  F("¥154.62", 154.62, "JPY", "ratio", m="dollar exchange rate", p="2025-11-14"),
  F("$1.1590", 1.159, "USD", "ratio", m="euro exchange rate", p="2025-11-14"),
  F("$95,000", 95000, "USD", b="less_than", m="bitcoin price", p="2025-11-14"),
  F("first", 1, "ordinal", m="first time", opt=True),
  F("six months", 6, "month", m="time since bitcoin last below level", opt=True),
], nf=["S&P 500", "CAC 40", "FTSE 100", "Nikkei 225"])

ART(2, """
Harbourline Foods beats forecasts as snack volumes recover

Harbourline Foods reported third-quarter revenue of $4.82 billion on Thursday, up 6.4% from a year earlier and ahead of the $4.71bn analysts had expected.

Net income rose to $512 million, or $1.37 per share, from $438 million, or $1.16 a share, in the same period of 2024. Adjusted earnings of $1.52 a share topped the consensus of $1.45.

Organic volumes grew 2.1%, the first increase in more than a year, while prices added 3 percentage points. Gross margin widened by 140 basis points to 38.9%.

The company raised its full-year sales growth forecast to between 4% and 5%, from 3% to 4% previously, and said it would cut about 1,200 jobs, roughly 4% of its workforce, by closing two plants in Ohio.

It also lifted its quarterly dividend by 3 cents to 61 cents a share and announced a $2bn share buyback. The shares jumped 7.8% to $84.30 in early trading.
""", [
  F("$4.82 billion", 4.82e9, "USD", m="harbourline foods revenue", p="2025-Q3"),
  F("6.4%", 6.4, "percent", "up", m="harbourline foods revenue", p="2025-Q3"),
  F("$4.71bn", 4.71e9, "USD", m="harbourline foods revenue (analyst expectation)", p="2025-Q3"),
  F("$512 million", 512e6, "USD", m="harbourline foods net income", p="2025-Q3"),
  F("$1.37 per share", 1.37, "USD/share", m="harbourline foods earnings per share", p="2025-Q3"),
  F("$438 million", 438e6, "USD", m="harbourline foods net income", p="2024-Q3"),
  F("$1.16 a share", 1.16, "USD/share", m="harbourline foods earnings per share", p="2024-Q3"),
  F("$1.52 a share", 1.52, "USD/share", m="harbourline foods adjusted earnings per share", p="2025-Q3"),
  F("$1.45", 1.45, "USD/share", m="harbourline foods adjusted earnings per share (consensus)", p="2025-Q3"),
  F("2.1%", 2.1, "percent", "up", m="harbourline foods organic volumes", p="2025-Q3"),
  F("first", 1, "ordinal", m="first volume increase", opt=True),
  F("3 percentage points", 3, "percentage_point", "up", m="harbourline foods price contribution to sales", p="2025-Q3"),
  F("140 basis points", 140, "basis_point", "up", m="harbourline foods gross margin", p="2025-Q3"),
  F("38.9%", 38.9, "percent", m="harbourline foods gross margin", p="2025-Q3"),
  F("4% and 5%", 4, "percent", "up", hi=5, m="harbourline foods sales growth (forecast)", p="2025"),
  F("3% to 4%", 3, "percent", "up", hi=4, m="harbourline foods sales growth (previous forecast)", p="2025"),
  F("1,200", 1200, "count", b="approx", m="harbourline foods job cuts", p=None),
  F("4%", 4, "percent", "share", b="approx", m="harbourline foods workforce cut", p=None),
  F("two", 2, "count", m="harbourline foods plants to close", p=None),
  F("3 cents", 0.03, "USD/share", "up", m="harbourline foods quarterly dividend", p=None),
  F("61 cents a share", 0.61, "USD/share", m="harbourline foods quarterly dividend", p=None),
  F("$2bn", 2e9, "USD", m="harbourline foods share buyback", p=None),
  F("7.8%", 7.8, "percent", "up", m="harbourline foods share price", p="2025-10-30"),
  F("$84.30", 84.3, "USD", m="harbourline foods share price", p="2025-10-30"),
])

ART(3, """
Voltara unveils cheaper long-range SUV as EV price war deepens

Electric carmaker Voltara on Tuesday unveiled the Aster 7, a mid-size SUV priced from $38,990, about $6,000 less than the model it replaces.

The company says the dual-motor version produces 456 hp and reaches 60 mph in 4.1 seconds, with a top speed of 130 mph. Its 82kWh battery gives an estimated range of 310 miles, or about 500 km, and can add 200 miles of charge in 15 minutes on a 250kW fast charger.

A single-motor version with a 68kWh pack will cost $33,490. Deliveries begin in March in the US and Canada, where the base car will cost C$52,900.

Voltara delivered 112,400 vehicles in the second quarter, down 9% from a year earlier, as rivals slashed prices. Its shares have lost a third of their value since January.

The Aster 7 will be built at the company's plant in Monterrey, Mexico, which has capacity for 250,000 vehicles a year and employs 6,300 people. Towing capacity is 3,500 pounds, and the cargo area offers 30 cubic feet with the rear seats up.
""", [
  F("$38,990", 38990, "USD", m="voltara aster 7 base price", p=None),
  F("$6,000", 6000, "USD", "down", b="approx", m="voltara aster 7 price vs predecessor", p=None),
  F("456 hp", 456, "horsepower", m="voltara aster 7 dual-motor power", p=None),
  F("60 mph", 60, "mile_per_hour", m="voltara aster 7 acceleration target speed", p=None),
  F("4.1 seconds", 4.1, "second", m="voltara aster 7 acceleration time", opt=True),
  F("130 mph", 130, "mile_per_hour", m="voltara aster 7 top speed", p=None),
  F("82kWh", 82, "kwh", m="voltara aster 7 battery capacity", p=None),
  F("310 miles", 310, "mile", m="voltara aster 7 range (estimate)", p=None),
  F("500 km", 500, "km", b="approx", m="voltara aster 7 range (estimate)", p=None),
  F("200 miles", 200, "mile", m="voltara aster 7 range added by fast charge", p=None),
  F("15 minutes", 15, "minute", m="fast charge time", opt=True),
  F("250kW", 250, "kw", m="fast charger power", p=None),
  F("68kWh", 68, "kwh", m="voltara aster 7 single-motor battery capacity", p=None),
  F("$33,490", 33490, "USD", m="voltara aster 7 single-motor price", p=None),
  F("C$52,900", 52900, "CAD", m="voltara aster 7 base price in canada", p=None),
  F("112,400", 112400, "count", m="voltara deliveries", p="2025-Q2"),
  F("9%", 9, "percent", "down", m="voltara deliveries", p="2025-Q2"),
  F("a third", 100 / 3, "percent", "down", m="voltara share price", p="2025-01/2025-09", opt=True),
  F("250,000", 250000, "count", m="voltara monterrey plant annual capacity", p=None),
  F("6,300", 6300, "count", m="voltara monterrey plant employees", p=None),
  F("3,500 pounds", 3500, "pound_mass", m="voltara aster 7 towing capacity", p=None),
  F("30 cubic feet", 30, "cubic_foot", m="voltara aster 7 cargo volume", p=None),
], nf=["Aster 7"])

ART(4, """
Pinnacle's new flagship gets a bigger screen and a faster chip

Pinnacle on Wednesday unveiled the P12 Pro, its first phone built around an in-house processor, as it tries to win back share in a smartphone market that shrank 2% last year.

The device has a 6.8-inch display with a 120Hz refresh rate, and its eight-core chip runs at up to 4.32GHz. The base model comes with 12GB of memory and 256GB of storage, and a 1TB version is available.

Prices start at $999 in the US, £949 in Britain and €1,149 in Germany, unchanged from last year's model. In Taiwan the phone will sell for NT$32,900, and in Singapore for S$1,598.

The phone weighs 212 grams and is 8.2mm thick. Pinnacle says the battery lasts up to 31 hours of video playback and charges to 50% in 20 minutes. It supports 5G and Wi-Fi 7.

The company shipped 58.7 million smartphones in the second quarter, giving it a 19% share of the global market, according to research firm MarketLens.
""", [
  F("first", 1, "ordinal", m="first in-house processor phone", opt=True),
  F("2%", 2, "percent", "down", m="global smartphone market", p="2024"),
  F("6.8-inch", 6.8, "inch", m="pinnacle p12 pro display size", p=None),
  F("120Hz", 120, "hz", m="pinnacle p12 pro refresh rate", p=None),
  F("eight-core", 8, "count", m="pinnacle p12 pro processor cores", p=None),
  F("4.32GHz", 4.32, "ghz", b="at_most", m="pinnacle p12 pro clock speed", p=None),
  F("12GB", 12, "gb", m="pinnacle p12 pro memory", p=None),
  F("256GB", 256, "gb", m="pinnacle p12 pro base storage", p=None),
  F("1TB", 1, "tb", m="pinnacle p12 pro top storage", p=None),
  F("$999", 999, "USD", m="pinnacle p12 pro us price", p=None),
  F("£949", 949, "GBP", m="pinnacle p12 pro uk price", p=None),
  F("€1,149", 1149, "EUR", m="pinnacle p12 pro germany price", p=None),
  F("NT$32,900", 32900, "TWD", m="pinnacle p12 pro taiwan price", p=None),
  F("S$1,598", 1598, "SGD", m="pinnacle p12 pro singapore price", p=None),
  F("212 grams", 212, "gram", m="pinnacle p12 pro weight", p=None),
  F("8.2mm", 8.2, "mm", m="pinnacle p12 pro thickness", p=None),
  F("31 hours", 31, "hour", b="at_most", m="pinnacle p12 pro video playback battery life", opt=True),
  F("50%", 50, "percent", "share", m="pinnacle p12 pro battery charge level", p=None),
  F("20 minutes", 20, "minute", m="pinnacle p12 pro charge time", opt=True),
  F("58.7 million", 58.7e6, "count", m="pinnacle smartphone shipments", p="2025-Q2"),
  F("19%", 19, "percent", "share", m="pinnacle share of global smartphone market", p="2025-Q2"),
], nf=["P12", "5G", "Wi-Fi 7"])

ART(5, """
Offshore wind farm off Scotland reaches full power

The 1.1GW Sealgair wind farm, 22 km off the Aberdeenshire coast, reached full output this week, its owners said, making it the largest in Scottish waters.

Its 75 turbines, each rated at 15MW and standing 260 metres tall at the blade tip, will generate about 4.3TWh of electricity a year, enough for roughly 1.4 million homes. The project cost £3.9bn and took four years to build.

The blades turn at up to 7.8 rpm, with tip speeds approaching 200 mph. Power reaches the grid through two export cables, each 170km long.

The owners won a contract-for-difference strike price of £54.23 per megawatt hour in 2012 prices. Wholesale power in Britain averaged £71 per MWh in May, down from £83 a year earlier.

The farm is expected to avoid about 1.9 million tonnes of carbon dioxide emissions a year. A 200MW/400MWh battery is planned at the landfall site near Peterhead.
""", [
  F("1.1GW", 1.1, "gw", m="sealgair wind farm capacity", p=None),
  F("22 km", 22, "km", m="sealgair wind farm distance offshore", p=None),
  F("75", 75, "count", m="sealgair wind farm turbines", p=None),
  F("15MW", 15, "mw", m="sealgair turbine rating", p=None),
  F("260 metres", 260, "m", m="sealgair turbine tip height", p=None),
  F("4.3TWh", 4.3, "twh", b="approx", m="sealgair annual generation (expected)", p=None),
  F("1.4 million", 1.4e6, "count", b="approx", m="homes powered by sealgair", p=None),
  F("£3.9bn", 3.9e9, "GBP", m="sealgair project cost", p=None),
  F("four years", 4, "year", m="sealgair construction time", opt=True),
  F("7.8 rpm", 7.8, "rpm", b="at_most", m="sealgair rotor speed", p=None),
  F("200 mph", 200, "mile_per_hour", b="less_than", m="sealgair blade tip speed", p=None),
  F("two", 2, "count", m="sealgair export cables", p=None),
  F("170km", 170, "km", m="sealgair export cable length", p=None),
  F("£54.23 per megawatt hour", 54.23, "GBP/mwh", m="sealgair cfd strike price", p=None),
  F("£71 per MWh", 71, "GBP/mwh", m="uk wholesale power price", p="2025-05"),
  F("£83", 83, "GBP/mwh", m="uk wholesale power price", p="2024-05"),
  F("1.9 million tonnes", 1.9e6, "tonne", b="approx", m="sealgair co2 emissions avoided per year", p=None),
  F("200MW", 200, "mw", m="sealgair landfall battery power", p=None),
  F("400MWh", 400, "mwh", m="sealgair landfall battery capacity", p=None),
])
