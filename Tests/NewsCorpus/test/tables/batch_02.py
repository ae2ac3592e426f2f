# Articles 6-10: oil, metals and gas, container shipping, an airline, American football.
# Dates: 6 = 2025-07-22, 7 = 2025-04-16, 8 = 2025-03-06, 9 = 2025-08-07, 10 = 2025-10-13.

ART(6, """
Oil falls for third day as OPEC+ signals more supply

Brent crude futures fell $1.12, or 1.6%, to $68.41 a barrel on Tuesday, their third straight decline, while US West Texas Intermediate slipped 94 cents to $65.87.

The OPEC+ group is expected to add another 548,000 barrels per day of output in September, completing the return of 2.2 million bpd of cuts a year ahead of schedule.

US crude inventories rose by 3.4 million barrels last week to 426 million barrels, the Energy Information Administration said, against analysts' forecasts of a 1.1-million-barrel draw. Gasoline stocks fell 1.7 million barrels.

At the pump, the national average price of regular gasoline was $3.14 a gallon, 36 cents lower than a year ago. In Britain, diesel averaged 142.6p a litre.

Brent has traded between $60 and $80 a barrel for most of the year. Analysts at one bank cut their fourth-quarter forecast by $4 to $64.
""", [
  F("third", 3, "ordinal", m="consecutive day of oil decline", opt=True),
  F("$1.12", 1.12, "USD/barrel", "down", m="brent crude price", p="2025-07-22"),
  F("1.6%", 1.6, "percent", "down", m="brent crude price", p="2025-07-22"),
  F("$68.41 a barrel", 68.41, "USD/barrel", m="brent crude price", p="2025-07-22"),
  F("third", 3, "ordinal", m="consecutive brent decline", opt=True),
  F("94 cents", 0.94, "USD/barrel", "down", m="wti crude price", p="2025-07-22"),
  F("$65.87", 65.87, "USD/barrel", m="wti crude price", p="2025-07-22"),
  F("548,000 barrels per day", 548000, "barrel_per_day", "up", m="opec+ output increase (expected)", p="2025-09"),
  F("2.2 million bpd", 2.2e6, "barrel_per_day", m="opec+ output cuts unwound", p="2025-09"),
  F("3.4 million barrels", 3.4e6, "barrel", "up", m="us crude inventories", p="2025-W29"),
  F("426 million barrels", 426e6, "barrel", m="us crude inventories", p="2025-W29"),
  F("1.1-million-barrel", 1.1e6, "barrel", "down", m="us crude inventories (analyst forecast)", p="2025-W29"),
  F("1.7 million barrels", 1.7e6, "barrel", "down", m="us gasoline stocks", p="2025-W29"),
  F("$3.14 a gallon", 3.14, "USD/gallon", m="us average regular gasoline price", p="2025-07-22"),
  F("36 cents", 0.36, "USD/gallon", "down", m="us average regular gasoline price", p="2024-07/2025-07"),
  F("142.6p a litre", 1.426, "GBP/litre", m="uk average diesel price", p="2025-07"),
  F("$60 and $80 a barrel", 60, "USD/barrel", hi=80, m="brent crude trading range", p="2025"),
  F("$4", 4, "USD/barrel", "down", m="bank brent forecast", p="2025-Q4"),
  F("$64", 64, "USD/barrel", m="bank brent forecast", p="2025-Q4"),
], nf=["OPEC+"])

ART(7, """
Gold tops $3,300 an ounce as trade fears drive haven demand

Gold rose as much as 3.2% to a record $3,318.50 an ounce on Wednesday, taking its gain this year to more than 26%. Silver climbed 2% to $32.90 an ounce, and platinum was flat at $962.

Copper on the London Metal Exchange slid 1.4% to $9,120 a tonne, while aluminium lost $35 to $2,345. Iron ore futures in Singapore traded at $98.60 a tonne, below the $100 mark for a third week.

European natural gas was steady. The benchmark Dutch TTF contract for May stood at €35.40 per megawatt hour, down from €41 a month ago.

Central banks bought 244 tonnes of gold in the first quarter, according to an industry group, while holdings of gold-backed exchange-traded funds rose by 226 tonnes to 3,445 tonnes.

In India, where gold is quoted per 10 grams, the metal reached a record 95,400 rupees.
""", [
  F("$3,300 an ounce", 3300, "USD/ounce", b="more_than", m="gold price", p="2025-04-16"),
  F("3.2%", 3.2, "percent", "up", b="at_most", m="gold price", p="2025-04-16"),
  F("$3,318.50 an ounce", 3318.5, "USD/ounce", m="gold price (record)", p="2025-04-16"),
  F("26%", 26, "percent", "up", b="more_than", m="gold price", p="2025-01/2025-04"),
  F("2%", 2, "percent", "up", m="silver price", p="2025-04-16"),
  F("$32.90 an ounce", 32.9, "USD/ounce", m="silver price", p="2025-04-16"),
  F("$962", 962, "USD/ounce", m="platinum price", p="2025-04-16"),
  F("1.4%", 1.4, "percent", "down", m="lme copper price", p="2025-04-16"),
  F("$9,120 a tonne", 9120, "USD/tonne", m="lme copper price", p="2025-04-16"),
  F("$35", 35, "USD/tonne", "down", m="lme aluminium price", p="2025-04-16"),
  F("$2,345", 2345, "USD/tonne", m="lme aluminium price", p="2025-04-16"),
  F("$98.60 a tonne", 98.6, "USD/tonne", m="singapore iron ore futures price", p="2025-04-16"),
  F("$100", 100, "USD/tonne", m="iron ore price threshold", p=None),
  F("third", 3, "ordinal", m="week below threshold", opt=True),
  F("€35.40 per megawatt hour", 35.4, "EUR/mwh", m="dutch ttf gas price (may contract)", p="2025-04-16"),
  F("€41", 41, "EUR/mwh", m="dutch ttf gas price", p="2025-03"),
  F("244 tonnes", 244, "tonne", m="central bank gold purchases", p="2025-Q1"),
  F("226 tonnes", 226, "tonne", "up", m="gold etf holdings", p="2025-Q1"),
  F("3,445 tonnes", 3445, "tonne", m="gold etf holdings", p="2025-Q1"),
  F("10 grams", 10, "gram", m="indian gold price quotation weight", opt=True),
  F("95,400 rupees", 95400, "INR", m="india gold price per 10 grams (record)", p="2025-04-16"),
])

