/// Scale words in the unit labels of trade datasets (`thousand USD`, `USD 10 th`, `10000
/// tons`, `百万美元`): one table for the importer, which reads labels into units and scales,
/// and the checker, which compares units that carry a scale.
///
/// | words (any case)                                              | factor |
/// |---------------------------------------------------------------|--------|
/// | `10 th`, `10th`, `10 thousand`, `ten thousand`, `10000`, `万` | 1e4    |
/// | `thousand(s)`, `th`, `000`, `1000`, `1,000`, `k`, `千`        | 1e3    |
/// | `million(s)`, `mn`, `mln`, `百万`                             | 1e6    |
/// | `billion(s)`, `bn`, `亿`                                      | 1e9    |
/// | `in hundreds`, `hundred(s)`, `100`                            | 1e2    |
///
/// Prose has scale words of its own (the extractor's number vocabulary): there `m` after a
/// currency is a million, in a unit label it is a metre, so the two tables stay apart.
public enum ScaleWords {
  /// The words and their factor, longest first within a factor (labels try them in order).
  public static let table: [(words: [String], factor: Double)] = [
    (["10 th", "10th", "10 thousand", "ten thousand", "10000", "10,000", "万"], 1e4),
    (["thousand", "thousands", "th", "000", "1000", "1,000", "k", "千"], 1e3),
    (["million", "millions", "mn", "mln", "百万"], 1e6),
    (["billion", "billions", "bn", "亿"], 1e9),
    (["in hundreds", "hundreds", "hundred", "100"], 1e2),
  ]

  private static let index: [String: Double] = {
    var out: [String: Double] = [:]
    for (words, factor) in table { for w in words { out[w] = factor } }
    return out
  }()

  /// The factor of one scale word (any case), or `nil`.
  public static func factor(of word: String) -> Double? { index[word.lowercased()] }
}
