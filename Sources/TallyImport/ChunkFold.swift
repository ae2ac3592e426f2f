import Foundation
import TallyCore
import TallyStore

/// Receives packed series in key order, a batch at a time, as rows ready to insert (built on
/// the pack workers; see ``SeriesAccumulator/finish(_:file:skipBad:reportLimit:sink:)``).
public typealias SeriesSink = (SeriesRowBlock) throws -> Void

/// The series of a file read in chunks, packed: what
/// ``SeriesAccumulator/finish(_:file:skipBad:reportLimit:sink:)`` returns.
struct FinishedSeries {
  /// Sorted by key then frequency, points in period order (empty when they went to a sink).
  var series: [PackedSeries]
  /// Number of series and of points.
  var count = 0
  var points = 0
  /// Component rows that a total row beside them superseded.
  var superseded: Int
  /// With `skipBad`, the first rows (at most the report limit) refused when the chunks were put
  /// together (a duplicate across two chunks), in file order: their points are left out.
  var refused: [ImportError]
  /// Rows refused when the chunks were put together (a row refused for its value and its
  /// quantity counts once).
  var refusedRows = 0
  /// Rows added to a point that already had one with other values (``RepeatedRule``).
  var repeated: Int
  /// The first repeated point: (its first line, the repeating line).
  var firstRepeat: (first: Int, line: Int)?
}

/// Putting the chunks of one file together while packing: the series (numbered once for all
/// chunks by their ``SeriesRegistry``) are sorted by their key bytes, each with the chunks that
/// name it, and packed in pieces by two workers, each series' points folded in file order
/// (chunk by chunk) as they are packed.
///
/// The result is what adding every chunk's points into the first, in file order, and packing
/// then would give: the same series in the same order, the same points, the same refused rows,
/// counts and first repeat.
extension SeriesAccumulator {
  /// One series of one chunk: `part` indexes the chunks, `series` the chunk's series.
  struct Member {
    var part: Int32
    var series: Int32
  }

  /// A point while a group is packed: its slot (period index of chunk `part`), its period
  /// code and the component rows beside it.
  struct FoldPoint {
    var code: UInt32
    var slot: Slot
    var other: UInt32
    var part: Int32
  }

  /// A row refused while a chunk's point was folded into an earlier chunk's: plain numbers
  /// (28 bytes), its error written only when it is reported (a file whose second half repeats
  /// the first refuses millions of rows, whose texts would outweigh the points).
  struct Refusal {
    var line: UInt32
    /// The refused point's series in its chunk `part` (orders refusals of one line).
    var series: Int32
    var part: Int32
    /// The earlier point: its chunk, its period index there and its first line.
    var firstPart: Int32
    var period: Int32
    var firstLine: UInt32
    var clash: Clash

    /// The error naming both lines (`parts` still holding their periods, `keys` the series
    /// keys).
    func error(_ parts: [SeriesAccumulator], keys: [Key], file: String) -> ImportError {
      let point = "\(keys[Int(series)].key) \(parts[Int(firstPart)].periods[Int(period)])"
      return clash.importError(
        file: file, line: Int(line), firstLine: Int(firstLine), point: point)
    }

    /// The refusals of the first `limit` distinct lines of `all`, sorted by line then series.
    static func earliest(_ all: [Refusal], lines limit: Int) -> [Refusal] {
      let sorted = all.sorted { ($0.line, $0.series) < ($1.line, $1.series) }
      var kept: [Refusal] = []
      var distinct = 0
      for r in sorted {
        if kept.last?.line != r.line {
          if distinct == limit { break }
          distinct += 1
        }
        kept.append(r)
      }
      return kept
    }
  }

  /// Distinct line numbers, one bit each (the refused rows are counted, not listed).
  struct LineSet {
    private var words: [UInt64] = []
    private(set) var count = 0

    mutating func insert(_ line: UInt32) {
      let w = Int(line >> 6)
      if w >= words.count { words += [UInt64](repeating: 0, count: w + 1 - words.count) }
      let bit = UInt64(1) << UInt64(line & 63)
      if words[w] & bit == 0 {
        words[w] |= bit
        count += 1
      }
    }
  }

