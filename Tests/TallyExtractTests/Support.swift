import Foundation
import TallyCore

@testable import TallyExtract

/// Figures of a short text, with rule names kept.
func figures(_ text: String, date: String? = nil) -> [Figure] {
  let d = date.flatMap(TextDecoding.date)
  return FigureExtractor(explain: true).extract(Document(id: "t", text: text, date: d))
}

/// Checks one corpus example; returns a failure message or `nil`.
func check(_ ex: CorpusExample) -> String? {
  let figs = figures(ex.text)
  guard let e = ex.expected else {
    return figs.isEmpty
      ? nil : "expected no figure, got \(figs.map { "\($0.text)=\($0.value) \($0.unit)" })"
  }
  let f: Figure
  if let span = ex.span {
    guard let hit = figs.first(where: { $0.text == span }) else {
      return "no figure with span \(span.debugDescription); got \(figs.map(\.text))"
    }
    f = hit
  } else {
    guard figs.count == 1, let only = figs.first else {
      return "expected one figure, got \(figs.map { "\($0.text)=\($0.value) \($0.unit)" })"
    }
    f = only
  }
  var problems: [String] = []
  if abs(f.value - e.value) > 1e-9 * max(1, abs(e.value)) {
    problems.append("value \(f.value) != \(e.value)")
  }
  if f.unit != e.unit { problems.append("unit \(f.unit) != \(e.unit)") }
  if let h = e.valueHigh, f.valueHigh.map({ abs($0 - h) > 1e-9 * h }) ?? true {
    problems.append("valueHigh \(String(describing: f.valueHigh)) != \(h)")
  }
  if f.bound != e.bound { problems.append("bound \(f.bound) != \(e.bound)") }
  if f.change != e.change {
    problems.append("change \(String(describing: f.change)) != \(String(describing: e.change))")
  }
  if let k = e.kind, f.kind != k { problems.append("kind \(f.kind) != \(k)") }
  if let c = e.counted, f.counted != c {
    problems.append("counted \(String(describing: f.counted)) != \(c)")
  }
  return problems.isEmpty
    ? nil : problems.joined(separator: "; ") + " [rules: \(f.rules.joined(separator: " "))]"
}
