import Foundation
import Testing

/// `tally extract` spreads documents over threads; the output must not depend on it.
@Suite("tally extract, parallel documents")
struct ParallelExtractTests {
  /// Many documents of varied length (more than one batch of about 256 KB), each with
  /// figures whose units and carried state differ, so a reordering or a state leak between
  /// documents changes the output.
  static func corpus() -> String {
    let sentences = [
      "Exports rose 3.3% to $47 million in August.",
      "The Hong Kong deficit was 3.5 billion H.K. Dlrs, against 4.2 billion dlrs a year before.",
      "Brent climbed $2.04, or 3.1%, to $66.82 a barrel.",
      "Temperatures fell to -12C as the DAX -0.8% closed at 22,914.6.",
      "Rents range from £900 to £1,400 a month for a two-bedroom flat.",
    ]
    var lines: [String] = []
    for n in 0..<800 {
      let body = (0...(n % 7)).map { sentences[($0 + n) % sentences.count] }.joined(separator: " ")
      let text = String(repeating: body + "\n\n", count: 1 + n % 5)
      let json = try? JSONSerialization.data(withJSONObject: ["id": "d\(n)", "text": text])
      lines.append(String(decoding: json ?? Data(), as: UTF8.self))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func outputKeepsInputOrderWhateverTheJobs() throws {
    let cli = try CLIRunner()
    let path = try cli.write("docs.jsonl", Self.corpus())
    let one = try cli.run(["extract", path, "--format", "jsonl", "--jobs", "1"])
    let two = try cli.run(["extract", path, "--format", "jsonl", "--jobs", "2"])
    let four = try cli.run(["extract", path, "--format", "csv", "--jobs", "4"])
    let oneCSV = try cli.run(["extract", path, "--format", "csv", "--jobs", "1"])
    #expect(one.status == 0 && two.status == 0, "\(one.stderr)\(two.stderr)")
    #expect(one.stdout.count > 100_000)
    #expect(one.stdout == two.stdout)
    #expect(four.stdout == oneCSV.stdout)
    // Documents come out in input order: d0, d1, ... as the first figure of each.
    var last = -1
    for line in one.stdout.split(separator: "\n") {
      guard let r = line.range(of: "\"doc\":\"d"),
        let end = line[r.upperBound...].firstIndex(of: "\""),
        let n = Int(line[r.upperBound..<end])
      else { continue }
      #expect(n >= last)
      last = n
    }
    #expect(last == 799)
  }

  @Test func jobsMustBePositive() throws {
    let cli = try CLIRunner()
    let path = try cli.write("a.txt", "Exports rose 3%.")
    let r = try cli.run(["extract", path, "--jobs", "0"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("--jobs must be at least 1"))
  }
}
