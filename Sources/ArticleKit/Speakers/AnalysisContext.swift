/// Everything the speaker stage reads: tokens, name mentions and the entities they belong to.
struct AnalysisContext {
    let text: SourceText
    let tokens: TokenList
    let mentions: [NameMention]
    /// For each mention, its entity index or -1.
    let mentionEntity: [Int32]
    let entities: [Entity]
    let info: [EntityInfo]
    /// The kind of each paragraph (by its index in the article's paragraphs).
    let paragraphKinds: [ParagraphKind]

    /// Whether paragraph `p` is page furniture (a caption, a credit, a byline, boilerplate): it neither breaks
    /// nor feeds the carrying of a speaker from one paragraph to the next.
    func isFurniture(_ p: Int) -> Bool {
        guard p >= 0 && p < paragraphKinds.count else { return false }
        switch paragraphKinds[p] {
        case .caption, .boilerplate, .byline, .dateline: return true
        case .body, .heading, .listItem: return false
        }
    }

    /// The paragraph before paragraph `p` that is not furniture, or nil (the headline and headings count).
    func paragraph(before p: Int) -> Int? {
        var q = p - 1
        while q >= 0 && isFurniture(q) { q -= 1 }
        return q >= 0 ? q : nil
    }

    /// The mention that token `k` belongs to, or -1 (mentions are in text order, each token in at most one
    /// name; several mentions inside one hyphenated word share its token, and the last of them counts).
    func mention(atToken k: Int) -> Int {
        guard tokens[k].isInName else { return -1 }
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].tokens.lowerBound <= k { low = mid + 1 } else { high = mid }
        }
        return low > 0 && mentions[low - 1].tokens.contains(k) ? low - 1 : -1
    }

    /// The entity of the mention at token `k`, or -1.
    func entity(atToken k: Int) -> Int {
        let m = mention(atToken: k)
        return m >= 0 ? Int(mentionEntity[m]) : -1
    }

    func speaker(entity: Int) -> Speaker {
        Speaker(name: entities[entity].name, entity: entity, type: entities[entity].type)
    }

    func range(_ tokens: ClosedRange<Int>) -> TextRange {
        TextRange(self.tokens.range(tokens.lowerBound).start, self.tokens.range(tokens.upperBound).end)
    }
}
