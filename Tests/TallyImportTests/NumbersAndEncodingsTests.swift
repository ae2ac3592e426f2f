import Foundation
import TallyCore
import Testing

@testable import TallyImport

/// Issue 13: numbers that differed from the input, and encodings guessed for a whole file.
@Suite struct DecimalMarkTests {
  static let header = "period;reporter;partner;flow;measure;unit;value\n"

  func values(_ rows: [String]) throws -> (values: [Double], notes: [String]) {
    let text =
      Self.header
      + rows.enumerated().map { "\(2001 + $0.offset);CHN;RUS;total;trade;USD;\($0.element)\n" }
      .joined()
    let r = try importFile(try tempFile("euro.csv", text))
    let points = r.series("trade", "CHN", "RUS", .total, .usd)?.points ?? []
    return (points.map(\.value), r.info.notes)
  }

  func failure(_ rows: [String]) -> String? {
    do {
      _ = try values(rows)
      return nil
    } catch {
      return "\(error)"
    }
  }

  /// The issue's column: `1,5`, `2,25`, `1,234`, `0,875` were read 1.5, 2.25, 1234, 875.
  @Test func oneMarkPerColumnDecidedFromItsCells() throws {
    let r = try values(["1,5", "2,25", "1,234", "0,875"])
    #expect(r.values == [1.5, 2.25, 1.234, 0.875])
    #expect(r.notes.contains { $0.contains("decimal comma") && $0.contains("'1,5' on line 2") })
  }

  /// The deciding cell may come after the ambiguous ones, as long as it is in the first rows.
  @Test func theFirstRowsDecideBeforeAnythingIsRead() throws {
    let r = try values(["1,234", "0,875", "12,5"])
    #expect(r.values == [1.234, 0.875, 12.5])
  }

  @Test func thousandsSeparatorsStayThousands() throws {
    let r = try values(["\"1,234,567\"", "\"2,345\"", "\"1,234.5\""])
    #expect(r.values == [1_234_567, 2345, 1234.5])
  }

  /// Read in parallel chunks, a column that only the second chunk decides for a decimal comma
  /// must not keep the first chunk's ambiguous `2.345` read as 2.345: the file is read again
  /// front to back, which finds the conflict at its line, as a one-thread read does.
  @Test func decimalCommaDecidedInsideAChunkIsNotMixed() throws {
    let n = 8000  // about 300 kB: far beyond the sample the first rows are decided from
    var text = Self.header
    for k in 0..<n {
      let cell = k == n / 4 ? "2.345" : k == 3 * n / 4 ? "0,5" : "\(k)"
      text += "2001;CHN;RUS;total;m\(k);USD;\(cell)\n"
    }
    let file = try tempFile("euro-chunks.csv", text)
    var options = ImportOptions()
    options.threads = 2
    options.parallelMinimumBytes = 0
    var errors: [String] = []
    for threads in [1, 2] {
      options.threads = threads
      do {
        _ = try importFile(file, options)
        errors.append("")
      } catch {
        errors.append("\(error)")
      }
    }
    #expect(errors[0].contains("ambiguous"), "\(errors[0])")
    #expect(errors[1] == errors[0])
  }

  @Test func europeanThousandsWithDecimalComma() throws {
    let r = try values(["1.234.567,5", "2.345", "0,5"])
    #expect(r.values == [1_234_567.5, 2345, 0.5])
  }

  /// Conflicting evidence in one column is refused at the cell, naming the deciding cell.
  @Test func conflictingMarksAreRefusedWithTheirLines() {
    var rows = (0..<50).map { _ in "\"1,5\"" }
    rows.append("\"1,234.5\"")
    let message = failure(rows)
    #expect(message?.contains("euro.csv:52:7") == true, "\(message ?? "")")
    #expect(message?.contains("decided by '1,5' on line 2") == true, "\(message ?? "")")
  }

  /// An ambiguous cell read before any evidence, then a decimal comma: refused, not half-read.
  @Test func ambiguousCellReadBeforeEvidenceIsAConflict() {
    var rows = ["1,234"]
    rows += (0..<50).map { _ in "7" }
    rows.append("1,5")
    let message = failure(rows)
    #expect(message?.contains("euro.csv:53:7") == true, "\(message ?? "")")
    #expect(message?.contains("'1,234' on line 2") == true, "\(message ?? "")")
  }

  @Test func undecidedColumnSaysWhichMarkItUsed() throws {
    let r = try values(["1,234", "2,500"])
    #expect(r.values == [1234, 2500])
    #expect(r.notes.contains { $0.contains("read with a decimal point: no cell shows its mark") })
  }

  /// 9007199254740993 became 9007199254740992; a 30-digit integer lost its last digits.
  @Test(arguments: ["9007199254740993", "123456789012345678901234567890"])
  func integersADoubleCannotHoldAreRefused(_ text: String) {
    let message = failure([text])
    #expect(message?.contains("euro.csv:2:7") == true, "\(message ?? "")")
    #expect(message?.contains("more digits than a stored number holds exactly") == true)
  }

