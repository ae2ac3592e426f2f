import ArgumentParser
import Foundation
import TallyKit

extension Chart {
  /// Charts workspace series, marking the claims saved articles make about them.
  func runWorkspace() throws {
    let store = try Workspace(path: workspace.path, mode: .existing)
    var notes: [String] = []
    var picked: [Series] = []
    for spec in inputs { picked.append(try lookUp(spec, in: store, notes: &notes)) }
    picked = try inOneUnit(picked)
    if let per {
      picked = try picked.map { s in
        let (out, incomplete) = try SeriesRollup.Failure.asUsage {
          try SeriesRollup.byPeriod(s, to: per.granularity)
        }
        notes += RollupPeriod.incompleteNote(
          incomplete, name: picked.count > 1 ? s.key.description : "")
        return out
      }
    }
    var options = look.options(bar: look.kind != .line)
    options.unit = picked.first?.key.unit
    options.notes = notes
    if options.title == nil, picked.count == 1 {
      options.title = picked[0].label ?? picked[0].key.description
    }
    let series = picked.map { ChartSeries($0, name: $0.key.description) }
    var marks = try commandLineMarks()
    // Claims come from saved figures: without any, the workspace's series need not be loaded.
    if !noClaims, try !store.documents().isEmpty {
      let analysis = try Analysis(workspace: store, series: .none)
      for s in picked {
        marks += analysis.claims(on: s).compactMap {
          ChartMark(figure: $0, document: analysis.document(of: $0), series: s.key.description)
        }
      }
    }
    draw(series, marks: marks, options: options)
  }

  /// The series an id or key names.
  ///
  /// A key with an HS code and no series of its own is the sum of the finest series under
  /// it. Unknown series are usage errors (exit 64).
  func lookUp(_ spec: String, in store: Workspace, notes: inout [String]) throws -> Series {
    if let id = Int64(spec) {
      guard let s = try store.series(id: id) else {
        throw UsageError("no series \(id) in \(workspace.path) (see tally series list)")
      }
      return s.series
    }
    // A key, qualified or not; an ambiguous one is an error listing the candidates, never a
    // silent pick. A key with no series of its own may still be a sum of finer HS codes.
    do {
      return try resolveSeries(spec, in: store).series
    } catch WorkspaceError.noSuchSeries {
    } catch let e as WorkspaceError {
      throw UsageError(e.description)
    }
    guard let key = parseKey(spec) else {
      throw UsageError(
        "'\(spec)' is neither a series id nor a key like 'hs:854470 CHN->RUS export [mile]'")
    }
    let summaries = try store.seriesList(
      SeriesFilter(reporter: key.reporter, partner: key.partner, flow: key.flow))
    var candidates: [Series] = []
    for s in summaries where SeriesRollup.measure(s.key.measure, isUnder: key.measure) {
      if let full = try store.series(id: s.id) { candidates.append(full.series) }
    }
    let children = SeriesRollup.children(of: key, in: candidates)
    guard !children.isEmpty else {
      throw UsageError(
        "no series '\(spec)' in \(workspace.path), nor any under it to add up "
          + "(see tally series list)")
    }
    notes.append(
      "\(key.measure) is the sum of \(children.count) series: "
        + children.map(\.key.measure).sorted().joined(separator: ", ") + ".")
    return try SeriesRollup.Failure.asUsage { try SeriesRollup.sum(children, as: key) }
  }

  /// The series in `--unit` (converted where the unit table converts), or refused when
  /// their units differ and do not convert.
  func inOneUnit(_ picked: [Series]) throws -> [Series] {
    if let target = targetUnit {
      return try picked.map { s in
        do { return try s.converted(to: target) } catch {
          throw UsageError("\(s.key.description) does not convert to \(target): chart it apart")
        }
      }
    }
    let units = Set(picked.map(\.key.unit))
    guard units.count > 1 else { return picked }
    let list = units.map(\.rawValue).sorted()
    let convertible = list.dropFirst().allSatisfy {
      (try? UnitTable.convert(1, from: TallyCore.Unit($0), to: TallyCore.Unit(list[0]))) != nil
    }
    throw UsageError(
      "the series are in different units (\(list.joined(separator: ", "))): Tally does not "
        + "mix units on one axis; "
        + (convertible ? "convert them with --unit \(list[0])" : "chart them separately"))
  }
}
