/// What decides whether words between quotation marks are a quotation (someone's words) or something else
/// (a title, a nickname, scare quotes): the rules `QuoteAttributor` tries, in this order, once the quote's
/// speaker is known; the first that applies decides. Each has a test of an invented example
/// (`QuotationRuleTests`).
enum QuotationRule: Int, CaseIterable, Sendable {
    /// Marks around no word at all ("…", "1990"): not a quotation.
    case noWords
    /// `tweet-author="@someone"`: the value of an attribute of markup left in the text.
    case markup
    /// `Ana “Nana” Ruiz`: a nickname inside a name.
    case nicknameInAName
    /// `the so-called “green corridor”`, `titled “…”`, `the word “…”`: a name introduced, unless the verb of
    /// speech beside it is another word.
    case nameIntroduced
    /// `known as “the harp”`.
    case knownAs
    /// `headlined “…” and “…”`: titles of articles and works, of any length; a title in title case after a work
    /// noun or an owner (`his book “The Long Tide”`, `NBC's “Meet the Press”`).
    case titleOfAWork
    /// `nothing generic about a “fresh, wild-caught fillet”`: a term in lower case inside the writer's noun
    /// phrase, after a determiner, with no cue of its own.
    case termInTheWritersSentence
    /// `Ortiz, “the queen of the harbour,” opened the market`: an epithet between commas after a name.
    case epithetAfterAName
    /// The next segment of a quotation already accepted.
    case continuedQuotation
    /// A quote in the headline counts only with a cue of its own whose speaker is someone.
    case headline
    /// `“Rivers of Light”`: title case without a cue right beside it is a title or slogan.
    case titleCase
    /// `Locals call the bridge “the harp”`: a short name that people in general give with "call" or "dub", not
    /// words said; what someone in particular calls a thing is a quote (`Ruiz called the plan “a disaster”`).
    case nameGiven
    /// Up to three words that do not make a sentence: a partial quote when a cue gives them a speaker who is
    /// someone, otherwise scare quotes.
    case shortFragment
    /// Anything longer, a sentence with a speaker, or a fragment with a cue of its own.
    case sentenceOrCue

    /// What the rule recognises, as its tests and the documentation name it.
    var name: String {
        switch self {
        case .noWords: return "no words"
        case .markup: return "markup"
        case .nicknameInAName: return "nickname in a name"
        case .nameIntroduced: return "name introduced"
        case .knownAs: return "known as"
        case .titleOfAWork: return "title of a work"
        case .termInTheWritersSentence: return "term in the writer's sentence"
        case .epithetAfterAName: return "epithet after a name"
        case .continuedQuotation: return "continued quotation"
        case .headline: return "headline"
        case .titleCase: return "title case"
        case .nameGiven: return "name given"
        case .shortFragment: return "short fragment"
        case .sentenceOrCue: return "sentence or cue"
        }
    }
}