ART(8, """
Container rates slide as Red Sea diversions ease

Spot rates for shipping a 40-foot container from Shanghai to Rotterdam fell 11% this week to $3,210, the lowest since December 2023, according to a freight index published on Thursday. The Shanghai-Los Angeles rate dropped 7% to $2,780.

Rates are still about 60% above their 2019 average, when the Asia-Europe route cost roughly $1,420 a box. Carriers have added 1.2 million TEU of new capacity in the past 12 months, and a further 3 million TEU is due for delivery this year.

Ships sailing around the Cape of Good Hope instead of through the Suez Canal add about 6,000 km and 10 to 14 days to each voyage.

The Baltic Dry Index, which tracks bulk carriers, rose 54 points to 1,187. Capesize vessels earned an average of $13,650 a day, up from $9,900 a week earlier.

Port throughput at Singapore rose 4.5% to 3.7 million TEU in January.
""", [
  F("40-foot", 40, "foot", m="container size", opt=True),
  F("11%", 11, "percent", "down", m="shanghai-rotterdam container spot rate", p="2025-W10"),
  F("$3,210", 3210, "USD", m="shanghai-rotterdam spot rate per 40-foot container", p="2025-W10"),
  F("7%", 7, "percent", "down", m="shanghai-los angeles container spot rate", p="2025-W10"),
  F("$2,780", 2780, "USD", m="shanghai-los angeles spot rate per 40-foot container", p="2025-W10"),
  F("60%", 60, "percent", "up", b="approx", m="asia-europe container rates vs 2019 average", p="2019/2025"),
  F("$1,420 a box", 1420, "USD", b="approx", m="asia-europe container rate per box (average)", p="2019"),
  F("1.2 million TEU", 1.2e6, "count", m="container ship capacity added (teu)", p="2024-03/2025-02"),
  F("12 months", 12, "month", m="period of capacity additions", opt=True),
  F("3 million TEU", 3e6, "count", m="container ship capacity due for delivery (teu)", p="2025"),
  F("6,000 km", 6000, "km", b="approx", m="extra distance via cape of good hope", p=None),
  F("10 to 14 days", 10, "day", hi=14, m="extra voyage time via cape of good hope", opt=True),
  F("54 points", 54, "index_point", "up", m="baltic dry index", p="2025-03-06"),
  F("1,187", 1187, "index_point", m="baltic dry index", p="2025-03-06"),
  F("$13,650 a day", 13650, "USD/day", m="capesize average earnings", p="2025-03-06"),
  F("$9,900", 9900, "USD/day", m="capesize average earnings", p="2025-02-27"),
  F("4.5%", 4.5, "percent", "up", m="singapore port throughput", p="2025-01"),
  F("3.7 million TEU", 3.7e6, "count", m="singapore port throughput (teu)", p="2025-01"),
])

