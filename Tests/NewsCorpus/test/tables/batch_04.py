# Articles 16-21: Formula One, football, basketball, tennis, a lunar landing, weather.
# Dates: 16 = 2025-09-07, 17 = 2025-03-16, 18 = 2026-01-20, 19 = 2025-07-13, 20 = 2025-12-02,
# 21 = 2025-08-12.

ART(16, """
Okafor wins Monza thriller by 0.8 seconds

Ruben Okafor won the Italian Grand Prix on Sunday, holding off his teammate over the final 10 laps to take the chequered flag 0.8 seconds clear after 53 laps of the 5.793 km circuit.

The 24-year-old started third on the grid and led 31 laps. His fastest lap, 1min 21.4sec, came on lap 44, and he reached 349.2 km/h on the main straight, the highest speed of the weekend.

It was his fourth win of the season and the 11th of his career. He now leads the championship by 23 points, with 341 to his teammate's 318, with eight races remaining.

Track temperature reached 47C and the air was 31C. About 370,000 spectators attended over three days, a record for the circuit. The car's hybrid power unit produces more than 1,000 hp and revs to 15,000 rpm.
""", [
  F("0.8 seconds", 0.8, "second", m="okafor winning margin", opt=True),
  F("10 laps", 10, "count", m="final laps", p="2025-09-07"),
  F("0.8 seconds", 0.8, "second", m="okafor winning margin", opt=True),
  F("53 laps", 53, "count", m="italian grand prix race laps", p="2025-09-07"),
  F("5.793 km", 5.793, "km", m="monza circuit length", p=None),
  F("24-year-old", 24, "year", m="age of ruben okafor", p="2025-09"),
  F("third", 3, "ordinal", m="okafor grid position", opt=True),
  F("31 laps", 31, "count", m="laps led by okafor", p="2025-09-07"),
  F("1min 21.4sec", 81.4, "second", m="okafor fastest lap time", opt=True),
  F("349.2 km/h", 349.2, "km_per_hour", m="okafor top speed", p="2025-09-07"),
  F("fourth", 4, "ordinal", m="okafor season win number", opt=True),
  F("11th", 11, "ordinal", m="okafor career win number", opt=True),
  F("23 points", 23, "point", m="okafor championship lead", p="2025"),
  F("341", 341, "point", m="okafor championship points", p="2025"),
  F("318", 318, "point", m="okafor teammate championship points", p="2025"),
  F("eight", 8, "count", m="races remaining", p="2025"),
  F("47C", 47, "degree_celsius", m="monza track temperature", p="2025-09-07"),
  F("31C", 31, "degree_celsius", m="monza air temperature", p="2025-09-07"),
  F("370,000", 370000, "count", b="approx", m="monza attendance (record)", p="2025-09"),
  F("three days", 3, "day", m="race weekend length", opt=True),
  F("1,000 hp", 1000, "horsepower", b="more_than", m="f1 power unit output", p=None),
  F("15,000 rpm", 15000, "rpm", m="f1 power unit maximum engine speed", p=None),
], nf=["lap 44"])

