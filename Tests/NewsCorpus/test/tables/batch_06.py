# Articles 28-34: US jobs, the ECB, a hybrid pickup, climate data, coffee and cocoa, a marathon,
# a nuclear reactor.
# Dates: 28 = 2026-02-06, 29 = 2025-06-05, 30 = 2025-05-28, 31 = 2026-03-12, 32 = 2025-02-10,
# 33 = 2025-04-27, 34 = 2025-11-20.

ART(28, """
US employers add 143,000 jobs; unemployment rate falls to 4.2%

US employers added 143,000 jobs in January, fewer than the 170,000 economists had expected, but revisions showed 100,000 more jobs were created in November and December than first reported, the Labor Department said on Friday.

The unemployment rate fell to 4.2% from 4.4%. Average hourly earnings rose 0.5% to $36.18 an hour, up 4.1% from a year earlier, and the average workweek shortened by 0.2 hours to 34.1 hours.

Health care added 44,000 jobs and retail 34,000, while the federal government shed 9,000. Manufacturing employment dropped by 5,000.

The annual benchmark revision lowered the level of payrolls in March 2025 by 598,000. The number of long-term unemployed, those without a job for 27 weeks or more, stood at 1.5 million.

The two-year Treasury yield fell 6 basis points to 4.21%, and futures markets priced a 35% chance of an interest rate cut in March.
""", [
  F("143,000", 143000, "count", "up", m="us nonfarm payrolls", p="2026-01"),
  F("4.2%", 4.2, "percent", "share", m="us unemployment rate", p="2026-01"),
  F("143,000", 143000, "count", "up", m="us nonfarm payrolls", p="2026-01"),
  F("170,000", 170000, "count", "up", m="us nonfarm payrolls (economists' forecast)", p="2026-01"),
  F("100,000", 100000, "count", "up", m="us payrolls revision", p="2025-11/2025-12"),
  F("4.2%", 4.2, "percent", "share", m="us unemployment rate", p="2026-01"),
  F("4.4%", 4.4, "percent", "share", m="us unemployment rate", p="2025-12"),
  F("0.5%", 0.5, "percent", "up", m="us average hourly earnings", p="2026-01"),
  F("$36.18 an hour", 36.18, "USD/hour", m="us average hourly earnings", p="2026-01"),
  F("4.1%", 4.1, "percent", "up", m="us average hourly earnings", p="2026-01"),
  F("0.2 hours", 0.2, "hour", "down", m="us average workweek", p="2026-01", opt=True),
  F("34.1 hours", 34.1, "hour", m="us average workweek", p="2026-01", opt=True),
  F("44,000", 44000, "count", "up", m="us health care jobs", p="2026-01"),
  F("34,000", 34000, "count", "up", m="us retail jobs", p="2026-01"),
  F("9,000", 9000, "count", "down", m="us federal government jobs", p="2026-01"),
  F("5,000", 5000, "count", "down", m="us manufacturing jobs", p="2026-01"),
  F("598,000", 598000, "count", "down", m="us payrolls benchmark revision", p="2025-03"),
  F("27 weeks", 27, "week", b="at_least", m="long-term unemployment threshold", opt=True),
  F("1.5 million", 1.5e6, "count", m="us long-term unemployed", p="2026-01"),
  F("two-year", 2, "year", m="treasury note maturity", opt=True),
  F("6 basis points", 6, "basis_point", "down", m="us two-year treasury yield", p="2026-02-06"),
  F("4.21%", 4.21, "percent", m="us two-year treasury yield", p="2026-02-06"),
  F("35%", 35, "percent", m="market-implied probability of march rate cut", p="2026-02-06"),
])

