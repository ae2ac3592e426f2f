# Articles 35-39: a cold snap, a Japanese carmaker, the Tour de France, Black Friday, NHS waits.
# Dates: 35 = 2026-01-15, 36 = 2025-11-07, 37 = 2025-07-19, 38 = 2025-11-29, 39 = 2025-10-09.

ART(35, """
Cold snap grounds flights as temperatures plunge to -28C

Temperatures fell to -28C in parts of Minnesota on Wednesday and to -12C in Chicago, where the thermometer read -4F at dawn and the wind made it feel like -30F.

More than 2,400 flights were cancelled across the US, including dozens at Chicago O'Hare, where passengers on Flight UA1182 sat on the tarmac for five hours. Snowfall reached 14 inches in Buffalo, and winds gusted to 55 mph. Drivers were warned that tyre pressure drops by about 1 psi for every 10F fall in temperature.

Natural gas use hit a record 145 billion cubic feet in a single day, and spot power prices in Texas spiked to $3,000 per megawatt hour as batteries on the grid discharged 9.2GWh. Schools in 12 states closed, about 320,000 homes lost power, and Chicago said it had 60,000 tons of road salt in store.

In Britain the Highlands recorded -14.2C, the lowest reading this winter, and trains from Edinburgh resumed at 6.45am.
""", [
  F("-28C", -28, "degree_celsius", m="minnesota minimum temperature", p="2026-01-14"),
  F("-28C", -28, "degree_celsius", m="minnesota minimum temperature", p="2026-01-14"),
  F("-12C", -12, "degree_celsius", m="chicago temperature", p="2026-01-14"),
  F("-4F", -4, "degree_fahrenheit", m="chicago dawn temperature", p="2026-01-14"),
  F("-30F", -30, "degree_fahrenheit", m="chicago wind chill", p="2026-01-14"),
  F("2,400", 2400, "count", b="more_than", m="us flights cancelled", p="2026-01-14"),
  F("dozens", 12, "count", b="more_than", m="flights cancelled at chicago o'hare", p="2026-01-14", opt=True),
  F("five hours", 5, "hour", m="tarmac wait", opt=True),
  F("14 inches", 14, "inch", m="buffalo snowfall", p="2026-01-14"),
  F("55 mph", 55, "mile_per_hour", m="wind gusts", p="2026-01-14"),
  F("1 psi", 1, "psi", "down", b="approx", m="tyre pressure per 10f temperature fall", p=None),
  F("10F", 10, "degree_fahrenheit", "down", m="temperature fall", p=None),
  F("145 billion cubic feet", 145e9, "cubic_foot", m="us daily natural gas use (record)", p="2026-01-14"),
  F("$3,000 per megawatt hour", 3000, "USD/mwh", m="texas spot power price", p="2026-01-14"),
  F("9.2GWh", 9.2, "gwh", m="texas grid battery discharge", p="2026-01-14"),
  F("12", 12, "count", m="us states with school closures", p="2026-01-14"),
  F("320,000", 320000, "count", b="approx", m="us homes without power", p="2026-01-14"),
  F("60,000 tons", 60000, "tonne", m="chicago road salt stock", p="2026-01"),
  F("-14.2C", -14.2, "degree_celsius", m="scottish highlands minimum temperature (lowest this winter)", p="2026-01-14"),
], nf=["UA1182", "6.45am"])

