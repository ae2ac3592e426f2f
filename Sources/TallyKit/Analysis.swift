import Foundation

/// Everything a cross-check or a report needs from one workspace: the documents and their
/// figures, the series (first vintage) and later vintages of the same series (revisions).
///
/// ```swift
/// let analysis = try Analysis(workspace: Workspace(path: ".tally/tally.sqlite"))
/// let findings = analysis.findings()
/// ```
public struct Analysis: Sendable {
  public let documents: [Document]
  public let figures: [Figure]
  /// One series per key: the vintage with the most points.
  public let series: [StoredSeries]
  /// Series whose key an earlier dataset already defined: compared with it as revisions.
  public let revisions: [StoredSeries]
  public let datasets: [DatasetInfo]
  /// Stored series not loaded (outside the claims' trades, see ``SeriesSelection/claimed``).
  public var unloadedSeries = 0

  public init(
    documents: [Document], figures: [Figure], series: [StoredSeries], revisions: [StoredSeries],
    datasets: [DatasetInfo]
  ) {
    self.documents = documents
    self.figures = figures
    self.series = series
    self.revisions = revisions
    self.datasets = datasets
  }

  /// Which stored series an analysis loads with their points.
  public enum SeriesSelection: Sendable {
    /// Every series.
    case all
    /// The series of the trades the claims name: those whose reporter and partner are both
    /// countries a claim names (its reporter, partner or cited source) or the world (`WLD`).
    /// Every check reads only such series for a claim (its two sides, the mirror, the parts
    /// and the total of the pair, the months of a year, the world total a share is of, later
    /// vintages), and the data-vs-data checks then compare these trades. With no claim
    /// naming a country (a workspace of data only), every series.
    case claimed
    /// No series: for reading the claims only (the marks on a chart).
    case none
  }

  /// Loads the workspace: documents, figures, datasets, and the series `selection` asks for.
  ///
  /// - Throws: ``WorkspaceError`` when the database cannot be read.
  public init(workspace: Workspace, series selection: SeriesSelection = .claimed) throws {
    let datasets = try workspace.datasets()
    let figures = try workspace.figures()
    let stored: [StoredSeries]
    switch selection {
    case .all: stored = try workspace.allSeries()
    case .none: stored = []
    case .claimed:
      let countries = Self.countries(figures)
      stored =
        countries.isEmpty ? try workspace.allSeries() : try workspace.series(between: countries)
    }
    // Several datasets may hold the same series (a wire-rounded copy, a later release): the
    // data decide which is the reference and which are revisions (see ``Vintages``).
    let (reference, revisions) = Vintages.split(stored, series: \.series, dataset: \.dataset)
    self.init(
      documents: try workspace.documentRecords(), figures: figures,
      series: reference, revisions: revisions, datasets: datasets)
    if selection == .claimed {
      unloadedSeries = max(0, try workspace.seriesCount() - stored.count)
    }
  }

  /// The countries the claims' frames name, with the world; empty when no frame names one.
  static func countries(_ figures: [Figure]) -> Set<String> {
    var out = Set<String>()
    for f in figures {
      guard let fr = f.frame else { continue }
      for c in [fr.reporter, fr.partner, fr.source] { if let c { out.insert(c) } }
    }
    if !out.isEmpty { out.insert("WLD") }
    return out
  }

  /// Runs every cross-check with one tolerance; publication dates come from the documents,
  /// and `published` adds or overrides some (`tally check --published DOC=DATE`).
  public func findings(tolerance: Tolerance = .standard, published: [String: Date] = [:])
    -> [Finding]
  {
    report(tolerance: tolerance, published: published).findings
  }

  /// The findings and one summary verdict per claim (see ``ClaimSummary``).
  public func report(tolerance: Tolerance = .standard, published: [String: Date] = [:])
    -> CheckResult
  {
    var context = CheckContext(tolerance: tolerance, documents: documents)
    context.published.merge(published) { _, new in new }
    return Checker.analyse(
      CheckInput(
        figures: figures, series: series.map(\.series), revisions: revisions.map(\.series),
        context: context))
  }

  /// The document a figure came from.
  public func document(of figure: Figure) -> Document? {
    documents.first { $0.id == figure.doc }
  }

