import TallyFuzzDriver
import TallyImport

/// libFuzzer entry point: the CSV reader and the importer over one input.
///
/// Build and run for a bounded time, or replay a file: see README, "Fuzzing", and `FuzzDriver`.
@_cdecl("LLVMFuzzerTestOneInput")
public func tallyFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzHarness.run(FuzzDriver.bytes(data, size))
  return 0
}

@main
enum TallyFuzzMain {
  static func main() { FuzzDriver.main("TallyFuzz", tallyFuzzOneInput) }
}
