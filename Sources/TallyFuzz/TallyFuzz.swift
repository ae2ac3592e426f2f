import Foundation
import TallyImport

/// libFuzzer entry point: the reader and the importer over one input.
///
/// Build and run (bounded, see README "Fuzzing"):
///   swift build --build-path .build-fuzz --product TallyFuzz \
///     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
///   .build-fuzz/debug/TallyFuzz Tests/TallyImportTests/FuzzCorpus -max_total_time=60
@_cdecl("LLVMFuzzerTestOneInput")
public func tallyFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

#if !FUZZING
  /// Without `-sanitize=fuzzer` (plain `swift build`), the target is a replay tool:
  /// `TallyFuzz FILE...` runs the harness on each file, e.g. a crash input to reproduce it.
  @main
  enum Replay {
    static func main() {
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("TallyFuzz: cannot read \(path)\n".utf8))
          continue
        }
        FuzzHarness.run([UInt8](data))
        print("ok \(path)")
      }
    }
  }
#endif
