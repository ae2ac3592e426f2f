# Articles 11-15: London rents, US housing, UK inflation and pay, Brazil crops, a drug trial.
# Dates: 11 = 2025-05-20, 12 = 2025-02-19, 13 = 2025-08-13, 14 = 2025-07-10, 15 = 2025-11-03.

ART(11, """
London rents hit record as supply of flats dries up

Average asking rents in London reached a record £2,695 a month in the first quarter, up 4.8% on a year earlier, according to a property portal, while rents outside the capital rose 6.1% to £1,361.

The number of homes available to let was 18% lower than before the pandemic, and each listing drew an average of 14 inquiries, twice the pre-pandemic level. Tenants now spend about 35% of their pre-tax income on rent. A one-bedroom flat in Zone 1 can cost as much as £3,100 a month.

House prices rose 0.5% in April to an average of £298,600, official figures showed, and annual growth slowed to 3.2% from 4.1% in March. A first-time buyer in London needs a deposit of about £141,000, or nine times average earnings.

New-build homes in the capital sold for an average of £745 per square foot, against £380 in Manchester.

The average two-year fixed mortgage rate fell to 5.11% after the Bank of England cut its base rate by a quarter point to 4.25% this month.
""", [
  F("£2,695 a month", 2695, "GBP/month", m="london average asking rent (record)", p="2025-Q1"),
  F("4.8%", 4.8, "percent", "up", m="london average asking rent", p="2025-Q1"),
  F("6.1%", 6.1, "percent", "up", m="uk average asking rent outside london", p="2025-Q1"),
  F("£1,361", 1361, "GBP/month", m="uk average asking rent outside london", p="2025-Q1"),
  F("18%", 18, "percent", "down", m="homes available to let vs pre-pandemic", p="2025-Q1"),
  F("14", 14, "count", m="inquiries per rental listing (average)", p="2025-Q1"),
  F("twice", 2, "times", "ratio", m="inquiries per listing vs pre-pandemic", opt=True),
  F("35%", 35, "percent", "share", b="approx", m="share of tenants' pre-tax income spent on rent", p="2025-Q1"),
  F("one-bedroom", 1, "count", m="bedrooms", opt=True),
  F("£3,100 a month", 3100, "GBP/month", b="at_most", m="zone 1 one-bedroom flat rent", p="2025-Q1"),
  F("0.5%", 0.5, "percent", "up", m="uk house prices", p="2025-04"),
  F("£298,600", 298600, "GBP", m="uk average house price", p="2025-04"),
  F("3.2%", 3.2, "percent", "up", m="uk annual house price growth", p="2025-04"),
  F("4.1%", 4.1, "percent", "up", m="uk annual house price growth", p="2025-03"),
  F("£141,000", 141000, "GBP", b="approx", m="london first-time buyer deposit", p="2025"),
  F("nine times", 9, "times", "ratio", m="london deposit vs average earnings", opt=True),
  F("£745 per square foot", 745, "GBP/square_foot", m="london new-build average price", p="2025"),
  F("£380", 380, "GBP/square_foot", m="manchester new-build average price", p="2025"),
  F("two-year", 2, "year", m="fixed mortgage term", opt=True),
  F("5.11%", 5.11, "percent", m="uk average two-year fixed mortgage rate", p="2025-05"),
  F("a quarter point", 0.25, "percentage_point", "down", m="bank of england base rate", p="2025-05"),
  F("4.25%", 4.25, "percent", m="bank of england base rate", p="2025-05"),
], nf=["Zone 1"])

