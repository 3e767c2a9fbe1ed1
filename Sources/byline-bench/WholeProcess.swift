import BylineFiles
#if canImport(Glibc)
import Glibc
#endif

/// The figures a user sees: `byline` run as a whole process, from outside, as a script runs it.
///
/// The binary is the `byline` built beside byline-bench (`swift build -c release` builds both). Each figure is
/// the median of several runs taken in turns with the figure it is compared with, so that a slow spell of the
/// machine touches both alike.
enum WholeProcess {
    /// What one run took: wall-clock seconds, and CPU seconds (user and system) of the child.
    struct Run {
        var wall: Double
        var cpu: Double
    }

    /// The release `byline` beside this program, nil when it has not been built.
    static let byline: String? = {
        let me = CommandLine.arguments[0]
        guard let slash = me.lastIndex(of: "/") else { return nil }
        let path = String(me[..<slash]) + "/byline"
        return access(path, X_OK) == 0 ? path : nil
    }()

    /// Runs `byline` with `arguments`, its output thrown away.
    static func run(_ arguments: [String]) -> Run {
        let start = now()
        var usage = rusage()
        var status: Int32 = 0
        guard let pid = spawn(arguments, stdout: nil) else { return Run(wall: .infinity, cpu: .infinity) }
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = now() - start
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return Run(wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime))
    }

    /// Seconds from starting `byline` with `arguments` to the first line of its output; the child is then ended.
    static func timeToFirstLine(_ arguments: [String]) -> Double {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return .infinity }
        let start = now()
        guard let pid = spawn(arguments, stdout: fds[1]) else { return .infinity }
        close(fds[1])
        var byte: UInt8 = 0
        var elapsed = Double.infinity
        while read(fds[0], &byte, 1) == 1 {
            if byte == UInt8(ascii: "\n") { elapsed = now() - start; break }
        }
        kill(pid, SIGTERM)
        close(fds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return elapsed
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Starts `byline arguments` with standard input from /dev/null, standard error thrown away and standard
    /// output to `stdout` (or thrown away).
    private static func spawn(_ arguments: [String], stdout: Int32?) -> pid_t? {
        guard let byline else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if let stdout {
            posix_spawn_file_actions_adddup2(&actions, stdout, 1)
            posix_spawn_file_actions_addclose(&actions, stdout)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let words = [byline] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, byline, &actions, nil, argv, environ) == 0 else { return nil }
        return pid
    }

    /// Runs each command line once per round, in turns, and returns each one's runs sorted by wall time.
    static func inTurns(rounds: Int, _ commands: [[String]]) -> [[Run]] {
        for command in commands { _ = run(command) }  // warm the page cache and the binary
        var runs = [[Run]](repeating: [], count: commands.count)
        for _ in 0..<rounds {
            for (k, command) in commands.enumerated() { runs[k].append(run(command)) }
        }
        return runs.map { $0.sorted { $0.wall < $1.wall } }
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// A file listing `count` paths, cycling through `paths`.
    static func list(of paths: [String], count: Int, name: String) -> String {
        var text = ""
        text.reserveCapacity(count * 64)
        for i in 0..<count { text += paths[i % paths.count] + "\n" }
        let path = Bench.scratch + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { _ = write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return path
    }
}
