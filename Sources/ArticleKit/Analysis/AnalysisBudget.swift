/// The working memory the analysis may use, and what each thing it keeps costs: the bound that makes an
/// article's analysis take at most a few times the size of its text, whatever the text is.
///
/// Most of the analysis's memory grows with what it finds, not with the bytes: a token per word or punctuation
/// mark, an entry per distinct word, a mention, draft and entity per distinct name, a candidate and a quote per
/// quotation mark. A news article spends about 2.5 bytes per byte of text on all of them; hostile texts spend far
/// more (a line of `a,a,a,…` is a token per byte, a list of a million invented names an entity per 20 bytes). So
/// the analysis counts what it keeps, at the cost below of each thing and of everything made from it later, and
/// stops where the budget runs out: the paragraphs after that point (or the rest of the paragraph it runs out in)
/// are still read, shown and listed, but their quotes and entities are not looked for, and the article says so
/// in a warning. Real articles stay far below it (the 60 articles of the corpus use at most a tenth of it).
///
/// The costs are what the stages keep (measured with heaptrack on the hostile inputs of `scripts/stress-inputs`),
/// rounded up: each includes the arrays made from the thing later (a token's sentence flags, a word's name
/// evidence, a name's draft and entity, a quotation mark's candidate, attribution and quote).
public struct AnalysisBudget: Sendable {
    /// The budget per byte of text: with the text itself, the analysis stays within 8 times the text.
    public static let bytesPerTextByte = 7
    /// What any text may use, however short: a text of a couple of megabytes is never cut (the most varied real
    /// text, 700 KB of GUM's genres and the corpus in one file, needs about 8 MB).
    static let minimum = 16 << 20

    /// A paragraph: itself (8 bytes, 16 while its array grows), its classification and its place in the
    /// attribution's tables.
    static let paragraph = 16
    /// A token (12 bytes packed, in memory that grows in place) and its share of the sentences.
    static let token = 16
    /// What a capitalised token costs more: it may be a name's mention (40 bytes), and each mention is listed
    /// again in its draft, its entity and the tables that assign it, in arrays that grow (measured: about 90
    /// bytes a mention on a paragraph of a million "A." initials).
    static let capitalizedToken = 96
    /// A distinct word: its vocabulary entry (32 bytes of facts, hash slots, key, 128 while they grow) and its
    /// name evidence.
    static let word = 128
    /// A distinct word first seen capitalised: a possible name, its draft, aliases and entity (measured: about
    /// 500 bytes a word of a name, with its entry and mention, on a list of distinct invented names).
    static let name = 400
    /// A quotation mark that may open or close a quote: its share of a candidate, an attribution and a quote
    /// (measured: 130 bytes a mark on a paragraph of a million of them).
    static let quotationMark = 160

    /// The bytes the analysis may use.
    let limit: Int
    /// The bytes used so far.
    private(set) var used: Int

    /// The budget for `textLength` bytes of text in `paragraphs` paragraphs (whose cost is counted at once), at
    /// `perTextByte` bytes per byte of text (a reader, which keeps the article and its layout besides, gives less).
    init(textLength: Int, paragraphs: Int, perTextByte: Int = bytesPerTextByte) {
        limit = max(Self.minimum, perTextByte * textLength)
        used = paragraphs * Self.paragraph
    }

    /// What is left.
    var remaining: Int { max(0, limit - used) }

    mutating func spend(_ bytes: Int) { used += bytes }

    /// The warning an article carries when its analysis stopped at byte `offset` of a text of `length` bytes.
    static func warning(stoppedAt offset: Int, of length: Int) -> String {
        let percent = max(0, min(99, offset * 100 / max(1, length)))
        return "quotes and entities are found in the first \(percent)% of the text only: the rest is too dense to "
            + "analyse within memory (it is shown in full)"
    }
}