ART(29, """
ECB cuts rates to 2% as inflation dips below target

The European Central Bank cut its deposit rate by 25 basis points to 2% on Thursday, its eighth reduction in a year, after euro-zone inflation slowed to 1.9% in May from 2.2% in April.

Staff projections now see inflation averaging 2.0% this year and 1.6% in 2026, with economic growth of 0.9% this year. Core inflation eased to 2.3%, and services inflation fell to 3.2% from 4%. Unemployment in the bloc held at a record low of 6.2%.

The euro rose 0.3% to $1.1455 and Germany's 10-year Bund yield was up 5 bp at 2.58%. European shares were mixed: Stoxx 600 +0.2%, DAX -0.1%, FTSE MIB +0.6%.

In Switzerland, consumer prices fell 0.1% from a year earlier, and the franc traded at 0.94 per euro.
""", [
  F("2%", 2, "percent", m="ecb deposit rate", p="2025-06-05"),
  F("25 basis points", 25, "basis_point", "down", m="ecb deposit rate", p="2025-06-05"),
  F("2%", 2, "percent", m="ecb deposit rate", p="2025-06-05"),
  F("eighth", 8, "ordinal", m="ecb rate cut number", opt=True),
  F("1.9%", 1.9, "percent", "up", m="euro zone inflation", p="2025-05"),
  F("2.2%", 2.2, "percent", "up", m="euro zone inflation", p="2025-04"),
  F("2.0%", 2.0, "percent", "up", m="euro zone inflation (ecb projection)", p="2025"),
  F("1.6%", 1.6, "percent", "up", m="euro zone inflation (ecb projection)", p="2026"),
  F("0.9%", 0.9, "percent", "up", m="euro zone economic growth (ecb projection)", p="2025"),
  F("2.3%", 2.3, "percent", "up", m="euro zone core inflation", p="2025-05"),
  F("3.2%", 3.2, "percent", "up", m="euro zone services inflation", p="2025-05"),
  F("4%", 4, "percent", "up", m="euro zone services inflation", p="2025-04"),
  F("6.2%", 6.2, "percent", "share", m="euro zone unemployment rate (record low)", p="2025-04"),
  F("0.3%", 0.3, "percent", "up", m="euro exchange rate", p="2025-06-05"),
  F("$1.1455", 1.1455, "USD", "ratio", m="euro exchange rate", p="2025-06-05"),
  F("10-year", 10, "year", m="bund maturity", opt=True),
  F("5 bp", 5, "basis_point", "up", m="german 10-year bund yield", p="2025-06-05"),
  F("2.58%", 2.58, "percent", m="german 10-year bund yield", p="2025-06-05"),
  F("+0.2%", 0.2, "percent", "up", m="stoxx 600", p="2025-06-05"),
  F("-0.1%", 0.1, "percent", "down", m="dax", p="2025-06-05"),
  F("+0.6%", 0.6, "percent", "up", m="ftse mib", p="2025-06-05"),
  F("0.1%", 0.1, "percent", "down", m="swiss consumer prices", p="2025-05"),
  F("0.94", 0.94, "CHF", "ratio", m="swiss franc per euro exchange rate", p="2025-06-05"),
], nf=["Stoxx 600"])

