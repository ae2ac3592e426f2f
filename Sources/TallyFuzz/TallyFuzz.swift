import Foundation
import TallyImport

/// libFuzzer entry point: the reader and the importer over one input.
///
/// Build and run for a bounded time (see README, "Fuzzing"):
///   swift build --build-path .build-fuzz --product TallyFuzz \
///     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
///   .build-fuzz/debug/TallyFuzz Tests/TallyImportTests/Fuzz/corpus -max_total_time=60
@_cdecl("LLVMFuzzerTestOneInput")
public func tallyFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

#if FUZZING
  /// libFuzzer's driver (linked in by `-sanitize=fuzzer`), called from our own `main`
  /// because SwiftPM names the executable's entry point itself.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif

/// Fuzzing build: hands over to libFuzzer.
///
/// Plain build (`swift build`): a replay tool,
/// `TallyFuzz FILE...` runs the harness on each file (a crash input, to reproduce it).
@main
enum TallyFuzzMain {
  static func main() {
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv, tallyFuzzOneInput))
    #else
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("TallyFuzz: cannot read \(path)\n".utf8))
          continue
        }
        FuzzHarness.run([UInt8](data))
        print("ok \(path)")
      }
    #endif
  }
}