ART(12, """
US housing starts slump 9.8% as cold snap and high rates bite

Construction of new US homes fell 9.8% in January to a seasonally adjusted annual rate of 1.37 million units, the Commerce Department said, as freezing weather swept much of the country. Economists had forecast 1.39 million.

Single-family starts dropped 8.4% to 993,000, while permits for future construction edged up 0.1% to 1.48 million.

The median price of an existing home was $396,900 in January, up 4.8% from a year earlier, and the 30-year fixed mortgage rate averaged 6.89%, according to mortgage finance company Freddie Mac.

Typical rent for a two-bedroom apartment was $1,745 a month, with New York the most expensive at $4,120 and Oklahoma City among the cheapest at $1,030. Rents across the 50 largest metro areas rose 0.6% from a year earlier.

The median new home had 2,150 square feet of living space, down from 2,467 square feet in 2015. Builders completed 1.65 million homes in 2024, the most since 2006.
""", [
  F("9.8%", 9.8, "percent", "down", m="us housing starts", p="2025-01"),
  F("9.8%", 9.8, "percent", "down", m="us housing starts", p="2025-01"),
  F("1.37 million", 1.37e6, "count", m="us housing starts (annual rate)", p="2025-01"),
  F("1.39 million", 1.39e6, "count", m="us housing starts (forecast)", p="2025-01"),
  F("8.4%", 8.4, "percent", "down", m="us single-family housing starts", p="2025-01"),
  F("993,000", 993000, "count", m="us single-family housing starts (annual rate)", p="2025-01"),
  F("0.1%", 0.1, "percent", "up", m="us building permits", p="2025-01"),
  F("1.48 million", 1.48e6, "count", m="us building permits (annual rate)", p="2025-01"),
  F("$396,900", 396900, "USD", m="us median existing home price", p="2025-01"),
  F("4.8%", 4.8, "percent", "up", m="us median existing home price", p="2025-01"),
  F("30-year", 30, "year", m="mortgage term", opt=True),
  F("6.89%", 6.89, "percent", m="us 30-year fixed mortgage rate", p="2025-01"),
  F("two-bedroom", 2, "count", m="bedrooms", opt=True),
  F("$1,745 a month", 1745, "USD/month", m="us typical two-bedroom rent", p="2025-01"),
  F("$4,120", 4120, "USD/month", m="new york typical two-bedroom rent", p="2025-01"),
  F("$1,030", 1030, "USD/month", m="oklahoma city typical two-bedroom rent", p="2025-01"),
  F("50", 50, "count", m="metro areas in rent survey", p=None),
  F("0.6%", 0.6, "percent", "up", m="us rents in 50 largest metro areas", p="2025-01"),
  F("2,150 square feet", 2150, "square_foot", m="us median new home living space", p="2024"),
  F("2,467 square feet", 2467, "square_foot", m="us median new home living space", p="2015"),
  F("1.65 million", 1.65e6, "count", m="us home completions", p="2024"),
])

ART(13, """
UK inflation rises to 3.8%, highest in 18 months

Consumer prices in Britain rose 3.8% in the 12 months to July, up from 3.6% in June, the Office for National Statistics said on Wednesday. Economists had expected 3.7%.

Core inflation, which strips out energy, food, alcohol and tobacco, held at 3.8%, while services inflation climbed to 5% from 4.7%. Air fares jumped 30.2% between June and July, the largest rise for that month since the series began in 2001.

Food prices were 4.9% higher than a year earlier. A 250g block of butter cost £2.45 on average, up 18p, and beef mince was up by a quarter.

Regular pay grew 5% in the three months to June, while the number of payrolled employees fell by 164,000 over the past year. The National Living Wage rose to £12.21 an hour in April, a 6.7% increase worth about £1,400 a year to a full-time worker.

The Bank of England expects inflation to peak at 4% in September before falling back towards its 2% target in 2027.
""", [
  F("3.8%", 3.8, "percent", "up", m="uk consumer price inflation", p="2025-07"),
  F("18 months", 18, "month", m="time since inflation was higher", opt=True),
  F("3.8%", 3.8, "percent", "up", m="uk consumer price inflation", p="2025-07"),
  F("12 months", 12, "month", m="inflation measurement period", opt=True),
  F("3.6%", 3.6, "percent", "up", m="uk consumer price inflation", p="2025-06"),
  F("3.7%", 3.7, "percent", "up", m="uk consumer price inflation (economists' forecast)", p="2025-07"),
  F("3.8%", 3.8, "percent", "up", m="uk core inflation", p="2025-07"),
  F("5%", 5, "percent", "up", m="uk services inflation", p="2025-07"),
  F("4.7%", 4.7, "percent", "up", m="uk services inflation", p="2025-06"),
  F("30.2%", 30.2, "percent", "up", m="uk air fares", p="2025-06/2025-07"),
  F("4.9%", 4.9, "percent", "up", m="uk food prices", p="2025-07"),
  F("250g", 250, "gram", m="butter block size", p=None),
  F("£2.45", 2.45, "GBP", m="uk average price of 250g butter", p="2025-07"),
  F("18p", 0.18, "GBP", "up", m="uk average price of 250g butter", p="2025-07"),
  F("a quarter", 25, "percent", "up", m="uk beef mince price", p="2025-07", opt=True),
  F("5%", 5, "percent", "up", m="uk regular pay", p="2025-04/2025-06"),
  F("three months", 3, "month", m="pay measurement period", opt=True),
  F("164,000", 164000, "count", "down", m="uk payrolled employees", p="2024-07/2025-07"),
  F("£12.21 an hour", 12.21, "GBP/hour", m="uk national living wage", p="2025-04"),
  F("6.7%", 6.7, "percent", "up", m="uk national living wage", p="2025-04"),
  F("£1,400 a year", 1400, "GBP/year", "up", b="approx", m="full-time worker pay gain from national living wage", p="2025"),
  F("4%", 4, "percent", "up", m="uk consumer price inflation peak (forecast)", p="2025-09"),
  F("2%", 2, "percent", "up", m="bank of england inflation target", p=None),
])

