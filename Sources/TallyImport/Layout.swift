import TallyCore

/// A constant or a column: where a role's value comes from for every row.
enum Source: Hashable, Sendable {
  case column(Int)
  case constant(String)
}

/// How to read a long table (one observation per row): which column holds each role.
struct LongLayout: Sendable {
  var sources: [Role: Source] = [:]
  /// Breakdown columns to sum over, with the cells meaning "total" (lowercase).
  var details: [(index: Int, totals: Set<String>)] = []
  /// The value column's unit (currency and scale), when not given per row.
  var valueUnit: UnitLabel?
  /// True when a tidy table's `unit` column (no quantity column beside it) gives the unit of
  /// each row's value: `USD`, `CNY`, `mile`, `tonne`.
  ///
  /// Then any unit is accepted per row,
  /// not only a currency.
  var valueUnitPerRow = false
  /// The quantity unit when there is no unit column (BACI: tonnes).
  var quantityUnit: UnitLabel?
  /// A column describing the commodity (`cmdDesc`, GACC `Commodity`): the series label.
  var labelColumn: Int?
}

/// One series column of a wide table or a Wind export.
struct WideColumn: Sendable {
  var index: Int
  var key: SeriesKey
  var unit: UnitLabel
  var label: String
  /// Zeros outside this range are missing (Wind's "Time Period"); other values are kept.
  var coverage: ClosedRange<Period>?
}

/// How to read a table with periods as columns (`wide`): row dimensions plus period columns.
struct PeriodColumnsLayout: Sendable {
  var sources: [Role: Source] = [:]
  var periods: [(index: Int, period: Period)] = []
  var valueUnit: UnitLabel?
}

/// The shape of the data part of a file.
enum Shape: Sendable {
  case long(LongLayout)
  /// One column per series, one row per period (Wind); the first column is the period.
  case seriesColumns([WideColumn])
  case periodColumns(PeriodColumnsLayout)
}

/// Everything detection decides about a file before its rows are read.
struct Layout: Sendable {
  var preset: Preset
  var dialect: UInt8
  /// Index (0-based, in records) of the first data record.
  var dataStart: Int
  var shape: Shape
  /// Header cells (empty for headerless files), for error messages.
  var headers: [String]
  /// What detection decided that a reader of the summary should know.
  var notes: [String]
}
