import Testing
import ArticleKit
import Invariants

/// Inputs that broke the analysis (a crash, a hang, a broken invariant), found by fuzzing, the corpus sweep or
/// `scripts/stress-inputs`. Every one must now analyse within `ArticleInvariants`. Time limits here only keep a
/// regression from hanging the test run; no test depends on how fast anything is.
@Suite("Analysis regressions")
struct RegressionTests {
    @Test("100 000 paragraphs with a quote each analyse in linear time", .timeLimit(.minutes(1)))
    func manyQuotedParagraphs() {
        // Two findings of scripts/stress-inputs, each quadratic in the number of paragraphs:
        // - a 24 MB article took three times as long as a 12 MB one: each paragraph's tokenizer walked the article's
        //   quotation marks from the first one (paragraphs × marks steps);
        // - quotes that are not accepted (short fragments) made every later quote opening a paragraph look back
        //   through all of them for the speaker of the paragraph before (quotes × quotes steps).
        // This article took more than four minutes in a debug build; it now takes seconds.
        let text = "Many Quotes\n\n" + (0..<100_000).map { "“A\($0)” b.\n\n" }.joined()
        let article = Article(analyzing: text)
        #expect(article.paragraphs.count == 100_000)
        #expect(ArticleInvariants.violations(article).isEmpty)
    }
}
