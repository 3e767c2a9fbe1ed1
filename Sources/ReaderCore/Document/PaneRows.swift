import ArticleKit

/// A row of the quotes pane: a speaker with their count, or one of their quotes.
public enum QuoteRow: Hashable, Sendable {
    case speaker(group: Int)
    case quote(Int)
}

/// A row of the entities pane: a type heading ("People") or one entity.
public enum EntityRow: Hashable, Sendable {
    case header(EntityType)
    case entity(Int)

    public var isSelectable: Bool {
        if case .entity = self { return true }
        return false
    }
}

extension ArticleDocument {
    /// The quotes pane's rows: each speaker followed by their quotes, most quoted speaker first.
    static func makeQuoteRows(_ quoteGroups: [QuoteGroups.Group]) -> [QuoteRow] {
        var rows: [QuoteRow] = []
        for (g, group) in quoteGroups.enumerated() {
            rows.append(.speaker(group: g))
            rows.append(contentsOf: group.quotes.map(QuoteRow.quote))
        }
        return rows
    }

    /// The entities pane's rows: people, places, organisations, other; most mentioned first within each.
    static func makeEntityRows(_ entities: [Entity]) -> [EntityRow] {
        var rows: [EntityRow] = []
        for type in EntityType.allCases {
            let members = entities.indices.filter { entities[$0].type == type }
                .sorted { entities[$0].mentions.count > entities[$1].mentions.count || (entities[$0].mentions.count == entities[$1].mentions.count && $0 < $1) }
            guard !members.isEmpty else { continue }
            rows.append(.header(type))
            rows.append(contentsOf: members.map(EntityRow.entity))
        }
        return rows
    }

    /// The outline's rows: the lead section and one per heading (indices into `Article.sections`).
    public var outlineCount: Int { article.sections.count }

    /// The outline label of section `index`.
    public func outlineLabel(_ index: Int) -> String {
        article.sections[index].heading.map { article.text.string($0) } ?? "(lead)"
    }
}
