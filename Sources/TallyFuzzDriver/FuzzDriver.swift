import Foundation

/// The one `main` of the three fuzz targets (`TallyFuzz`, `TallyFuzzExtract`,
/// `TallyFuzzRender`), each of which only exports its `LLVMFuzzerTestOneInput` entry.
///
/// In a fuzzing build (`-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING`, see README,
/// "Fuzzing") it hands the entry to libFuzzer's driver; SwiftPM names an executable's entry
/// point itself, so libFuzzer's own `main` cannot be used. In a plain build the target is a
/// replay tool: `TallyFuzz FILE...` runs the entry on each file, to reproduce a crash input.
public enum FuzzDriver {
  /// A fuzz entry: the input's bytes (nil when empty) and their count; returns 0.
  public typealias Entry = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs `entry` under libFuzzer or over the files named on the command line; exits with 1
  /// when a file cannot be read, 64 when none is named.
  public static func main(_ name: String, _ entry: Entry) -> Never {
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv, entry))
    #else
      let paths = CommandLine.arguments.dropFirst()
      if paths.isEmpty {
        FileHandle.standardError.write(Data("usage: \(name) FILE... (replays inputs)\n".utf8))
        exit(64)
      }
      var unreadable = 0
      for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("\(name): cannot read \(path)\n".utf8))
          unreadable += 1
          continue
        }
        _ = [UInt8](data).withUnsafeBufferPointer { entry($0.baseAddress, $0.count) }
        print("ok \(path)")
      }
      exit(unreadable == 0 ? 0 : 1)
    #endif
  }

  /// The bytes libFuzzer hands an entry, as an array (empty when `data` is nil).
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
  }
}

#if FUZZING
  /// libFuzzer's driver, exported by the runtime that `-sanitize=fuzzer` links in.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif
