import ArticleKit
import BylineFiles
import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

/// Measuring and printing for byline-bench.
enum Bench {
    enum Unit {
        case milliseconds, megabytesPerSecond, gigabytesPerSecond
    }

    static let header = line("figure", "median", "spread (min–max)")

    static func line(_ figure: String, _ median: String, _ spread: String) -> String {
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(1, n - s.count)) }
        return "  " + pad(figure, 52) + pad(median, 16) + spread
    }

    static func defaultSeed() -> String {
        let seed = "../shared/seed/kerry-moscow.txt"
        return ArticleFile.exists(seed) ? seed : "Articles/north-atlantic-mackerel-long-read.txt"
    }

    static func load(_ path: String) -> SourceText {
        do { return try ArticleFile.load(path).text } catch {
            print("byline-bench: \(error)")
            exit(1)
        }
    }

    /// The text repeated `times` times, each copy after a blank line (so paragraphs stay paragraphs).
    static func repeated(_ text: SourceText, times: Int) -> SourceText {
        var bytes: [UInt8] = []
        bytes.reserveCapacity((text.count + 2) * times)
        for _ in 0..<times {
            bytes += text.bytes
            bytes += [0x0A, 0x0A]
        }
        return SourceText(validUTF8: bytes)
    }

    /// Seconds per run of `body` for each of `runs` samples (after one warm-up run), sorted. A sample repeats a
    /// short body until it has lasted at least `minimumSample` seconds, so that a run of a fraction of a
    /// millisecond is not measured on its own against the clock's and the scheduler's jitter.
    static func measure(runs: Int, minimumSample: Double = 0, _ body: () -> Void) -> [Double] {
        withoutActuallyEscaping(body) { measureInTurns(rounds: runs, minimumSample: minimumSample, [$0])[0] }
    }

    /// Like `measure`, for several bodies at once, taking their samples in turns (one of each per round), so that
    /// a few seconds when the machine is slower or faster affect every figure alike instead of some figures
    /// wholly. Returns each body's sorted seconds per run.
    static func measureInTurns(rounds: Int, minimumSample: Double, _ bodies: [() -> Void]) -> [[Double]] {
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        let repeats = bodies.map { body -> Int in
            let warmUp = seconds(clock.measure(body))
            return warmUp > 0 && warmUp < minimumSample ? Int((minimumSample / warmUp).rounded(.up)) : 1
        }
        var times = [[Double]](repeating: [], count: bodies.count)
        for _ in 0..<rounds {
            for (k, body) in bodies.enumerated() {
                let elapsed = clock.measure { for _ in 0..<repeats[k] { body() } }
                times[k].append(seconds(elapsed) / Double(repeats[k]))
            }
        }
        return times.map { $0.sorted() }
    }

    /// The load average over the last minute (how busy the machine was, 0 when not known).
    static func loadAverage() -> Double {
        guard let bytes = try? ArticleFile.readBytes("/proc/loadavg"),
              let first = String(decoding: bytes, as: UTF8.self).split(separator: " ").first else { return 0 }
        return Double(first) ?? 0
    }

    static func report(_ figure: String, times: [Double], bytes: Int = 0, unit: Unit) {
        let median = times[times.count / 2]
        func value(_ t: Double) -> String {
            switch unit {
            case .milliseconds: return String(format3: t * 1000) + " ms"
            case .megabytesPerSecond: return String(format1: Double(bytes) / t / 1e6) + " MB/s"
            case .gigabytesPerSecond: return String(format3: Double(bytes) / t / 1e9) + " GB/s"
            }
        }
        // Throughput spreads run from the slowest run to the fastest.
        let low = unit == .milliseconds ? times.first! : times.last!
        let high = unit == .milliseconds ? times.last! : times.first!
        var extra = ""
        if unit != .milliseconds { extra = "  (" + String(format3: median * 1000) + " ms per run)" }
        print(line(figure, value(median), value(low) + " – " + value(high) + extra))
    }

    /// The web pages to measure: html-dev's when it is beside the project, else ours.
    static func webPages() -> [(path: String, bytes: [UInt8])] {
        var paths: [String] = []
        let dev = "../shared/eval/html-dev/pages"
        if ArticleFile.isFolder(dev) { paths = (try? ArticleFile.articles(inFolder: dev)) ?? [] }
        if paths.isEmpty { paths = ((try? ArticleFile.articles(inFolder: "Articles")) ?? []).filter { $0.hasSuffix(".html") } }
        return paths.compactMap { path in (try? ArticleFile.readBytes(path)).map { (path, $0) } }
    }

    /// Seconds of `byline extract --json PATHS > /dev/null`, the binary beside this one, each run sorted.
    static func wholeProcess(_ paths: [String], runs: Int) -> [Double]? {
        let me = CommandLine.arguments[0]
        guard let slash = me.lastIndex(of: "/") else { return nil }
        let byline = String(me[..<slash]) + "/byline"
        guard ArticleFile.exists(byline) else { return nil }
        let pin = ArticleFile.exists("/usr/bin/taskset") ? "/usr/bin/taskset -c 0 " : ""
        let command = pin + ([byline, "extract", "--json"] + paths).map { "'" + $0 + "'" }.joined(separator: " ")
            + " > /dev/null"
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let start = clock.now
            guard system(command) == 0 else { return nil }
            let d = clock.now - start
            times.append(Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
        }
        return times.sorted()
    }

    /// The project's own articles (Articles/), one after another; the seed when the folder is not here.
    static func projectArticles() -> SourceText {
        let texts = (try? ArticleFile.articles(inFolder: "Articles"))?.compactMap { try? ArticleFile.load($0).text } ?? []
        if texts.isEmpty { return load(defaultSeed()) }
        var bytes: [UInt8] = []
        for text in texts { bytes += text.bytes + [0x0A, 0x0A] }
        return SourceText(validUTF8: bytes)
    }

    static func corpusTexts(_ folder: String) -> [SourceText]? {
        guard ArticleFile.isFolder(folder) else { return nil }
        var texts: [SourceText] = []
        var stack = [folder]
        while let dir = stack.popLast() {
            guard let handle = opendir(dir) else { continue }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.hasPrefix(".") { continue }
                let path = dir + "/" + name
                if ArticleFile.isFolder(path) { stack.append(path) }
                else if name.hasSuffix(".txt"), let loaded = try? ArticleFile.load(path) { texts.append(loaded.text) }
            }
            closedir(handle)
        }
        return texts.isEmpty ? nil : texts
    }

    /// A word that occurs often in the document, for search-next timings.
    static func frequentWord(in document: ArticleDocument) -> String {
        if let name = document.article.entities.first?.name.split(separator: " ").last { return String(name) }
        return "the"
    }

    static let scratch: String = {
        let path = "/tmp/byline-bench-\(getpid())"
        mkdir(path, 0o755)
        return path
    }()

    static func libraryFolder(from seed: String, count: Int) -> String {
        let folder = scratch + "/library"
        mkdir(folder, 0o755)
        let bytes = (try? ArticleFile.readBytes(seed)) ?? Array("Title\n\nText.\n".utf8)
        for i in 0..<count {
            let path = folder + "/article-\(i).txt"
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            bytes.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        return folder
    }

    static func writeRepeated(_ text: SourceText, toBytes target: Int, name: String) -> String {
        let path = scratch + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var written = 0
        while written < target {
            text.bytes.withUnsafeBytes { _ = write(fd, $0.baseAddress, $0.count) }
            _ = write(fd, "\n\n", 2)
            written += text.count + 2
        }
        close(fd)
        return path
    }

    /// The reader's peak memory opening the article at `path` (every stage), as its child process reports it.
    static func readerMemory(of path: String) -> Int? {
        let output = childOutput(["reader-memory-child", path])
        return Int(output.trimmingWhitespace)
    }

    /// What this program prints when run as a child with `arguments`.
    static func childOutput(_ arguments: [String]) -> String {
        let words: [String] = [CommandLine.arguments[0]] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return "" }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        var pid: pid_t = 0
        guard posix_spawn(&pid, CommandLine.arguments[0], &actions, nil, argv, environ) == 0 else { return "" }
        close(pipe[1])
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            let n = read(pipe[0], &buffer, buffer.count)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        close(pipe[0])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Milliseconds that the first analysis in a fresh process costs more than the second (of the same short
    /// article): loading the word lists and everything else made once per process. One child process per run.
    static func wordListLoading(runs: Int) -> [Double] {
        var times: [Double] = []
        for _ in 0..<runs {
            if let value = Double(childOutput(["word-list-child"]).trimmingWhitespace) { times.append(value) }
        }
        return times.sorted()
    }

    static func cleanUp() {
        _ = system("rm -rf " + scratch)
    }
}

/// The child process of the word-list figure: prints the seconds by which the first analysis of a short article
/// exceeds the second.
enum WordListChild {
    static func run() {
        let text = SourceText("Harbour Talks\n\nAna Ruiz met officials in Lisbon on Monday, the ministry said.\n")
        let clock = ContinuousClock()
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        let first = seconds(clock.measure { _ = Article(analyzing: text) })
        let second = seconds(clock.measure { _ = Article(analyzing: text) })
        print(first - second)
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }

    init(format1 value: Double) { self = Self.fixed(value, digits: 1) }
    init(format3 value: Double) { self = Self.fixed(value, digits: value >= 100 ? 1 : 3) }

    static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var s = String(rounded)
        if let dot = s.firstIndex(of: ".") {
            let decimals = s.distance(from: dot, to: s.endIndex) - 1
            if decimals < digits { s += String(repeating: "0", count: digits - decimals) }
        } else {
            s += "." + String(repeating: "0", count: digits)
        }
        return s
    }
}