  @Test func largeIntegersADoubleHoldsAreKept() throws {
    #expect(
      try values(["9007199254740992", "1234567890123456", "100000000000000000000"]).values == [
        9007199254740992, 1234567890123456, 1e20,
      ])
  }

  @Test func evidenceOfSingleCells() {
    #expect(NumberParser.evidence("1,5") == .comma)
    #expect(NumberParser.evidence("0,875") == .comma)
    #expect(NumberParser.evidence("1234,567") == .comma)
    #expect(NumberParser.evidence("1,234") == nil)
    #expect(NumberParser.evidence("1.234") == nil)
    #expect(NumberParser.evidence("1.5") == .point)
    #expect(NumberParser.evidence("1,234,567") == .point)
    #expect(NumberParser.evidence("1.234.567") == .comma)
    #expect(NumberParser.evidence("1.234,5") == .comma)
    #expect(NumberParser.evidence("1234") == nil)
  }
}

/// Issue 13: a 400 kB measure was stored as a key and printed whole.
@Suite struct KeyLimitTests {
  @Test func overlongKeyIsRefusedWithItsPosition() {
    let text =
      "period,reporter,partner,flow,measure,unit,value\n2021,CHN,RUS,total,"
      + String(repeating: "m", count: 400_000) + ",USD,1\n"
    #expect {
      _ = try importFile(try tempFile("long.csv", text))
    } throws: { error in
      let m = "\(error)"
      return m.contains("long.csv:2:5") && m.contains("400000 bytes long") && m.count < 400
    }
  }
}

@Suite struct EncodingTests {
  static let tidy = "period,reporter,partner,flow,measure,unit,value\n"

  /// One Latin-1 byte made the whole file Latin-1, so a valid `é` became `Ã©`.
  @Test func mixedUTF8AndLatin1IsRefusedWithTheLine() {
    var bytes = Array(Self.tidy.utf8)
    bytes += Array("2021,CHN,RUS,total,caf\u{E9},USD,1\n".utf8)  // UTF-8 é (C3 A9), line 2
    // Latin-1 é, line 3
    bytes += Array("2022,CHN,RUS,total,caf".utf8) + [0xE9] + Array(",USD,2\n".utf8)
    #expect {
      _ = try importFile(try tempFile("mixed.csv", bytes))
    } throws: { error in
      let m = "\(error)"
      return m.contains("line 3 is not UTF-8") && m.contains("line 2 holds UTF-8")
    }
  }

  /// The same beyond the first 64 kB the encoding is detected from: UTF-8 `é` after a
  /// Latin-1 start is refused at its line, not turned into `Ã©`.
  @Test func utf8AfterALatin1StartIsRefusedWithTheLine() {
    var bytes = Array(Self.tidy.utf8)
    bytes += Array("2000,CHN,RUS,total,caf".utf8) + [0xE9] + Array(",USD,1\n".utf8)  // line 2
    for year in 0..<3000 { bytes += Array("\(year + 3000),CHN,RUS,total,trade,USD,1\n".utf8) }
    bytes += Array("2001,CHN,RUS,total,caf\u{E9},USD,2\n".utf8)  // line 3003
    #expect(bytes.count > 70_000)
    #expect {
      _ = try importFile(try tempFile("late.csv", bytes))
    } throws: { error in
      "\(error)".contains("line 3003 holds UTF-8 characters")
    }
  }

  /// Windows-1252 text whose bytes happen to form UTF-8 (`“CAFÉ”`: É” is C9 94) stays 1252.
  @Test func windows1252ThatLooksLikeUTF8HereAndThereIsNotMixed() throws {
    var bytes = Array(Self.tidy.utf8)
    bytes +=
      Array("2021,CHN,RUS,total,".utf8) + [0x93] + Array("CAF".utf8) + [0xC9, 0x94]
      + Array(",USD,1\n".utf8)
    bytes +=
      Array("2022,CHN,RUS,total,".utf8) + [0x93] + Array("CAF".utf8) + [0xC9, 0x94]
      + Array(",USD,2\n".utf8)
    let r = try importFile(try tempFile("cafe.csv", bytes))
    #expect(r.info.encoding == "Windows-1252")
    #expect(r.series("“café”", "CHN", "RUS", .total, .usd)?.value(at: .year(2022)) == 2)
  }

  /// A UTF-16 file was called "binary".
  @Test(arguments: [true, false])
  func utf16WithAByteOrderMarkIsRead(_ littleEndian: Bool) throws {
    let text = Self.tidy + "2021,CHN,RUS,total,café,USD,1.5\n"
    var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
    for unit in text.utf16 {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += littleEndian ? pair : pair.reversed()
    }
    let r = try importFile(try tempFile("utf16.csv", bytes))
    #expect(r.info.encoding == "UTF-16")
    #expect(r.series("café", "CHN", "RUS", .total, .usd)?.value(at: .year(2021)) == 1.5)
  }

  @Test func utf16WithoutAByteOrderMarkIsNamedWithTheCommand() {
    let text = Self.tidy + "2021,CHN,RUS,total,trade,USD,1.5\n"
    let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect {
      _ = try importFile(try tempFile("utf16.csv", bytes))
    } throws: { error in
      "\(error)".contains("UTF-16 (little-endian) without a byte-order mark")
        && "\(error)".contains("iconv -f UTF-16LE -t UTF-8")
    }
  }
}
