import ArgumentParser
import Foundation
import TallyKit

/// `tally check`: cross-checks figures against each other, against datasets and within the data.
///
/// Until the workspace and the extractor are wired in, inputs are given as files: figures as
/// JSON Lines (one `Figure` per line, as `tally extract --format jsonl` writes them) and
/// datasets in Tally's tidy CSV layout (`Datasets/trade/*.csv`).
struct Check: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Cross-check figures against each other and against datasets.",
    discussion: """
      Checks: article vs article (bounds, rounding, syndicated copies); claim vs dataset \
      (levels, growth over spans, records, shares); internal arithmetic ("rose 17% to X \
      from Y", parts vs totals); data vs data (mirror statistics, monthly sums vs annual \
      totals, revisions); durations vs dates ("the three-year war").

      Every comparison uses one tolerance: the rounding implied by how a number is \
      written, widened by --tolerance percent (default 1). A series that an earlier \
      --data file already defined is compared with it as a revision.

      Examples:
        tally check --data annual.csv --data mirror.csv
        tally check --figures figures.jsonl --articles Datasets/articles \\
          --data Datasets/trade/china-russia-turnover-annual.csv --format json
        tally check --figures figures.jsonl --published doc-1=2024-05-16 --strict

      Exit status: 0; 1 with --strict when a finding is inconsistent; 64 for bad usage.
      """
  )

  @Option(name: .long, help: "Figures as JSON Lines, one Figure per line ('-' for stdin). Repeatable.")
  var figures: [String] = []

  @Option(name: .long, help: "A dataset in the tidy CSV layout of Datasets/trade. Repeatable.")
  var data: [String] = []

  @Option(name: .long, help: "Markdown articles (files or folders) whose front matter 'date:' gives publication dates.")
  var articles: [String] = []

  @Option(name: .long, help: "Publication date of a document: DOC=YYYY-MM-DD. Repeatable.")
  var published: [String] = []

  @Option(name: .long, help: "Relative tolerance in percent, on top of rounding.")
  var tolerance: Double = 1

  @Flag(name: .long, help: "Also print the rule and the computed numbers under each finding (table).")
  var explain = false

  @Flag(name: .long, help: "Exit 1 when any finding is inconsistent.")
  var strict = false

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if figures.isEmpty && data.isEmpty {
      throw ValidationError("nothing to check: give --figures FILE.jsonl and/or --data FILE.csv")
    }
    if !(0...100).contains(tolerance) {
      throw ValidationError("--tolerance is a percentage between 0 and 100")
    }
    for p in published where CheckInputs.parsePublished(p) == nil {
      throw ValidationError("--published expects DOC=YYYY-MM-DD, got '\(p)'")
    }
  }

  func run() async throws {
    let figs = try figures.flatMap { try CheckInputs.loadFigures($0) }
    var reference: [Series] = []
    var revisions: [Series] = []
    for path in data {
      for s in try CheckInputs.loadSeries(path) {
        if reference.contains(where: { $0.key == s.key && $0.frequency == s.frequency }) {
          revisions.append(s)
        } else {
          reference.append(s)
        }
      }
    }
    var dates: [String: Date] = [:]
    for a in articles { dates.merge(try CheckInputs.frontMatterDates(a)) { _, new in new } }
    for p in published {
      if let (doc, date) = CheckInputs.parsePublished(p) { dates[doc] = date }
    }
    let context = CheckContext(
      tolerance: Tolerance(relative: tolerance / 100, absolute: Tolerance.standard.absolute),
      published: dates)
    let findings = Checker.run(
      figures: figs, series: reference, revisions: revisions, context: context)
    print(FindingsOutput.render(findings, format: output.format, explain: explain, color: output.useColor), terminator: "")
    if strict && findings.contains(where: { $0.verdict == .inconsistent }) {
      throw ExitCode(1)
    }
  }
}

/// Reading the inputs of `tally check` from files.
enum CheckInputs {
  /// A bad input file, with its position first.
  struct InputError: Error, CustomStringConvertible {
    let file: String
    let line: Int
    let reason: String
    var description: String { "\(file):\(line): \(reason)" }
  }

  static func readText(_ path: String) throws -> String {
    if path == "-" {
      return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
    guard let d = FileManager.default.contents(atPath: path) else {
      throw InputError(file: path, line: 0, reason: "cannot read the file")
    }
    return String(decoding: d, as: UTF8.self)
  }

  /// Figures from JSON Lines; blank lines are skipped.
  static func loadFigures(_ path: String) throws -> [Figure] {
    let decoder = JSONDecoder()
    var out: [Figure] = []
    for (i, line) in try readText(path).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      do {
        out.append(try decoder.decode(Figure.self, from: Data(trimmed.utf8)))
      } catch {
        throw InputError(file: path, line: i + 1, reason: "not a Figure: \(error)")
      }
    }
    return out
  }