ART(30, """
Carver's hybrid pickup promises 37 mpg

Carver Motors said its new hybrid pickup will return up to 37 mpg in city driving and 33 mpg on the highway, against 25 mpg for the petrol model it replaces, while still towing 12,000 lb.

The truck pairs a 2.7-litre V6 with a 47 kW electric motor for a combined 430 horsepower. Its 30-gallon tank gives a range of more than 1,000 miles. Ground clearance is 9.4 inches, and the bed is 5.5 feet long.

Prices start at US $49,995, or $3,300 more than the equivalent petrol truck, and the company expects hybrids to make up a quarter of its pickup sales by 2027.

US new-vehicle prices averaged $48,700 in April, the average loan rate for a new car was 7.3% over 68 months, and gasoline averaged $3.16 a gallon. Pickups are America's best-selling vehicles: about 2.9 million were sold last year, roughly one in five of all new vehicles.
""", [
  F("37 mpg", 37, "mile_per_gallon", m="carver hybrid pickup city fuel economy", p=None),
  F("37 mpg", 37, "mile_per_gallon", b="at_most", m="carver hybrid pickup city fuel economy", p=None),
  F("33 mpg", 33, "mile_per_gallon", m="carver hybrid pickup highway fuel economy", p=None),
  F("25 mpg", 25, "mile_per_gallon", m="carver petrol pickup fuel economy", p=None),
  F("12,000 lb", 12000, "pound_mass", m="carver hybrid pickup towing capacity", p=None),
  F("2.7-litre", 2.7, "litre", m="carver hybrid pickup engine displacement", p=None),
  F("47 kW", 47, "kw", m="carver hybrid pickup electric motor power", p=None),
  F("430 horsepower", 430, "horsepower", m="carver hybrid pickup combined power", p=None),
  F("30-gallon", 30, "gallon", m="carver hybrid pickup fuel tank", p=None),
  F("1,000 miles", 1000, "mile", b="more_than", m="carver hybrid pickup range", p=None),
  F("9.4 inches", 9.4, "inch", m="carver hybrid pickup ground clearance", p=None),
  F("5.5 feet", 5.5, "foot", m="carver hybrid pickup bed length", p=None),
  F("US $49,995", 49995, "USD", m="carver hybrid pickup base price", p=None),
  F("$3,300", 3300, "USD", "up", m="carver hybrid pickup price vs petrol", p=None),
  F("a quarter", 25, "percent", "share", m="hybrid share of carver pickup sales (target)", p="2027", opt=True),
  F("$48,700", 48700, "USD", m="us average new-vehicle price", p="2025-04"),
  F("7.3%", 7.3, "percent", m="us average new-car loan rate", p="2025-04"),
  F("68 months", 68, "month", m="average new-car loan term", opt=True),
  F("$3.16 a gallon", 3.16, "USD/gallon", m="us average gasoline price", p="2025-04"),
  F("2.9 million", 2.9e6, "count", b="approx", m="us pickup sales", p="2024"),
  F("one in five", 20, "percent", "share", b="approx", m="pickup share of us new vehicle sales", p="2024", opt=True),
], nf=["V6"])

ART(31, """
CO2 at Mauna Loa passes 430 ppm for first time

Carbon dioxide in the atmosphere averaged 430.5 parts per million in May at the Mauna Loa observatory in Hawaii, a rise of 3.5 ppm on a year earlier, scientists said. Pre-industrial levels were about 280 ppm.

The global average temperature last year was 1.55C above the 1850-1900 average, making it the first calendar year to exceed the 1.5C threshold. Sea levels have risen by about 10 cm since 1993 and are now climbing by 4.5 mm a year, twice the rate of the 1990s.

Arctic sea ice covered 4.28 million square kilometres in September, the sixth-lowest on record, while Antarctic ice peaked at 17.8 million sq km. Greenland's ice sheet lost 55 billion tonnes of ice, and Swiss glaciers lost 3% of their volume.

The surface of the North Atlantic reached a record 21.1C in 2024.
""", [
  F("430 ppm", 430, "ppm", b="more_than", m="mauna loa co2 concentration", p="2025-05"),
  F("first", 1, "ordinal", m="first time above 430 ppm", opt=True),
  F("430.5 parts per million", 430.5, "ppm", m="mauna loa co2 concentration", p="2025-05"),
  F("3.5 ppm", 3.5, "ppm", "up", m="mauna loa co2 concentration", p="2025-05"),
  F("280 ppm", 280, "ppm", b="approx", m="pre-industrial co2 concentration", p=None),
  F("1.55C", 1.55, "degree_celsius", "up", m="global average temperature vs 1850-1900", p="2024"),
  F("first", 1, "ordinal", m="first calendar year above threshold", opt=True),
  F("1.5C", 1.5, "degree_celsius", "up", m="global warming threshold", p=None),
  F("10 cm", 10, "cm", "up", b="approx", m="global sea level", p="1993/2024"),
  F("4.5 mm", 4.5, "mm", "up", m="global sea level annual rise", p="2024"),
  F("twice", 2, "times", "ratio", m="sea level rise rate vs 1990s", opt=True),
  F("4.28 million square kilometres", 4.28e6, "square_km", m="arctic sea ice extent", p="2024-09"),
  F("sixth", 6, "ordinal", m="arctic sea ice extent rank", opt=True),
  F("17.8 million sq km", 17.8e6, "square_km", m="antarctic sea ice maximum extent", p="2024"),
  F("55 billion tonnes", 55e9, "tonne", "down", m="greenland ice sheet mass", p="2024"),
  F("3%", 3, "percent", "down", m="swiss glacier volume", p="2024"),
  F("21.1C", 21.1, "degree_celsius", m="north atlantic surface temperature (record)", p="2024"),
], nf=["1850-1900", "CO2"])

