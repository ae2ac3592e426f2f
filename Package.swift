// swift-tools-version: 6.0
// Tally: quantitative trade-data analysis. One library product (TallyKit, split into one
// module per concern) and one executable (`tally`). See README.md for the two set-up commands.
import PackageDescription

let package = Package(
  name: "Tally",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "TallyKit", targets: ["TallyKit"]),
    .executable(name: "tally", targets: ["tally"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
  ],
  targets: [
    // MARK: - C interop
    // Debian's libcsv-dev ships no pkg-config file, so no `pkgConfig:` here (see README).
    .systemLibrary(
      name: "CLibCSV",
      providers: [.apt(["libcsv-dev"]), .brew(["libcsv"])]
    ),

    // MARK: - Library modules, one per concern
    .target(name: "TallyCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
    .target(name: "TallyCSV", dependencies: ["CLibCSV", "TallyCore"]),
    .target(name: "TallyExtract", dependencies: ["TallyCore"]),
    .target(
      name: "TallyStore",
      dependencies: [
        "TallyCore", .product(name: "GRDB", package: "GRDB.swift"),
        // The C API for the import's series insert only (SeriesInsert+SQLite.swift).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]
    ),
    .target(name: "TallyImport", dependencies: ["TallyCore", "TallyCSV", "TallyStore"]),
    .target(name: "TallyCheck", dependencies: ["TallyCore"]),
    .target(name: "TallyRender", dependencies: ["TallyCore"]),
    .target(name: "TallyNotebook", dependencies: ["TallyCore"]),
    .target(
      name: "TallyKit",
      dependencies: [
        "TallyCore", "TallyCSV", "TallyExtract", "TallyStore", "TallyImport", "TallyCheck",
        "TallyRender", "TallyNotebook",
      ]
    ),

    // MARK: - Command-line tool
    .executableTarget(
      name: "tally",
      dependencies: [
        "TallyKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // MARK: - Fuzzing
    // libFuzzer targets over the recognizer, over the CSV reader + importer, and over the
    // table writers + notebook parser. A plain build
    // makes replay tools (`TallyFuzz FILE...`); with `-Xswiftc -sanitize=fuzzer,address
    // -Xswiftc -DFUZZING` they are the fuzzers themselves (see README, "Fuzzing").
    .target(name: "TallyFuzzDriver"),
    .executableTarget(
      name: "TallyFuzzExtract", dependencies: ["TallyExtract", "TallyCore", "TallyFuzzDriver"]),
    .executableTarget(name: "TallyFuzz", dependencies: ["TallyImport", "TallyFuzzDriver"]),
    .executableTarget(
      name: "TallyFuzzRender", dependencies: ["TallyRender", "TallyNotebook", "TallyFuzzDriver"]),

    // MARK: - Tests, one target per module
    // Helpers shared by the test targets (golden files); never part of a product.
    .target(name: "TallyTestSupport", path: "Tests/TallyTestSupport"),
    .testTarget(name: "TallyCoreTests", dependencies: ["TallyCore"]),
    .testTarget(name: "TallyCSVTests", dependencies: ["TallyCSV"]),
    .testTarget(name: "TallyExtractTests", dependencies: ["TallyExtract"], exclude: ["score"]),
    .testTarget(
      name: "TallyImportTests", dependencies: ["TallyImport", "TallyStore", "TallyTestSupport"],
      exclude: ["Fuzz"]),
    .testTarget(
      name: "TallyCheckTests",
      dependencies: ["TallyCheck", "TallyExtract", "TallyImport", "TallyKit"]),
    .testTarget(
      name: "TallyRenderTests", dependencies: ["TallyRender", "TallyTestSupport"],
      exclude: ["Golden", "Fuzz"]),
    .testTarget(name: "TallyNotebookTests", dependencies: ["TallyNotebook"]),
    .testTarget(
      name: "TallyCLITests", dependencies: ["tally", "TallyTestSupport"], exclude: ["Golden"]),
    .testTarget(name: "TallyKitTests", dependencies: ["TallyKit", "TallyTestSupport"]),
  ]
)