  /// A repeat found while folding chunk `part` into the earlier ones.
  struct CrossRepeat {
    var part: Int
    var first: Int
    var line: Int
    var series: Int32
  }

  /// What packing one piece of the groups gives.
  struct PieceResult {
    var series: [PackedSeries] = []
    /// With a sink: the series as rows to insert (``series`` is then empty).
    var block = SeriesRowBlock()
    var superseded = 0
    /// The refusals of the piece's first report-limit lines (see ``Refusal/earliest``).
    var refusals: [Refusal] = []
    /// The line of every refused point of the piece.
    var refusedLines: [UInt32] = []
    var repeated = 0
    /// The earliest repeat across chunks per later chunk (by line, then series): only it can
    /// be the first repeat the note names, so no list of every repeat is kept.
    var repeats: [CrossRepeat] = []
    /// What ``warmChains(_:_:_:_:groups:chains:)`` loaded (kept so that its loads stay).
    var warmed: UInt64 = 0

    mutating func noteRepeat(_ r: CrossRepeat) {
      if let i = repeats.firstIndex(where: { $0.part == r.part }) {
        if (r.line, r.series) < (repeats[i].line, repeats[i].series) { repeats[i] = r }
      } else {
        repeats.append(r)
      }
    }
  }

  /// The finished series of `parts`, accumulators of consecutive chunks of one file in file
  /// order; every part is emptied.
  ///
  /// With a `sink`, the series are handed to it in key order, a batch at a time, on the calling
  /// thread, while the next ones are packed (a save overlapped with the packing, and packed
  /// series not all held at once); none is kept in the result.
  ///
  /// - Throws: without `skipBad`, the first row in file order refused when a chunk's point is
  ///   folded into an earlier chunk's (``ImportError/duplicate(file:line:firstLine:point:)``,
  ///   or ``ImportError/repeated(file:line:firstLine:point:)`` with ``RepeatedRule/refuse``).
  static func finish(
    _ parts: [SeriesAccumulator], file: String, skipBad: Bool, reportLimit: Int = 1000,
    sink: SeriesSink? = nil
  ) throws -> FinishedSeries {
    // Errors written for the first rows only: those reported, or the one thrown.
    let limit = skipBad ? max(reportLimit, 1) : 1
    var finished = FinishedSeries(
      series: [], superseded: 0, refused: [], repeated: parts.reduce(0) { $0 + $1.repeated },
      firstRepeat: nil)
    guard let rule = parts.first?.rule, let registry = parts.first?.registry else {
      return finished
    }
    precondition(parts.allSatisfy { $0.registry === registry }, "chunks of one registry")
    registry.releaseCells()
    let codes = parts.map { part in
      part.releaseLookups()
      return part.periods.map(PackedPoints.code)
    }
    let (members, ends) = groups(parts, registry)
    registry.releaseKeyBytes()
    let keys = registry.keys

    // The groups packed in pieces by two workers (the chunks are only read), handed over in
    // key order as each piece is done: to `sink` (on this thread) while later ones are packed,
    // else kept.
    let pieces = max(1, min(ends.count / 2048, 256))
    let workers = ends.count >= 8192 ? 2 : 1
    // With a sink, workers stay a few pieces ahead of it: the packed points it has saved are
    // freed and their memory packs the next pieces (when the workers ran ahead, every packed
    // series was alive at once: ~250 MB of fresh pages at 10 million rows, zeroed by the kernel).
    let board = PieceBoard(count: pieces, ahead: sink == nil ? pieces : 4 * workers)
    // Kept series: the list sized once (growing it by doubling would copy it beside itself).
    if sink == nil { finished.series.reserveCapacity(ends.count) }
    var results = [PieceResult](repeating: PieceResult(), count: pieces)
    var refusals: [Refusal] = []
    var refusedLines = LineSet()
    var repeats: [CrossRepeat] = []
    var failure: Error?
    let blocks = sink != nil
    results.withUnsafeMutableBufferPointer { r in
      let r = UnsafeSendable(r)
      let work = {
        while let i = board.take() {
          let lo = ends.count * i / pieces
          let hi = ends.count * (i + 1) / pieces
          var piece = pack(
            parts, keys, members, ends, groups: lo..<hi, codes: codes, rule: rule, limit: limit)
          if blocks {
            // The rows' texts and points laid out here, off the saving thread.
            piece.block = SeriesRowBlock(piece.series)
            piece.series = []
          }
          r.value[i] = piece
          board.finish(i)
        }
      }
      do {
        let task = UnsafeSendable(work)
        // Threads of their own (``OwnThread``): the global queue's pool made the second wait.
        let running = (0..<workers).map { _ in OwnThread { task.value() } }
        for i in 0..<pieces {
          board.wait(i)
          let piece = r.value[i]
          r.value[i] = PieceResult()
          finished.count += piece.series.count + piece.block.count
          finished.points += piece.series.reduce(0) { $0 + $1.points.count } + piece.block.points
          finished.superseded += piece.superseded
          finished.repeated += piece.repeated
          refusals += piece.refusals
          if refusals.count > 4 * limit { refusals = Refusal.earliest(refusals, lines: limit) }
          for line in piece.refusedLines { refusedLines.insert(line) }
          repeats += piece.repeats
          if let sink {
            do {
              try sink(piece.block)
            } catch {
              failure = error
              board.stop()
              break
            }
          } else {
            finished.series += piece.series
          }
          board.handedOver(i)
        }
        for worker in running { worker.join() }
      }
    }
    // As folding chunk after chunk into the first would find them: refused rows in file order
    // (one line's by series). A row refused for its value and its quantity is one skipped row,
    // as in a front-to-back read (where the row stops at its first refused point).
    var lastLine: UInt32?
    for r in Refusal.earliest(refusals, lines: limit) where r.line != lastLine {
      finished.refused.append(r.error(parts, keys: keys, file: file))
      lastLine = r.line
    }
    finished.refusedRows = refusedLines.count
    for p in parts { p.releaseAll() }
    if let failure { throw failure }
    if !skipBad, let first = finished.refused.first { throw first }
    // The first repeat is the first chunk's own, else the earliest repeat across chunks once
    // a chunk is folded in, else that chunk's own.
    var firstRepeat = parts[0].firstRepeat
    for c in parts.indices.dropFirst() {
      let across = repeats.filter { $0.part == c }
        .min { ($0.line, $0.series) < ($1.line, $1.series) }
      if let r = across, r.line < firstRepeat?.line ?? Int.max {
        firstRepeat = (r.first, r.line)
      }
      if firstRepeat == nil { firstRepeat = parts[c].firstRepeat }
    }
    finished.firstRepeat = firstRepeat
    return finished
  }

