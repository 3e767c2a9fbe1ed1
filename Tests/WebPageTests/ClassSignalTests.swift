import Testing
@testable import WebPage

struct ClassSignalTests {
    func signals(_ s: String) -> ClassSignals {
        Array(s.utf8).withUnsafeBufferPointer { ClassSignals.of($0) }
    }

    @Test func furnitureAndContentNames() {
        #expect(signals("site-Comments").contains(.unlikely))
        #expect(signals("article-body").contains(.positive))
        #expect(signals("main-sidebar").contains(.maybeArticle))
        #expect(signals("entry byline").contains(.byline))
    }

    @Test func shareIsAWholeWord() {
        #expect(signals("post_share bar").contains(.share))
        #expect(signals("share-tools").contains(.share))
        #expect(!signals("shared-hosting").contains(.share))
    }

    @Test func dateStartsAWord() {
        #expect(signals("post-date").contains(.date))
        #expect(signals("pubdate").contains(.date))
        #expect(signals("article__dateline").contains(.date))
        #expect(!signals("live-update").contains(.date))
        #expect(!signals("candidate-card").contains(.date))
    }

    @Test func hidIsAWord() {
        #expect(signals("box hid").contains(.hid))
        #expect(!signals("hidalgo").contains(.hid))
    }
}
