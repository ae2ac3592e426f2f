import Foundation
import TallyCore
import TallyStore
import TallyTestSupport

@testable import TallyImport

/// Writes `bytes` to a fresh temporary file named `name` and returns its path.
func tempFile(_ name: String, _ bytes: [UInt8]) throws -> String {
  let dir = try Scratch.folder("tally-import-tests")
  let url = dir.appendingPathComponent(name)
  try Data(bytes).write(to: url)
  return url.path
}

func tempFile(_ name: String, _ text: String) throws -> String {
  try tempFile(name, Array(text.utf8))
}

/// Imports a file with options.
func importFile(_ path: String, _ options: ImportOptions = ImportOptions()) throws
  -> ImportedDataset
{
  try Importer(options: options).importFile(path: path)
}

extension ImportedDataset {
  /// The series with this key, if imported.
  func series(
    _ measure: String, _ reporter: String, _ partner: String, _ flow: Flow, _ unit: TallyCore.Unit
  )
    -> Series?
  {
    let key = SeriesKey(
      measure: measure, reporter: reporter, partner: partner, flow: flow, unit: unit)
    return series.first { $0.series.key == key }?.series
  }
}

/// The sum of a series' values over the periods `where` accepts.
func total(_ s: Series?, where keep: (Period) -> Bool) -> Double {
  s?.points.filter { keep($0.period) }.reduce(0) { $0 + $1.value } ?? .nan
}
