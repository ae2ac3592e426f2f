/// The layouts the importer knows.
///
/// `detect` picks one from the header and first rows;
/// `--preset` forces it.
public enum Preset: String, CaseIterable, Sendable {
  /// UN Comtrade: Plus API/web downloads (`cmdCode`, `primaryValue`), bulk files (tab
  /// separated), legacy downloads (`Commodity Code`, `Trade Value (US$)`).
  case comtrade
  /// CEPII BACI `t,i,j,k,v,q`: exporter, importer, HS6, value in thousand USD, tonnes.
  case baci
  /// Eurostat Comext DataBrowser exports (`REPORTER,PARTNER,PRODUCT,FLOW,...,VALUE_IN_EUR`).
  case comext
  /// China customs (GACC) query platform exports: all fields quoted, trailing comma,
  /// with or without the header line.
  case gacc
  /// Wind/CEIC terminal exports: one column per series, metadata rows, one row per period.
  case wind
  /// A long table with one observation per row.
  case tidy
  /// A table with periods as columns (`1990,1991,...`).
  case wide
}
