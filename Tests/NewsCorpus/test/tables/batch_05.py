# Articles 22-27: a Taiwan chipmaker, a data-centre power deal, storage and PCs, mobile networks,
# Hong Kong property, an Australian miner.
# Dates: 22 = 2025-10-16, 23 = 2025-06-24, 24 = 2026-01-08, 25 = 2025-04-02, 26 = 2025-09-29,
# 27 = 2025-02-18.

ART(22, """
Chipmaker's profit surges 39% on AI demand

Taiwan's largest contract chipmaker reported a 39.1% jump in third-quarter net profit to NT$452.3 billion (US $14.8 billion) on Thursday, beating forecasts, as demand for artificial intelligence processors showed no sign of cooling.

Revenue rose 30.3% to NT$989.9 billion. Gross margin was 59.5%, above the company's guidance of 55.5% to 57.5%. Its most advanced chips, made on 3-nanometre and 5-nanometre processes, accounted for 60% of wafer revenue.

The company kept this year's capital spending budget at $40 billion to $42 billion and said fourth-quarter revenue would be between US$32.2 billion and US$33.4 billion.

Its shares, which have risen 36% this year, closed up 1.7% at NT$1,465, valuing the company at about NT$38 trillion. It employs more than 83,000 people and is building a $165 billion chip complex in Arizona, where wafers from its first plant cost about 10% more to make than in Taiwan.
""", [
  F("39%", 39, "percent", "up", m="chipmaker net profit", p="2025-Q3"),
  F("39.1%", 39.1, "percent", "up", m="chipmaker net profit", p="2025-Q3"),
  F("NT$452.3 billion", 452.3e9, "TWD", m="chipmaker net profit", p="2025-Q3"),
  F("US $14.8 billion", 14.8e9, "USD", m="chipmaker net profit", p="2025-Q3"),
  F("30.3%", 30.3, "percent", "up", m="chipmaker revenue", p="2025-Q3"),
  F("NT$989.9 billion", 989.9e9, "TWD", m="chipmaker revenue", p="2025-Q3"),
  F("59.5%", 59.5, "percent", m="chipmaker gross margin", p="2025-Q3"),
  F("55.5% to 57.5%", 55.5, "percent", hi=57.5, m="chipmaker gross margin (guidance)", p="2025-Q3"),
  F("60%", 60, "percent", "share", m="advanced nodes share of chipmaker wafer revenue", p="2025-Q3"),
  F("$40 billion to $42 billion", 40e9, "USD", hi=42e9, m="chipmaker capital spending budget", p="2025"),
  F("US$32.2 billion and US$33.4 billion", 32.2e9, "USD", hi=33.4e9, m="chipmaker revenue (guidance)", p="2025-Q4"),
  F("36%", 36, "percent", "up", m="chipmaker share price", p="2025-01/2025-10"),
  F("1.7%", 1.7, "percent", "up", m="chipmaker share price", p="2025-10-16"),
  F("NT$1,465", 1465, "TWD", m="chipmaker share price", p="2025-10-16"),
  F("NT$38 trillion", 38e12, "TWD", b="approx", m="chipmaker market value", p="2025-10-16"),
  F("83,000", 83000, "count", b="more_than", m="chipmaker employees", p="2025"),
  F("$165 billion", 165e9, "USD", m="chipmaker arizona investment", p=None),
  F("first", 1, "ordinal", m="first arizona plant", opt=True),
  F("10%", 10, "percent", "up", b="approx", m="arizona wafer cost vs taiwan", p="2025"),
], nf=["3-nanometre", "5-nanometre"])

