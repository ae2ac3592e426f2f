// Fuzz target for the figure recognizer.
//
// libFuzzer build (see README, "Fuzzing the extractor"):
//   swift build -c release --build-path .build-fuzz --product TallyFuzzExtract \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
//   .build-fuzz/release/TallyFuzzExtract CORPUS_DIR -max_len=4096 -max_total_time=600
// (a separate build path keeps the instrumented objects out of the normal build).
//
// A plain `swift build` compiles the fallback below instead: it runs the same entry on
// every file named on the command line, so crashes found by the fuzzer can be replayed
// without libFuzzer.
import Foundation
import TallyCore
import TallyExtract

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

#if FUZZING
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(UnsafeRawBufferPointer(start: data, count: size))
    return 0
  }

  /// libFuzzer's driver, exported by the fuzzer runtime that `-sanitize=fuzzer` links.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt

  /// SwiftPM names an executable's entry `<Module>_main`; hand it to libFuzzer's driver.
  @_cdecl("TallyFuzzExtract_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var c = argc
    var v = argv
    return runDriver(&c, &v) { data, size in
      fuzzOne(UnsafeRawBufferPointer(start: data, count: size))
      return 0
    }
  }
#else
  @main
  struct FuzzReplay {
    static func main() throws {
      let paths = CommandLine.arguments.dropFirst()
      if paths.isEmpty {
        FileHandle.standardError.write(
          Data("usage: TallyFuzzExtract FILE... (replays inputs)\n".utf8))
      }
      for p in paths {
        let d = try Data(contentsOf: URL(fileURLWithPath: p))
        d.withUnsafeBytes { fuzzOne($0) }
        print("ok \(p)")
      }
    }
  }
#endif