  /// Figures that state a level of `series` for one of its periods (same commodity or measure,
  /// actors, flow, unit and frequency), for marking on its chart.
  public func claims(on series: Series) -> [Figure] {
    figures.filter { f in
      guard f.kind == .level, let fr = f.frame, let period = fr.period, !period.isSpan,
        Frequency(period.start.granularity) == series.frequency, f.unit == series.key.unit,
        fr.seriesMeasure == series.key.canonicalMeasure, let flow = fr.flow
      else { return false }
      let k = series.key
      switch flow {
      case .export, .import:
        return (k.flow == .export && k.reporter == fr.exporter && k.partner == fr.importer)
          || (k.flow == .import && k.reporter == fr.importer && k.partner == fr.exporter)
      case .total:
        return k.flow == .total && Set([k.reporter, k.partner]) == Set([fr.reporter, fr.partner])
      default:
        return k.flow == flow && k.reporter == fr.reporter && k.partner == fr.partner
      }
    }
  }
}

/// Brings files into a workspace: CSV and TSV files are imported as datasets, articles
/// (`.txt`, `.md`, `.html`, `.jsonl`) are read and their figures extracted and saved.
public enum Ingest {
  /// What one ingest did.
  public struct Result: Sendable {
    public var imported: [ImportedDataset] = []
    /// Files set aside with `skipRefused` (code lists, reference tables), with the reason.
    public var skipped: [(path: String, reason: String)] = []
    /// Each article with the number of figures found in it.
    public var documents: [(document: Document, figures: Int)] = []
    /// Warnings: entries of the folders that are not regular files (FIFOs, sockets, devices)
    /// and were not opened.
    public var warnings: [String] = []
  }

  /// Dataset files by extension.
  public static let datasetExtensions: Set<String> = ["csv", "tsv", "tab"]

  /// Splits paths (files or folders, searched recursively, sorted) into datasets and articles.
  public static func files(_ paths: [String]) throws -> (datasets: [String], articles: [String]) {
    let found = try regularFiles(paths)
    return (found.datasets, found.articles)
  }

  /// Splits paths into datasets and articles, and lists what was skipped because it is not a
  /// regular file: a FIFO under a folder would block the reader forever.
  public static func regularFiles(_ paths: [String]) throws -> (
    datasets: [String], articles: [String], skipped: [String]
  ) {
    var skipped: [String] = []
    var datasets: [String] = []
    var articles: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
        throw ImportError.csv(.io(file: path, reason: "no such file or folder"))
      }
      let files: [String]
      if isDir.boolValue {
        let base = URL(fileURLWithPath: path)
        files = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
          .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
          .map { base.appendingPathComponent($0).path }
          .filter { f in
            let type = fileType(f)
            if type == .typeDirectory { return false }
            guard type == .typeRegular else {
              skipped.append("\(f): not a regular file (a FIFO, socket or device); not read")
              return false
            }
            return !URL(fileURLWithPath: f).lastPathComponent.lowercased().hasPrefix("readme")
          }.sorted()
      } else {
        guard fileType(path) == .typeRegular else {
          throw ImportError.csv(
            .io(file: path, reason: "not a regular file (a FIFO, socket or device)"))
        }
        files = [path]
      }
      for f in files {
        let ext = URL(fileURLWithPath: f).pathExtension.lowercased()
        if datasetExtensions.contains(ext) {
          datasets.append(f)
        } else if DocumentReader.Format(path: f) != nil {
          articles.append(f)
        }
      }
    }
    return (datasets, articles, skipped)
  }

  /// The kind of file at `path`, after symbolic links; `nil` when it cannot be read.
  static func fileType(_ path: String) -> FileAttributeType? {
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return (try? FileManager.default.attributesOfItem(atPath: resolved))?[.type]
      as? FileAttributeType
  }

  /// Imports the datasets and extracts the articles under `paths` into `workspace`, datasets
  /// in one transaction (nothing is saved when one fails).
  ///
  /// - Throws: ``ImportError`` or a reader error naming the file; the workspace keeps what it
  ///   had before the failing step.
  ///
  /// With `skipRefused`, a file the importer refuses as a whole (a code list, a reference
  /// table, a file that does not say its reporter) is set aside and listed in
  /// ``Result/skipped`` instead of stopping the run; a bad row still stops it.
  public static func run(
    paths: [String], into workspace: Workspace, options: ImportOptions = ImportOptions(),
    skipRefused: Bool = false
  ) throws -> Result {
    let (datasets, articles, skipped) = try regularFiles(paths)
    var result = Result()
    result.warnings = skipped
    let importer = Importer(options: options)
    for path in datasets {
      do {
        result.imported.append(try importer.importFile(path: path))
      } catch ImportError.refused(_, let reason) where skipRefused {
        result.skipped.append((path, reason))
      }
    }
    try workspace.save(result.imported.map(\.storeImport))
    for path in articles {
      for doc in try DocumentReader.read(path: path) {
        let figures = FigureExtractor(referenceDate: doc.date).extract(doc)
        try workspace.save(figures: figures, document: doc)
        result.documents.append((doc, figures.count))
      }
    }
    return result
  }
}
