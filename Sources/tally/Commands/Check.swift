import ArgumentParser
import Foundation
import TallyKit

/// `tally check`: cross-checks figures against each other, against datasets and within the data.
///
/// Inputs are the workspace (datasets from `tally import`, figures from `tally extract --save`)
/// or files: figures as JSON Lines (one `Figure` per line, as `tally extract --format jsonl`
/// writes them) and trade CSV files of any layout the importer reads.
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

      Without --figures and --data, everything in the workspace is checked: datasets from \
      tally import, figures from tally extract --save.

      Examples:
        tally check
        tally check --data annual.csv --data mirror.csv
        tally check --figures figures.jsonl --articles Datasets/articles \\
          --data Datasets/trade/china-russia-turnover-annual.csv --format json
        tally check --figures figures.jsonl --published doc-1=2024-05-16 --strict

      --format json prints an object: findings (each with an id and the claims it names) and \
      claims, one per figure: id (doc:start), doc, start, end, line, text, verdict \
      (consistent, inconsistent, needs review, unverifiable or unchecked), reason, findings. \
      The table lists the unchecked figures with their reasons after the findings.

      Exit status: 0; 1 with --strict when a finding is inconsistent; 64 for bad usage.
      """
  )

  @Option(
    name: .long, help: "Figures as JSON Lines, one Figure per line ('-' for stdin). Repeatable.")
  var figures: [String] = []

  @Option(name: .long, help: "A trade CSV file (any layout tally import reads). Repeatable.")
  var data: [String] = []

  @Option(
    name: .long,
    help: "Markdown articles (files or folders) whose front matter 'date:' gives publication dates."
  )
  var articles: [String] = []

  @Option(name: .long, help: "Publication date of a document: DOC=YYYY-MM-DD. Repeatable.")
  var published: [String] = []

  @Option(name: .long, help: "Relative tolerance in percent, on top of rounding.")
  var tolerance: Double = 1

  @Flag(
    name: .long, help: "Also print the rule and the computed numbers under each finding (table).")
  var explain = false

  @Flag(name: .long, help: "Exit 1 when any finding is inconsistent.")
  var strict = false

  @OptionGroup var output: OutputOptions

  @OptionGroup var workspace: WorkspaceOptions

  /// Without --figures and --data, everything in the workspace is checked.
  var usesWorkspace: Bool { figures.isEmpty && data.isEmpty }

  func validate() throws {
    if !(0...100).contains(tolerance) {
      throw ValidationError("--tolerance is a percentage between 0 and 100")
    }
    for p in published where CheckInputs.parsePublished(p) == nil {
      throw ValidationError("--published expects DOC=YYYY-MM-DD, got '\(p)'")
    }
  }

  func run() async throws {
    if usesWorkspace && !FileManager.default.fileExists(atPath: workspace.path) {
      // Exit 64 like a usage error, without the usage banner that would bury the message.
      throw UsageError(
        "nothing to check: no workspace at \(workspace.path). Import datasets (tally import), "
          + "save figures (tally extract --save), or give --figures FILE.jsonl / --data FILE.csv")
    }
    if usesWorkspace {
      let analysis = try Analysis(workspace: Workspace(path: workspace.path, mode: .existing))
      var dates: [String: Date] = [:]
      for p in published {
        if let (doc, date) = CheckInputs.parsePublished(p) { dates[doc] = date }
      }
      try emit(analysis.report(tolerance: userTolerance, published: dates))
      return
    }
    let figs = try figures.flatMap { try CheckInputs.loadFigures($0) }
    // Which vintage of a series is the reference is decided by the data (see Vintages),
    // not by the order of --data.
    var loaded: [(series: Series, file: String)] = []
    for path in data {
      for s in try CheckInputs.loadSeries(path) { loaded.append((s, path)) }
    }
    let (reference, revisions) = Vintages.split(loaded, series: \.series, dataset: \.file)
    var dates: [String: Date] = [:]
    for a in articles { dates.merge(try CheckInputs.frontMatterDates(a)) { _, new in new } }
    for p in published {
      if let (doc, date) = CheckInputs.parsePublished(p) { dates[doc] = date }
    }
    let context = CheckContext(tolerance: userTolerance, published: dates)
    let result = Checker.analyse(
      CheckInput(
        figures: figs, series: reference.map(\.series), revisions: revisions.map(\.series),
        context: context))
    try emit(result)
  }

  /// The one tolerance, with --tolerance as its relative part.
  private var userTolerance: Tolerance {
    Tolerance(relative: tolerance / 100, absolute: Tolerance.standard.absolute)
  }

  /// Prints the findings and the claims; with --strict, exits 1 when a finding is inconsistent.
  private func emit(_ result: CheckResult) throws {
    print(
      FindingsOutput.render(
        result, format: output.format, explain: explain, color: output.useColor), terminator: "")
    if strict && result.findings.contains(where: { $0.verdict == .inconsistent }) {
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
    for (i, line) in try readText(path).split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
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

  /// Series from a trade CSV file of any layout the importer knows, each point sourced to
  /// `file:line`.
  static func loadSeries(_ path: String) throws -> [Series] {
    try Importer().importFile(path: path).series.map(\.series)
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

  /// Publication dates of the documents under `path`, by document id, read by the same reader
  /// as `tally extract` (Markdown front matter `date:`, the JSON Lines `date` field).
  static func frontMatterDates(_ path: String) throws -> [String: Date] {
    var out: [String: Date] = [:]
    for file in try DocumentReader.files(at: path) {
      for doc in try DocumentReader.read(path: file) {
        if let d = doc.date { out[doc.id] = d }
      }
    }
    return out
  }
}

/// Findings as a table, Markdown, CSV (through the shared table model), JSON or JSON Lines
/// (each finding with all its evidence and computations).
///
/// `--format json` prints one object: `findings` (each with its `id` and the `claims` it
/// names) and `claims`, one per figure (see ``ClaimSummary``: `id`, `doc`, `start`, `end`,
/// `line`, `text`, `verdict`, `reason`, `findings`). The table and Markdown forms list the
/// unchecked figures with their reasons after the findings.
enum FindingsOutput {
  static func render(_ result: CheckResult, format: OutputFormat, explain: Bool, color: Bool)
    -> String
  {
    let findings = result.findings
    switch format {
    case .json:
      struct Payload: Encodable {
        var findings: [Finding]
        var claims: [ClaimSummary]
      }
      return json(Payload(findings: findings, claims: result.claims), pretty: true) + "\n"
    case .jsonl:
      return findings.map { json($0, pretty: false) + "\n" }.joined()
    case .table, .markdown, .csv:
      var out = table(findings, explain: explain || format == .csv).rendered(
        as: format.tableFormat, width: outputWidth(), ascii: !TerminalEnvironment().isUTF8,
        color: color, border: .plain)
      if !out.hasSuffix("\n") { out += "\n" }
      if format != .csv {
        out += "\n" + summary(findings) + "\n"
        let unchecked = uncheckedTable(result.claims)
        if !unchecked.rows.isEmpty {
          out += "\n" + claimSummary(result.claims) + "\n"
          var u = unchecked.rendered(
            as: format.tableFormat, width: outputWidth(), ascii: !TerminalEnvironment().isUTF8,
            color: color, border: .plain)
          if !u.hasSuffix("\n") { u += "\n" }
          out += u
        }
      }
      return out
    }
  }

  /// The figures no check reached, with the reason.
  static func uncheckedTable(_ claims: [ClaimSummary]) -> Table {
    var t = Table(columns: [.text("unchecked figure"), .text("as written"), .text("reason")])
    for c in claims where c.verdict == ClaimSummary.unchecked {
      t.append([.text("\(c.doc):\(c.line)"), .text(c.text), .text(c.reason ?? "")])
    }
    return t
  }

  /// `34 claims: 3 inconsistent, ..., 12 unchecked`.
  static func claimSummary(_ claims: [ClaimSummary]) -> String {
    let kinds = [
      "inconsistent", "needs review", "unverifiable", "consistent", ClaimSummary.unchecked,
    ]
    let counts = kinds.map { k in "\(claims.filter { $0.verdict == k }.count) \(k)" }
    return "\(claims.count) claims: \(counts.joined(separator: ", "))"
  }

  /// One row per finding; with `explain`, the deciding rule and the numbers computed too.
  static func table(_ findings: [Finding], explain: Bool) -> Table {
    var columns: [TableColumn] = [
      .text("verdict"), .text("check"), .text("subject"), .text("evidence"), .text("explanation"),
    ]
    if explain { columns += [.text("rule"), .text("computed")] }
    var t = Table(columns: columns)
    for f in findings {
      var row: [TableCell] = [
        .text(f.verdict.rawValue), .text(f.check.rawValue), .text(f.subject), .text(evidence(f)),
        .text(f.explanation),
      ]
      if explain {
        row += [.text(f.rule), .text(f.computed.map(\.description).joined(separator: "; "))]
      }
      t.append(row)
    }
    return t
  }

  /// `35 findings: 4 inconsistent, 0 needs review, ...`.
  static func summary(_ findings: [Finding]) -> String {
    let counts = Verdict.allCases.sorted().map { v in
      "\(findings.filter { $0.verdict == v }.count) \(v.rawValue)"
    }
    return "\(counted(findings.count, "finding")): \(counts.joined(separator: ", "))"
  }

  /// Where the finding's numbers stand, each place once (`doc:line`, `dataset:line`).
  static func evidence(_ f: Finding) -> String {
    var seen = Set<String>()
    return f.evidence.map(\.provenance).filter { seen.insert($0).inserted }.joined(separator: " ")
  }

  static func json<T: Encodable>(_ v: T, pretty: Bool) -> String {
    let e = JSONEncoder()
    e.outputFormatting =
      pretty
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    e.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    e.dateEncodingStrategy = .iso8601
    guard let d = try? e.encode(v) else { return "null" }
    return String(decoding: d, as: UTF8.self)
  }
}
