#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Large, page-aligned blocks for the group tables, straight from `mmap`.
///
/// Why not `malloc`: the tables are probed at random, so with 4 KiB pages nearly every probe
/// also misses the TLB. On Linux the blocks ask for transparent huge pages (2 MiB), and they
/// are written before they are read, so that the kernel never maps the shared zero page first
/// and then has to copy it (a copy-on-write fault with a TLB shoot-down on every core).
enum LargeMemory {
  /// Blocks below this size come from `calloc`: a huge page would be mostly wasted.
  private static let threshold = 4 << 20

  /// A zero-filled block of at least `bytes` bytes.
  static func allocate(bytes: Int) -> UnsafeMutableRawPointer {
    if bytes < threshold {
      guard let block = calloc(max(bytes, 1), 1) else {
        fatalError("out of memory: cannot allocate \(bytes) bytes for the group table")
      }
      return block
    }
    let size = roundedSize(bytes)
    guard let block = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
      block != MAP_FAILED
    else {
      fatalError("out of memory: cannot map \(size) bytes for the group table")
    }
    #if os(Linux)
      _ = madvise(block, size, MADV_HUGEPAGE)
    #endif
    return block
  }

  /// Zero-fills the first `bytes` bytes by writing them (see the type's note on why).
  static func touch(_ block: UnsafeMutableRawPointer, bytes: Int) {
    if bytes >= threshold { memset(block, 0, bytes) }
  }

  /// Returns a block from ``allocate(bytes:)`` of the same `bytes`.
  static func release(_ block: UnsafeMutableRawPointer, bytes: Int) {
    if bytes < threshold {
      free(block)
    } else {
      munmap(block, roundedSize(bytes))
    }
  }

  /// A block of at least `bytes` bytes holding the first `used` bytes of `block` (from
  /// ``allocate(bytes:)`` of `old` bytes, which is released); the bytes after `used` are not
  /// necessarily zero.
  ///
  /// Why: a table that doubles its arena copied it into fresh pages, whose faults (huge pages
  /// zeroed on first touch) were ~2.5% of a 10M-row import, twice the faults of filling the
  /// final arena once. On Linux a mapped block is moved by `mremap` instead: its pages keep
  /// their frames, and only the new part is faulted as it fills.
  static func grow(_ block: UnsafeMutableRawPointer, from old: Int, to bytes: Int, used: Int)
    -> UnsafeMutableRawPointer
  {
    #if os(Linux)
      if old >= threshold {
        let size = roundedSize(bytes)
        let moved = linuxMremap(block, roundedSize(old), size, 1 /* MREMAP_MAYMOVE */)
        if let moved, moved != MAP_FAILED {
          _ = madvise(moved, size, MADV_HUGEPAGE)
          return moved
        }
      }
    #endif
    let moved = allocate(bytes: bytes)
    moved.copyMemory(from: block, byteCount: used)
    release(block, bytes: old)
    return moved
  }

  /// Gives the pages of freed `malloc` blocks back to the system.
  ///
  /// glibc keeps what a thread frees in that thread's arena: after the chunk readers drop their
  /// key caches, their pages would stay resident while the merge allocates elsewhere.
  static func returnFreedPages() {
    #if canImport(Glibc)
      _ = glibcMallocTrim(0)
    #endif
  }

  private static func roundedSize(_ bytes: Int) -> Int {
    let huge = 1 << 21
    return max((bytes + huge - 1) / huge * huge, huge)
  }
}

#if os(Linux)
  /// glibc's `mremap` without its optional fifth argument (a variadic C function, which Swift
  /// does not import; only `MREMAP_FIXED` reads that argument).
  @_silgen_name("mremap")
  private func linuxMremap(
    _ old: UnsafeMutableRawPointer?, _ oldSize: Int, _ newSize: Int, _ flags: Int32
  ) -> UnsafeMutableRawPointer?
#endif

#if canImport(Glibc)
  /// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export).
  @_silgen_name("malloc_trim")
  private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
