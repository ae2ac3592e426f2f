import Foundation
import TallyCore
import TallyStore
import Testing

@testable import TallyImport

/// One numbering of the series for all the chunks of a file (``SeriesRegistry``): a series
/// has one number in every chunk, a key resolved by one chunk is found by the others, and what
/// the chunks put together give is what a front-to-back read gives, whichever chunk named a
/// series first in time.
@Suite struct SeriesRegistryTests {
  static let unit = UnitLabel(unit: .usd, source: "USD")

  static func key(_ measure: String) -> SeriesKey {
    SeriesKey(measure: measure, reporter: "CHN", partner: "RUS", flow: .export, unit: .usd)
  }

  @Test func chunksShareSeriesNumbers() {
    let registry = SeriesRegistry()
    let a = SeriesAccumulator(registry: registry)
    let b = SeriesAccumulator(registry: registry)
    let meta = SeriesAccumulator.Meta(commodity: nil, label: nil, unit: Self.unit)
    let sb = b.series(Self.key("hs:1"), frequency: .monthly, meta: meta)
    let sa = a.series(Self.key("hs:2"), frequency: .monthly, meta: meta)
    #expect(a.series(Self.key("hs:1"), frequency: .monthly, meta: meta) == sb)
    #expect(b.series(Self.key("hs:2"), frequency: .monthly, meta: meta) == sa)
    #expect(sa != sb)
    #expect(registry.keys.count == 2)
  }