ART(36, """
Carmaker's profit halves as US tariffs bite

Japan's second-largest carmaker said on Friday its operating profit for the six months to September fell 48% to ¥560.2 billion ($3.6 billion), as US tariffs of 15% on Japanese cars cost it about ¥300 billion.

It cut its full-year operating profit forecast to ¥1.1 trillion from ¥1.4 trillion and now expects to sell 3.6 million vehicles worldwide, about half of them hybrids. Its sales in China fell by a fifth.

The company assumes an exchange rate of ¥145 to the dollar for the rest of the year, compared with about ¥153 now. Every ¥1 move against the dollar changes its annual profit by roughly ¥45 billion.

It plans to buy back up to 100 million shares, or 6.8% of those outstanding, worth as much as ¥200 billion. Its shares rose 2.4% to ¥2,816 in Tokyo.
""", [
  F("halves", 50, "percent", "down", m="carmaker operating profit", p="2025-04/2025-09", opt=True),
  F("second", 2, "ordinal", m="carmaker size rank", opt=True),
  F("six months", 6, "month", m="reporting period", opt=True),
  F("48%", 48, "percent", "down", m="carmaker operating profit", p="2025-04/2025-09"),
  F("¥560.2 billion", 560.2e9, "JPY", m="carmaker operating profit", p="2025-04/2025-09"),
  F("$3.6 billion", 3.6e9, "USD", m="carmaker operating profit", p="2025-04/2025-09"),
  F("15%", 15, "percent", m="us tariff rate on japanese cars", p="2025"),
  F("¥300 billion", 300e9, "JPY", b="approx", m="cost of us tariffs to carmaker", p="2025-04/2025-09"),
  F("¥1.1 trillion", 1.1e12, "JPY", m="carmaker operating profit (forecast)", p="2025/2026"),
  F("¥1.4 trillion", 1.4e12, "JPY", m="carmaker operating profit (previous forecast)", p="2025/2026"),
  F("3.6 million", 3.6e6, "count", m="carmaker global vehicle sales (forecast)", p="2025/2026"),
  F("half", 50, "percent", "share", b="approx", m="hybrid share of carmaker sales (forecast)", p="2025/2026", opt=True),
  F("a fifth", 20, "percent", "down", m="carmaker china sales", p="2025-04/2025-09", opt=True),
  F("¥145", 145, "JPY", "ratio", m="carmaker assumed yen per dollar rate", p="2025-10/2026-03"),
  F("¥153", 153, "JPY", "ratio", b="approx", m="yen per dollar exchange rate", p="2025-11-07"),
  F("¥1", 1, "JPY", "ratio", m="yen per dollar exchange rate move", p=None),
  F("¥45 billion", 45e9, "JPY", b="approx", m="carmaker annual profit sensitivity per yen", p=None),
  F("100 million", 100e6, "count", b="at_most", m="carmaker share buyback (shares)", p=None),
  F("6.8%", 6.8, "percent", "share", m="buyback share of outstanding shares", p=None),
  F("¥200 billion", 200e9, "JPY", b="at_most", m="carmaker share buyback value", p=None),
  F("2.4%", 2.4, "percent", "up", m="carmaker share price", p="2025-11-07"),
  F("¥2,816", 2816, "JPY", m="carmaker share price", p="2025-11-07"),
])

ART(37, """
Ferrand extends Tour lead with solo win on Alpine summit

Luka Ferrand won stage 14 of the Tour de France on Saturday, attacking 6 km from the top of the final climb to stretch his overall lead to 4min 13sec.

The 26-year-old Frenchman covered the 182.5 km stage, which included 4,900 metres of climbing, in 4hr 51min. The final ascent is 13.8 km long at an average gradient of 7.9%, with sections of up to 11%. His team estimated that he sustained about 410 watts for the last 38 minutes.

Riders reached 98 km/h on the descent before the final climb, and the temperature at the start was 34C.

Of the 184 riders who started the race, 161 remain. The overall winner will collect €500,000 from a total prize fund of €2.3 million, and organisers estimate that 10 to 12 million spectators line the route each year.
""", [
  F("6 km", 6, "km", m="distance from summit at ferrand attack", p="2025-07-19"),
  F("4min 13sec", 253, "second", m="ferrand overall lead", opt=True),
  F("26-year-old", 26, "year", m="age of luka ferrand", p="2025-07"),
  F("182.5 km", 182.5, "km", m="stage 14 length", p="2025-07-19"),
  F("4,900 metres", 4900, "m", m="stage 14 climbing", p="2025-07-19"),
  F("4hr 51min", 291, "minute", m="ferrand stage time", opt=True),
  F("13.8 km", 13.8, "km", m="final climb length", p=None),
  F("7.9%", 7.9, "percent", m="final climb average gradient", p=None),
  F("11%", 11, "percent", b="at_most", m="final climb maximum gradient", p=None),
  F("410 watts", 410, "watt", b="approx", m="ferrand sustained power (team estimate)", p="2025-07-19"),
  F("38 minutes", 38, "minute", m="duration of sustained effort", opt=True),
  F("98 km/h", 98, "km_per_hour", m="riders' descent speed", p="2025-07-19"),
  F("34C", 34, "degree_celsius", m="stage start temperature", p="2025-07-19"),
  F("184", 184, "count", m="tour de france starters", p="2025"),
  F("161", 161, "count", m="tour de france riders remaining", p="2025-07-19"),
  F("€500,000", 500000, "EUR", m="tour de france winner prize", p="2025"),
  F("€2.3 million", 2.3e6, "EUR", m="tour de france total prize fund", p="2025"),
  F("10 to 12 million", 10e6, "count", hi=12e6, m="tour de france roadside spectators per year (estimate)", p=None),
], nf=["stage 14"])