ART(23, """
Utility signs deal to supply 1.5 GW to AI campus

A Texas utility has agreed to supply up to 1.5GW of power to a data centre campus being built on 1,200 acres outside Abilene, enough electricity for about 750,000 homes. The first phase, with 200MW of capacity, is due to open next year.

The campus will house as many as 400,000 AI chips, each drawing about 1,000 watts. Its closed-loop cooling system will need 1.2 million gallons of water a year, the developer says, against 140 million gallons for a conventionally cooled site of the same size.

Data centres consumed 176TWh of electricity in the US in 2023, about 4.4% of the total, and could use 6.7% to 12% by 2028, according to a government-funded report. Wholesale power prices in parts of the region have risen 55% over two years.

The utility will charge the developer 6.8 cents per kilowatt hour. The developer plans to spend $12 billion on the site, and construction will employ 2,500 workers at its peak and 300 permanently.
""", [
  F("1.5 GW", 1.5, "gw", m="texas data centre campus power supply", p=None),
  F("1.5GW", 1.5, "gw", b="at_most", m="texas data centre campus power supply", p=None),
  F("1,200 acres", 1200, "acre", m="texas data centre campus site area", p=None),
  F("750,000", 750000, "count", b="approx", m="homes equivalent to campus power", p=None),
  F("first", 1, "ordinal", m="first phase", opt=True),
  F("200MW", 200, "mw", m="texas data centre first phase capacity", p="2026"),
  F("400,000", 400000, "count", b="at_most", m="ai chips at texas campus", p=None),
  F("1,000 watts", 1000, "watt", b="approx", m="power per ai chip", p=None),
  F("1.2 million gallons", 1.2e6, "gallon", m="texas campus cooling water per year", p=None),
  F("140 million gallons", 140e6, "gallon", m="conventional data centre cooling water per year", p=None),
  F("176TWh", 176, "twh", m="us data centre electricity consumption", p="2023"),
  F("4.4%", 4.4, "percent", "share", b="approx", m="data centre share of us electricity", p="2023"),
  F("6.7% to 12%", 6.7, "percent", "share", hi=12, m="data centre share of us electricity (projection)", p="2028"),
  F("55%", 55, "percent", "up", m="regional wholesale power prices", p="2023/2025"),
  F("two years", 2, "year", m="price rise period", opt=True),
  F("6.8 cents per kilowatt hour", 0.068, "USD/kwh", m="utility power price to data centre developer", p=None),
  F("$12 billion", 12e9, "USD", m="texas data centre investment", p=None),
  F("2,500", 2500, "count", m="peak construction workers", p=None),
  F("300", 300, "count", m="permanent data centre jobs", p=None),
])

ART(24, """
Drive makers unveil 36TB hard disks and faster SSDs at CES

Hard drive makers used the CES show in Las Vegas to unveil disks holding up to 36TB, a 20% jump on last year's largest models, as cloud companies rush to store the data used to train AI systems.

The new 3.5-inch drives spin at 7,200rpm and pack ten platters into a sealed helium enclosure. A 36TB drive will cost about $800, or roughly 2.2 cents per gigabyte. Solid-state drive makers showed consumer drives of 8TB that use the PCIe 5.0 interface.

A chipmaker launched a laptop processor with 16 cores that runs at up to 5.1GHz while drawing 28 watts. Memory prices have risen about 50% since September as factories switch to high-bandwidth memory for AI: a 32GB kit of DDR5 that cost $95 in the autumn now sells for $150.

Global PC shipments rose 4.1% to 71.5 million units in the fourth quarter, helped by companies replacing machines after support for Windows 10 ended in October.
""", [
  F("36TB", 36, "tb", m="hard disk capacity", p="2026-01"),
  F("36TB", 36, "tb", b="at_most", m="hard disk capacity", p="2026-01"),
  F("20%", 20, "percent", "up", m="largest hard disk capacity", p="2026-01"),
  F("3.5-inch", 3.5, "inch", m="hard disk form factor", opt=True),
  F("7,200rpm", 7200, "rpm", m="hard disk spindle speed", p=None),
  F("ten", 10, "count", m="platters per hard disk", p=None),
  F("36TB", 36, "tb", m="hard disk capacity", p="2026-01"),
  F("$800", 800, "USD", b="approx", m="36tb hard disk price", p="2026"),
  F("2.2 cents per gigabyte", 0.022, "USD/gb", b="approx", m="36tb hard disk price per gigabyte", p="2026"),
  F("8TB", 8, "tb", m="consumer ssd capacity", p="2026-01"),
  F("16", 16, "count", m="laptop processor cores", p=None),
  F("5.1GHz", 5.1, "ghz", b="at_most", m="laptop processor clock speed", p=None),
  F("28 watts", 28, "watt", m="laptop processor power draw", p=None),
  F("50%", 50, "percent", "up", b="approx", m="memory prices", p="2025-09/2026-01"),
  F("32GB", 32, "gb", m="ddr5 memory kit size", p=None),
  F("$95", 95, "USD", m="32gb ddr5 kit price", p="2025-Q4"),
  F("$150", 150, "USD", m="32gb ddr5 kit price", p="2026-01"),
  F("4.1%", 4.1, "percent", "up", m="global pc shipments", p="2025-Q4"),
  F("71.5 million", 71.5e6, "count", m="global pc shipments", p="2025-Q4"),
], nf=["PCIe 5.0", "DDR5", "Windows 10"])

