import ArticleKit
import Foundation
import ReaderCore
import Testing
@testable import BylineFiles

@Suite("Opening an article file")
struct OpeningFileTests {
    func load(_ text: String, isCurrent: @escaping () -> Bool = { true }) -> (reported: [ReaderEvent], finished: [ReaderEvent]) {
        var reported: [ReaderEvent] = [], finished: [ReaderEvent] = []
        let loaded = try! ArticleFile.decode(Array(text.utf8), name: "/x/a.txt")
        FileReaderHost.load("/x/a.txt", given: loaded, fetcher: nil, saveFolder: nil, position: 12, isCurrent: isCurrent,
                            report: { reported.append($0) }, finish: { if let event = $0 { finished.append(event) } })
        return (reported, finished)
    }

    /// An article of `FileReaderHost.structureFirstBytes` or more, a quote in every paragraph.
    static let long: String = {
        let paragraph = "“We will stay at the table,” Ana Ruiz said on Monday in Lisbon. "
        return "Title\n\n" + String(repeating: paragraph + "\n\n", count: FileReaderHost.structureFirstBytes / paragraph.utf8.count + 1)
    }()

    @Test("a short article arrives analysed, in one event")
    func short() {
        let (reported, finished) = load("Title\n\n“Hello,” Ana Ruiz said.\n")
        #expect(reported.isEmpty && finished.count == 1)
        guard case .articleOpened(_, .success(let document), let position)? = finished.first else {
            Issue.record("\(finished)")
            return
        }
        #expect(document.isAnalysed && position == 12)
    }

    @Test("a long article arrives in stages: its beginning, then all its text laid out, then its analysis")
    func long() {
        let (reported, finished) = load(Self.long)
        guard case .articleOpened(_, .success(let beginning), 12)? = reported.first,
              case .articleAdvanced(_, let structure)? = reported.dropFirst().first,
              case .articleAdvanced(_, let full)? = finished.first else {
            Issue.record("reported \(reported.count), finished \(finished.count)")
            return
        }
        #expect(beginning.stage == .beginning && structure.stage == .structure && full.stage == .analysed)
        #expect(beginning.article.quotes.isEmpty && structure.article.quotes.isEmpty && !full.article.quotes.isEmpty)
        // The beginning is the first paragraphs of the whole; the analysis keeps the structure's paragraphs.
        #expect(beginning.blocks.count < structure.blocks.count)
        #expect(Array(beginning.blocks.dropLast()) == Array(structure.blocks.prefix(beginning.blocks.count - 1)))
        #expect(structure.blocks == full.blocks)
        // The analysis told how far it had come, in order.
        let fractions = reported.compactMap { event -> Double? in
            if case .articleProgress(_, let fraction) = event { return fraction }
            return nil
        }
        #expect(!fractions.isEmpty && fractions == fractions.sorted())
    }

    @Test("the first frame of a long article is drawn before its analysis has even started")
    func firstFrameBeforeAnalysis() {
        var finishedWhenShown: Int?
        var screen: [String] = []
        var finished: [ReaderEvent] = []
        let loaded = try! ArticleFile.decode(Array(Self.long.utf8), name: "/x/a.txt")
        FileReaderHost.load("/x/a.txt", given: loaded, fetcher: nil, saveFolder: nil, position: nil, report: { event in
            guard case .articleOpened = event else { return }
            // What the reader draws the moment the first result arrives.
            var state = ReaderState(size: Size(width: 100, height: 20))
            _ = state.handle(.openRequested(path: "/x/a.txt"))
            _ = state.handle(event)
            screen = Screen.render(state).lines
            finishedWhenShown = finished.count
        }, finish: { if let event = $0 { finished.append(event) } })
        #expect(finishedWhenShown == 0)
        #expect(screen.contains { $0.contains("We will stay at the table") }, "\(screen)")
        #expect(screen.last?.contains("reading the rest of the article") == true, "\(screen.last ?? "")")
        #expect(finished.count == 1)
    }

    @Test("an open superseded before it starts does nothing; one superseded midway stops at its next stage")
    func superseded() {
        let (skippedReported, skippedFinished) = load(Self.long, isCurrent: { false })
        #expect(skippedReported.isEmpty && skippedFinished.isEmpty)
        // Another article is chosen once this one's beginning is on screen.
        var asked = 0
        let (reported, finished) = load(Self.long, isCurrent: { asked += 1; return asked == 1 })
        #expect(reported.count == 1, "only the beginning: \(reported.count) events")
        #expect(finished.isEmpty, "the analysis never arrives")
    }
}

@Suite("Opening articles one after another")
struct OpeningSequenceTests {
    @Test("rapid opens of long articles: only the last is analysed; the ones it superseded stop")
    func rapidOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("byline-opens-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = (1...3).map { folder + "/long-\($0).txt" }
        for path in paths { try OpeningFileTests.long.write(toFile: path, atomically: true, encoding: .utf8) }
        let state = folder + "/state"
        var host = FileReaderHost(positions: ReadingPositions(file: state + "/positions"), marks: ReadMarks(file: state + "/read"))
        for path in paths { host.open(path: path) }
        var events: [ReaderEvent] = []
        let deadline = Date().addingTimeInterval(120)
        while host.isWorking && Date() < deadline {
            events += host.finishedWork()
            usleep(10_000)
        }
        events += host.finishedWork()
        let analysed = events.compactMap { event -> String? in
            if case .articleAdvanced(let path, let document) = event, document.isAnalysed { return path }
            return nil
        }
        #expect(analysed == [paths[2]], "\(analysed)")
    }
}