ART(9, """
SkyMeridian profit jumps on record summer travel; orders 40 jets

SkyMeridian Airlines carried a record 18.6 million passengers in the three months to June, up 8%, and said its planes were 89.4% full, 1.2 percentage points more than a year earlier.

Operating profit rose 31% to €742m on revenue of €5.3bn. Fuel cost the airline €1.46bn, or about 27% of its expenses, with jet fuel averaging $712 a tonne.

The carrier ordered 40 Airbus A321neo jets with options for 20 more, in a deal worth $7.4 billion at list prices. The first of the jets will arrive in 2028. The A321neo seats up to 244 passengers and can fly about 7,400 km without refuelling.

The airline's fleet of 56 Boeing 737-800 aircraft will be retired over the next decade. Flight SM402 from Lisbon to Boston, its longest route, is operated by leased widebodies.

The average fare rose 3% to €112, and the airline expects to fly 71 million passengers this year. Chief executive Ana Ribeiro, 54, said bookings for the autumn were "solid".
""", [
  F("40", 40, "count", m="skymeridian jet order", p="2025-08"),
  F("18.6 million", 18.6e6, "count", m="skymeridian passengers (record)", p="2025-Q2"),
  F("three months", 3, "month", m="reporting period", opt=True),
  F("8%", 8, "percent", "up", m="skymeridian passengers", p="2025-Q2"),
  F("89.4%", 89.4, "percent", "share", m="skymeridian load factor", p="2025-Q2"),
  F("1.2 percentage points", 1.2, "percentage_point", "up", m="skymeridian load factor", p="2025-Q2"),
  F("31%", 31, "percent", "up", m="skymeridian operating profit", p="2025-Q2"),
  F("€742m", 742e6, "EUR", m="skymeridian operating profit", p="2025-Q2"),
  F("€5.3bn", 5.3e9, "EUR", m="skymeridian revenue", p="2025-Q2"),
  F("€1.46bn", 1.46e9, "EUR", m="skymeridian fuel cost", p="2025-Q2"),
  F("27%", 27, "percent", "share", b="approx", m="fuel share of skymeridian expenses", p="2025-Q2"),
  F("$712 a tonne", 712, "USD/tonne", m="jet fuel average price", p="2025-Q2"),
  F("40", 40, "count", m="skymeridian a321neo order", p="2025-08"),
  F("20", 20, "count", m="skymeridian a321neo options", p="2025-08"),
  F("$7.4 billion", 7.4e9, "USD", m="skymeridian a321neo order value at list prices", p="2025-08"),
  F("first", 1, "ordinal", m="first delivery", opt=True),
  F("244", 244, "count", b="at_most", m="a321neo seats", p=None),
  F("7,400 km", 7400, "km", b="approx", m="a321neo range", p=None),
  F("56", 56, "count", m="skymeridian boeing 737-800 fleet", p="2025"),
  F("decade", 1, "decade", m="fleet retirement period", opt=True, at="next decade"),
  F("3%", 3, "percent", "up", m="skymeridian average fare", p="2025-Q2"),
  F("€112", 112, "EUR", m="skymeridian average fare", p="2025-Q2"),
  F("71 million", 71e6, "count", m="skymeridian passengers (expected)", p="2025"),
  F("54", 54, "year", m="age of skymeridian chief executive ana ribeiro", p="2025-08"),
], nf=["A321neo", "737-800", "SM402"])

ART(10, """
Harlan throws for 384 yards as Hawks rally past Bears

Quarterback Dez Harlan threw for 384 yards and four touchdowns as the Portland Hawks came back from a 17-point deficit to beat the Chicago Bears 34-31 on Sunday.

The 27-year-old completed 29 of 41 passes, including a 68-yard strike to Malik Odum late in the third quarter. Odum finished with nine catches for 171 yards.

Kicker Tomas Reyes, who had missed from 47 yards in the first half, won it with a 52-yard field goal as time expired. Chicago's Jalen Price ran for 118 yards on 22 carries and scored twice.

The Hawks (5-1) have won five straight. The Bears had the ball on the Hawks' 12-yard line with 1:48 left but turned it over on downs. A crowd of 68,412 watched.
""", [
  F("384 yards", 384, "yard", m="dez harlan passing yards", p="2025-10-12"),
  F("384 yards", 384, "yard", m="dez harlan passing yards", p="2025-10-12"),
  F("four", 4, "count", m="dez harlan touchdown passes", p="2025-10-12"),
  F("17-point", 17, "point", m="portland hawks deficit", p="2025-10-12"),
  F("27-year-old", 27, "year", m="age of dez harlan", p="2025-10"),
  F("29", 29, "count", m="dez harlan completions", p="2025-10-12"),
  F("41", 41, "count", m="dez harlan pass attempts", p="2025-10-12"),
  F("68-yard", 68, "yard", m="harlan-odum touchdown pass length", p="2025-10-12"),
  F("nine", 9, "count", m="malik odum catches", p="2025-10-12"),
  F("171 yards", 171, "yard", m="malik odum receiving yards", p="2025-10-12"),
  F("47 yards", 47, "yard", m="tomas reyes missed field goal distance", p="2025-10-12"),
  F("52-yard", 52, "yard", m="tomas reyes winning field goal distance", p="2025-10-12"),
  F("118 yards", 118, "yard", m="jalen price rushing yards", p="2025-10-12"),
  F("22", 22, "count", m="jalen price carries", p="2025-10-12"),
  F("twice", 2, "times", m="jalen price touchdowns", opt=True),
  F("five", 5, "count", m="portland hawks winning streak", p="2025"),
  F("68,412", 68412, "count", m="attendance", p="2025-10-12"),
], nf=["34-31", "5-1", "12-yard line", "1:48"])