  /// Series from a tidy CSV file, each point sourced to `file:line`.
  static func loadSeries(_ path: String) throws -> [Series] {
    let name = (path as NSString).lastPathComponent
    var table: TidyTable?
    let reader = try CSVReader(file: path)
    try reader.read(path: path) { record in
      if table != nil {
        // Mutate in place: copying the table out and back would copy its storage per row.
        try table?.add(record.strings, line: record.position.line)
      } else {
        table = try TidyTable(dataset: name, header: record.strings)
      }
    }
    return table?.all ?? []
  }

  /// `DOC=YYYY-MM-DD` -> (doc, date).
  static func parsePublished(_ s: String) -> (String, Date)? {
    let parts = s.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let d = date(parts[1]) else { return nil }
    return (parts[0], d)
  }

  static func date(_ s: String) -> Date? {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withFullDate]
    return f.date(from: String(s.trimmingCharacters(in: .whitespaces).prefix(10)))
  }

  /// Publication dates from the `date:` line of Markdown front matter, by file name without
  /// extension (the document id the extractor uses).
  static func frontMatterDates(_ path: String) throws -> [String: Date] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw InputError(file: path, line: 0, reason: "no such file or folder")
    }
    let files =
      isDir.boolValue
      ? try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".md") }
        .sorted().map { (path as NSString).appendingPathComponent($0) }
      : [path]
    var out: [String: Date] = [:]
    for file in files {
      let lines = try readText(file).split(separator: "\n", omittingEmptySubsequences: false)
      guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { continue }
      for line in lines.dropFirst() {
        let l = line.trimmingCharacters(in: .whitespaces)
        if l == "---" { break }
        if l.hasPrefix("date:"), let d = date(String(l.dropFirst(5))) {
          out[((file as NSString).lastPathComponent as NSString).deletingPathExtension] = d
        }
      }
    }
    return out
  }
}

/// Findings as a table, Markdown, CSV, JSON or JSON Lines.
enum FindingsOutput {
  static func render(_ findings: [Finding], format: OutputFormat, explain: Bool, color: Bool) -> String {
    switch format {
    case .json:
      return json(findings, pretty: true) + "\n"
    case .jsonl:
      return findings.map { json($0, pretty: false) + "\n" }.joined()
    case .csv:
      let header = "verdict,check,subject,evidence,explanation,rule\n"
      return header + findings.map { f in
        [f.verdict.rawValue, f.check.rawValue, f.subject, evidence(f), f.explanation, f.rule]
          .map(csvField).joined(separator: ",") + "\n"
      }.joined()
    case .markdown:
      var s = "| verdict | check | subject | evidence | explanation | rule |\n|---|---|---|---|---|---|\n"
      for f in findings {
        s += "| " + [f.verdict.rawValue, f.check.rawValue, f.subject, evidence(f), f.explanation, f.rule]
          .map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
      }
      return s
    case .table:
      return table(findings, explain: explain, color: color)
    }
  }

  static func evidence(_ f: Finding) -> String {
    f.evidence.map(\.provenance).joined(separator: " ")
  }

  static func json<T: Encodable>(_ v: T, pretty: Bool) -> String {
    let e = JSONEncoder()
    e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    e.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    guard let d = try? e.encode(v) else { return "null" }
    return String(decoding: d, as: UTF8.self)
  }

  static func csvField(_ s: String) -> String {
    s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
      ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
  }

  static func table(_ findings: [Finding], explain: Bool, color: Bool) -> String {
    func cut(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
    let rows = findings.map { f in
      [f.verdict.rawValue, f.check.rawValue, cut(f.subject, 48), cut(evidence(f), 44), f.explanation]
    }
    let header = ["VERDICT", "CHECK", "SUBJECT", "EVIDENCE", "EXPLANATION"]
    var widths = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() where i < 4 { widths[i] = max(widths[i], c.count) } }
    func line(_ r: [String], paint: String? = nil) -> String {
      var cells = r.enumerated().map { i, c in i < 4 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0) : c }
      if let paint, color { cells[0] = paint + cells[0] + "\u{1B}[0m" }
      return cells.joined(separator: "  ") + "\n"
    }
    var out = line(header)
    for (f, r) in zip(findings, rows) {
      out += line(r, paint: paint(f.verdict))
      if explain {
        out += "    rule: \(f.rule)\n"
        for c in f.computed { out += "    computed: \(c)\n" }
      }
    }
    let counts = Verdict.allCases.sorted().map { v in "\(findings.filter { $0.verdict == v }.count) \(v.rawValue)" }
    out += "\n\(findings.count) findings: \(counts.joined(separator: ", "))\n"
    return out
  }

  static func paint(_ v: Verdict) -> String {
    switch v {
    case .consistent: return "\u{1B}[32m"
    case .inconsistent: return "\u{1B}[31m"
    case .needsReview: return "\u{1B}[33m"
    case .unverifiable: return "\u{1B}[2m"
    }
  }
}
