import Foundation

/// How one command ended.
public enum CommandStatus: Sendable, Equatable {
  /// Exited with this status.
  case exited(Int32)
  /// Killed by this signal.
  case signalled(Int32)
  /// Still running after the time limit (seconds) and stopped.
  case timedOut(Int)

  /// Whether the command ended with `expected` as its exit status.
  func matches(_ expected: Int32) -> Bool {
    if case .exited(let status) = self { return status == expected }
    return false
  }

  /// The line recorded under the output when the command did not exit 0, or nil.
  var summary: String? {
    switch self {
    case .exited(0): return nil
    case .exited(let status): return "[exit \(status)]"
    case .signalled(let signal): return "[signal \(signal)]"
    case .timedOut(let seconds): return "[timed out after \(seconds) s]"
    }
  }
}

/// What one command printed and how it ended.
public struct CommandResult: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var status: CommandStatus

  public init(stdout: String, stderr: String, status: CommandStatus) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }
}

/// Runs one executable as a subprocess with a fixed environment, capturing its output.
///
/// The CLI passes the running `tally` binary; tests pass a small shell script, so the notebook
/// machinery is tested without depending on any other subcommand.
public struct ProcessExecutor: Sendable {
  public var executable: URL
  /// Seconds a command may run before it is stopped (SIGTERM, then SIGKILL 2 s later).
  public var timeout: Int
  /// Bytes of standard output, and separately of standard error, kept per command.
  ///
  /// The rest
  /// is read and dropped (so the command is not blocked), and a line under the kept part says
  /// how much was cut. A notebook is for reading: a block printing a gigabyte is a mistake,
  /// and must not cost a gigabyte of memory or of Markdown.
  public var outputLimit: Int

  /// The default ``outputLimit``: 1 MiB.
  public static let defaultOutputLimit = 1 << 20

  public init(executable: URL, timeout: Int = 300, outputLimit: Int = defaultOutputLimit) {
    self.executable = executable
    self.timeout = timeout
    self.outputLimit = max(0, outputLimit)
  }

  /// Runs the executable with `arguments` in `directory`, with exactly `environment`, standard
  /// input from /dev/null.
  ///
  /// Standard output and standard error are captured separately.
  public func run(arguments: [String], in directory: URL, environment: [String: String])
    throws(NotebookError) -> CommandResult
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .launch(executable.path, error.localizedDescription)
    }

    let box = ProcessBox(process)
    let seconds = timeout
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(seconds)) {
      box.stop(after: seconds)
    }

    // Read standard error on another thread so neither pipe can fill up and block the child.
    let errBuffer = DataBox()
    let group = DispatchGroup()
    group.enter()
    let limit = outputLimit
    DispatchQueue.global().async {
      errBuffer.set(readCapped(err.fileHandleForReading, limit: limit))
      group.leave()
    }
    let outText = readCapped(out.fileHandleForReading, limit: limit)
    group.wait()
    process.waitUntilExit()
    box.finish()

    let status: CommandStatus
    if let seconds = box.timedOutAfter {
      status = .timedOut(seconds)
    } else if process.terminationReason == .uncaughtSignal {
      status = .signalled(process.terminationStatus)
    } else {
      status = .exited(process.terminationStatus)
    }
    return CommandResult(stdout: outText, stderr: errBuffer.get(), status: status)
  }
}

/// Reads `handle` to its end, keeping the first `limit` bytes (cut after the last whole line
/// when there is one) and a note with the number of bytes cut.
func readCapped(_ handle: FileHandle, limit: Int) -> String {
  var kept = Data()
  var total = 0
  while true {
    let chunk = handle.availableData
    if chunk.isEmpty { break }
    total += chunk.count
    if kept.count < limit { kept.append(chunk.prefix(limit - kept.count)) }
  }
  guard total > limit else { return String(decoding: kept, as: UTF8.self) }
  if let lastNewline = kept.lastIndex(of: 0x0A) { kept = kept.prefix(through: lastNewline) }
  var text = String(decoding: kept, as: UTF8.self)
  if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
  return text
    + "[output cut: \(total - kept.count) of \(total) bytes not shown (limit \(limit) bytes, --max-output)]\n"
}

/// Holds the process for the timeout timer, which runs on another thread.
private final class ProcessBox: @unchecked Sendable {
  private let lock = NSLock()
  private let process: Process
  private var done = false
  private var stoppedAfter: Int?

  /// The time limit the process was stopped at, or nil when it ended by itself.
  var timedOutAfter: Int? {
    lock.lock()
    defer { lock.unlock() }
    return stoppedAfter
  }

  init(_ process: Process) { self.process = process }

  /// Stops the process if it is still running, and remembers that it timed out.
  func stop(after seconds: Int) {
    lock.lock()
    defer { lock.unlock() }
    guard !done, process.isRunning else { return }
    stoppedAfter = seconds
    process.terminate()
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(2)) { [self] in
      lock.lock()
      defer { lock.unlock() }
      if !done { kill(pid, SIGKILL) }
    }
  }

  /// Marks the process as finished, so no timer touches its (possibly reused) pid.
  func finish() {
    lock.lock()
    done = true
    lock.unlock()
  }
}

/// A value written by one thread and read by another after a DispatchGroup wait.
private final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var data = ""

  func set(_ d: String) {
    lock.lock()
    data = d
    lock.unlock()
  }

  func get() -> String {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