  /// The series of all chunks in key order, each with the chunks that name it:
  /// `members[ends[g - 1]..<ends[g]]` is the `g`-th series in key order, one member per chunk
  /// that names it, in chunk order.
  ///
  /// Sorted by their key bytes (on their first 16 bytes, the whole bytes only on a tie); keys
  /// with the same bytes (a part holding the 0 separator) but different parts in the order the
  /// chunks first name them (the first chunk's in its order, then the next chunk's new ones),
  /// as folding each chunk into the first would number them.
  static func groups(_ parts: [SeriesAccumulator], _ registry: SeriesRegistry) -> ([Member], [Int])
  {
    let table = registry.byKey
    let count = registry.keys.count
    // Each series' first chunk and its place in that chunk's naming order.
    var first = [(part: Int32, order: Int32)](repeating: (Int32.max, 0), count: count)
    for (k, part) in parts.enumerated().reversed() {
      part.entries.withUnsafeBufferPointer { entries in
        for (s, e) in entries.enumerated() where e.meta >= 0 { first[s] = (Int32(k), e.meta) }
      }
    }
    var sorting = (0..<Int32(count)).filter { first[Int($0)].part != Int32.max }
      .map { (table.prefix($0), $0) }
    sorting.sort { a, b in
      if a.0 != b.0 { return a.0 < b.0 }
      let c = table.compare(a.1, with: b.1, of: table)
      if c != 0 { return c < 0 }
      let x = first[Int(a.1)]
      let y = first[Int(b.1)]
      return (x.part, x.order) < (y.part, y.order)
    }
    var members: [Member] = []
    members.reserveCapacity(parts.reduce(0) { $0 + $1.metas.count })
    var ends: [Int] = []
    ends.reserveCapacity(sorting.count)
    let named = parts.map { part in
      part.entries.map { $0.meta >= 0 }
    }
    for (_, s) in sorting {
      for k in parts.indices where Int(s) < named[k].count && named[k][Int(s)] {
        members.append(Member(part: Int32(k), series: s))
      }
      ends.append(members.count)
    }
    return (members, ends)
  }