ART(14, """
Brazil soy crop forecast raised to record 169 million tonnes

Brazil's national crop agency raised its estimate for the 2024/25 soybean harvest to a record 169.5 million tonnes, up 14% from the drought-hit previous season.

The planted area grew 2.8% to 47.6 million hectares. Farmers in Paraná received R$128 for a 60-kg bag in June, down from R$139 a year earlier, as the bumper crop weighed on prices.

Corn output is forecast at 131 million tonnes. Soybean exports are expected to reach 106 million tonnes, about 70% of them bound for China.

In Chicago, soybean futures fell 6 cents to $10.14 a bushel.

Rainfall in southern Brazil during planting was 40% below average, and temperatures in Rio Grande do Sul reached 41C in January. Beef exports rose 12% to 1.4 million tonnes in the first half.
""", [
  F("169 million tonnes", 169e6, "tonne", m="brazil soybean harvest (estimate)", p="2024/2025"),
  F("169.5 million tonnes", 169.5e6, "tonne", m="brazil soybean harvest (estimate)", p="2024/2025"),
  F("14%", 14, "percent", "up", m="brazil soybean harvest", p="2024/2025"),
  F("2.8%", 2.8, "percent", "up", m="brazil soybean planted area", p="2024/2025"),
  F("47.6 million hectares", 47.6e6, "hectare", m="brazil soybean planted area", p="2024/2025"),
  F("R$128", 128, "BRL", m="parana soybean price per 60-kg bag", p="2025-06"),
  F("60-kg", 60, "kg", m="soybean bag size", p=None),
  F("R$139", 139, "BRL", m="parana soybean price per 60-kg bag", p="2024-06"),
  F("131 million tonnes", 131e6, "tonne", m="brazil corn output (forecast)", p="2024/2025"),
  F("106 million tonnes", 106e6, "tonne", m="brazil soybean exports (expected)", p="2024/2025"),
  F("70%", 70, "percent", "share", b="approx", m="share of brazil soybean exports to china", p="2024/2025"),
  F("6 cents", 0.06, "USD", "down", m="chicago soybean futures price per bushel", p="2025-07-10"),
  F("$10.14 a bushel", 10.14, "USD", m="chicago soybean futures price per bushel", p="2025-07-10"),
  F("40%", 40, "percent", "down", m="southern brazil rainfall vs average", p="2024"),
  F("41C", 41, "degree_celsius", m="rio grande do sul maximum temperature", p="2025-01"),
  F("12%", 12, "percent", "up", m="brazil beef exports", p="2025-H1"),
  F("1.4 million tonnes", 1.4e6, "tonne", m="brazil beef exports", p="2025-H1"),
], nf=["2024/25"])

ART(15, """
Weight-loss drug cuts heart attack risk by a fifth in large trial

A once-weekly injection reduced the risk of heart attack, stroke or cardiovascular death by 20% in people with obesity, according to a trial of 17,604 patients published on Monday.

Participants, whose average age was 61.6 and who weighed an average of 96.7 kg at the start, lost 9.4% of their body weight over a median of 40 months, compared with 0.9% for those given a placebo. Waist size shrank by 7.6 cm. About 1 in 6 stopped taking the drug because of side effects, mostly nausea.

The benefit was similar in patients aged 45 to 64 and in those 65 and over, the researchers said.

The drug costs about $1,000 a month in the US before insurance, although its maker has cut the price for cash-paying patients to $499. In Britain, where 2.5 million people could be eligible, the health service will pay £122 a month.

Obesity affects 40.3% of American adults, and about one in eight have taken a GLP-1 drug.
""", [
  F("a fifth", 20, "percent", "down", m="heart attack risk reduction", opt=True),
  F("20%", 20, "percent", "down", m="risk of heart attack, stroke or cardiovascular death", p=None),
  F("17,604", 17604, "count", m="trial patients", p=None),
  F("61.6", 61.6, "year", m="average age of trial participants", p=None),
  F("96.7 kg", 96.7, "kg", m="average starting weight of trial participants", p=None),
  F("9.4%", 9.4, "percent", "down", m="body weight of drug group", p=None),
  F("40 months", 40, "month", m="median follow-up", opt=True),
  F("0.9%", 0.9, "percent", "down", m="body weight of placebo group", p=None),
  F("7.6 cm", 7.6, "cm", "down", m="waist size of drug group", p=None),
  F("1 in 6", 100 / 6, "percent", "share", b="approx", m="share of patients stopping for side effects", opt=True),
  F("45 to 64", 45, "year", hi=64, m="age group of trial patients", p=None),
  F("65", 65, "year", b="at_least", m="age group of trial patients", p=None),
  F("$1,000 a month", 1000, "USD/month", b="approx", m="us list price of weight-loss drug", p="2025"),
  F("$499", 499, "USD/month", m="us cash price of weight-loss drug", p="2025"),
  F("2.5 million", 2.5e6, "count", m="uk people eligible for weight-loss drug", p=None),
  F("£122 a month", 122, "GBP/month", m="uk health service price of weight-loss drug", p="2025"),
  F("40.3%", 40.3, "percent", "share", m="us adult obesity rate", p=None),
  F("one in eight", 12.5, "percent", "share", b="approx", m="share of us adults who have taken a glp-1 drug", opt=True),
], nf=["GLP-1"])