ART(32, """
Arabica coffee hits record above $3.80 a pound

Arabica coffee futures in New York rose 4.5% to a record $3.82 a pound on Monday, having more than doubled over the past year, as dry weather hurt Brazil's crop. Robusta in London rose $142 to $5,310 a tonne.

Brazil is expected to harvest 51.8 million 60-kg bags of coffee this season, down 4.4%. Cocoa futures fell 2.9% to $10,450 a tonne, still about triple their level of two years ago.

Shoppers are feeling it. A cup of coffee in London now costs an average of £3.60, up 25p on a year ago, and a 200g jar of instant coffee sells for £6.50. Chocolate makers have raised prices by 15% and cut some bars from 100g to 90g.

Raw sugar futures fell 0.3 cents to 18.9 cents a lb.
""", [
  F("$3.80 a pound", 3.8, "USD/pound_mass", b="more_than", m="arabica coffee futures price (record)", p="2025-02-10"),
  F("4.5%", 4.5, "percent", "up", m="arabica coffee futures price", p="2025-02-10"),
  F("$3.82 a pound", 3.82, "USD/pound_mass", m="arabica coffee futures price (record)", p="2025-02-10"),
  F("doubled", 2, "times", "ratio", b="more_than", m="arabica price vs a year earlier", opt=True),
  F("$142", 142, "USD/tonne", "up", m="london robusta coffee price", p="2025-02-10"),
  F("$5,310 a tonne", 5310, "USD/tonne", m="london robusta coffee price", p="2025-02-10"),
  F("51.8 million", 51.8e6, "count", m="brazil coffee harvest in 60-kg bags (expected)", p="2025/2026"),
  F("60-kg", 60, "kg", m="coffee bag size", p=None),
  F("4.4%", 4.4, "percent", "down", m="brazil coffee harvest (expected)", p="2025/2026"),
  F("2.9%", 2.9, "percent", "down", m="cocoa futures price", p="2025-02-10"),
  F("$10,450 a tonne", 10450, "USD/tonne", m="cocoa futures price", p="2025-02-10"),
  F("triple", 3, "times", "ratio", b="approx", m="cocoa price vs two years earlier", opt=True),
  F("two years", 2, "year", m="comparison period", opt=True),
  F("£3.60", 3.6, "GBP", m="london average cup of coffee price", p="2025-02"),
  F("25p", 0.25, "GBP", "up", m="london average cup of coffee price", p="2025-02"),
  F("200g", 200, "gram", m="instant coffee jar size", p=None),
  F("£6.50", 6.5, "GBP", m="200g instant coffee jar price", p="2025-02"),
  F("15%", 15, "percent", "up", m="chocolate prices", p="2025"),
  F("100g", 100, "gram", m="chocolate bar size", p="2024"),
  F("90g", 90, "gram", m="chocolate bar size", p="2025"),
  F("0.3 cents", 0.003, "USD/pound_mass", "down", m="raw sugar futures price", p="2025-02-10"),
  F("18.9 cents a lb", 0.189, "USD/pound_mass", m="raw sugar futures price", p="2025-02-10"),
])