  /// Packs groups `range`: each group's points gathered chunk by chunk in period order, a
  /// later chunk's point at a period the earlier ones have folded into theirs.
  static func pack(
    _ parts: [SeriesAccumulator], _ keys: [Key], _ members: [Member], _ ends: [Int],
    groups range: Range<Int>, codes: [[UInt32]], rule: RepeatedRule, limit: Int
  ) -> PieceResult {
    var out = PieceResult()
    out.series.reserveCapacity(range.count)
    var points: [FoldPoint] = []
    var list: [FoldPoint] = []
    var merged: [FoldPoint] = []
    let partSlots = parts.map(\.slots)
    var chains: [Chain] = []
    var warmed: UInt64 = 0
    for g in range {
      if (g - range.lowerBound) % chainBlock == 0 {
        let block = g..<min(range.upperBound, g + chainBlock)
        warmed &+= warmChains(parts, partSlots, members, ends, groups: block, chains: &chains)
      }
      let lo = g == 0 ? 0 : ends[g - 1]
      points.removeAll(keepingCapacity: true)
      for m in members[lo..<ends[g]] {
        let part = parts[Int(m.part)]
        let partCodes = codes[Int(m.part)]
        // Read through local copies (no exclusivity check on the class's arrays per point).
        let slots = partSlots[Int(m.part)]
        let other = part.other
        list.removeAll(keepingCapacity: true)
        var j = part.entries[Int(m.series)].head
        while j >= 0 {
          let s = slots[Int(j)]
          list.append(
            FoldPoint(
              code: partCodes[Int(s.period)], slot: s,
              other: other.isEmpty ? 0 : other[j] ?? 0, part: m.part))
          j = s.next
        }
        // Newest first: reversed, they are mostly in period order already (files run by period).
        list.reverse()
        if !zip(list, list.dropFirst()).allSatisfy({ $0.code < $1.code }) {
          list.sort { $0.code < $1.code }
        }
        if points.isEmpty {
          swap(&points, &list)
          continue
        }
        // A later chunk: its points folded into the earlier ones' at the same period.
        merged.removeAll(keepingCapacity: true)
        var a = 0
        for b in list {
          while a < points.count && points[a].code < b.code {
            merged.append(points[a])
            a += 1
          }
          guard a < points.count && points[a].code == b.code else {
            merged.append(b)
            continue
          }
          var p = points[a]
          do {
            if try combine(&p.slot, &p.other, b.slot, otherRows: b.other, rule: rule) {
              out.repeated += Int(b.slot.rows)
              out.noteRepeat(
                CrossRepeat(
                  part: Int(m.part), first: Int(p.slot.line), line: Int(b.slot.line),
                  series: m.series))
            }
            points[a] = p
          } catch {
            out.refusedLines.append(b.slot.line)
            out.refusals.append(
              Refusal(
                line: b.slot.line, series: m.series, part: m.part, firstPart: p.part,
                period: p.slot.period, firstLine: p.slot.line, clash: error))
            if out.refusals.count > 4 * limit {
              out.refusals = Refusal.earliest(out.refusals, lines: limit)
            }
          }
        }
        merged += points[a...]
        swap(&points, &merged)
      }
      guard let head = points.first, let tail = points.last else { continue }
      for p in points where p.slot.isTotal { out.superseded += Int(p.other) }
      let packed = points.withUnsafeBufferPointer { all in
        PackedPoints(count: all.count) { i in
          (all[i].code, all[i].slot.value, Int(all[i].slot.line), Int(all[i].slot.rows))
        }
      }
      let first = members[lo]
      let key = keys[Int(first.series)]
      let meta = parts[Int(first.part)].meta(of: first.series)
      out.series.append(
        PackedSeries(
          key: key.key, frequency: key.frequency, label: meta.label,
          commodity: meta.commodity, sourceUnit: meta.unit.source, scale: meta.unit.scale,
          points: packed, first: parts[Int(head.part)].periods[Int(head.slot.period)],
          last: parts[Int(tail.part)].periods[Int(tail.slot.period)]))
    }
    out.warmed = warmed
    return out
  }

