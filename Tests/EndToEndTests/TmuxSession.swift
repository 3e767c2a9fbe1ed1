import Foundation

/// A real terminal for end-to-end tests: a private tmux server running one `byline` command, driven with
/// `send-keys` and read with `capture-pane`, like a person at a keyboard.
final class TmuxSession {
    static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
        || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

    /// The `byline` binary built next to the test runner.
    static var byline: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // On Linux the runner is `<Package>PackageTests.xctest`, a file in the build folder.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("byline").path) && folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("byline").path
    }

    /// The project's folder (for `Articles/`).
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static let counter = Counter()
    let socket: String

    /// Starts `arguments` (after the byline binary) in a new `width`×`height` terminal. After the program ends,
    /// the pane shows `EXIT=<status>`.
    convenience init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        try self.init(command: "\(Self.quote(Self.byline)) \(arguments.map(Self.quote).joined(separator: " ")); echo EXIT=$?; sleep 60",
                      width: width, height: height, environment: environment)
    }

    /// Starts an interactive shell (bash without startup files, prompt `$ `) in a new terminal, for tests that type
    /// whole command lines: pipes, job control (Ctrl-Z, `fg`), `stty`, and a screen that must be the shell's again
    /// after byline ends. `unset` names variables to remove from the shell's environment (`TERM`).
    static func shell(width: Int = 100, height: Int = 30, environment: [String: String] = [:],
                      unset: [String] = []) throws -> TmuxSession {
        let session = try TmuxSession(command: "exec bash --norc --noprofile -i", width: width, height: height,
                                      environment: environment.merging(["PS1": "$ "]) { a, _ in a }, unset: unset)
        _ = try session.waitFor("$")  // capture-pane drops the space after it
        return session
    }

    /// Starts `command` (a shell command line) in a new `width`×`height` terminal with byline's test environment:
    /// a UTF-8 locale, `TERM=xterm-256color`, and private config and state folders.
    init(command: String, width: Int, height: Int, environment: [String: String] = [:], unset: [String] = []) throws {
        socket = "byline-test-\(getpid())-\(Self.counter.next())"
        let state = Self.stateFolder + "/\(socket)"
        try? FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        var env = "LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=\(state) XDG_CONFIG_HOME=\(state) "
        for (k, v) in environment.sorted(by: { $0.key < $1.key }) { env += "\(k)=\(Self.quote(v)) " }
        let unsetting = unset.map { "-u \($0) " }.joined()
        // A watchdog: whatever happens to the test (a crash, an interrupted run), the session ends within ten
        // minutes and takes byline with it (its terminal hangs up). --foreground keeps the terminal's keys.
        let watched = "timeout --foreground 600 sh -c \(Self.quote(command))"
        // The server forks from this call and would hold an output pipe open: give it none.
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "env \(unsetting)\(env)\(watched)"],
                 output: false)
    }

    /// The folder the session's `XDG_CONFIG_HOME` and `XDG_STATE_HOME` point at.
    var configFolder: String { Self.stateFolder + "/\(socket)" }

    deinit { _ = try? tmux(["kill-server"]) }

    static let stateFolder: String = {
        let path = NSTemporaryDirectory() + "byline-test-state-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ arguments: [String], output: Bool = true) throws -> String {
        try Subprocess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, captureOutput: output).output
    }

    /// Types keys (tmux key names: "q", "Tab", "Enter", "C-d", "Escape").
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }

    /// Types a command line into the shell (`shell()` sessions) and presses Enter.
    func run(_ commandLine: String) throws {
        try type(commandLine)
        try send("Enter")
    }

    /// A value from tmux's formats (`#{pane_title}`, `#{pane_bg}`, `#{pane_pid}`, ...).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The paste buffers tmux holds (an OSC 52 clipboard write creates one when `set-clipboard` is on).
    func buffers() throws -> String { try tmux(["list-buffers"]) }

    /// The ids of the processes whose parent is `pid`.
    static func children(of pid: Int32) -> [Int32] {
        let list = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return list.split(separator: " ").compactMap { Int32($0) }
    }

    /// The byline process running in the pane (below its shell), if there is one.
    func bylineProcess() throws -> Int32? {
        var pending = [Int32(try format("#{pane_pid}")) ?? -1]
        while let pid = pending.popLast(), pid > 0 {
            let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            if name == "byline" { return pid }
            pending += Self.children(of: pid)
        }
        return nil
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen now (with escape sequences for colours and attributes when `escapes`).
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    /// Waits until the screen shows `text` and has stopped changing, and returns it; the last screen if it
    /// never does within `timeout` seconds. (A generous timeout only keeps a broken program from hanging the
    /// tests; nothing depends on how fast the screen settles.)
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen satisfies `accept` and has stopped changing, and returns it; the last screen if it
    /// never does within `timeout` seconds. (After a resize, tmux shows the old screen cut to the new size until
    /// the program redraws: a test of the new frame must look for something only the new frame has.)
    @discardableResult
    func waitUntil(timeout: Double = 10, _ accept: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            let screen = try capture()
            if accept(screen) && screen == last { return screen }
            last = screen
            Thread.sleep(forTimeInterval: 0.1)
        }
        return last
    }
}

/// Unique numbers for socket names across parallel tests.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
}