ART(25, """
Operator to switch off 3G as 5G reaches 90% of population

Britain's largest mobile operator will switch off its 3G network in the last 40 towns it still serves by June, freeing radio spectrum for 5G, which now reaches 90% of the UK population.

The company has 28.4 million mobile customers, who used an average of 11.2GB of data a month last year, up 23%. It made an operating profit of £1.9bn and has built 2,800 new masts since 2022. It plans to spend £11bn on its network over the next decade.

Some of the freed spectrum is in the 700MHz band, whose signals travel further and pass through walls more easily. Average bills rose by £1.80 a month in April.

The operator has also signed a deal with a satellite company whose 6,000 satellites orbit about 550 km above Earth, so that customers can send texts in the 9% of the country's landmass that has no signal.
""", [
  F("90%", 90, "percent", "share", m="uk population covered by 5g", p="2025"),
  F("40", 40, "count", m="towns still served by 3g", p="2025"),
  F("90%", 90, "percent", "share", m="uk population covered by 5g", p="2025"),
  F("28.4 million", 28.4e6, "count", m="operator mobile customers", p="2025"),
  F("11.2GB", 11.2, "gb", m="average monthly mobile data use per customer", p="2024"),
  F("23%", 23, "percent", "up", m="average monthly mobile data use per customer", p="2024"),
  F("£1.9bn", 1.9e9, "GBP", m="operator operating profit", p="2024"),
  F("2,800", 2800, "count", m="new masts built", p="2022/2025"),
  F("£11bn", 11e9, "GBP", m="operator planned network spending", p=None),
  F("decade", 1, "decade", m="network spending period", opt=True, at="next decade"),
  F("700MHz", 700, "mhz", m="spectrum band", opt=True),
  F("£1.80 a month", 1.8, "GBP/month", "up", m="operator average bill", p="2025-04"),
  F("6,000", 6000, "count", m="satellites in partner constellation", p=None),
  F("550 km", 550, "km", b="approx", m="satellite orbit altitude", p=None),
  F("9%", 9, "percent", "share", m="uk landmass without mobile signal", p="2025"),
], nf=["3G", "5G"])

ART(26, """
Hong Kong home prices post first rise in 16 months

Hong Kong's private home prices rose 0.4% in August, the first monthly gain since April 2024, official data showed, though they remain about 28% below their 2021 peak.

A 450 sq ft flat in Tseung Kwan O sold for HK$5.38 million, or HK$11,956 per square foot, this month. Developers sold 1,920 new homes in September, the most in 18 months, and mainland buyers accounted for about a third of them.

Rents rose 3.8% in the year to August, with a typical 400 sq ft flat renting for HK$16,500 a month. Banks cut their prime rate by 12.5 basis points to 5.25%.

A government site of 12,600 square metres at Kai Tak sold for HK$2.1 billion, or about HK$3,900 per square foot of floor area. The office vacancy rate in Central stood at 12.9%.
""", [
  F("first", 1, "ordinal", m="first price rise", opt=True),
  F("16 months", 16, "month", m="time since last price rise", opt=True),
  F("0.4%", 0.4, "percent", "up", m="hong kong private home prices", p="2025-08"),
  F("first", 1, "ordinal", m="first monthly gain", opt=True),
  F("28%", 28, "percent", "down", b="approx", m="hong kong home prices vs 2021 peak", p="2025-08"),
  F("450 sq ft", 450, "square_foot", m="tseung kwan o flat size", p=None),
  F("HK$5.38 million", 5.38e6, "HKD", m="tseung kwan o flat sale price", p="2025-09"),
  F("HK$11,956 per square foot", 11956, "HKD/square_foot", m="tseung kwan o flat price per square foot", p="2025-09"),
  F("1,920", 1920, "count", m="hong kong new home sales", p="2025-09"),
  F("18 months", 18, "month", m="period since sales were higher", opt=True),
  F("a third", 100 / 3, "percent", "share", b="approx", m="mainland buyers share of new home purchases", p="2025-09", opt=True),
  F("3.8%", 3.8, "percent", "up", m="hong kong rents", p="2024-08/2025-08"),
  F("400 sq ft", 400, "square_foot", m="typical flat size", p=None),
  F("HK$16,500 a month", 16500, "HKD/month", m="typical 400 sq ft flat rent", p="2025-08"),
  F("12.5 basis points", 12.5, "basis_point", "down", m="hong kong bank prime rate", p="2025-09"),
  F("5.25%", 5.25, "percent", m="hong kong bank prime rate", p="2025-09"),
  F("12,600 square metres", 12600, "square_metre", m="kai tak government site area", p=None),
  F("HK$2.1 billion", 2.1e9, "HKD", m="kai tak site sale price", p="2025-09"),
  F("HK$3,900 per square foot", 3900, "HKD/square_foot", b="approx", m="kai tak site price per square foot of floor area", p="2025-09"),
  F("12.9%", 12.9, "percent", "share", m="central office vacancy rate", p="2025-09"),
])

