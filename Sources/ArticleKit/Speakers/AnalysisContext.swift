/// Everything the speaker stage reads: tokens, name mentions and the entities they belong to.
struct AnalysisContext {
    let text: SourceText
    let tokens: [Token]
    let mentions: [NameMention]
    /// For each mention, its entity index or -1.
    let mentionEntity: [Int]
    /// For each token, the mention it belongs to or -1.
    let tokenMention: [Int]
    let entities: [Entity]
    let info: [EntityInfo]

    init(text: SourceText, tokens: [Token], mentions: [NameMention], mentionEntity: [Int], entities: [Entity],
         info: [EntityInfo]) {
        self.text = text
        self.tokens = tokens
        self.mentions = mentions
        self.mentionEntity = mentionEntity
        self.entities = entities
        self.info = info
        var tokenMention = [Int](repeating: -1, count: tokens.count)
        for (index, m) in mentions.enumerated() {
            for k in m.tokens { tokenMention[k] = index }
        }
        self.tokenMention = tokenMention
    }

    /// The entity of the mention at token `k`, or -1.
    func entity(atToken k: Int) -> Int {
        let m = tokenMention[k]
        return m >= 0 ? mentionEntity[m] : -1
    }

    func speaker(entity: Int) -> Speaker {
        Speaker(name: entities[entity].name, entity: entity, type: entities[entity].type)
    }

    func range(_ tokens: ClosedRange<Int>) -> TextRange {
        TextRange(self.tokens[tokens.lowerBound].range.start, self.tokens[tokens.upperBound].range.end)
    }
}