ART(17, """
Late penalty keeps Rovers' title hopes alive

Rovers beat City 2-1 in front of a sell-out crowd of 52,305 on Saturday, with striker Kai Mensah converting a penalty in the 89th minute to move his side within four points of the top.

Mensah, 31, has now scored 22 league goals this season, the most in the division, and became only the third Rovers player to reach 100 Premier League goals.

City had 61% of possession and took 17 shots to Rovers' nine but managed only three on target. Their midfielder Luca Bern covered 12.6 km, more than any other player.

Rovers, who spent £180m on new players last summer, have 64 points from 29 games. The club's wage bill rose 14% to £248m last season, according to its accounts.

Tickets for the return fixture will cost between £45 and £95.
""", [
  F("52,305", 52305, "count", m="rovers v city attendance", p="2025-03-15"),
  F("89th", 89, "ordinal", m="minute of winning penalty", opt=True),
  F("four points", 4, "point", m="rovers gap to top of table", p="2025-03-15"),
  F("31", 31, "year", m="age of kai mensah", p="2025-03"),
  F("22", 22, "count", m="kai mensah league goals", p="2024/2025"),
  F("third", 3, "ordinal", m="rovers players reaching 100 premier league goals", opt=True),
  F("100", 100, "count", m="premier league goals milestone", p=None),
  F("61%", 61, "percent", "share", m="city share of possession", p="2025-03-15"),
  F("17", 17, "count", m="city shots", p="2025-03-15"),
  F("nine", 9, "count", m="rovers shots", p="2025-03-15"),
  F("three", 3, "count", m="city shots on target", p="2025-03-15"),
  F("12.6 km", 12.6, "km", m="luca bern distance covered", p="2025-03-15"),
  F("£180m", 180e6, "GBP", m="rovers transfer spending", p="2024"),
  F("64 points", 64, "point", m="rovers league points", p="2024/2025"),
  F("29", 29, "count", m="rovers league games played", p="2024/2025"),
  F("14%", 14, "percent", "up", m="rovers wage bill", p="2023/2024"),
  F("£248m", 248e6, "GBP", m="rovers wage bill", p="2023/2024"),
  F("£45 and £95", 45, "GBP", hi=95, m="return fixture ticket prices", p=None),
], nf=["2-1"])

ART(18, """
Okoro scores 51 as Suns outlast Nuggets in double overtime

Tyrese Okoro scored a career-high 51 points, including nine three-pointers, as the Phoenix Suns beat the Denver Nuggets 141-137 in double overtime on Monday night.

The 23-year-old guard, who stands 6 feet 5 inches, made 18 of 31 shots from the field and added 11 rebounds and seven assists in 53 minutes. Denver's centre had 38 points and 17 rebounds.

Phoenix (28-17) has won nine of its last 11 games. The Suns trailed by 14 points with 6:20 left in the fourth quarter.

Okoro, drafted fourth overall in 2022, signed a five-year, $210 million contract extension in October, worth an average of $42 million a year.
""", [
  F("51", 51, "point", m="tyrese okoro points", p="2026-01-19"),
  F("51 points", 51, "point", m="tyrese okoro points (career high)", p="2026-01-19"),
  F("nine", 9, "count", m="tyrese okoro three-pointers", p="2026-01-19"),
  F("23-year-old", 23, "year", m="age of tyrese okoro", p="2026-01"),
  F("6 feet", 6, "foot", m="tyrese okoro height (feet part)", p=None),
  F("5 inches", 5, "inch", m="tyrese okoro height (inches part)", p=None),
  F("18", 18, "count", m="tyrese okoro field goals made", p="2026-01-19"),
  F("31", 31, "count", m="tyrese okoro field goal attempts", p="2026-01-19"),
  F("11", 11, "count", m="tyrese okoro rebounds", p="2026-01-19"),
  F("seven", 7, "count", m="tyrese okoro assists", p="2026-01-19"),
  F("53 minutes", 53, "minute", m="tyrese okoro playing time", opt=True),
  F("38 points", 38, "point", m="denver centre points", p="2026-01-19"),
  F("17", 17, "count", m="denver centre rebounds", p="2026-01-19"),
  F("nine", 9, "count", m="phoenix wins in last 11 games", p="2026-01"),
  F("11", 11, "count", m="phoenix recent games", p="2026-01"),
  F("14 points", 14, "point", m="phoenix largest deficit", p="2026-01-19"),
  F("fourth", 4, "ordinal", m="tyrese okoro draft position", opt=True, at="fourth overall"),
  F("five-year", 5, "year", m="tyrese okoro contract length", opt=True),
  F("$210 million", 210e6, "USD", m="tyrese okoro contract extension value", p="2025-10"),
  F("$42 million a year", 42e6, "USD/year", m="tyrese okoro average annual salary", p=None),
], nf=["141-137", "28-17", "6:20"])

