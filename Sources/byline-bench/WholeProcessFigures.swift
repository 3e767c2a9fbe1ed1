import ArticleKit
import BylineFiles
#if canImport(Glibc)
import Glibc
#endif

/// The whole-process lines of byline-bench: `extract --json` throughput against the analysis alone, the
/// speed-up of a batch on every core, start-up, and how soon long path lists start.
enum WholeProcessFigures {
    static func report(seedPath: String, seed: SourceText, polnearPath: String, quick: Bool) {
        let rounds = quick ? 3 : 9
        print("  whole process (the release byline run from outside, as a script runs it; medians of wall time)")

        // extract --json against the analysis alone (`--benchmark 1`: read, decode, analyse, print nothing).
        let seedCopies = Bench.writeRepeated(seed, toBytes: (seed.count + 2) * 1000, name: "seed-1000.txt")
        throughput("extract --json, seed ×1000", bytes: (seed.count + 2) * 1000,
                   json: ["extract", "--json", seedCopies], alone: ["extract", "--benchmark", "1", seedCopies],
                   rounds: rounds)
        let polnear = ArticleFile.isFolder(polnearPath) ? (try? ArticleFile.articles(inFolder: polnearPath)) ?? [] : []
        if !polnear.isEmpty {
            let list = WholeProcess.list(of: polnear, count: polnear.count, name: "polnear.list")
            let bytes = polnear.reduce(0) { $0 + (ArticleFile.size($1) ?? 0) }
            throughput("extract --json, \(polnear.count) PolNeAR articles, 1 job", bytes: bytes,
                       json: ["extract", "--json", "--jobs", "1", "--files-from", list],
                       alone: ["extract", "--benchmark", "1", "--files-from", list], rounds: rounds)
        } else {
            print("  (no PolNeAR articles at \(polnearPath): skipped)")
        }

        // A batch of 1 000 articles on every core against one job.
        let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        let batch = polnear.isEmpty
            ? (try? ArticleFile.articles(inFolder: Bench.libraryFolder(from: seedPath, count: 1000))) ?? []
            : polnear
        let batchList = WholeProcess.list(of: batch, count: 1000, name: "batch.list")
        let batchRuns = WholeProcess.inTurns(rounds: rounds, [
            ["extract", "--json", "--jobs", "1", "--files-from", batchList],
            ["extract", "--json", "--jobs", "\(cores)", "--files-from", batchList],
        ])
        let one = WholeProcess.median(batchRuns[0].map(\.wall)), all = WholeProcess.median(batchRuns[1].map(\.wall))
        let ratios = zip(batchRuns[0], batchRuns[1]).map { $0.wall / $1.wall }.sorted()
        print(Bench.line("extract --json, 1000 articles, --jobs \(cores) / 1", String(format3: one / all) + "× faster",
                         "\(String(format3: ratios.first!))× – \(String(format3: ratios.last!))× "
                            + "(\(String(format3: one)) s on one core, \(String(format3: all)) s on \(cores))"))

        // Start-up: one short article as JSON and as text, and `--version` (swift-argument-parser's whole tree).
        // CPU is the time the process itself used (user and system, as `perf stat` counts task-clock); wall time
        // adds the waits for a free core that other work on the machine causes.
        let startRounds = quick ? 11 : 41
        let startCommands = [("extract --json of the seed", ["extract", "--json", seedPath]),
                             ("extract (text) of the seed", ["extract", seedPath]), ("byline --version", ["--version"])]
        let startup = WholeProcess.inTurns(rounds: startRounds, startCommands.map(\.1))
        for (k, (name, _)) in startCommands.enumerated() {
            Bench.report("start-up, \(name), CPU", times: startup[k].map(\.cpu).sorted(), unit: .milliseconds)
            Bench.report("start-up, \(name), wall", times: startup[k].map(\.wall), unit: .milliseconds)
        }

        // Long lists of paths: time to the first line of output.
        let small = (try? ArticleFile.articles(inFolder: "Articles")) ?? [seedPath]
        let hundredThousand = WholeProcess.list(of: small, count: 100_000, name: "paths.list")
        let firstFromList = (0..<(quick ? 3 : 7)).map { _ in
            WholeProcess.timeToFirstLine(["extract", "--json", "--files-from", hundredThousand])
        }.sorted()
        Bench.report("first line, 100 000 paths via --files-from", times: firstFromList, unit: .milliseconds)
        let tenThousand = (0..<10_000).map { small[$0 % small.count] }
        let firstFromArguments = (0..<(quick ? 3 : 7)).map { _ in
            WholeProcess.timeToFirstLine(["extract", "--json"] + tenThousand)
        }.sorted()
        Bench.report("first line, 10 000 paths as arguments", times: firstFromArguments, unit: .milliseconds)
    }

    /// One throughput line: `json` in MB/s, and its cost against `alone` (taken in turns).
    private static func throughput(_ figure: String, bytes: Int, json: [String], alone: [String], rounds: Int) {
        let runs = WholeProcess.inTurns(rounds: rounds, [json, alone])
        let times = runs[0].map(\.wall)
        let ratio = WholeProcess.median(runs[0].map(\.wall)) / WholeProcess.median(runs[1].map(\.wall))
        let cpuRatio = WholeProcess.median(runs[0].map(\.cpu)) / WholeProcess.median(runs[1].map(\.cpu))
        let mbps = { (t: Double) in String(format1: Double(bytes) / t / 1e6) + " MB/s" }
        print(Bench.line(figure, mbps(times[times.count / 2]),
                         "\(mbps(times.last!)) – \(mbps(times.first!))  (\(String(format3: ratio))× the analysis alone; "
                            + "CPU \(String(format3: cpuRatio))×)"))
    }
}
