import Foundation

/// The bytes of an input file, memory-mapped (or, for standard input, read into memory).
///
/// Mapping lets every thread parse its own part of the file in place, with no copy; the
/// kernel serves the pages from the page cache. ``releasePages(_:)`` lets a worker drop pages
/// it has finished with, so the resident size stays near the aggregation's own memory.
final class MappedInput {
  let name: String
  let bytes: UnsafeRawBufferPointer
  private let isMapped: Bool

  /// Opens `path` (`-` for standard input).
  /// - Throws: ``AggregateError/io(file:reason:)`` when it cannot be opened, sized or mapped.
  init(path: String) throws {
    name = path
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      let copy = UnsafeMutableRawBufferPointer.allocate(
        byteCount: max(data.count, 1), alignment: 16)
      data.copyBytes(to: copy.bindMemory(to: UInt8.self), count: data.count)
      bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<data.count])
      isMapped = false
      return
    }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw AggregateError.io(file: path, reason: String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw AggregateError.io(file: path, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw AggregateError.io(
        file: path, reason: "not a regular file (use - to read standard input)")
    }
    let size = Int(info.st_size)
    if size == 0 {
      bytes = UnsafeRawBufferPointer(start: nil, count: 0)
      isMapped = false
      return
    }
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
      throw AggregateError.io(file: path, reason: "cannot map: " + String(cString: strerror(errno)))
    }
    _ = madvise(base, size, MADV_SEQUENTIAL)
    bytes = UnsafeRawBufferPointer(start: base, count: size)
    isMapped = true
  }

  /// Wraps bytes owned by the caller (tests), which must outlive this object.
  init(name: String, borrowing bytes: UnsafeRawBufferPointer) {
    self.name = name
    self.bytes = bytes
    isMapped = false
  }

  deinit {
    if isMapped, let base = bytes.baseAddress {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
  }

  /// Drops the whole pages inside `range` from this process's resident set.
  ///
  /// They will not be read again soon and stay in the page cache. No-op unless mapped.
  func releasePages(_ range: Range<Int>) {
    guard isMapped, let base = bytes.baseAddress else { return }
    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = (range.lowerBound + page - 1) / page * page
    let end = range.upperBound / page * page
    guard end > start else { return }
    _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
  }
}
