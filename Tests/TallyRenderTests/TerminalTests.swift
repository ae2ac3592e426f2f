import Testing

@testable import TallyRender

@Suite struct TerminalTests {
  @Test func widthPrefersColumns() {
    #expect(TerminalEnvironment(environment: ["COLUMNS": "42"], fileDescriptor: -1).width == 42)
    #expect(TerminalEnvironment(environment: ["COLUMNS": "x"], fileDescriptor: -1).width == 80)
    #expect(TerminalEnvironment(environment: [:], fileDescriptor: -1).width == 80)
  }

  @Test func utf8FromLocale() {
    func utf8(_ env: [String: String]) -> Bool {
      TerminalEnvironment(environment: env, fileDescriptor: -1).isUTF8
    }
    #expect(utf8(["LANG": "en_US.UTF-8"]))
    #expect(utf8(["LC_ALL": "C.utf8"]))
    #expect(!utf8(["LC_ALL": "C", "LANG": "en_US.UTF-8"]))
    #expect(!utf8(["LC_CTYPE": "en_US.ISO-8859-1"]))
    #expect(utf8(["LC_ALL": "", "LC_CTYPE": "", "LANG": "de_DE.UTF-8"]))
    #expect(!utf8([:]))
  }

  @Test func colourRules() {
    func color(_ env: [String: String]) -> Bool {
      TerminalEnvironment(environment: env, fileDescriptor: -1).wantsColor
    }
    #expect(!color([:]))  // not a terminal
    #expect(!color(["NO_COLOR": "1", "FORCE_COLOR": "1"]))
    #expect(color(["FORCE_COLOR": "1"]))
    #expect(!color(["FORCE_COLOR": "1", "NO_COLOR": "1"]))
  }
}