ART(38, """
Shoppers spend record $11.8bn online on Black Friday

US shoppers spent a record $11.8 billion online on Black Friday, up 9.1% from last year, according to an analytics firm that tracks 1 trillion visits to retail websites. It expects Cyber Monday sales to reach $14.2 billion.

Mobile phones accounted for 55% of online sales. Discounts averaged 27% on electronics and 24% on toys, and buy-now-pay-later spending rose 11% to $1.03 billion. A 65-inch 4K television was selling for as little as $399, and the most popular games console bundle ranged from $399 to $449 across the big retailers.

Foot traffic in stores fell 3.2%. The National Retail Federation expects holiday sales of between $1.01 trillion and $1.02 trillion, and says 186.9 million people plan to shop over the five-day weekend. Half of those surveyed said they had started their holiday shopping before November.
""", [
  F("$11.8bn", 11.8e9, "USD", m="us black friday online spending (record)", p="2025-11-28"),
  F("$11.8 billion", 11.8e9, "USD", m="us black friday online spending (record)", p="2025-11-28"),
  F("9.1%", 9.1, "percent", "up", m="us black friday online spending", p="2025-11-28"),
  F("1 trillion", 1e12, "count", m="retail website visits tracked", p=None),
  F("$14.2 billion", 14.2e9, "USD", m="us cyber monday online spending (forecast)", p="2025-12-01"),
  F("55%", 55, "percent", "share", m="mobile share of black friday online sales", p="2025-11-28"),
  F("27%", 27, "percent", "down", m="average electronics discount", p="2025-11-28"),
  F("24%", 24, "percent", "down", m="average toy discount", p="2025-11-28"),
  F("11%", 11, "percent", "up", m="us buy-now-pay-later spending", p="2025-11-28"),
  F("$1.03 billion", 1.03e9, "USD", m="us buy-now-pay-later spending", p="2025-11-28"),
  F("65-inch", 65, "inch", m="television screen size", p=None),
  F("$399", 399, "USD", b="at_least", m="65-inch television sale price", p="2025-11-28"),
  F("$399 to $449", 399, "USD", hi=449, m="games console bundle price", p="2025-11-28"),
  F("3.2%", 3.2, "percent", "down", m="us store foot traffic", p="2025-11-28"),
  F("$1.01 trillion and $1.02 trillion", 1.01e12, "USD", hi=1.02e12, m="us holiday sales (nrf forecast)", p="2025-11/2025-12"),
  F("186.9 million", 186.9e6, "count", m="us thanksgiving weekend shoppers (expected)", p="2025-11"),
  F("five-day", 5, "day", m="shopping weekend length", opt=True),
  F("Half", 50, "percent", "share", m="shoppers who started before november", p="2025", opt=True),
], nf=["4K"])

ART(39, """
NHS waiting list falls to 7.4 million but A&E waits lengthen

The waiting list for hospital treatment in England fell by 38,000 to 7.39 million in August, the lowest in two and a half years, official figures showed on Thursday.

About 59.8% of patients were treated within 18 weeks, against a target of 65% by March. Around 191,000 people had waited more than a year.

In A&E, 75.1% of patients were seen within four hours, and 44,000 waited more than 12 hours from the decision to admit them. Ambulances took an average of 32 minutes 11 seconds to reach heart attack and stroke patients, against a target of 18 minutes.

Dozens of hospitals declared critical incidents over the summer, and one in five nurses told a union survey they planned to leave within a year.

The health service employs 1.5 million people. Resident doctors, who earn between £38,831 and £73,992 a year, have been offered a 4% pay rise. GP practices delivered 30.2 million appointments in September, hundreds of thousands more than a year earlier.
""", [
  F("7.4 million", 7.4e6, "count", m="england hospital waiting list", p="2025-08"),
  F("38,000", 38000, "count", "down", m="england hospital waiting list", p="2025-08"),
  F("7.39 million", 7.39e6, "count", m="england hospital waiting list", p="2025-08"),
  F("two and a half years", 2.5, "year", m="time since list was lower", opt=True),
  F("59.8%", 59.8, "percent", "share", b="approx", m="patients treated within 18 weeks", p="2025-08"),
  F("18 weeks", 18, "week", m="treatment time standard", opt=True),
  F("65%", 65, "percent", "share", m="patients treated within 18 weeks (target)", p="2026-03"),
  F("191,000", 191000, "count", b="approx", m="patients waiting more than a year", p="2025-08"),
  F("75.1%", 75.1, "percent", "share", m="a&e patients seen within four hours", p="2025-09"),
  F("four hours", 4, "hour", m="a&e time standard", opt=True),
  F("44,000", 44000, "count", m="a&e patients waiting more than 12 hours", p="2025-09"),
  F("12 hours", 12, "hour", b="more_than", m="a&e long wait threshold", opt=True),
  F("32 minutes 11 seconds", 1931, "second", m="ambulance response time for heart attack and stroke", opt=True),
  F("18 minutes", 18, "minute", m="ambulance response target", opt=True),
  F("Dozens", 12, "count", b="more_than", m="hospitals declaring critical incidents", p="2025", opt=True),
  F("one in five", 20, "percent", "share", m="nurses planning to leave", p="2025", opt=True),
  F("1.5 million", 1.5e6, "count", m="nhs employees", p="2025"),
  F("£38,831 and £73,992 a year", 38831, "GBP/year", hi=73992, m="resident doctor pay range", p="2025"),
  F("4%", 4, "percent", "up", m="resident doctor pay (offer)", p="2025/2026"),
  F("30.2 million", 30.2e6, "count", m="gp appointments", p="2025-09"),
  F("hundreds of thousands", 100000, "count", "up", b="more_than", m="gp appointments vs a year earlier", p="2025-09", opt=True),
])
