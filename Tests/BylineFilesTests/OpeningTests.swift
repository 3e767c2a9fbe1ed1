import ArticleKit
import Foundation
import ReaderCore
import Testing
@testable import BylineFiles

@Suite("Opening an article file")
struct OpeningFileTests {
    func load(_ text: String) -> (reported: [ReaderEvent], finished: [ReaderEvent]) {
        var reported: [ReaderEvent] = [], finished: [ReaderEvent] = []
        let loaded = try! ArticleFile.decode(Array(text.utf8), name: "/x/a.txt")
        FileReaderHost.load("/x/a.txt", given: loaded, fetcher: nil, saveFolder: nil, position: 12, report: { reported.append($0) },
                            finish: { finished.append($0) })
        return (reported, finished)
    }

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

    @Test("a long article arrives twice: its structure at once, then the full analysis")
    func long() {
        let paragraph = "“We will stay at the table,” Ana Ruiz said on Monday in Lisbon. "
        let text = "Title\n\n" + String(repeating: paragraph + "\n\n", count: FileReaderHost.structureFirstBytes / paragraph.utf8.count + 1)
        let (reported, finished) = load(text)
        guard case .articleOpened(_, .success(let structure), 12)? = reported.first,
              case .articleAnalysed(_, let full)? = finished.first else {
            Issue.record("reported \(reported.count), finished \(finished.count)")
            return
        }
        #expect(!structure.isAnalysed && structure.article.quotes.isEmpty)
        #expect(full.isAnalysed && !full.article.quotes.isEmpty)
        #expect(structure.blocks == full.blocks)
    }
}
