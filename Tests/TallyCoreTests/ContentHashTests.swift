import Testing

@testable import TallyCore

/// FIPS 180-4 / NIST example vectors, and chunked input agreeing with one-shot input.
@Suite struct ContentHashTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func knownVectors(input: String, digest: String) {
    #expect(ContentHash.hex(input) == digest)
  }

  @Test func millionAs() {
    #expect(
      ContentHash.hex([UInt8](repeating: 0x61, count: 1_000_000))
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func chunkedEqualsWhole() {
    let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    for chunk in [1, 7, 63, 64, 65, 200] {
      var hasher = ContentHash()
      var i = 0
      while i < bytes.count {
        hasher.update(Array(bytes[i..<min(i + chunk, bytes.count)]))
        i += chunk
      }
      #expect(hasher.hex() == ContentHash.hex(bytes), "chunk \(chunk)")
    }
  }
}
