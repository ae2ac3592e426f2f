// TallyKit: the library product. It re-exports one module per concern so that
// `import TallyKit` gives the whole API.
@_exported import TallyCSV
@_exported import TallyCheck
@_exported import TallyCore
@_exported import TallyExtract
@_exported import TallyImport
@_exported import TallyNotebook
@_exported import TallyRender
@_exported import TallyStore