ART(19, """
Teenager Varga stuns top seed to win Wimbledon title

Ilona Varga, aged 19, beat the world number one 6-4, 3-6, 7-5 on Saturday in two hours and 41 minutes to win her first grand slam title.

She hit 38 winners and 11 aces, the fastest at 121 mph. Varga, who was ranked 27th at the start of the year, is the youngest women's champion since 2004 and collects £3m in prize money, up 11% on last year. The runner-up, 29, takes home £1.52m.

The temperature on Centre Court reached 33C during the final, and 14 spectators were treated for heat exhaustion.

Total prize money at the championships is a record £53.5m. About 530,000 people attended over the two weeks.
""", [
  F("19", 19, "year", m="age of ilona varga", p="2025-07"),
  F("number one", 1, "ordinal", m="opponent world ranking", opt=True),
  F("two hours", 2, "hour", m="final duration (hours part)", opt=True),
  F("41 minutes", 41, "minute", m="final duration (minutes part)", opt=True),
  F("first", 1, "ordinal", m="varga grand slam title number", opt=True),
  F("38", 38, "count", m="varga winners", p="2025-07-12"),
  F("11", 11, "count", m="varga aces", p="2025-07-12"),
  F("121 mph", 121, "mile_per_hour", m="varga fastest serve", p="2025-07-12"),
  F("27th", 27, "ordinal", m="varga ranking at start of year", opt=True),
  F("£3m", 3e6, "GBP", m="wimbledon women's champion prize money", p="2025"),
  F("11%", 11, "percent", "up", m="wimbledon women's champion prize money", p="2025"),
  F("29", 29, "year", m="age of runner-up", p="2025-07"),
  F("£1.52m", 1.52e6, "GBP", m="wimbledon women's runner-up prize money", p="2025"),
  F("33C", 33, "degree_celsius", m="centre court temperature", p="2025-07-12"),
  F("14", 14, "count", m="spectators treated for heat exhaustion", p="2025-07-12"),
  F("£53.5m", 53.5e6, "GBP", m="wimbledon total prize money (record)", p="2025"),
  F("530,000", 530000, "count", b="approx", m="wimbledon attendance", p="2025"),
  F("two weeks", 2, "week", m="championship duration", opt=True),
], nf=["6-4, 3-6, 7-5"])

ART(20, """
Lunar lander touches down near Moon's south pole

A robotic lander built by a Houston company touched down on the Moon on Tuesday about 160 km from the south pole, after travelling roughly 1.2 million km over nine days.

The 4.3-metre-tall lander, which weighed 1,900 kg fully fuelled, carries 11 instruments, including a drill that can reach 1 metre below the surface. It descended from an orbit of 100 km, slowing from about 6,000 km/h to walking pace in the final 12 minutes.

Surface temperatures near the site swing from 120°C in sunlight to −173°C in permanent shadow. The lander's solar panels produce 1.2 kW, and it is expected to operate for about 14 days before the lunar night sets in.

The mission cost $118 million, of which NASA paid $92 million under a delivery contract. Scientists estimate that craters near the pole may hold as much as 600 million tonnes of water ice.
""", [
  F("160 km", 160, "km", b="approx", m="lander distance from lunar south pole", p=None),
  F("1.2 million km", 1.2e6, "km", b="approx", m="lander distance travelled", p=None),
  F("nine days", 9, "day", m="lander journey time", opt=True),
  F("4.3-metre", 4.3, "m", m="lander height", p=None),
  F("1,900 kg", 1900, "kg", m="lander fuelled mass", p=None),
  F("11", 11, "count", m="lander instruments", p=None),
  F("1 metre", 1, "m", m="lander drill depth", p=None),
  F("100 km", 100, "km", m="lander orbit altitude", p=None),
  F("6,000 km/h", 6000, "km_per_hour", b="approx", m="lander speed before descent", p=None),
  F("12 minutes", 12, "minute", m="lander final descent time", opt=True),
  F("120°C", 120, "degree_celsius", m="lunar surface temperature in sunlight", p=None),
  F("−173°C", -173, "degree_celsius", m="lunar surface temperature in shadow", p=None),
  F("1.2 kW", 1.2, "kw", m="lander solar panel output", p=None),
  F("14 days", 14, "day", b="approx", m="lander operating life", opt=True),
  F("$118 million", 118e6, "USD", m="lunar mission cost", p=None),
  F("$92 million", 92e6, "USD", m="nasa payment for lunar mission", p=None),
  F("600 million tonnes", 600e6, "tonne", b="at_most", m="water ice near lunar south pole (estimate)", p=None),
])

