#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// One run of a program with one argument: its standard output (up to a limit), the start of its standard error,
/// and how it ended. Its standard input is /dev/null; it starts with no signal blocked or ignored.
struct ProgramRun {
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var status: Int32 = 0
    /// Why the program was not started or was killed, if it was.
    var trouble: String?

    /// Held from making a run's pipes to starting it: another thread's run started in between would inherit
    /// them (they are close-on-exec only once `fcntl` has run) and keep this run's output open until it ends.
    private static let spawning = Mutex(())

    init(program: String, argument: String, outputLimit: Int, seconds: Double) {
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        var pid: pid_t = 0
        let failure = Self.spawning.withLock { _ -> Int32 in
            guard Self.closeOnExecPipe(&outPipe) else { return errno }
            guard Self.closeOnExecPipe(&errPipe) else {
                let failure = errno
                close(outPipe[0])
                close(outPipe[1])
                return failure
            }
            let failure = Self.spawn(program, argument, &pid, output: outPipe[1], errors: errPipe[1])
            close(outPipe[1])
            close(errPipe[1])
            if failure != 0 {
                close(outPipe[0])
                close(errPipe[0])
            }
            return failure
        }
        guard failure == 0 else {
            trouble = "could not be started (\(String(cString: strerror(failure))))"
            return
        }
        defer { close(outPipe[0]); close(errPipe[0]) }
        read(from: outPipe[0], errors: errPipe[0], limit: outputLimit, until: Self.now() + seconds, pid: pid)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// A pipe whose ends are closed in programs this one starts (the one started gets copies of them).
    private static func closeOnExecPipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    /// Starts `program argument` with standard output and error to `output` and `errors`; 0 or an errno.
    private static func spawn(_ program: String, _ argument: String, _ pid: inout pid_t, output: Int32,
                              errors: Int32) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(program), strdup(argument), nil]
        defer { argv.forEach { free($0) } }
        return posix_spawn(&pid, program, &actions, &attributes, argv, environ)
    }

    /// Reads standard output (up to `limit`) and the start of standard error until both end, or kills the program
    /// at `deadline`.
    private mutating func read(from outputFD: Int32, errors errorFD: Int32, limit: Int, until deadline: Double,
                               pid: pid_t) {
        var polled = [pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0),
                      pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while polled.contains(where: { $0.fd >= 0 }) {
            let left = deadline - Self.now()
            if left <= 0 || output.count > limit {
                trouble = left <= 0 ? "gave no answer in time" : "answered with more than \(limit) bytes"
                kill(pid, SIGKILL)
                break
            }
            let ready = poll(&polled, nfds_t(polled.count), Int32(min(left, 1) * 1000) + 1)
            if ready < 0 && errno != EINTR { break }
            for k in polled.indices where polled[k].fd >= 0 && polled[k].revents != 0 {
                let n = chunk.withUnsafeMutableBytes { Glibc.read(polled[k].fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    if k == 0 { output.append(contentsOf: chunk[..<n]) }
                    else if errors.count < 4096 { errors.append(contentsOf: chunk[..<min(n, 4096 - errors.count)]) }
                } else if n == 0 || errno != EINTR && errno != EAGAIN {
                    polled[k].fd = -1
                }
            }
        }
    }

    /// Why the run gave no answer, in a few words: what the program said, or how it ended.
    var why: String {
        if let trouble { return trouble }
        let said = String(decoding: errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        if !said.isEmpty { return said }
        let signal = status & 0x7F
        return signal != 0 ? "ended by signal \(signal)" : "ended with exit status \((status >> 8) & 0xFF)"
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
