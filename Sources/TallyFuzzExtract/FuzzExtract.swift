import Foundation
import TallyCore
import TallyExtract
import TallyFuzzDriver

/// Runs every stage a document goes through: decoding (which must refuse bad bytes with
/// an error, never crash), then extraction with tiny blocks to stress block boundaries,
/// then JSON output.
func fuzzOne(_ bytes: UnsafeRawBufferPointer) {
  let data = Data(bytes)
  for format in DocumentReader.Format.allCases {
    guard let docs = try? DocumentReader.read(data: data, id: "fuzz", path: "fuzz", format: format)
    else { continue }
    for doc in docs {
      for size in [64, 1 << 20] {
        let figs = FigureExtractor(explain: true, blockSize: size).extract(doc)
        let scalars = doc.text.unicodeScalars.count
        for f in figs {
          precondition(f.start >= 0 && f.start < f.end && f.end <= scalars, "offsets out of range")
          precondition(f.value.isFinite && f.value >= 0, "bad value \(f.value)")
          _ = FigureJSON.line(f, explain: true)
        }
      }
    }
  }
}

/// libFuzzer entry point: the recognizer over one input.
///
/// Build and run for a bounded time, or replay a file: see README, "Fuzzing", and `FuzzDriver`.
@_cdecl("LLVMFuzzerTestOneInput")
public func tallyFuzzExtractOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzDriver.bytes(data, size).withUnsafeBytes { fuzzOne($0) }
  return 0
}

@main
enum TallyFuzzExtractMain {
  static func main() { FuzzDriver.main("TallyFuzzExtract", tallyFuzzExtractOneInput) }
}