ART(27, """
Miner's half-year profit falls 23% as iron ore slides

Southern Cross Minerals reported a 23% fall in first-half underlying profit to US$5.1 billion on Tuesday, as the price it received for iron ore dropped 19% to US$83.60 a tonne.

It declared an interim dividend of 50 US cents a share, down from 72 cents a year earlier. Iron ore shipments from its Pilbara mines rose 2% to 146 million tonnes, and copper output rose 10% to 983,000 tonnes. Costs at its Chilean copper mine were US$1.48 a pound.

The shares rose 1.3% to A$40.12 in Sydney, valuing the company at about A$203 billion.

Its lithium project in Western Australia, where spodumene prices have fallen about 80% from their peak to US$800 a tonne, will be mothballed, affecting 400 jobs. The Australian dollar bought 63.5 US cents.
""", [
  F("23%", 23, "percent", "down", m="southern cross minerals underlying profit", p="2024-07/2024-12"),
  F("23%", 23, "percent", "down", m="southern cross minerals underlying profit", p="2024-07/2024-12"),
  F("US$5.1 billion", 5.1e9, "USD", m="southern cross minerals underlying profit", p="2024-07/2024-12"),
  F("19%", 19, "percent", "down", m="southern cross minerals realised iron ore price", p="2024-07/2024-12"),
  F("US$83.60 a tonne", 83.6, "USD/tonne", m="southern cross minerals realised iron ore price", p="2024-07/2024-12"),
  F("50 US cents a share", 0.5, "USD/share", m="southern cross minerals interim dividend", p="2024-07/2024-12"),
  F("72 cents", 0.72, "USD/share", m="southern cross minerals interim dividend", p="2023-07/2023-12"),
  F("2%", 2, "percent", "up", m="southern cross minerals pilbara iron ore shipments", p="2024-07/2024-12"),
  F("146 million tonnes", 146e6, "tonne", m="southern cross minerals pilbara iron ore shipments", p="2024-07/2024-12"),
  F("10%", 10, "percent", "up", m="southern cross minerals copper output", p="2024-07/2024-12"),
  F("983,000 tonnes", 983000, "tonne", m="southern cross minerals copper output", p="2024-07/2024-12"),
  F("US$1.48 a pound", 1.48, "USD/pound_mass", m="chilean copper mine unit cost", p="2024-07/2024-12"),
  F("1.3%", 1.3, "percent", "up", m="southern cross minerals share price", p="2025-02-18"),
  F("A$40.12", 40.12, "AUD", m="southern cross minerals share price", p="2025-02-18"),
  F("A$203 billion", 203e9, "AUD", b="approx", m="southern cross minerals market value", p="2025-02-18"),
  F("80%", 80, "percent", "down", b="approx", m="spodumene price vs peak", p="2025-02"),
  F("US$800 a tonne", 800, "USD/tonne", m="spodumene price", p="2025-02"),
  F("400", 400, "count", m="lithium project jobs affected", p="2025"),
  F("63.5 US cents", 0.635, "USD", "ratio", m="australian dollar exchange rate", p="2025-02-18"),
])