ART(33, """
Kiprop wins London Marathon as record 56,640 finish

Kenya's Daniel Kiprop, 26, won the London Marathon on Sunday in 2:02:27, pulling away in the final 5 km. The women's race went to 31-year-old Ethiopian Senait Bekele in 2:15:50, a world record for a women-only race.

A record 56,640 runners completed the 26.2-mile (42.2 km) course, raising an estimated £87m for charity. The oldest finisher was 91.

Kiprop averaged about 20.6 km/h despite temperatures that reached 22C, and he collects $55,000 in prize money plus a $100,000 record bonus.

Organisers received more than 1.1 million applications for next year's race, for which entry costs £79.99.
""", [
  F("56,640", 56640, "count", m="london marathon finishers (record)", p="2025-04-27"),
  F("26", 26, "year", m="age of daniel kiprop", p="2025-04"),
  F("2:02:27", 7347, "second", m="daniel kiprop winning time", opt=True),
  F("5 km", 5, "km", m="final stretch of race", p="2025-04-27"),
  F("31-year-old", 31, "year", m="age of senait bekele", p="2025-04"),
  F("2:15:50", 8150, "second", m="senait bekele winning time (record)", opt=True),
  F("56,640", 56640, "count", m="london marathon finishers (record)", p="2025-04-27"),
  F("26.2-mile", 26.2, "mile", m="marathon course length", p=None),
  F("42.2 km", 42.2, "km", m="marathon course length", p=None),
  F("£87m", 87e6, "GBP", b="approx", m="london marathon charity fundraising (estimate)", p="2025"),
  F("91", 91, "year", m="age of oldest finisher", p="2025-04"),
  F("20.6 km/h", 20.6, "km_per_hour", b="approx", m="daniel kiprop average speed", p="2025-04-27"),
  F("22C", 22, "degree_celsius", m="london marathon temperature", p="2025-04-27"),
  F("$55,000", 55000, "USD", m="london marathon winner prize money", p="2025"),
  F("$100,000", 100000, "USD", m="london marathon record bonus", p="2025"),
  F("1.1 million", 1.1e6, "count", b="more_than", m="london marathon applications", p="2026"),
  F("£79.99", 79.99, "GBP", m="london marathon entry fee", p="2026"),
])

ART(34, """
Normandy reactor enters service after 17-year build

The 1,630MW Vauclair 3 reactor in Normandy was connected to the grid on Wednesday, 12 years late and at a cost of €13.2bn, four times its original budget of €3.3bn. At full power it will produce about 13TWh a year, enough for 2 million homes.

Its turbine spins at 1,500 rpm, driven by steam at a pressure of 75 bar.

France's 57 reactors generated 361.7TWh in 2024, the most in five years, and the country exported a record 89TWh. Baseload power for delivery next year traded at €61 per megawatt hour in France, against €86 in Germany.

Gas still fills gaps in demand: a tanker carrying 174,000 cubic metres of liquefied natural gas docked at Le Havre on Tuesday.
""", [
  F("17-year", 17, "year", m="vauclair 3 construction time", opt=True),
  F("1,630MW", 1630, "mw", m="vauclair 3 reactor capacity", p=None),
  F("12 years", 12, "year", m="vauclair 3 delay", opt=True),
  F("€13.2bn", 13.2e9, "EUR", m="vauclair 3 cost", p=None),
  F("four times", 4, "times", "ratio", m="vauclair 3 cost vs original budget", opt=True),
  F("€3.3bn", 3.3e9, "EUR", m="vauclair 3 original budget", p=None),
  F("13TWh", 13, "twh", b="approx", m="vauclair 3 annual output", p=None),
  F("2 million", 2e6, "count", m="homes powered by vauclair 3", p=None),
  F("1,500 rpm", 1500, "rpm", m="vauclair 3 turbine speed", p=None),
  F("75 bar", 75, "bar", m="vauclair 3 steam pressure", p=None),
  F("57", 57, "count", m="french nuclear reactors", p="2024"),
  F("361.7TWh", 361.7, "twh", m="french nuclear generation", p="2024"),
  F("five years", 5, "year", m="comparison period", opt=True),
  F("89TWh", 89, "twh", m="french power exports (record)", p="2024"),
  F("€61 per megawatt hour", 61, "EUR/mwh", m="french baseload power price for next year", p="2026"),
  F("€86", 86, "EUR/mwh", m="german baseload power price for next year", p="2026"),
  F("174,000 cubic metres", 174000, "cubic_metre", m="lng tanker cargo", p="2025-11-18"),
], nf=["Vauclair 3"])
