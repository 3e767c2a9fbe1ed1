import ArticleKit

/// An analysed article prepared for reading: the blocks the article pane shows, quotes grouped by speaker,
/// entities grouped by type, and a cache of wrapped lines.
///
/// Built when an article opens; everything here is derived from the `Article` and never changes. A long article
/// comes in stages, each a document of its own that takes the place of the one before (`ReaderEvent.articleAdvanced`).
public struct ArticleDocument: Sendable {
    /// A block of the article pane: the headline or one paragraph.
    public struct Block: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case title
            case paragraph(ParagraphKind)
        }
        public var kind: Kind
        public var range: TextRange
        /// The paragraph's index in `Article.paragraphs`, nil for the headline.
        public var paragraph: Int?
    }

    /// The blocks of the article pane, made from the article when asked for rather than kept: a file of ten
    /// million one-line paragraphs must not hold them twice.
    public struct Blocks: RandomAccessCollection, Sendable, Equatable {
        let title: TextRange?
        let paragraphs: [Paragraph]

        public var startIndex: Int { 0 }
        public var endIndex: Int { paragraphs.count + (title == nil ? 0 : 1) }

        public subscript(index: Int) -> Block {
            if let title {
                if index == 0 { return Block(kind: .title, range: title, paragraph: nil) }
                let p = paragraphs[index - 1]
                return Block(kind: .paragraph(p.kind), range: p.range, paragraph: index - 1)
            }
            let p = paragraphs[index]
            return Block(kind: .paragraph(p.kind), range: p.range, paragraph: index)
        }
    }

    /// How much of a long article is known yet: its beginning laid out, all of it laid out, or analysed.
    public enum Stage: Int, Sendable, Comparable {
        /// The first screens of the text (`Article(beginningOf:bytes:)`); the rest of it is being laid out.
        case beginning
        /// All the text (`Article(structureOf:)`); quotes and entities are being looked for.
        case structure
        /// Analysed: quotes, speakers and entities.
        case analysed

        public static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    public let article: Article
    /// Where the article came from (a path, or "-" for standard input).
    public let path: String
    /// What the title bar calls it (the file name).
    public let name: String
    /// Who wrote it, where and when it was published (what the loader knows).
    public let metadata: ArticleMetadata
    /// How much of the article is known: quote and entity commands wait for `.analysed`, the end of the
    /// article for `.structure`.
    public let stage: Stage
    public let blocks: Blocks
    /// Quotes grouped by speaker, most quoted first.
    public let quoteGroups: [QuoteGroups.Group]
    /// For each quote, the index of its group in `quoteGroups`.
    public let groupOfQuote: [Int]
    /// For each quote, its position (0-based) among its speaker's quotes.
    public let rankInGroup: [Int]
    /// The quotes pane's rows.
    public let quoteRows: [QuoteRow]
    /// The entities pane's rows.
    public let entityRows: [EntityRow]
    let wrapCache: WrapCache

    /// Whether the article has been analysed (its quotes and entities are known).
    public var isAnalysed: Bool { stage == .analysed }

    public init(article: Article, path: String, metadata: ArticleMetadata = ArticleMetadata(), isAnalysed: Bool = true) {
        self.init(article: article, path: path, metadata: metadata, stage: isAnalysed ? .analysed : .structure)
    }

    public init(article: Article, path: String, metadata: ArticleMetadata = ArticleMetadata(), stage: Stage) {
        self.article = article
        self.path = path
        self.metadata = metadata
        self.stage = stage
        self.name = path.split(separator: "/").last.map(String.init) ?? path
        self.blocks = Blocks(title: article.title, paragraphs: article.paragraphs)
        let groups = QuoteGroups.bySpeaker(article.quotes)
        self.quoteGroups = groups
        var groupOf = Array(repeating: 0, count: article.quotes.count)
        var rank = Array(repeating: 0, count: article.quotes.count)
        for (g, group) in groups.enumerated() {
            for (r, q) in group.quotes.enumerated() {
                groupOf[q] = g
                rank[q] = r
            }
        }
        self.groupOfQuote = groupOf
        self.rankInGroup = rank
        self.quoteRows = Self.makeQuoteRows(groups)
        self.entityRows = Self.makeEntityRows(article.entities)
        self.wrapCache = WrapCache()
    }

    public var text: SourceText { article.text }

    /// The block holding byte `offset` (or the last block starting before it).
    public func block(containing offset: Int) -> Int {
        var low = 0, high = blocks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blocks[mid].range.start <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    /// The lines of block `index` wrapped to `width` columns (cached).
    public func lines(of index: Int, width: Int) -> [TextRange] {
        wrapCache.lines(of: index, width: width) {
            let lines = LineWrapper.wrap(text, blocks[index].range, width: width)
            return lines.isEmpty ? [TextRange(blocks[index].range.start, blocks[index].range.start)] : lines
        }
    }

    /// The section holding byte `offset`.
    public func section(containing offset: Int) -> Int {
        let sections = article.sections
        var low = 0, high = sections.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sections[mid].range.start <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    /// The speaker's name of quote `index` as shown ("(no speaker)" when none).
    public func speakerName(ofQuote index: Int) -> String {
        article.quotes[index].speaker?.name ?? "(no speaker)"
    }

    /// The entity of a quote's speaker, if the speaker is a named entity.
    public func speakerEntity(ofQuote index: Int) -> Int? {
        article.quotes[index].speaker?.entity
    }
}

/// Wrapped lines per block for the last width used. Wrapping is a pure function of (block, width); this only
/// remembers results so that scrolling re-wraps nothing, and a resize re-wraps only what is looked at.
/// Only the reader's own thread touches it (documents built elsewhere arrive with an empty cache).
final class WrapCache: @unchecked Sendable {
    private var width = -1
    private var lines: [Int: [TextRange]] = [:]

    func lines(of block: Int, width: Int, compute: () -> [TextRange]) -> [TextRange] {
        if width != self.width {
            self.width = width
            lines.removeAll(keepingCapacity: true)
        }
        if let cached = lines[block] { return cached }
        let result = compute()
        lines[block] = result
        return result
    }
}
