// byline-bench: the figures of the performance budget, measured in-process on this machine.
//
//   swift build -c release && swift run -c release byline-bench [--quick] [SEED] [CORPUS_FOLDER] [POLNEAR_FOLDER]
//
// Prints one line per figure: the median and the spread (min–max) over repeated runs (an analysis sample repeats
// the analysis until it has lasted 20 ms, and reports the time per analysis; the analysis figures take their
// samples in turns). SEED defaults to ../shared/seed/kerry-moscow.txt (falling back to the project's longest
// article); CORPUS_FOLDER to ../shared/corpus; POLNEAR_FOLDER to ../shared/eval/polnear-train/text. The last
// figures are whole-process ones, of the release `byline` beside this program.
// docs/performance.md lists the budgets and what this printed here.
import ArticleKit
import BylineFiles
import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

var arguments = Array(CommandLine.arguments.dropFirst())
let quick = arguments.contains("--quick")
/// `--reader`: only the reader's figures for a 50 MB article (section 7).
let readerOnly = arguments.contains("--reader")
arguments.removeAll { $0.hasPrefix("--") }

if arguments.first == "reader-memory-child" {
    ReaderMemoryChild.run(path: arguments[1])
    exit(0)
}

if arguments.first == "word-list-child" {
    WordListChild.run()
    exit(0)
}

let seedPath = arguments.first ?? Bench.defaultSeed()
let corpusPath = arguments.count > 1 ? arguments[1] : "../shared/corpus"
let polnearPath = arguments.count > 2 ? arguments[2] : "../shared/eval/polnear-train/text"
let seed = Bench.load(seedPath)
print("byline-bench: seed \(seedPath) (\(seed.count) bytes)\(quick ? ", quick mode" : ""), load average "
    + String(format1: Bench.loadAverage()) + " (other work on the machine slows every figure)")
print(Bench.header)
if readerOnly {
    readerFigures()
    Bench.cleanUp()
    exit(0)
}

// 1. Analysis throughput, and how the cost per MB grows from 10 to 100 copies of the seed. The four inputs are
//    measured in turns, a sample of each per round, so that a slow spell of the machine touches all of them.
let copies = [1, 10, 100].map { (factor: $0, text: Bench.repeated(seed, times: $0)) }
let corpus = Bench.corpusTexts(corpusPath)
var bodies: [() -> Void] = copies.map { copy in { _ = Article(analyzing: copy.text) } }
if let corpus { bodies.append { for text in corpus { _ = Article(analyzing: text) } } }
let analysisTimes = Bench.measureInTurns(rounds: quick ? 3 : 21, minimumSample: 0.02, bodies)
var secondsPerMB: [Int: Double] = [:]
for (k, copy) in copies.enumerated() {
    let times = analysisTimes[k]
    Bench.report("analysis, seed ×\(copy.factor)", times: times, bytes: copy.text.count, unit: .megabytesPerSecond)
    secondsPerMB[copy.factor] = times[times.count / 2] / (Double(copy.text.count) / 1e6)
}
print(Bench.line("cost per MB, seed ×100 / seed ×10", String(format3: secondsPerMB[100]! / secondsPerMB[10]!) + "×",
                 "(medians; no quadratic step keeps it near 1)"))
if let corpus {
    let total = corpus.reduce(0) { $0 + $1.count }
    Bench.report("analysis, corpus (\(corpus.count) articles)", times: analysisTimes[3], bytes: total, unit: .megabytesPerSecond)
} else {
    print("  (no corpus at \(corpusPath): skipped)")
}

// 2. Loading the word lists: what the first analysis in a process costs more than the second.
Bench.report("word lists loaded (first analysis − second)", times: Bench.wordListLoading(runs: quick ? 5 : 21),
             unit: .milliseconds)

// 3. First frame: read the seed, analyse, lay out and render 200×60.
let size = Size(width: 200, height: 60)
let firstFrame = Bench.measure(runs: quick ? 5 : 21) {
    let loaded = try! ArticleFile.load(seedPath)
    let document = ArticleDocument(article: Article(analyzing: loaded.text, warnings: loaded.warnings), path: seedPath)
    var state = ReaderState(size: size)
    _ = state.handle(.articleOpened(path: seedPath, .success(document), position: nil))
    _ = Screen.render(state)
}
Bench.report("first frame, seed, 200×60", times: firstFrame, unit: .milliseconds)

// 4. Key to frame.
let fiveMB = Bench.repeated(seed, times: max(1, 5_000_000 / max(1, seed.count)))
for (label, text) in [("seed", seed), ("5 MB", fiveMB)] {
    let document = ArticleDocument(article: Article(analyzing: text), path: label)
    var state = ReaderState(size: size)
    _ = state.handle(.articleOpened(path: label, .success(document), position: nil))
    _ = Screen.render(state)
    let word = Bench.frequentWord(in: document)
    _ = state.handle(.key(.char("/")))
    for scalar in word.unicodeScalars { _ = state.handle(.key(.char(scalar))) }
    _ = state.handle(.key(.enter))
    _ = state.handle(.key(.char("g")))
    for (name, key) in [("line", Key.char("j")), ("page", Key.char(" ")), ("next quote", Key.char("}")),
                        ("search next", Key.char("n"))] {
        var s = state
        let times = Bench.measure(runs: quick ? 20 : 101) {
            _ = s.handle(.key(key))
            _ = Screen.render(s)
        }
        Bench.report("key to frame, \(label), \(name)", times: times, unit: .milliseconds)
    }
}

