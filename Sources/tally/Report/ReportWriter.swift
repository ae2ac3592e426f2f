import Foundation
import TallyKit

/// How a report is drawn.
struct ReportStyle {
  var width: Int
  var ascii: Bool
  var color: Bool
  var format: OutputFormat
  var maxCharts: Int
}

/// Writes the sections of `tally report` from an ``Analysis`` and its findings.
///
/// The terminal and Markdown forms share the same tables (TallyRender's table model) and
/// charts; Markdown puts charts in fenced blocks. JSON gives the same content as data.
struct ReportWriter {
  let analysis: Analysis
  let result: CheckResult
  let style: ReportStyle

  var findings: [Finding] { result.findings }

  func render(title: String) -> String {
    if style.format == .json { return json() }
    var out = heading("Tally report: \(title)", level: 1)
    out += summary()
    out += heading("Articles", level: 2) + table(documentTable())
    out += heading("Figures stated in the articles", level: 2) + table(figureTable())
    out += heading("Datasets", level: 2) + table(datasetTable())
    out += heading("Series", level: 2) + table(seriesTable())
    for chart in charts() { out += chart }
    out += heading("Findings", level: 2)
    out += FindingsOutput.render(
      result, format: style.format == .markdown ? .markdown : .table, explain: false,
      color: style.color)
    return out
  }

  // MARK: - Sections

  func summary() -> String {
    let counts = Verdict.allCases.sorted().map { v in
      "\(findings.filter { $0.verdict == v }.count) \(v.rawValue)"
    }
    return "\(counted(analysis.documents.count, "article")), "
      + "\(counted(analysis.figures.count, "figure")); "
      + "\(counted(analysis.datasets.count, "dataset")), \(analysis.series.count) series"
      + (analysis.revisions.isEmpty ? "" : " (+\(analysis.revisions.count) later vintages)")
      + (analysis.unloadedSeries == 0
        ? ""
        : " in the claims' trades, of \(analysis.unloadedSeries + analysis.series.count + analysis.revisions.count) stored")
      + "; \(counted(findings.count, "finding")): " + counts.joined(separator: ", ") + ".\n"
  }

  func datasetTable() -> Table {
    var t = Table(columns: [
      .text("dataset"), .text("preset"), .number("rows"), .number("skipped"),
    ])
    for d in analysis.datasets {
      t.append([
        .text(d.name), .text(d.preset), .number(Double(d.rows)), .number(Double(d.skipped)),
      ])
    }
    return t
  }

  /// Articles are numbered; the figure ledger refers to them as `#:line`.
  var documentNumbers: [String: Int] {
    Dictionary(
      analysis.documents.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { a, _ in a })
  }

  func documentTable() -> Table {
    var t = Table(columns: [.number("#"), .text("date"), .text("source"), .text("title")])
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyy-MM-dd"
    for (i, d) in analysis.documents.enumerated() {
      t.append([
        .number(Double(i + 1)), .text(d.date.map { f.string(from: $0) } ?? ""),
        .text(d.source ?? ""), .text(d.title ?? d.id),
      ])
    }
    return t
  }

  func figureTable() -> Table {
    var t = Table(columns: [
      .text("at"), .text("as written"), .number("value"), .text("unit"), .text("qualifier"),
      .text("measure"), .text("actors"), .text("period"),
    ])
    let numbers = documentNumbers
    for f in analysis.figures {
      let qualifier = [f.bound == .exact ? nil : f.bound.rawValue, f.change?.rawValue]
        .compactMap { $0 }.joined(separator: " ")
      t.append([
        .text("\(numbers[f.doc].map(String.init) ?? f.doc):\(f.line)"), .text(f.text),
        .formatted(f.value, NumberFormat.exact(f.value)), .text(f.unit.rawValue), .text(qualifier),
        .text(FrameColumns.measure(f.frame, text: f.measure)),
        .text(FrameColumns.actors(f.frame, fallback: f.actors)),
        .text((f.frame?.period ?? f.period)?.description ?? ""),
      ])
    }
    return t
  }

  func seriesTable() -> Table {
    var t = Table(columns: [
      .text("series"), .number("points"), .period("from"), .period("to"),
      .number("last", .short(unit: nil)), .text("trend"),
    ])
    for s in analysis.series {
      let series = s.series
      let spark = Sparkline(series: ChartSeries(series), ascii: style.ascii).render(maxWidth: 16)
      let last = series.points.last
      t.append([
        .text(series.key.description), .number(Double(series.points.count)),
        series.coverage.map { .period($0.lowerBound) } ?? .missing,
        series.coverage.map { .period($0.upperBound) } ?? .missing,
        last.map {
          .formatted(
            $0.value, NumberFormat.short($0.value, unit: series.key.unit, ascii: style.ascii))
        } ?? .missing,
        .text(spark),
      ])
    }
    return t
  }

  /// Line charts for the series worth drawing: those with claims on them first, then the
  /// longest; at least three points each.
  func charts() -> [String] {
    let candidates = analysis.series.map(\.series).filter { $0.points.count >= 3 }
      .map { (series: $0, claims: analysis.claims(on: $0)) }
    let ranked = candidates.sorted {
      $0.claims.count != $1.claims.count
        ? $0.claims.count > $1.claims.count : $0.series.points.count > $1.series.points.count
    }
    return ranked.prefix(style.maxCharts).map { series, claims in
      let marks = claims.compactMap {
        ChartMark(figure: $0, document: analysis.document(of: $0))
      }
      let options = ChartOptions(
        width: style.width, height: 10, glyphs: style.ascii ? .ascii : .braille,
        color: style.color, title: series.label ?? series.key.description, unit: series.key.unit)
      let chart = LineChart(
        series: [ChartSeries(series, name: series.key.description)], marks: marks,
        options: options
      ).render()
      return style.format == .markdown ? "\n```text\n\(chart)\n```\n" : "\n\(chart)\n"
    }
  }

  // MARK: - Formatting

  func heading(_ s: String, level: Int) -> String {
    if style.format == .markdown {
      return "\n" + String(repeating: "#", count: level) + " \(s)\n\n"
    }
    let rule = String(repeating: style.ascii ? "=" : "═", count: min(style.width, s.count))
    return "\n\(s)\n\(rule)\n"
  }

  func table(_ t: Table) -> String {
    let out = t.rendered(
      as: style.format == .markdown ? .markdown : .table, width: style.width, ascii: style.ascii,
      color: style.color, border: .plain)
    return out.hasSuffix("\n") ? out : out + "\n"
  }

  func json() -> String {
    struct Payload: Encodable {
      var documents: [Document]
      var figures: [Figure]
      var series: [Series]
      var findings: [Finding]
      var claims: [ClaimSummary]
    }
    let p = Payload(
      documents: analysis.documents, figures: analysis.figures,
      series: analysis.series.map(\.series), findings: findings, claims: result.claims)
    return FindingsOutput.json(p, pretty: true) + "\n"
  }
}