  @Test func aNewKeysSeriesAndRecordAreRegisteredTogether() {
    // The value and quantity series of new key cells, numbered in one call: the numbers
    // ``SeriesRegistry/series(_:)`` gives for the same keys (one created, one found), the
    // record found afterwards with them at the row's frequency; a second chunk registering the
    // same cells (it resolved them meanwhile) gets the same numbers and adds no record.
    let registry = SeriesRegistry()
    let value = Self.key("hs:2701")
    var quantity = value
    quantity.unit = .kg
    let known = registry.series(.init(key: quantity, frequency: .monthly))
    let usd = SeriesAccumulator.Meta(commodity: "2701", label: "Coal", unit: Self.unit)
    let kg = SeriesAccumulator.Meta(
      commodity: "2701", label: "Coal", unit: UnitLabel(unit: .kg, source: "kg"))
    var info = RowReader.KeyInfo()
    info.value = (value, usd)
    info.quantity = (quantity, kg)
    let cells = Array("CHN\u{1F}RUS\u{1F}X\u{1F}2701\u{1F}".utf8)
    let h = FastHash.of(cells)
    #expect(registry.findCells(hash: h) { $0.elementsEqual(cells) } == nil)
    let numbers = registry.register(
      hash: h, bytes: cells, key: RowReader.ResolvedKey(), info: info, frequency: .monthly,
      setAside: nil)
    #expect(numbers.quantity == known)
    #expect(numbers.value == registry.series(.init(key: value, frequency: .monthly)))
    #expect(numbers.value != numbers.quantity)
    #expect(registry.keys.count == 2)
    let found = registry.findCells(hash: h) { $0.elementsEqual(cells) }
    #expect(found?.key.valueBase == numbers.value)
    #expect(found?.key.quantityBase == numbers.quantity)
    #expect(found?.key.valueSeries[2] == numbers.value)
    #expect(found?.key.quantitySeries[2] == numbers.quantity)
    #expect(found?.key.valueSeries[0] == -1)
    #expect(found?.metas.quantity?.unit.unit == .kg)
    // Another chunk's registration of the same cells (another label): the same series, the
    // first record kept.
    info.value?.meta.label = "Coal, other"
    let again = registry.register(
      hash: h, bytes: cells, key: RowReader.ResolvedKey(), info: info, frequency: .monthly,
      setAside: nil)
    #expect(again == numbers)
    #expect(registry.keys.count == 2)
    #expect(registry.findCells(hash: h) { $0.elementsEqual(cells) }?.metas.value?.label == "Coal")
    // At another frequency: other series. A key set aside: a record, no series.
    let annual = registry.register(
      hash: h &+ 1, bytes: cells + [0x41], key: RowReader.ResolvedKey(), info: info,
      frequency: .annual, setAside: nil)
    #expect(annual.value == 2 && annual.quantity == 3)
    let aside = Array("WLD\u{1F}".utf8)
    #expect(
      registry.register(
        hash: FastHash.of(aside), bytes: aside, key: RowReader.ResolvedKey(),
        info: RowReader.KeyInfo(), frequency: .monthly, setAside: "reporter World") == (-1, -1))
    #expect(registry.keys.count == 4)
    #expect(
      registry.findCells(hash: FastHash.of(aside)) { $0.elementsEqual(aside) }?.setAside
        == "reporter World")
  }

  @Test func theFirstChunkInFileOrderGivesTheMetadata() throws {
    // The later chunk names the series first (in time), with its own label: the series keeps
    // the earlier chunk's, as a front-to-back read would.
    let registry = SeriesRegistry()
    let early = SeriesAccumulator(registry: registry)
    let late = SeriesAccumulator(registry: registry)
    let k = Self.key("hs:854470")
    let sLate = late.series(
      k, frequency: .monthly, meta: .init(commodity: "854470", label: "late", unit: Self.unit))
    try late.add(
      series: sLate, period: late.period(.month(2023, 2)), value: 2, line: 20, hash: 1,
      isTotal: false, file: "f.csv")
    let sEarly = early.series(
      k, frequency: .monthly, meta: .init(commodity: "854470", label: "early", unit: Self.unit))
    try early.add(
      series: sEarly, period: early.period(.month(2023, 1)), value: 1, line: 2, hash: 2,
      isTotal: false, file: "f.csv")
    #expect(sEarly == sLate)
    let done = try SeriesAccumulator.finish([early, late], file: "f.csv", skipBad: false)
    #expect(done.series.count == 1)
    #expect(done.series.first?.label == "early")
    #expect(done.series.first?.points.count == 2)
  }

  @Test func keysWithTheSameBytesKeepTheOrderTheChunksFirstNameThem() throws {
    // Two keys with the same bytes (a part holding the 0 separator): the later chunk names
    // `b` first in time, the earlier chunk names `a` then `b`; packed in file order: a, b.
    let registry = SeriesRegistry()
    let early = SeriesAccumulator(registry: registry)
    let late = SeriesAccumulator(registry: registry)
    let a = SeriesKey(measure: "a\0b", reporter: "c", partner: "RUS", flow: .export, unit: .usd)
    let b = SeriesKey(measure: "a", reporter: "b\0c", partner: "RUS", flow: .export, unit: .usd)
    let meta = SeriesAccumulator.Meta(commodity: nil, label: nil, unit: Self.unit)
    for (part, key, line) in [(late, b, 30), (early, a, 2), (early, b, 3)] {
      let s = part.series(key, frequency: .monthly, meta: meta)
      try part.add(
        series: s, period: part.period(.month(2023, 1)), value: 1, line: line, hash: UInt64(line),
        isTotal: false, file: "f.csv")
    }
    let done = try SeriesAccumulator.finish([early, late], file: "f.csv", skipBad: false)
    #expect(done.series.map(\.key) == [a, b])
    #expect(done.series.map { $0.points.count } == [1, 1])
  }

  @Test func labelsAndUnitSpellingsOfTheFirstRowAcrossChunks() throws {
    // One series whose rows spell the unit and the label differently in each third, the later
    // spellings at the start of their chunks (resolved there before the first chunk reaches
    // its own): every run keeps the first row's, as a front-to-back read.
    let text = ParallelImportTests.comtrade(rows: 30_000) { i in
      switch i {
      case 9_990: return "202301,CHN,RUS,X,854470,\"Cable, first\",kg,1,2\n"
      case 10_005: return "202302,CHN,RUS,X,854470,\"Cable, second\",KG,1,2\n"
      case 20_005: return "202303,CHN,RUS,X,854470,\"Cable, third\",Kg,1,2\n"
      default: return nil
      }
    }
    let path = try tempFile("labels.csv", text)
    let runs = try [1, 2, 3].map { threads in
      var o = ImportOptions()
      o.threads = threads
      o.parallelMinimumBytes = 1 << 16
      return try importFile(path, o)
    }
    for r in runs.dropFirst() { #expect(r.packed == runs[0].packed) }
    let cable = runs[2].packed.filter { $0.key.measure == "hs:854470" }
    #expect(cable.count == 2)
    #expect(cable.allSatisfy { $0.label == "Cable, first" })
    #expect(cable.contains { $0.sourceUnit == "kg" && $0.points.count == 3 })
  }
}
