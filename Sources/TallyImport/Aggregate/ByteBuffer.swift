import TallyCore

/// A growable byte buffer for building output without a String per value.
struct ByteBuffer {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 1 << 16) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  /// Frees the memory; the buffer must not be used afterwards.
  func release() { base.deallocate() }

  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  mutating func removeAll() { count = 0 }

  @inline(__always)
  mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    var grown = capacity * 2
    while grown < count + extra { grown *= 2 }
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    moved.update(from: base, count: count)
    base.deallocate()
    base = moved
    capacity = grown
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeRawBufferPointer) {
    guard let src = bytes.baseAddress, bytes.count > 0 else { return }
    reserve(bytes.count)
    UnsafeMutableRawPointer(base + count).copyMemory(from: src, byteCount: bytes.count)
    count += bytes.count
  }

  /// Appends a CSV field, quoted (quotes doubled) when it holds a comma, quote, line break or
  /// leading or trailing blank, so that any CSV reader gets the same text back.
  mutating func appendCSVField(_ field: UnsafeRawBufferPointer) {
    var needsQuotes = false
    for b in field where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
      needsQuotes = true
      break
    }
    if let first = field.first, let last = field.last,
      first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    {
      needsQuotes = true
    }
    guard needsQuotes else {
      append(field)
      return
    }
    append(0x22)
    for b in field {
      if b == 0x22 { append(0x22) }
      append(b)
    }
    append(0x22)
  }

  /// Appends the fields of a packed key joined by commas, in one pass over its bytes, when
  /// no field needs quoting (the common case: codes, names without commas, periods).
  ///
  /// - Returns: `false`, having appended nothing, when a field needs quoting; the caller then
  ///   writes the fields one by one with ``appendCSVField(_:)``.
  @inline(__always)
  mutating func appendPlainKey<K: PackedKey>(_ key: K, fieldCount: Int) -> Bool {
    reserve(K.byteWidth)
    return withUnsafeBytes(of: key) { raw -> Bool in
      var separators = 0
      var n = 0
      let dst = base + count
      for i in 0..<raw.count {
        let b = raw[i]
        if b == 0 {
          if separators == fieldCount - 1 { break }
          separators += 1
          dst[n] = 0x2C
        } else {
          if b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { return false }
          dst[n] = b
        }
        n += 1
      }
      // Leading or trailing blanks in a field need quotes too.
      var previous: UInt8 = 0x2C
      for i in 0..<n {
        let b = dst[i]
        let blank = b == 0x20 || b == 0x09
        if (blank && previous == 0x2C) || (b == 0x2C && (previous == 0x20 || previous == 0x09)) {
          return false
        }
        previous = b
      }
      if n > 0 && (previous == 0x20 || previous == 0x09) { return false }
      // Every separator lies inside the key (a packed key never fills its width past them).
      guard separators == max(fieldCount - 1, 0) else { return false }
      count += n
      return true
    }
  }

  /// Appends a number as every machine format writes it (`DecimalDigits.machineText`, which
  /// `NumberFormat.machine` is): the shortest text that reads back as the same Double (`12`,
  /// `0.5`, `207163.33`, `1e-12`).
  ///
  /// Fast path, without a String: amounts with at most two decimals below 1e13. When
  /// `c / 100 == value` for the integer `c = round(value * 100)`, the text of `c / 100` reads
  /// back as `value`, and since doubles below 1e13 are closer together than 0.01, no text with
  /// fewer digits does; so this prints exactly what the shortest conversion prints.
  mutating func appendNumber(_ value: Double) {
    let v = value == 0 ? 0 : value  // no "-0.0"
    if v.magnitude < 1e13 {
      let c = (v * 100).rounded()
      if c / 100 == v {
        var cents = Int64(c)
        if cents < 0 {
          append(UInt8(ascii: "-"))
          cents = -cents
        }
        appendInteger(UInt64(cents / 100))
        let fraction = Int(cents % 100)
        if fraction == 0 { return }
        append(UInt8(ascii: "."))
        append(UInt8(truncatingIfNeeded: 0x30 + fraction / 10))
        if fraction % 10 != 0 { append(UInt8(truncatingIfNeeded: 0x30 + fraction % 10)) }
        return
      }
    }
    var text = DecimalDigits.machineText(v)
    text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
  }

  /// Appends a group's sum: the exact decimal when it has one (`0.3`, not
  /// `0.30000000000000004`; trailing zeros dropped), else the compensated double.
  mutating func appendSum(_ sum: ExactSum) {
    guard sum.decimals >= 0 else {
      appendNumber(sum.value)
      return
    }
    var fixed = sum.fixed
    var decimals = Int(sum.decimals)
    while decimals > 0 && fixed % 10 == 0 {
      fixed /= 10
      decimals -= 1
    }
    if fixed < 0 { append(UInt8(ascii: "-")) }
    let magnitude = fixed.magnitude
    let unit = UInt64(DecimalParser.tenTo[decimals])
    appendInteger(magnitude / unit)
    guard decimals > 0 else { return }
    append(UInt8(ascii: "."))
    var fraction = magnitude % unit
    var digits = [UInt8](repeating: 0x30, count: decimals)
    for k in stride(from: decimals - 1, through: 0, by: -1) {
      digits[k] = UInt8(truncatingIfNeeded: 0x30 + fraction % 10)
      fraction /= 10
    }
    for d in digits { append(d) }
  }

  /// Appends the decimal digits of `n`.
  @inline(__always)
  mutating func appendInteger(_ n: UInt64) {
    reserve(20)
    var digits = 0
    var rest = n
    repeat {
      digits += 1
      rest /= 10
    } while rest > 0
    rest = n
    var i = count + digits - 1
    repeat {
      base[i] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
      rest /= 10
      i -= 1
    } while rest > 0
    count += digits
  }
}