ART(21, """
Spain swelters as temperatures top 45C; Atlantic storm strengthens

Temperatures in southern Spain reached 45.8C on Monday, two degrees short of the national record, as a heatwave that began 16 days ago tightened its grip on southern Europe.

In Portugal, the town of Mora recorded 46.6C. In France, where 16 departments were on red alert, Paris hit 38C, or 100.4F. Spain's weather agency said the national record of 47.6C, set in 2021, could fall this week. Wildfires have burned 98,000 hectares in Spain this year, nearly four times the average.

In the Atlantic, Hurricane Erin strengthened into a Category 4 storm with maximum sustained winds of 140 mph (225 km/h). It was moving west-northwest at 17 mph about 300 miles east of the Leeward Islands, and forecasters warned of waves up to 20 feet and 6 to 10 inches of rain.

In Pakistan, monsoon rains have killed 340 people since late June, and Karachi received 110 mm of rain in 24 hours.
""", [
  F("45C", 45, "degree_celsius", b="more_than", m="southern spain temperature", p="2025-08-11"),
  F("45.8C", 45.8, "degree_celsius", m="southern spain temperature", p="2025-08-11"),
  F("two degrees", 2, "degree_celsius", "down", m="southern spain temperature vs national record", p="2025-08-11"),
  F("16 days", 16, "day", m="heatwave duration", opt=True),
  F("46.6C", 46.6, "degree_celsius", m="mora temperature", p="2025-08-11"),
  F("16", 16, "count", m="french departments on red alert", p="2025-08-11"),
  F("38C", 38, "degree_celsius", m="paris temperature", p="2025-08-11"),
  F("100.4F", 100.4, "degree_fahrenheit", m="paris temperature", p="2025-08-11"),
  F("47.6C", 47.6, "degree_celsius", m="spain national temperature record", p="2021"),
  F("98,000 hectares", 98000, "hectare", m="spain area burned by wildfires", p="2025"),
  F("four times", 4, "times", "ratio", b="less_than", m="spain area burned vs average", opt=True),
  F("140 mph", 140, "mile_per_hour", m="hurricane erin maximum sustained winds", p="2025-08-11"),
  F("225 km/h", 225, "km_per_hour", m="hurricane erin maximum sustained winds", p="2025-08-11"),
  F("17 mph", 17, "mile_per_hour", m="hurricane erin forward speed", p="2025-08-11"),
  F("300 miles", 300, "mile", b="approx", m="hurricane erin distance from leeward islands", p="2025-08-11"),
  F("20 feet", 20, "foot", b="at_most", m="hurricane erin wave height (forecast)", p="2025-08"),
  F("6 to 10 inches", 6, "inch", hi=10, m="hurricane erin rainfall (forecast)", p="2025-08"),
  F("340", 340, "count", m="pakistan monsoon deaths", p="2025-06/2025-08"),
  F("110 mm", 110, "mm", m="karachi rainfall in 24 hours", p="2025-08"),
  F("24 hours", 24, "hour", m="rainfall period", opt=True),
], nf=["Category 4"])
