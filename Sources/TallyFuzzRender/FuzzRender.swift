import Foundation
import TallyNotebook
import TallyRender

/// libFuzzer entry point: the table writers and the notebook parser over one input.
///
/// Build and run for a bounded time (see README, "Fuzzing"):
///   swift build --build-path .build-fuzz --product TallyFuzzRender \
///     -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
///   .build-fuzz/debug/TallyFuzzRender Tests/TallyRenderTests/Fuzz/corpus -max_total_time=60
@_cdecl("LLVMFuzzerTestOneInput")
public func tallyFuzzRenderOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  TableFuzzHarness.run(bytes)
  NotebookFuzzHarness.run(bytes)
  return 0
}

#if FUZZING
  /// libFuzzer's driver (linked in by `-sanitize=fuzzer`), called from our own `main`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif

/// Fuzzing build: hands over to libFuzzer.
///
/// Plain build: a replay tool,
/// `TallyFuzzRender FILE...` runs both harnesses on each file.
@main
enum TallyFuzzRenderMain {
  static func main() {
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv, tallyFuzzRenderOneInput))
    #else
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("TallyFuzzRender: cannot read \(path)\n".utf8))
          continue
        }
        TableFuzzHarness.run([UInt8](data))
        NotebookFuzzHarness.run([UInt8](data))
        print("ok \(path)")
      }
    #endif
  }
}
