/// Sorts group entries by key in place.
///
/// Why not the standard library's `sort`: it is a stable merge sort that allocates a scratch
/// buffer of half the array, which for millions of groups is tens of megabytes of fresh
/// memory per thread; entries have unique keys, so stability buys nothing. This is an
/// introsort: quicksort with a median-of-three pivot, insertion sort for short ranges, and
/// the standard library's sort on any range where the recursion gets too deep (so the worst
/// case stays O(n log n)).
enum EntrySort {
  static func sort<K: PackedKey>(_ entries: UnsafeMutableBufferPointer<GroupEntry<K>>) {
    guard let base = entries.baseAddress, entries.count > 1 else { return }
    var depthLimit = 0
    var n = entries.count
    while n > 0 {
      depthLimit += 2
      n >>= 1
    }
    quicksort(base, 0, entries.count - 1, depthLimit)
  }

  private static func quicksort<K: PackedKey>(
    _ a: UnsafeMutablePointer<GroupEntry<K>>, _ low: Int, _ high: Int, _ depth: Int
  ) {
    var low = low
    var high = high
    var depth = depth
    while high - low > 16 {
      if depth == 0 {
        var rest = UnsafeMutableBufferPointer(start: a + low, count: high - low + 1)
        rest.sort { $0.key < $1.key }
        return
      }
      depth -= 1
      let mid = low + (high - low) / 2
      // Median of three into a[mid], then Hoare partition around its key.
      if a[mid].key < a[low].key { swapAt(a, mid, low) }
      if a[high].key < a[low].key { swapAt(a, high, low) }
      if a[high].key < a[mid].key { swapAt(a, high, mid) }
      let pivot = a[mid].key
      var i = low
      var j = high
      while i <= j {
        while a[i].key < pivot { i += 1 }
        while pivot < a[j].key { j -= 1 }
        if i <= j {
          swapAt(a, i, j)
          i += 1
          j -= 1
        }
      }
      // Recurse into the smaller side, loop on the larger: stack depth stays O(log n).
      if j - low < high - i {
        if low < j { quicksort(a, low, j, depth) }
        low = i
      } else {
        if i < high { quicksort(a, i, high, depth) }
        high = j
      }
    }
    insertionSort(a, low, high)
  }

  @inline(__always)
  private static func swapAt<K: PackedKey>(_ a: UnsafeMutablePointer<GroupEntry<K>>, _ i: Int, _ j: Int) {
    let t = a[i]
    a[i] = a[j]
    a[j] = t
  }

  private static func insertionSort<K: PackedKey>(
    _ a: UnsafeMutablePointer<GroupEntry<K>>, _ low: Int, _ high: Int
  ) {
    guard high > low else { return }
    for i in (low + 1)...high {
      let item = a[i]
      var j = i - 1
      while j >= low && item.key < a[j].key {
        a[j + 1] = a[j]
        j -= 1
      }
      a[j + 1] = item
    }
  }
}
