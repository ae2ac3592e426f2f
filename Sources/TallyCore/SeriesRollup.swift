/// Roll-ups of series: along the HS hierarchy (HS6 → HS4 → HS2) and along the calendar
/// (months → quarters → years), as pure functions over ``Series`` values.
///
/// Sums only what adds up: series in one unit (others are converted when the unit table
/// converts them, refused when it does not), and calendar periods only when every finer
/// period inside them is present: a year with nine months is left out and reported, never
/// drawn as a low year.
public enum SeriesRollup {
  /// Why series cannot be summed.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    case noSeries(String)
    case unconvertible(from: Unit, to: Unit)
    /// The series' periods are already coarser than asked (years into quarters), or days.
    case cannotRollUp(from: Period.Granularity, to: Period.Granularity)

    public var description: String {
      switch self {
      case .noSeries(let what): return "no series to sum for \(what)"
      case .unconvertible(let a, let b):
        return "\(a) does not convert to \(b): Tally does not add them up"
      case .cannotRollUp(let from, let to):
        return from == .day
          ? "daily series are not summed into \(to)s"
          : "the series is by \(from); it cannot be spread into \(to)s"
      }
    }
  }

  /// The digits of an HS measure (`hs:8544` → `8544`), or `nil` for another measure.
  ///
  /// A bare code of 2 to 10 digits counts too (`8544`, `85`).
  public static func hsDigits(_ measure: String) -> String? {
    let code = measure.hasPrefix("hs:") ? String(measure.dropFirst(3)) : measure
    guard (2...10).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return nil
    }
    return code
  }

  /// True when `measure` is the code `query` names or lies under it in the HS hierarchy
  /// (`hs:854470` is under `85`, `hs:85` and `hs:8544`); other measures must be equal.
  public static func measure(_ measure: String, isUnder query: String) -> Bool {
    if measure == query { return true }
    guard let q = hsDigits(query), let m = hsDigits(measure) else { return false }
    return m.count >= q.count && m.hasPrefix(q)
  }

  /// The series among `candidates` that roll up into `key`: same reporter, partner and flow,
  /// a measure strictly under the key's HS code, and a unit that converts to the key's.
  ///
  /// When codes of several levels are present (`8544` and `854470`), only the finest level
  /// is kept, so nothing is counted twice.
  public static func children(of key: SeriesKey, in candidates: [Series]) -> [Series] {
    guard let q = hsDigits(key.measure) else { return [] }
    let under = candidates.filter { s in
      s.key.reporter == key.reporter && s.key.partner == key.partner && s.key.flow == key.flow
        && hsDigits(s.key.measure).map { $0.count > q.count && $0.hasPrefix(q) } == true
        && (s.key.unit == key.unit
          || (try? UnitTable.convert(1, from: s.key.unit, to: key.unit)) != nil)
    }
    let finest = under.compactMap { hsDigits($0.key.measure)?.count }.max()
    return under.filter { hsDigits($0.key.measure)?.count == finest }
  }

  /// The sum of `series` period by period, in `key.unit`; a period is the sum of the series
  /// that have it (trade data leaves out zero rows), and each point keeps the first source.
  public static func sum(_ series: [Series], as key: SeriesKey, label: String? = nil)
    throws(Failure) -> Series
  {
    guard let first = series.first else { throw .noSeries(key.description) }
    var totals: [Period: Double] = [:]
    var sources: [Period: PointSource] = [:]
    for s in series {
      let factor: Double
      do { factor = try UnitTable.convert(1, from: s.key.unit, to: key.unit) } catch {
        throw .unconvertible(from: s.key.unit, to: key.unit)
      }
      for p in s.points where p.value.isFinite {
        totals[p.period, default: 0] += p.value * factor
        if sources[p.period] == nil { sources[p.period] = p.source }
      }
    }
    let points = totals.map {
      SeriesPoint(period: $0.key, value: $0.value, source: sources[$0.key])
    }
    return Series(key: key, frequency: first.frequency, points: points, label: label)
  }

  /// The series summed into quarters or years.
  ///
  /// Periods whose finer periods are not all present are left out and returned as
  /// `incomplete`.
  public static func byPeriod(_ series: Series, to g: Period.Granularity)
    throws(Failure) -> (series: Series, incomplete: [Period])
  {
    guard let have = series.points.first?.period.granularity else {
      return (series, [])
    }
    if have == g { return (series, []) }
    guard have > g, have != .day else { throw .cannotRollUp(from: have, to: g) }
    let needed = g == .year ? (have == .month ? 12 : 4) : 3
    var sums: [Period: (Double, Int, PointSource?)] = [:]
    for p in series.points where p.value.isFinite {
      let outer: Period =
        g == .year ? .year(p.period.year) : .quarter(p.period.year, (p.period.firstMonth + 2) / 3)
      let cur = sums[outer] ?? (0, 0, p.source)
      sums[outer] = (cur.0 + p.value, cur.1 + 1, cur.2)
    }
    let complete = sums.filter { $0.value.1 == needed }
    let points = complete.map { SeriesPoint(period: $0.key, value: $0.value.0, source: $0.value.2) }
    let frequency = Frequency(g)
    return (
      Series(key: series.key, frequency: frequency, points: points, label: series.label),
      sums.keys.filter { sums[$0]?.1 != needed }.sorted()
    )
  }
}