// 5. Search in 100 MB: ASCII words in the seed repeated; a word with a letter beyond ASCII in the project's own
//    articles repeated (they have names such as Müller, Sigurður and Japanese text).
let hundredMB = Bench.repeated(seed, times: max(1, 100_000_000 / max(1, seed.count)))
let articles = Bench.projectArticles()
let hundredMBOfArticles = Bench.repeated(articles, times: max(1, 100_000_000 / max(1, articles.count)))
for (query, text, source) in [("Tsarnaev", hundredMB, "seed"), ("tsarnaev", hundredMB, "seed"),
                              ("Müller", hundredMBOfArticles, "Articles/")] {
    let matcher = SearchMatcher(query: query)
    var found = 0
    let times = Bench.measure(runs: quick ? 3 : 7) { found = matcher.matches(in: text).count }
    Bench.report("search \"\(query)\", \((text.count + 500_000) / 1_000_000) MB of \(source) (\(found) matches)", times: times,
                 bytes: text.count, unit: .gigabytesPerSecond)
}

// 6. Library of 2 000 articles to the first frame.
let folder = Bench.libraryFolder(from: seedPath, count: 2000)
let library = Bench.measure(runs: quick ? 3 : 7) {
    let paths = try! ArticleFile.articles(inFolder: folder)
    var state = ReaderState(size: size)
    _ = state.handle(.libraryListed(LibraryState(entries: paths.map { .init(path: $0, title: ArticleFile.firstLine($0)) },
                                                 location: folder), reopen: nil))
    _ = Screen.render(state)
}
Bench.report("library of 2000 articles to first frame", times: library, unit: .milliseconds)

readerFigures()

// 8. Web pages: extraction, analysis and the JSON, in-process and as the whole `byline extract --json` process
//    over every page (pinned to one core where taskset exists). The pages of ../shared/eval/html-dev when they
//    are beside the project, else the project's own Articles/*.html.
let pages = Bench.webPages()
if !pages.isEmpty {
    let total = pages.reduce(0) { $0 + $1.bytes.count }
    let inProcess = Bench.measure(runs: quick ? 3 : 9) {
        for page in pages {
            if let loaded = try? WebArticle.load(page.bytes, name: page.path) { _ = ExtractFormat.json(loaded.analyzed()) }
        }
    }
    Bench.report("web pages, in-process (\(pages.count) pages)", times: inProcess, bytes: total, unit: .megabytesPerSecond)
    if let process = Bench.wholeProcess(pages.map(\.path), runs: quick ? 3 : 7) {
        Bench.report("web pages, whole process, one core", times: process, bytes: total, unit: .megabytesPerSecond)
    }
}

// 9. Whole process, as a user runs it: the release `byline` started from outside (WholeProcess).
if WholeProcess.byline == nil {
    print("  (no release byline beside byline-bench: `swift build -c release` builds it; whole-process figures skipped)")
} else {
    WholeProcessFigures.report(seedPath: seedPath, seed: seed, polnearPath: polnearPath, quick: quick)
}
Bench.cleanUp()

/// 7. A 50 MB article in the reader (issue 14): the first frame (reading the file included), the stages after it,
///    a search typed key by key, and the reader's peak memory.
func readerFigures() {
    let fiftyMBPath = Bench.writeRepeated(seed, toBytes: 50_000_000, name: "fifty.txt")
    let fiftyBytes = ArticleFile.size(fiftyMBPath) ?? 1
    let firstFrames = (0..<(quick ? 3 : 7)).map { _ in ReaderFigures.firstFrame(fiftyMBPath) }.sorted()
    Bench.report("reader, first frame, 50 MB article, 200×60", times: firstFrames, unit: .milliseconds)
    let stages = ReaderFigures.stages(fiftyMBPath)
    if stages.count == 3 {
        print(Bench.line("reader, all its text laid out, 50 MB", String(format3: stages[1]) + " s", "(one run)"))
        print(Bench.line("reader, quotes and entities, 50 MB", String(format3: stages[2]) + " s", "(one run)"))
    }
    let keys = ReaderFigures.searchKeys(fiftyMBPath, word: "tsarnaev")
    Bench.report("reader, search keystroke, 50 MB (\(keys.count) keys)", times: keys, unit: .milliseconds)
    if let peak = Bench.readerMemory(of: fiftyMBPath) {
        print(Bench.line("reader memory, \(fiftyBytes / 1_000_000) MB article", "\(peak / 1_000_000) MB",
                         "\(String(format1: Double(peak) / Double(fiftyBytes)))× its size (every stage, each drawn)"))
    }
}