  /// Groups whose points ``warmChains(_:_:_:_:groups:chains:)`` loads together.
  static let chainBlock = 16

  /// Where a walk along one series' points is: the chunk, and its next slot (-1 at the end).
  struct Chain {
    var part: Int32
    var slot: Int32
  }

  /// Loads the points of the series of `groups`, walking their chains in step.
  ///
  /// A series' points are linked newest first across its chunk's slot array, one per period
  /// block of the file, so each is a cache miss, and one chain's loads depend on each other.
  /// Walking every chain of a block of groups one step at a time makes the misses of all
  /// of them overlap; packing them afterwards reads from cache.
  ///
  /// - Returns: a sum of the loaded words (kept by the caller, so the loads stay).
  static func warmChains(
    _ parts: [SeriesAccumulator], _ partSlots: [[Slot]], _ members: [Member], _ ends: [Int],
    groups: Range<Int>, chains: inout [Chain]
  ) -> UInt64 {
    chains.removeAll(keepingCapacity: true)
    let lo = groups.lowerBound == 0 ? 0 : ends[groups.lowerBound - 1]
    for m in members[lo..<ends[groups.upperBound - 1]] {
      chains.append(Chain(part: m.part, slot: parts[Int(m.part)].entries[Int(m.series)].head))
    }
    var loaded: UInt64 = 0
    var walking = true
    while walking {
      walking = false
      for c in chains.indices where chains[c].slot >= 0 {
        let s = partSlots[Int(chains[c].part)][Int(chains[c].slot)]
        loaded &+= s.hash
        chains[c].slot = s.next
        if s.next >= 0 { walking = true }
      }
    }
    return loaded
  }
}

/// Which pieces of work are taken and done: workers take pieces in order, at most `ahead` past
/// the last one the consumer has handed over; the consumer waits for each in order.
final class PieceBoard: @unchecked Sendable {
  private let condition = NSCondition()
  private var done: [Bool]
  private var next = 0
  private var stopped = false
  private let ahead: Int
  /// Pieces the consumer has handed over (``handedOver(_:)``).
  private var handed = 0

  init(count: Int, ahead: Int) {
    done = [Bool](repeating: false, count: count)
    self.ahead = max(ahead, 1)
  }

  /// The next piece to work on (waiting while it is `ahead` pieces past the consumer), or `nil`
  /// when none is left (or the work was stopped).
  func take() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !stopped && next < done.count && next >= handed + ahead { condition.wait() }
    if stopped || next >= done.count { return nil }
    next += 1
    return next - 1
  }

  /// Marks piece `i` done.
  func finish(_ i: Int) {
    condition.lock()
    done[i] = true
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until piece `i` is done.
  func wait(_ i: Int) {
    condition.lock()
    while !done[i] { condition.wait() }
    condition.unlock()
  }

  /// Marks piece `i` handed over by the consumer (workers may take pieces past it).
  func handedOver(_ i: Int) {
    condition.lock()
    handed = i + 1
    condition.broadcast()
    condition.unlock()
  }

  /// No piece is handed out any more.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }
}
