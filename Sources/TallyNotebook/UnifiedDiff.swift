/// A line diff in unified format (`@@ -a,b +c,d @@`, ` `/`-`/`+` lines, 3 lines of context),
/// computed with Myers' O((N+M)D) algorithm so that large outputs with small changes stay cheap.
public enum UnifiedDiff {
  /// One line of an edit script.
  enum Edit: Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  /// The unified diff from `old` to `new` under the two header names, or "" when equal.
  public static func diff(
    old: String, new: String, oldName: String, newName: String, context: Int = 3
  ) -> String {
    let a = lines(old)
    let b = lines(new)
    if a == b { return "" }
    let script = edits(a, b)
    var out = "--- \(oldName)\n+++ \(newName)\n"
    for hunk in hunks(script, context: context) {
      out += hunk
    }
    return out
  }

  /// Lines without terminators; a missing final newline is shown as cram and diff(1) do.
  static func lines(_ text: String) -> [String] {
    if text.isEmpty { return [] }
    var parts = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { scalars -> String in
        var s = String(String.UnicodeScalarView(scalars))
        if s.unicodeScalars.last == "\r" {
          s = String(String.UnicodeScalarView(s.unicodeScalars.dropLast()))
        }
        return s
      }
    if parts.last == "" {
      parts.removeLast()
    } else if let last = parts.popLast() {
      parts.append(last + " (no newline at end)")
    }
    return parts
  }

  /// The shortest edit script from `a` to `b` (Myers 1986, forward greedy with trace).
  static func edits(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    let max = n + m
    if max == 0 { return [] }
    let offset = max
    var v = [Int](repeating: 0, count: 2 * max + 2)
    var trace: [[Int]] = []
    var found = false
    for d in 0...max {
      trace.append(v)
      var k = -d
      while k <= d {
        var x: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1]
        } else {
          x = v[offset + k - 1] + 1
        }
        var y = x - k
        while x < n, y < m, a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m {
          found = true
          break
        }
        k += 2
      }
      if found { break }
    }
    // Walk the trace backwards to recover the path.
    var script: [Edit] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let vd = trace[d]
      let k = x - y
      let prevK: Int
      if k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) {
        prevK = k + 1
      } else {
        prevK = k - 1
      }
      let prevX = d == 0 ? 0 : vd[offset + prevK]
      let prevY = prevX - prevK
      while x > prevX && y > prevY {
        script.append(.same(a[x - 1]))
        x -= 1
        y -= 1
      }
      if d > 0 {
        if x == prevX {
          script.append(.added(b[y - 1]))
        } else {
          script.append(.removed(a[x - 1]))
        }
      }
      x = prevX
      y = prevY
    }
    return script.reversed()
  }

  /// Groups an edit script into unified hunks with `context` lines around each change.
  static func hunks(_ script: [Edit], context: Int) -> [String] {
    let changed = script.indices.filter {
      if case .same = script[$0] { return false }
      return true
    }
    guard !changed.isEmpty else { return [] }
    // Merge changes whose context windows touch.
    var ranges: [ClosedRange<Int>] = []
    for i in changed {
      let lo = Swift.max(0, i - context)
      let hi = Swift.min(script.count - 1, i + context)
      if let last = ranges.last, lo <= last.upperBound + 1 {
        ranges[ranges.count - 1] = last.lowerBound...Swift.max(last.upperBound, hi)
      } else {
        ranges.append(lo...hi)
      }
    }
    // Line numbers before each script position.
    var oldLine = [Int](repeating: 0, count: script.count + 1)
    var newLine = [Int](repeating: 0, count: script.count + 1)
    for (i, edit) in script.enumerated() {
      oldLine[i + 1] = oldLine[i] + (edit == .added(edit.text) ? 0 : 1)
      newLine[i + 1] = newLine[i] + (edit == .removed(edit.text) ? 0 : 1)
    }
    return ranges.map { range in
      let oldCount = oldLine[range.upperBound + 1] - oldLine[range.lowerBound]
      let newCount = newLine[range.upperBound + 1] - newLine[range.lowerBound]
      let oldStart = oldCount == 0 ? oldLine[range.lowerBound] : oldLine[range.lowerBound] + 1
      let newStart = newCount == 0 ? newLine[range.lowerBound] : newLine[range.lowerBound] + 1
      var text = "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
      for edit in script[range] {
        switch edit {
        case .same(let s): text += " " + s + "\n"
        case .removed(let s): text += "-" + s + "\n"
        case .added(let s): text += "+" + s + "\n"
        }
      }
      return text
    }
  }
}

extension UnifiedDiff.Edit {
  /// The line's text, whatever the edit.
  var text: String {
    switch self {
    case .same(let s), .removed(let s), .added(let s): return s
    }
  }
}
