import Foundation

/// Running a command and reading what it prints, with posix_spawn and waitpid (Foundation's Process can wait
/// for ever when the child forks a daemon, as tmux does).
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
        /// Standard error, when `captureErrors` was set ("" otherwise).
        var errors: String = ""
        /// Standard output as bytes, for checks on exactly what was written.
        var outputBytes: [UInt8] = []
    }

    /// Runs `arguments` (looked up on PATH); standard error is discarded unless `captureErrors`, standard output
    /// captured unless `captureOutput` is false; standard input is `/dev/null`, or the file `input`.
    static func run(_ arguments: [String], captureOutput: Bool = true, captureErrors: Bool = false,
                    input: String = "/dev/null", environment: [String: String]? = nil) throws -> Result {
        let errorFile = NSTemporaryDirectory() + "byline-stderr-\(getpid())-\(UUID().uuidString)"
        defer { if captureErrors { unlink(errorFile) } }
        var fds: [Int32] = [-1, -1]
        if captureOutput { guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, captureErrors ? errorFile : "/dev/null",
                                         captureErrors ? O_WRONLY | O_CREAT | O_TRUNC : O_WRONLY, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envStrings = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let envp = envStrings.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        // Start the child with no signal blocked and every signal at its default action, whatever the test
        // runner's threads have blocked or ignored.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        if captureOutput { close(fds[1]) }
        guard spawned == 0 else {
            if captureOutput { close(fds[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        var output: [UInt8] = []
        if captureOutput {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                output += buffer[0..<n]
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let errors = captureErrors ? (FileManager.default.contents(atPath: errorFile).map { String(decoding: $0, as: UTF8.self) } ?? "") : ""
        return Result(status: exit, output: String(decoding: output, as: UTF8.self), errors: errors, outputBytes: output)
    }
}
