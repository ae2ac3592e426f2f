import TallyFuzzDriver
import TallyNotebook
import TallyRender

/// libFuzzer entry point: the table writers and the notebook parser over one input.
///
/// Build and run for a bounded time, or replay a file: see README, "Fuzzing", and `FuzzDriver`.
@_cdecl("LLVMFuzzerTestOneInput")
public func tallyFuzzRenderOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = FuzzDriver.bytes(data, size)
  TableFuzzHarness.run(bytes)
  NotebookFuzzHarness.run(bytes)
  return 0
}

@main
enum TallyFuzzRenderMain {
  static func main() { FuzzDriver.main("TallyFuzzRender", tallyFuzzRenderOneInput) }
}
